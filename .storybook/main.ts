// Storybook 10 for Confab: `npm run storybook` (dev, port 6006), `npm run build-storybook` (storybook-static/).
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // Docs pages (autodocs, tagged in preview.ts) read packages/elements/custom-elements.json.
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(config) {
    // Lit's legacy decorators need tsconfig.json's experimentalDecorators and
    // useDefineForClassFields: false; Vite 8 (Oxc) reads them from the nearest tsconfig.json.
    // Quieter, faster CI logs: no list of every asset nor its gzip size, no warning about
    // Storybook's own ~1 MB preview chunk, no plugin-timing notes from Rolldown on a busy machine.
    const rolldownOptions = config.build?.rolldownOptions ?? {};
    return {
      ...config,
      // Workspace packages from their sources (the `development` export condition, as the tests
      // use), never from a stale or missing packages/*/dist.
      resolve: { ...config.resolve, conditions: ['development', ...defaultClientConditions] },
      logLevel: 'warn',
      build: {
        ...config.build,
        chunkSizeWarningLimit: 1500,
        reportCompressedSize: false,
        rolldownOptions: { ...rolldownOptions, checks: { ...rolldownOptions.checks, bundlerTimings: false } },
      },
    };
  },
};

export default config;

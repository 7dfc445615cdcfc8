// Component and adapter tests in a real Chromium (see README: CHROME_PATH).
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/chromium.mjs';

const STORIES = fileURLToPath(new URL('./stories/', import.meta.url));

/**
 * `executeServerCommand('story-files')` in a test: the names of every `stories/*.stories.ts`,
 * sorted, read from the folder (a browser cannot list it), so that a test covering every
 * widget's stories cannot miss a new one.
 */
function storyFilesPlugin() {
  return {
    name: 'confab-story-files',
    executeCommand({ command }) {
      if (command !== 'story-files') return undefined;
      return readdirSync(STORIES).filter((name) => name.endsWith('.stories.ts')).sort();
    },
  };
}

export default {
  files: ['packages/core/src/**/*.test.ts', 'packages/elements/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  plugins: [storyFilesPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
};

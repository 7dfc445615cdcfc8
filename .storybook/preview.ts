// Docs come from packages/elements/custom-elements.json (made by `npm run build`; the
// storybook scripts make it first); the toolbar switches language (and direction), width and theme.
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json';
import { pageGlobalTypes, withPage } from '../stories/support/page.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  // Every story file gets a docs page: attributes, properties, slots, parts, CSS properties, events.
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Confab theme',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['auto', 'light', 'dark'], dynamicTitle: true },
    },
    ...pageGlobalTypes,
  },
  initialGlobals: { theme: 'auto', lang: 'en', width: 'full' },
  decorators: [
    // Language (and direction) on <html>, and the width given to the story: stories/support/page.ts.
    withPage,
    (story, context) => {
      const { theme } = context.globals as { theme?: string };
      // `theme` is a widget attribute: with a forced theme, set it on every confab-* element of
      // the story once rendered (stories that set their own theme keep it under "auto").
      document.body.style.background = theme === 'dark' ? '#111418' : '';
      document.body.style.color = theme === 'dark' ? '#e8eaed' : '';
      if (theme === 'light' || theme === 'dark') {
        requestAnimationFrame(() => {
          for (const el of document.querySelectorAll('#storybook-root *, .docs-story *')) {
            if (el.localName.startsWith('confab-')) el.setAttribute('theme', theme);
          }
        });
      }
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
};

export default preview;

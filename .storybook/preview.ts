// Docs come from packages/elements/custom-elements.json (made by `npm run build`; the
// storybook scripts make it first); the toolbar switches language (and direction) and theme.
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  // Every story file gets a docs page: attributes, properties, slots, parts, CSS properties, events.
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Confab theme',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['auto', 'light', 'dark'], dynamicTitle: true },
    },
    lang: {
      description: 'Language (lang attribute)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'ar', title: 'العربية (RTL)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'auto', lang: 'en' },
  decorators: [
    (story, context) => {
      // Widgets take `lang` from the nearest ancestor: set it (and the direction) on <html>.
      const { theme, lang } = context.globals as { theme?: string; lang?: string };
      const root = document.documentElement;
      root.lang = lang ?? 'en';
      root.dir = lang === 'ar' ? 'rtl' : 'ltr';
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

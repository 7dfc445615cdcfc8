/**
 * The page a story is shown in: its language (and so its direction) and the width the widgets
 * are given. Both are Storybook globals (toolbar "Language" and "Width", or `&globals=lang:he;width:375`
 * in a story's URL), applied by `withPage`, the decorator of every story (`.storybook/preview.ts`).
 * The smoke test (`scripts/storybook-smoke.mjs`) opens every story as written, at 375 px, in Arabic
 * and in Hebrew, and checks that nothing at 375 px is wider than the column.
 *
 * @example
 * ```ts
 * const preview: Preview = { globalTypes: pageGlobalTypes, initialGlobals: { lang: 'en', width: 'full' }, decorators: [withPage] };
 * ```
 */
import { html, type TemplateResult } from 'lit';

/** The languages of the toolbar; `dir` is their writing direction. */
export const LANGUAGES = [
  { value: 'en', title: 'English', dir: 'ltr' },
  { value: 'de', title: 'Deutsch', dir: 'ltr' },
  { value: 'fr', title: 'Français', dir: 'ltr' },
  { value: 'es', title: 'Español', dir: 'ltr' },
  { value: 'it', title: 'Italiano', dir: 'ltr' },
  { value: 'nl', title: 'Nederlands', dir: 'ltr' },
  { value: 'pl', title: 'Polski', dir: 'ltr' },
  { value: 'pt', title: 'Português', dir: 'ltr' },
  { value: 'ja', title: '日本語', dir: 'ltr' },
  { value: 'ar', title: 'العربية (RTL)', dir: 'rtl' },
  { value: 'he', title: 'עברית (RTL)', dir: 'rtl' },
] as const;

/** The widths a story can be given: the whole canvas, or a 375 px phone column. */
export const WIDTHS = [
  { value: 'full', title: 'Full width' },
  { value: '375', title: '375 px (phone)' },
] as const;

/** The direction of `lang` (one of `LANGUAGES`; others are left to right). */
export function dirOf(lang: string): 'ltr' | 'rtl' {
  return LANGUAGES.find((l) => l.value === lang)?.dir ?? 'ltr';
}

/** The Storybook toolbar entries for the language and width globals. */
export const pageGlobalTypes = {
  lang: {
    description: 'Language (lang and dir on <html>)',
    toolbar: { title: 'Language', icon: 'globe', items: LANGUAGES.map(({ value, title }) => ({ value, title })), dynamicTitle: true },
  },
  width: {
    description: 'Width given to the story',
    toolbar: { title: 'Width', icon: 'mobile', items: [...WIDTHS], dynamicTitle: true },
  },
};

/**
 * Applies the page globals to a story: `lang` and `dir` on `<html>` (widgets take `lang` from the
 * nearest ancestor; stories that set their own keep it), and with `width` a column of that many
 * pixels (never wider than the canvas) around the story.
 */
export function withPage(story: () => unknown, context: { globals: Record<string, unknown> }): unknown {
  const lang = typeof context.globals.lang === 'string' ? context.globals.lang : 'en';
  const root = document.documentElement;
  root.lang = lang;
  root.dir = dirOf(lang);
  const width = Number(context.globals.width);
  if (!Number.isFinite(width) || width <= 0) return story();
  return column(width, story() as TemplateResult);
}

/** `content` in a column `width` pixels wide (at most the canvas), marked for the smoke test's overflow check. */
export function column(width: number, content: TemplateResult): TemplateResult {
  return html`<div data-story-width=${width} style="inline-size: ${width}px; max-inline-size: 100%">${content}</div>`;
}

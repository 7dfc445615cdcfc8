import type { Locales } from './localize.js';
import type { CommonStrings } from './common.strings.js';

/**
 * The shared strings in every language but English, one module each under `locales/`, loaded
 * when a widget first shows that language. Used by `commonStrings` and by its first-view part
 * `statusStrings`, so both share one load.
 */
export const commonLocales: Omit<Locales<CommonStrings>, 'en'> = {
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  it: () => import('./locales/it.js'),
  nl: () => import('./locales/nl.js'),
  pl: () => import('./locales/pl.js'),
  pt: () => import('./locales/pt.js'),
  ja: () => import('./locales/ja.js'),
  ar: () => import('./locales/ar.js'),
  he: () => import('./locales/he.js'),
};

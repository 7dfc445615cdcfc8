/**
 * The mail's languages: the same eleven as the widgets, each a table of `MailStrings`, and the
 * choice of one from a stored locale or an `Accept-Language` header (English when none fits).
 */
import { strings as ar } from './ar.js';
import { strings as de } from './de.js';
import { strings as en } from './en.js';
import { strings as es } from './es.js';
import { strings as fr } from './fr.js';
import { strings as he } from './he.js';
import { strings as it } from './it.js';
import { strings as ja } from './ja.js';
import { strings as nl } from './nl.js';
import { strings as pl } from './pl.js';
import { strings as pt } from './pt.js';
import type { MailStrings } from './strings.js';

export type { MailStrings } from './strings.js';

/** Every language of the mail, with its table. */
export const MAIL_LOCALES = { en, de, fr, es, it, nl, pl, pt, ja, ar, he } as const satisfies Record<string, MailStrings>;
export type MailLanguage = keyof typeof MAIL_LOCALES;

/** Languages written right to left. */
export const RTL: ReadonlySet<MailLanguage> = new Set(['ar', 'he']);

const isLanguage = (tag: string): tag is MailLanguage => Object.hasOwn(MAIL_LOCALES, tag);

/**
 * The best language for a stored locale or an `Accept-Language` value (`de-CH, fr;q=0.8, en;q=0.5`):
 * the first, by quality, whose primary subtag Confab speaks; English otherwise.
 */
export function pickLanguage(value: string | null | undefined): MailLanguage {
  if (!value) return 'en';
  const ranked = value.slice(0, 500).split(',').map((part, i) => {
    const [tag = '', ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((x) => x !== undefined);
    return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), i };
  }).filter((r) => r.q > 0).sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked.map((r) => r.lang).find(isLanguage) ?? 'en';
}

/** The strings of `lang`. */
export function mailStrings(lang: MailLanguage): MailStrings {
  return MAIL_LOCALES[lang];
}

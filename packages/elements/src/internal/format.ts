/**
 * Locale-aware formatting as standalone functions, so that a widget bundles only what it calls.
 * Building an `Intl.*` object costs far more than using one (a board of 20 idea cards spent
 * ~150 ms building them on every render), so each is made once per language and options and kept.
 * Pass the widget's language: `this.localize.lang`.
 *
 * @example
 * ```ts
 * const lang = this.localize.lang;
 * html`<time datetime=${iso} title=${formatDateTime(lang, iso)}>${formatRelative(iso, lang)}</time>`;
 * ```
 */

import { cached } from './format-number.js';

export { formatNumber, plural } from './format-number.js';

/**
 * A full date and time (medium date, short time), for a `title` next to a relative time.
 *
 * @example
 * ```ts
 * formatDateTime('en', '2026-11-25T12:00:00Z'); // "Nov 25, 2026, 12:00 PM" (in the local time zone)
 * ```
 */
export function formatDateTime(lang: string, iso: string): string {
  return cached(`d ${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(iso));
}

/** A date without the time, e.g. "Dec 24, 2026" / "24.12.2026" (in the local time zone). */
export function formatDate(lang: string, iso: string): string {
  return cached(`D ${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' })).format(new Date(iso));
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000], ['month', 2_592_000], ['week', 604_800], ['day', 86_400], ['hour', 3_600], ['minute', 60], ['second', 1],
];

/**
 * The time from `now` to `iso` with `Intl.RelativeTimeFormat`: "5 minutes ago", "vor 5 Minuten",
 * "yesterday"; under 45 seconds is "now".
 *
 * @example
 * ```ts
 * formatRelative(comment.createdAt, this.localize.lang);
 * ```
 */
export function formatRelative(iso: string, lang: string, now = Date.now()): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  const format = cached(`r ${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return format.format(unit === 'second' && Math.abs(seconds) < 45 ? 0 : Math.round(seconds / size), unit);
    }
  }
  return format.format(0, 'second');
}

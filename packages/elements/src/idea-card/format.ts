/**
 * Cached `Intl` formatters for the idea widgets. Building an `Intl.*` object costs far more than
 * using one, and a board renders many cards, so each formatter is made once per language.
 * (Same output as `LocalizeController.number/dateTime/relativeTime` and `plural()`; a candidate
 * for `internal/localize.ts`.)
 */
const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

/** A number in the language's format. */
export function formatNumber(lang: string, n: number): string {
  return cached(`n:${lang}`, () => new Intl.NumberFormat(lang)).format(n);
}

/** A full date and time, for a `title` next to a relative time. */
export function formatDateTime(lang: string, iso: string): string {
  return cached(`d:${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(iso));
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000], ['month', 2_592_000], ['week', 604_800], ['day', 86_400], ['hour', 3_600], ['minute', 60], ['second', 1],
];

/** "3 minutes ago", "vor 3 Minuten", … */
export function formatAge(lang: string, iso: string, now = Date.now()): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  const format = cached(`r:${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return format.format(unit === 'second' && Math.abs(seconds) < 45 ? 0 : Math.round(seconds / size), unit);
    }
  }
  return format.format(0, 'second');
}

/** Picks a plural form with the language's rules, like `plural()` from `internal/localize.ts`. */
export function pluralForm(lang: string, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  return forms[cached(`p:${lang}`, () => new Intl.PluralRules(lang)).select(n)] ?? forms.other;
}

/**
 * Numbers and plural forms in the reader's language (see `format.ts` for dates and times): in
 * the base chunk, since first views (the feedback summary) write counts.
 */

const cache = new Map<string, unknown>();

/** The `Intl` object made by `make` for `key` (language, kind and options), made once. */
export function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

/**
 * A number in the language's format (`Intl.NumberFormat`).
 *
 * @example
 * ```ts
 * formatNumber('de', 1234.5); // "1.234,5"
 * formatNumber(lang, average, { maximumFractionDigits: 1 });
 * ```
 */
export function formatNumber(lang: string, n: number, options?: Intl.NumberFormatOptions): string {
  return cached(`n ${lang} ${options ? JSON.stringify(options) : ''}`, () => new Intl.NumberFormat(lang, options)).format(n);
}

/**
 * Picks a plural form with the language's rules (`Intl.PluralRules`): Arabic has six forms,
 * Polish four (one, few, many, other), Hebrew three (one, two, other), German and English two,
 * Japanese one. Missing forms fall back to `other`. Write the number itself with `formatNumber`.
 *
 * @example
 * ```ts
 * plural('ar', 2, { one: 'سؤال واحد', two: 'سؤالان', other: `${n} أسئلة` });
 * plural('pl', n, { one: `${N(n)} głos`, few: `${N(n)} głosy`, many: `${N(n)} głosów`, other: `${N(n)} głosu` });
 * ```
 */
export function plural(lang: string, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  return forms[cached(`p ${lang}`, () => new Intl.PluralRules(lang)).select(n)] ?? forms.other;
}

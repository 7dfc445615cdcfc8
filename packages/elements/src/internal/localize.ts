import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages every widget ships; others fall back to English. */
export type Language = 'en' | 'de' | 'ar';

/** Loads a string table on demand (a dynamic `import()`), so a page pays only for its language. */
export type StringLoader<T> = () => Promise<T>;

/**
 * A widget's string tables: English is built in and the default; German and Arabic (which prove
 * plural rules and right-to-left) are tables or loaders of tables.
 */
export type StringTables<T> = { en: T } & Record<Exclude<Language, 'en'>, T | StringLoader<T>>;

const loaded = new Map<StringLoader<unknown>, unknown>();
const loading = new Set<StringLoader<unknown>>();

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi']);
const hosts = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

function observe(): void {
  if (observer) return;
  observer = new MutationObserver(() => hosts.forEach((c) => c.host.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

/** The nearest `lang` attribute above `el`, crossing shadow roots; else `<html lang>`; else `en`. */
export function closestLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') || 'en';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || 'en';
}

/**
 * Resolves the language of a widget from the nearest `lang` ancestor and re-renders it when
 * any `lang` or `dir` changes. Gives the widget its strings, plural rules, text direction,
 * and number and relative-time formatting.
 *
 * @example
 * ```ts
 * private localize = new LocalizeController(this);
 * render() { const s = this.localize.strings(feedbackStrings, this.strings); return html`${s.question}`; }
 * ```
 */
export class LocalizeController implements ReactiveController {
  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    observe();
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  /** The BCP 47 language tag in force, e.g. `de-CH`. */
  get lang(): string {
    return closestLang(this.host);
  }

  /** The supported language this tag falls back to. */
  get language(): Language {
    const base = this.lang.toLowerCase().split('-')[0];
    return base === 'de' || base === 'ar' ? base : 'en';
  }

  /** `rtl` for right-to-left languages or an explicit `dir="rtl"` ancestor. */
  get dir(): 'ltr' | 'rtl' {
    const explicit = this.host.closest('[dir]')?.getAttribute('dir');
    if (explicit === 'rtl' || explicit === 'ltr') return explicit;
    return RTL.has(this.lang.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
  }

  /**
   * The table for the current language, with per-instance `overrides` on top. A table that is
   * still loading is English for that moment; the widget re-renders when it arrives.
   */
  strings<T extends object>(tables: StringTables<T>, overrides?: Partial<T>): T {
    const table = this.table(tables);
    return overrides ? { ...table, ...overrides } : table;
  }

  private table<T>(tables: StringTables<T>): T {
    const entry = tables[this.language];
    if (typeof entry !== 'function') return entry;
    const loader = entry as StringLoader<T>;
    if (loaded.has(loader)) return loaded.get(loader) as T;
    if (!loading.has(loader)) {
      loading.add(loader);
      loader().then(
        (table) => {
          loaded.set(loader, table);
          hosts.forEach((c) => c.host.requestUpdate());
        },
        (error: unknown) => console.warn(`[confab] could not load the "${this.language}" strings; showing English.`, error),
      );
    }
    return tables.en;
  }

  /** A number formatted for the current language. */
  number(n: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.lang, options).format(n);
  }

  /** "3 minutes ago", "yesterday", … for an ISO date, in the current language. */
  relativeTime(iso: string, now = Date.now()): string {
    return formatRelative(iso, this.lang, now);
  }

  /** A full date and time, for a `title` next to a relative time. */
  dateTime(iso: string): string {
    return new Intl.DateTimeFormat(this.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  }
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000], ['month', 2_592_000], ['week', 604_800], ['day', 86_400], ['hour', 3_600], ['minute', 60], ['second', 1],
];

/** Formats the time from `now` to `iso` with `Intl.RelativeTimeFormat` ("5 minutes ago", "vor 5 Minuten"). */
export function formatRelative(iso: string, lang: string, now = Date.now()): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return format.format(unit === 'second' && Math.abs(seconds) < 45 ? 0 : Math.round(seconds / size), unit);
    }
  }
  return format.format(0, 'second');
}

/**
 * Picks a plural form with the language's rules (`Intl.PluralRules`): Arabic has six forms,
 * German and English two. Missing forms fall back to `other`.
 *
 * @example
 * ```ts
 * plural('ar', 2, { one: 'سؤال واحد', two: 'سؤالان', other: `${n} أسئلة` });
 * ```
 */
export function plural(lang: string, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  const form = new Intl.PluralRules(lang).select(n);
  return forms[form] ?? forms.other;
}

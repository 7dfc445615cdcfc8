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
  observer = new MutationObserver(() =>
    hosts.forEach((c) => {
      c.invalidate();
      c.host.requestUpdate();
    }),
  );
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

/**
 * The nearest `lang` attribute above `el`, crossing shadow roots, else `<html lang>`, as a canonical
 * BCP 47 tag (`en_US` becomes `en-US`); `en` when there is none or it is not a language tag.
 */
export function closestLang(el: Element): string {
  let node: Node | null = el;
  while (node && !(node instanceof Element && node.hasAttribute('lang'))) node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  const tag = ((node as Element | null)?.getAttribute('lang') ?? document.documentElement.lang).replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en'; // not a language tag: Intl would throw on every format call
  }
}

/**
 * Resolves the language of a widget from the nearest `lang` ancestor and re-renders it when
 * any `lang` or `dir` changes. Gives the widget its strings and text direction; for numbers,
 * dates, relative times and plurals pass `lang` to the functions of `format.ts`.
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

  /** `lang`, resolved at most once per update (walking the DOM costs on a board of many cards). */
  private resolved?: string;

  hostConnected(): void {
    this.resolved = undefined; // a moved element may have a new nearest `lang`
    hosts.add(this);
    observe();
  }

  hostUpdate(): void {
    this.resolved = undefined;
  }

  /** @internal Forgets the resolved `lang` (a `lang` attribute changed). */
  invalidate(): void {
    this.resolved = undefined;
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  /** The BCP 47 language tag in force, e.g. `de-CH`. */
  get lang(): string {
    return (this.resolved ??= closestLang(this.host));
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
}

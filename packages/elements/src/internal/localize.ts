import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The languages every widget ships, English first (the built-in fallback); any other `lang`
 * falls back to English. Arabic and Hebrew are right-to-left.
 */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'ja', 'ar', 'he'] as const;

/** A language of `LANGUAGES`. */
export type Language = (typeof LANGUAGES)[number];

/**
 * Loads one language's table: a dynamic `import()` of `./locales/<lang>.js`, whose `strings`
 * export is the table. Written out per language, so that bundlers make one chunk of each.
 */
export type StringLoader<T> = () => Promise<{ strings: T }>;

/** English built in, every other language a loader of its own module. */
export type Locales<T> = { en: T } & Record<Exclude<Language, 'en'>, StringLoader<T>>;

declare const registered: unique symbol;

/** A widget's string tables, made by `stringTables()` (and so known to the completeness test). */
export type StringTables<T> = Locales<T> & { readonly [registered]: true };

const registry: { name: string; tables: StringTables<object> }[] = [];

/**
 * Declares a widget's string tables: English, the source of the interface, inline; one lazily
 * loaded module per other language. Every table made this way is checked by
 * `internal/locales.test.ts` against English (no key missing, none extra).
 *
 * @example
 * ```ts
 * export const pollStrings = stringTables<PollStrings>('poll', {
 *   en: { vote: 'Vote', votes: (n) => plural('en', n, { one: '1 vote', other: `${n} votes` }) },
 *   de: () => import('./locales/de.js'),
 *   // … one line per language of LANGUAGES
 * });
 * ```
 */
export function stringTables<T extends object>(name: string, tables: Locales<T>): StringTables<T> {
  const made = tables as StringTables<T>;
  registry.push({ name, tables: made as unknown as StringTables<object> });
  return made;
}

/** @internal Every table declared so far (for the completeness test). */
export function declaredStringTables(): readonly { name: string; tables: StringTables<object> }[] {
  return registry;
}

const loaded = new Map<StringLoader<unknown>, unknown>();
/** Loads under way: settle (never reject) when the table is in `loaded` or failed. */
const inflight = new Map<StringLoader<unknown>, Promise<void>>();
const failed = new Set<StringLoader<unknown>>();

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
    const base = this.lang.toLowerCase().split('-')[0] as Language;
    return LANGUAGES.includes(base) ? base : 'en';
  }

  /**
   * A promise that settles when every table this widget asked for since the last call, and that
   * is still loading, has arrived (or failed); undefined when none is loading.
   * `ConfabElement.updateComplete` waits for it.
   */
  tablesLoading(): Promise<void> | undefined {
    const waiting = [...this.requested].map((loader) => inflight.get(loader)).filter((p) => p !== undefined);
    this.requested.clear();
    return waiting.length ? Promise.all(waiting).then(() => undefined) : undefined;
  }

  private readonly requested = new Set<StringLoader<unknown>>();

  /** `rtl` for right-to-left languages or an explicit `dir="rtl"` ancestor. */
  get dir(): 'ltr' | 'rtl' {
    const explicit = this.host.closest('[dir]')?.getAttribute('dir');
    if (explicit === 'rtl' || explicit === 'ltr') return explicit;
    return RTL.has(this.lang.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
  }

  /**
   * The table for the current language, with per-instance `overrides` on top. A table that is
   * still loading is English for that moment (never an error); the widget re-renders when it
   * arrives, and its `updateComplete` waits for it.
   */
  strings<T extends object>(tables: StringTables<T>, overrides?: Partial<T>): T {
    const table = this.table(tables);
    return overrides ? { ...table, ...overrides } : table;
  }

  private table<T>(tables: StringTables<T>): T {
    const language = this.language;
    if (language === 'en') return tables.en;
    const loader = tables[language] as StringLoader<unknown>;
    if (loaded.has(loader)) return loaded.get(loader) as T;
    if (!inflight.has(loader) && !failed.has(loader)) {
      inflight.set(
        loader,
        loader().then(
          (module) => {
            loaded.set(loader, module.strings);
            hosts.forEach((c) => c.host.requestUpdate());
          },
          (error: unknown) => {
            failed.add(loader);
            console.warn(`[confab] could not load the "${language}" strings; showing English.`, error);
          },
        ).finally(() => inflight.delete(loader)),
      );
    }
    if (inflight.has(loader)) this.requested.add(loader);
    return tables.en;
  }
}

import { LitElement, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { missingAreas, type Adapter, type AreaName } from '@confab/core';
import { adapterContext } from './context.js';
import { defaultAdapter } from './defaults.js';
import { LocalizeController, stringTables } from './localize.js';
import { commonLocales } from './common.locales.js';
import type { CommonStrings } from './common.strings.js';

/** The `detail` type of a `confab-*` event declared in `GlobalEventHandlersEventMap`. */
export type EventDetail<K extends keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

let warned = false;
/** The tags already warned about, per adapter, for a missing area: one warning however many widgets. */
const warnedAreas = new WeakMap<Adapter, Set<string>>();

/** The shared strings of the base class and of first views: a part of `CommonStrings`. */
export type StatusStrings = Pick<CommonStrings, 'loading' | 'retry' | 'noAdapter' | 'areaMissing'>;

/**
 * The loading, retry, no-adapter and missing-area strings alone (also in `commonStrings`), here
 * so that a widget's first view does not carry every shared string.
 */
export const statusStrings = stringTables<StatusStrings>('status', {
  en: {
    loading: 'Loading…',
    retry: 'Retry',
    noAdapter: 'This widget is not connected to a Confab backend. Add a <confab-provider> or a confab-endpoint meta tag.',
    areaMissing: 'This feature is not available on this backend.',
  },
  ...commonLocales,
});

/**
 * The thin base of every Confab widget: it finds the adapter (nearest `<confab-provider>`
 * through `@lit/context`, else the document default), checks that it offers the areas the
 * widget declares in `static areas`, offers a typed `emit()`, the locale controller, and the
 * visible "not connected" and "not available on this backend" messages.
 *
 * @example
 * ```ts
 * class ConfabIdeaCard extends ConfabElement {
 *   static override areas: readonly AreaName[] = ['ideas', 'votes'];
 *   render() { return this.backend ? html`…` : this.renderUnavailable(); }
 * }
 * ```
 */
export class ConfabElement extends LitElement {
  // `static properties` rather than decorators, so that a widget written without them (the
  // feedback, for its size budget) does not bundle the decorators' code.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    adapter: { state: true, attribute: false },
  };

  /**
   * The adapter areas this widget cannot work without (`identity` is always there). Without one
   * the widget shows "not available on this backend"; an area it can do without (e.g. `live`)
   * is left out of the list and used when present.
   */
  static areas: readonly AreaName[] = [];

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /**
   * The level (1–6) of the widget's own heading, 2 by default; the headings inside it follow one
   * level below, so the widget fits the outline of the page it is placed in.
   */
  headingLevel = 2;

  /** The adapter found; undefined until a provider or the document default supplies one. */
  protected declare adapter?: Adapter;

  /** The areas of `static areas` that the adapter leaves out (none while there is no adapter). */
  protected get unavailableAreas(): AreaName[] {
    return this.adapter ? missingAreas(this.adapter, (this.constructor as typeof ConfabElement).areas) : [];
  }

  /**
   * The adapter, when it offers every area in `static areas`; else undefined. Load, write and
   * subscribe through this, so that nothing runs (and no kept write is sent) while the widget
   * shows `renderUnavailable()`.
   */
  protected get backend(): Adapter | undefined {
    return this.adapter && this.unavailableAreas.length === 0 ? this.adapter : undefined;
  }

  /** Language, direction and strings for this widget (formatting: `format.ts` with `localize.lang`). */
  protected readonly localize = new LocalizeController(this);

  private provided?: Adapter;
  /** The widget's one polite live region: created once, outside what `render()` draws, so it never leaves the DOM. */
  private liveRegion?: HTMLElement;
  private liveFrame = 0;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: adapterContext,
      subscribe: true,
      callback: (adapter) => {
        this.provided = adapter;
        this.adapter = adapter ?? defaultAdapter();
      },
    });
    // Under the script-tag loader (dist/confab.js), Confab tags this widget renders in its shadow
    // root (a badge in a list, a card in a board) are defined when they first appear there.
    const loader = (globalThis as Record<symbol, ((root: ParentNode) => void) | undefined>)[Symbol.for('confab.loader')];
    if (loader) this.addController({ hostUpdated: () => loader(this.renderRoot) });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('confab-defaults-changed', this.onDefaults);
    this.adapter = this.provided ?? defaultAdapter();
    if (!this.adapter) {
      // Give a provider defined later (script order) one frame to answer before warning.
      requestAnimationFrame(() => {
        if (this.isConnected && !this.adapter && !warned) {
          warned = true;
          console.warn(`[confab] <${this.localName}> found no adapter: wrap it in <confab-provider> or add <meta name="confab-endpoint" content="…">.`);
        }
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('confab-defaults-changed', this.onDefaults);
  }

  /** Also waits for a string table still loading, so that `await el.updateComplete` sees the page's language. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let loading = this.localize.tablesLoading(); loading; loading = this.localize.tablesLoading()) {
      await loading;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    const region = document.createElement('div');
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.dataset.confabLive = '';
    root.appendChild(region);
    this.renderOptions.renderBefore = region; // Lit renders before it and never touches it
    this.liveRegion = region;
    return root;
  }

  /**
   * Says `message` politely through the widget's live region (the same element for the widget's
   * whole life). The region is emptied first, so the same message said twice is heard twice.
   */
  protected announce(message: string): void {
    const region = this.liveRegion;
    if (!region) return;
    cancelAnimationFrame(this.liveFrame);
    region.textContent = '';
    region.lang = this.localize.lang;
    if (message) this.liveFrame = requestAnimationFrame(() => { region.textContent = message; });
  }

  /**
   * The heading level `depth` steps inside the widget (0: the widget's own heading), from
   * `heading-level`, kept within 1–6.
   */
  protected level(depth = 0): number {
    const base = Number.isInteger(Number(this.headingLevel)) ? Number(this.headingLevel) : 2;
    return Math.min(6, Math.max(1, base + depth));
  }

  private onDefaults = () => {
    this.adapter = this.provided ?? defaultAdapter();
  };

  /**
   * Dispatches a typed `confab-*` event that bubbles and crosses shadow roots. Returns false
   * when a listener cancelled a cancelable event.
   */
  protected emit<K extends keyof GlobalEventHandlersEventMap>(
    name: K,
    detail: EventDetail<K>,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }

  /** The visible message shown instead of the widget when no adapter is found. */
  protected renderNoAdapter(): TemplateResult {
    return html`<p part="message" role="status" class="message">${this.localize.strings(statusStrings).noAdapter}</p>`;
  }

  /**
   * What to show instead of the widget while `backend` is undefined: the no-adapter message, or
   * "not available on this backend" (with one console warning per adapter and tag) when the
   * adapter leaves out an area in `static areas`.
   */
  protected renderUnavailable(): TemplateResult {
    const adapter = this.adapter;
    const missing = this.unavailableAreas;
    if (!adapter || missing.length === 0) return this.renderNoAdapter();
    const tags = warnedAreas.get(adapter) ?? new Set<string>();
    warnedAreas.set(adapter, tags);
    if (!tags.has(this.localName)) {
      tags.add(this.localName);
      console.warn(`[confab] <${this.localName}> needs the adapter area(s) ${missing.join(', ')}, which this adapter does not offer.`);
    }
    return html`<p part="message" role="status" class="message" data-missing=${missing.join(' ')}>${this.localize.strings(statusStrings).areaMissing}</p>`;
  }
}

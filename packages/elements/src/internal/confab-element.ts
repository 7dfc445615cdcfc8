import { LitElement, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { Adapter } from '@confab/core';
import { adapterContext } from './context.js';
import { defaultAdapter } from './defaults.js';
import { LocalizeController, type StringTables } from './localize.js';
import type { CommonStrings } from './common.strings.js';

/** The `detail` type of a `confab-*` event declared in `GlobalEventHandlersEventMap`. */
export type EventDetail<K extends keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

let warned = false;

/** The shared strings of the base class and of first views: a part of `CommonStrings`. */
export type StatusStrings = Pick<CommonStrings, 'loading' | 'retry' | 'noAdapter'>;

/** The German and Arabic shared strings (`commonStrings`), loaded on demand. */
export const loadCommonDe = () => import('./common.strings.de.js').then((m) => m.strings);
export const loadCommonAr = () => import('./common.strings.ar.js').then((m) => m.strings);

/**
 * The loading, retry and no-adapter strings alone (also in `commonStrings`), here so that a
 * widget's first view does not carry every shared string.
 */
export const statusStrings: StringTables<StatusStrings> = {
  en: {
    loading: 'Loading…',
    retry: 'Retry',
    noAdapter: 'This widget is not connected to a Confab backend. Add a <confab-provider> or a confab-endpoint meta tag.',
  },
  de: loadCommonDe,
  ar: loadCommonAr,
};

/**
 * The thin base of every Confab widget: it finds the adapter (nearest `<confab-provider>`
 * through `@lit/context`, else the document default), offers a typed `emit()`, the locale
 * controller, and the visible "not connected" message.
 */
export class ConfabElement extends LitElement {
  // `static properties` rather than decorators, so that a widget written without them (the
  // feedback, for its size budget) does not bundle the decorators' code.
  static override properties: PropertyDeclarations = { theme: { reflect: true }, adapter: { state: true, attribute: false } };

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /** The adapter in use; undefined until a provider or the document default supplies one. */
  protected declare adapter?: Adapter;

  /** Language, direction and strings for this widget (formatting: `format.ts` with `localize.lang`). */
  protected readonly localize = new LocalizeController(this);

  private provided?: Adapter;

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
}

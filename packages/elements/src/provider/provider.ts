import { LitElement, css, html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ContextProvider } from '@lit/context';
import { RestAdapter, type Adapter, type MemoryAdapter, type MemoryAdapterOptions, type Seed } from '@confab/core';
import { adapterContext } from '../internal/context.js';
import '../events/confab-error.js';

/** `MemoryAdapter` (the whole domain, in the browser) is loaded only for `adapter="memory"`. */
async function memoryAdapter(options: MemoryAdapterOptions): Promise<MemoryAdapter> {
  const { MemoryAdapter } = await import('@confab/core');
  return new MemoryAdapter(options);
}

const passThrough = {
  fromAttribute: (value: string | null) => value ?? undefined,
  toAttribute: (value: unknown) => (typeof value === 'string' ? value : null),
};

/**
 * Supplies an adapter to every Confab widget inside it, through `@lit/context`.
 * Choose one: `endpoint` (the reference server's REST API), `adapter="memory"` (in the
 * browser, optionally seeded from `seed`), or the `adapter` property set to any object that
 * implements the `Adapter` contract.
 *
 * @summary Connects the Confab widgets inside it to a backend.
 * @slot - Page content containing Confab widgets.
 * @fires confab-error - The adapter could not be set up (e.g. the `seed` URL failed to load).
 *
 * @example
 * ```html
 * <confab-provider endpoint="/confab/api/v1"> … <confab-ask></confab-ask> … </confab-provider>
 * ```
 */
export class ConfabProvider extends LitElement {
  static override styles = css`:host { display: contents; }`;

  static override properties: PropertyDeclarations = {
    endpoint: {},
    adapter: { converter: passThrough },
    seed: { converter: passThrough },
    user: {},
  };

  /** Base URL of the reference server's REST API (e.g. `/api/v1`); creates a `RestAdapter`. */
  endpoint?: string;

  /** `memory` for an in-browser `MemoryAdapter`; as a JS property, any `Adapter` object. */
  adapter?: Adapter | 'memory';

  /** Seed data for `adapter="memory"`: a URL of a Seed JSON file (attribute) or a Seed object (property). */
  seed?: string | Seed;

  /** For `adapter="memory"`: the id of the seeded person who is signed in. */
  user?: string;

  private readonly provider = new ContextProvider(this, { context: adapterContext });
  private generation = 0;

  /** The adapter currently provided to descendants. */
  get current(): Adapter | undefined {
    return this.provider.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') || changed.has('adapter') || changed.has('seed') || changed.has('user')) void this.resolve();
  }

  private async resolve(): Promise<void> {
    const generation = ++this.generation;
    const set = (adapter: Adapter | undefined) => {
      if (generation === this.generation) this.provider.setValue(adapter);
    };
    if (this.adapter && typeof this.adapter === 'object') return set(this.adapter);
    if (this.endpoint) return set(new RestAdapter({ endpoint: this.endpoint }));
    if (this.adapter !== 'memory') return set(undefined);
    if (typeof this.seed !== 'string') return set(await memoryAdapter({ seed: this.seed, user: this.user }));
    try {
      const response = await fetch(this.seed);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      set(await memoryAdapter({ seed: (await response.json()) as Seed, user: this.user }));
    } catch (error) {
      const message = `[confab] could not load the seed ${this.seed}: ${(error as Error).message}`;
      console.error(message);
      this.dispatchEvent(new CustomEvent('confab-error', { detail: { error, message }, bubbles: true, composed: true }));
      set(await memoryAdapter({ user: this.user }));
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

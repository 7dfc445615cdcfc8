import type { Adapter } from '@confab/core';

interface DefaultsSlot {
  adapter?: Adapter;
  resolver?: () => Adapter | undefined;
}

// Shared across copies of the package through a global symbol, like the context key.
const slot: DefaultsSlot = ((globalThis as Record<symbol, DefaultsSlot>)[Symbol.for('confab.defaults')] ??= {});

/**
 * Sets the document-level default adapter, used by every widget outside a `<confab-provider>`.
 *
 * @example
 * ```ts
 * import { configure } from '@confab/elements';
 * configure({ adapter: new RestAdapter({ endpoint: '/confab/api/v1' }) });
 * ```
 */
export function configure(options: { adapter: Adapter }): void {
  slot.adapter = options.adapter;
  document.dispatchEvent(new CustomEvent('confab-defaults-changed'));
}

/**
 * Installs the function that builds the default adapter from the page (e.g. from
 * `<meta name="confab-endpoint">`); called once, lazily, by the first widget that needs it.
 */
export function setDefaultResolver(resolver: () => Adapter | undefined): void {
  slot.resolver ??= resolver;
}

/** The document-level default adapter, or undefined when the page configured none. */
export function defaultAdapter(): Adapter | undefined {
  if (!slot.adapter && slot.resolver) slot.adapter = slot.resolver();
  return slot.adapter;
}

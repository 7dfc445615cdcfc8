/**
 * Registers a custom element once. A second registration of the same tag (two copies of the
 * bundle on a page) does not throw: it warns when the classes differ and keeps the first.
 *
 * @example
 * ```ts
 * defineElement('confab-feedback', ConfabFeedback);
 * ```
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, ctor);
  else if (existing !== ctor) console.warn(`[confab] <${tag}> is already defined by another copy of Confab; keeping the first.`);
}

import { adoptStyles, type CSSResultOrNative, type ReactiveElement } from 'lit';

/** What each shadow root was given after its first render, in order. */
const added = new WeakMap<ShadowRoot, CSSResultOrNative[]>();

/**
 * Adds `styles` to `host`'s shadow root, after the widget's own `static styles`: for code a widget
 * loads later (a follow-up, a thread view, a state line), whose CSS then loads with it instead of
 * with the first view. Adding the same styles again does nothing, so calling it on every update
 * is cheap. Call it once the host has rendered (its shadow root exists).
 *
 * @example
 * ```ts
 * constructor(host: ConfabAsk) { addStyles(host, [contentStyles, threadStyles]); }
 * ```
 */
export function addStyles(host: ReactiveElement, styles: readonly CSSResultOrNative[]): void {
  const root = host.renderRoot;
  if (!(root instanceof ShadowRoot)) return;
  const list = added.get(root) ?? [];
  const fresh = styles.filter((s) => !list.includes(s));
  if (!fresh.length) return;
  list.push(...fresh);
  added.set(root, list);
  adoptStyles(root, [...(host.constructor as typeof ReactiveElement).elementStyles, ...list]);
}

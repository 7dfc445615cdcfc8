import type { ReactiveController, ReactiveElement } from 'lit';

/** Where to move focus: a selector inside the widget's shadow root, or a function finding the element. */
export type FocusTarget = string | (() => HTMLElement | null | undefined);

/**
 * Moves focus on purpose after the widget re-renders, so that it never drops to `<body>`:
 * after posting, to what was posted (or back to the composer); after "Show more", to the first
 * new item; after a re-sort, to the same item in its new place. Items it focuses that are not
 * controls get `tabindex="-1"`.
 *
 * @example
 * ```ts
 * private readonly focus = new FocusController(this);
 * await this.focus.to(`[data-id="${CSS.escape(answer.id)}"]`);
 * ```
 */
export class FocusController implements ReactiveController {
  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Focuses the first target found (tried in order) once the host has rendered; resolves with the element focused. */
  async to(...targets: FocusTarget[]): Promise<HTMLElement | null> {
    await this.host.updateComplete;
    for (const target of targets) {
      const el = typeof target === 'string' ? this.host.renderRoot.querySelector<HTMLElement>(target) : target();
      if (!el) continue;
      if (!el.matches('a[href], button, input, select, textarea, [tabindex]') && !el.localName.includes('-')) el.tabIndex = -1;
      el.focus();
      return el;
    }
    return null;
  }

  /** True when focus is inside the host (its shadow root or light DOM). */
  get within(): boolean {
    return this.host.matches(':focus-within');
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Id } from '@confab/core';

const HASH = /^#confab-q=(.+)$/;

/** The question id in the URL hash `#confab-q=<id>`, or null. */
export function hashId(): Id | null {
  const m = HASH.exec(location.hash);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null; // a malformed escape is not a question id
  }
}

/**
 * Runs `open` instead of following a question link on a plain click; a click with a modifier or
 * another button (new tab, new window) is left to the browser.
 */
export function openOnPlainClick(e: MouseEvent, open: () => void): void {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  open();
}

/** The link to a question's thread, `#confab-q=<id>`: it opens in a new tab and can be copied. */
export function questionHref(id: Id): string {
  return `#confab-q=${encodeURIComponent(id)}`;
}

/**
 * Records an open question in the URL with a new history entry (`#confab-q=<id>`), or, with
 * null, removes it by *replacing* the current entry: "Back to questions" adds no entry that the
 * browser's Back button would use to reopen the thread.
 */
export function pushHash(id: Id | null): void {
  if (id === hashId()) return;
  if (id === null) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  else history.pushState(null, '', questionHref(id));
}

/**
 * Follows the `#confab-q=<id>` deep link: reports the id in the URL when the widget connects
 * (once it is in the document) and on every `hashchange` and `popstate` (Back/Forward).
 */
export class HashRouteController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & Element, private readonly onRoute: (id: Id | null) => void) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.handle);
    window.addEventListener('popstate', this.handle);
    queueMicrotask(this.handle);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.handle);
    window.removeEventListener('popstate', this.handle);
  }

  private handle = (): void => {
    if (this.host.isConnected) this.onRoute(hashId());
  };
}

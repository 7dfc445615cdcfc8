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

/** Records an open question in the URL (`#confab-q=<id>`), or removes it with null; a new history entry either way. */
export function pushHash(id: Id | null): void {
  if (id === hashId()) return;
  history.pushState(null, '', id === null ? `${location.pathname}${location.search}` : `#confab-q=${encodeURIComponent(id)}`);
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

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, type Page } from '@confab/core';

/** What "Show more" needs from its widget. */
export interface ShowMoreOptions<T> {
  /** The next page after `cursor`; pass `signal` to the adapter. */
  fetch: (cursor: string, signal: AbortSignal) => Promise<Page<T>>;
  /** The items shown now. */
  items: () => readonly T[];
  /** What tells two items apart (default: their `id`). */
  key?: (item: T) => string;
  /** Shows `items`: those shown before, then the page's new ones. */
  set: (items: T[]) => void;
  /** After a page came: the items it added (none already shown), the first at index `first` (focus moves there). */
  shown?: (fresh: T[], first: number) => void;
}

/**
 * The "Show more" of a paged list: the next page's cursor, its load (one at a time, aborted when
 * the list starts over or the widget disconnects), the items appended without those already shown
 * (a live update may have brought them), and the load's error until the next try. The widget keeps
 * its items and draws the button.
 *
 * @example
 * ```ts
 * private readonly more = new ShowMoreController<Question>(this, {
 *   fetch: (cursor, signal) => area(this.backend!, 'questions').listQuestions({ context, cursor }, { signal }),
 *   items: () => this.items, set: (items) => (this.items = items),
 *   shown: (fresh) => fresh[0] && void this.focuser.to(`[data-open="${CSS.escape(fresh[0].id)}"]`),
 * });
 * // first page: this.items = page.items; this.more.reset(page.nextCursor);
 * html`${this.more.cursor ? html`<button ${busy(this.more.busy)} @click=${() => void this.more.load()}>…</button>` : nothing}`;
 * ```
 */
export class ShowMoreController<T> implements ReactiveController {
  /** The next page's cursor; null when every page is shown. */
  cursor: string | null = null;
  /** A page is on its way. */
  busy = false;
  /** Why the last "Show more" failed, until the next try or a new start. */
  error: unknown = undefined;
  private running?: AbortController;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: ShowMoreOptions<T>) {
    host.addController(this);
  }

  /** The list starts over at a first page whose next cursor is `cursor`; a load under way is dropped. */
  reset(cursor: string | null): void {
    this.running?.abort();
    this.cursor = cursor;
    this.busy = false;
    this.error = undefined;
    this.host.requestUpdate();
  }

  /** Loads and appends the next page (nothing when there is none or one is on its way). */
  async load(): Promise<void> {
    const cursor = this.cursor;
    if (!cursor || this.busy) return;
    const running = (this.running = new AbortController());
    this.busy = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const page = await this.options.fetch(cursor, running.signal);
      if (running.signal.aborted) return;
      const shown = this.options.items();
      const key = this.options.key ?? ((item: T) => (item as { id: string }).id);
      const known = new Set(shown.map(key));
      const fresh = page.items.filter((item) => !known.has(key(item)));
      this.options.set([...shown, ...fresh]);
      this.cursor = page.nextCursor;
      this.options.shown?.(fresh, shown.length);
    } catch (error) {
      if (running.signal.aborted || isAbortError(error)) return;
      this.error = error;
    } finally {
      if (this.running === running) {
        this.busy = false;
        this.host.requestUpdate();
      }
    }
  }

  hostDisconnected(): void {
    this.running?.abort();
    this.busy = false;
  }
}

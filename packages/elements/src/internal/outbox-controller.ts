import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRetryable } from '@confab/core';
import { storage } from './storage.js';

/** A write kept until it is delivered, with the idempotency key it will be retried with. */
export interface PendingWrite<P> {
  key: string;
  payload: P;
  at: string;
}

/** What an outbox needs from its widget. */
export interface OutboxOptions<P, R> {
  /** Where pending writes are kept, e.g. `feedback:<subject>`; writes of one key are retried together. */
  storageKey: () => string;
  /** Performs the write with this idempotency key. */
  send: (payload: P, idempotencyKey: string) => Promise<R>;
  /**
   * Called when a write succeeded; `fromQueue` is true when it was kept offline and went out
   * later, so the widget says so ("Your question was posted") rather than staying silent.
   */
  delivered: (result: R, payload: P, fromQueue: boolean) => void;
  /** False while the write cannot be attempted (e.g. no adapter yet); pending writes then wait. */
  ready?: () => boolean;
  /** Called when a retried write was refused for good (e.g. validation, forbidden). */
  refused?: (error: unknown, payload: P) => void;
}

const BACKOFF_MS = [2_000, 5_000, 15_000, 30_000, 60_000];

/**
 * Sends writes so that nothing is lost: a write that fails because the backend is unreachable
 * (or rate-limited) is kept in `localStorage` with its idempotency key and sent again — on the
 * `online` event, on a backoff timer, and when the page is loaded again — so it takes effect once.
 *
 * @example
 * ```ts
 * private outbox = new OutboxController(this, { storageKey: () => `ask:${this.context}`,
 *   send: (input, key) => area(this.backend!, 'questions').askQuestion(input, { idempotencyKey: key }),
 *   delivered: (q) => this.emit('confab-question-asked', { question: q }) });
 * const result = await this.outbox.submit(input); // 'queued' when kept for later
 * ```
 */
export class OutboxController<P, R> implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private attempt = 0;
  private flushing = false;
  /** Payloads being sent right now (first tries and retries). */
  private readonly sending = new Set<P>();

  constructor(private readonly host: ReactiveControllerHost, private readonly options: OutboxOptions<P, R>) {
    host.addController(this);
  }

  /** Whether writes are waiting under `storageKey` (for a widget that loads its outbox's code only when needed). */
  static holds(storageKey: string): boolean {
    return storage.getItem(`confab:outbox:${storageKey}`) !== null;
  }

  /** Writes still waiting to be delivered. */
  get pending(): PendingWrite<P>[] {
    try {
      return JSON.parse(storage.getItem(this.key()) ?? '[]') as PendingWrite<P>[];
    } catch {
      return []; // a corrupt entry is dropped rather than blocking every later write
    }
  }

  /**
   * True when a write of the reader's matching `test` is waiting or being sent: a live event about
   * it is the reader's own action, not someone else's news ("1 new idea"), even before the
   * write's answer arrived or while who is signed in is not known.
   */
  holds(test: (payload: P) => boolean): boolean {
    return [...this.sending].some(test) || this.pending.some((w) => test(w.payload));
  }

  /**
   * Sends `payload` now. Resolves with the result, or `'queued'` when the write was kept for a
   * later retry. Rejects with errors that retrying cannot fix (validation, forbidden, …).
   */
  async submit(payload: P): Promise<R | 'queued'> {
    const write: PendingWrite<P> = { key: crypto.randomUUID(), payload, at: new Date().toISOString() };
    this.sending.add(payload);
    try {
      const result = await this.options.send(payload, write.key);
      this.options.delivered(result, payload, false);
      return result;
    } catch (error) {
      if (!isRetryable(error)) throw error;
      this.save([...this.pending, write]);
      this.schedule();
      return 'queued';
    } finally {
      this.sending.delete(payload);
    }
  }

  /** Retries every pending write now. */
  async flush(): Promise<void> {
    if (this.flushing) return;
    if (this.options.ready && !this.options.ready()) {
      this.schedule();
      return;
    }
    this.flushing = true;
    clearTimeout(this.timer);
    try {
      for (const write of this.pending) {
        try {
          const result = await this.options.send(write.payload, write.key);
          this.remove(write.key);
          this.options.delivered(result, write.payload, true);
        } catch (error) {
          if (isRetryable(error)) {
            this.schedule();
            return;
          }
          this.remove(write.key);
          this.options.refused?.(error, write.payload);
        }
      }
      this.attempt = 0;
    } finally {
      this.flushing = false;
      this.host.requestUpdate();
    }
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
    if (this.pending.length) this.schedule(0);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    clearTimeout(this.timer);
  }

  private onOnline = () => void this.flush();

  private key(): string {
    return `confab:outbox:${this.options.storageKey()}`; // as in `holds`
  }

  private save(list: PendingWrite<P>[]): void {
    if (list.length) storage.setItem(this.key(), JSON.stringify(list));
    else storage.removeItem(this.key());
    this.host.requestUpdate();
  }

  private remove(key: string): void {
    this.save(this.pending.filter((w) => w.key !== key));
  }

  private schedule(delay = BACKOFF_MS[Math.min(this.attempt++, BACKOFF_MS.length - 1)]): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }
}

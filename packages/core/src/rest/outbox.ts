/**
 * The offline outbox: writes that failed because the server could not be reached are kept in
 * `Storage` (localStorage in browsers) with their idempotency key, and sent once when the browser
 * is back online. The server's idempotency makes a write that did arrive earlier take effect once.
 */
import { isConfabError } from '../errors.js';
import type { HttpClient, HttpRequest } from './http.js';

/** A write waiting to be sent. */
export interface OutboxEntry {
  method: 'POST' | 'PUT' | 'PATCH';
  path: string;
  body: unknown;
  idempotencyKey: string;
  /** When it was first tried (ISO). */
  at: string;
}

/** What happened to an outbox entry when it was sent. */
export interface OutboxResult {
  entry: OutboxEntry;
  /** The server's response, when the write was accepted. */
  result?: unknown;
  /** The error, when the server refused it (the entry is dropped) or is still unreachable (kept). */
  error?: unknown;
}

/** A small persistent queue of writes, keyed by endpoint. */
export class Outbox {
  private flushing: Promise<void> | null = null;

  constructor(private readonly storage: Storage | null, private readonly key: string) {}

  /** The entries waiting, oldest first. */
  entries(): OutboxEntry[] {
    if (!this.storage) return [];
    try {
      const value: unknown = JSON.parse(this.storage.getItem(this.key) ?? '[]');
      return Array.isArray(value) ? (value as OutboxEntry[]) : [];
    } catch {
      return [];
    }
  }

  /** Keeps a write for later; one entry per idempotency key. Returns false without storage. */
  add(entry: OutboxEntry): boolean {
    if (!this.storage) return false;
    const list = this.entries().filter((e) => e.idempotencyKey !== entry.idempotencyKey);
    list.push(entry);
    return this.save(list);
  }

  /**
   * Sends every entry once, in order. Accepted and refused entries are removed (refusals are
   * reported, not retried); an entry that still cannot reach the server stops the flush and stays.
   */
  flush(http: HttpClient, report: (result: OutboxResult) => void): Promise<void> {
    this.flushing ??= this.run(http, report).finally(() => { this.flushing = null; });
    return this.flushing;
  }

  private async run(http: HttpClient, report: (result: OutboxResult) => void): Promise<void> {
    for (const entry of this.entries()) {
      const req: HttpRequest = { method: entry.method, path: entry.path, body: entry.body, idempotencyKey: entry.idempotencyKey };
      try {
        const result = await http.once<unknown>(req);
        this.remove(entry.idempotencyKey);
        report({ entry, result });
      } catch (error) {
        if (isConfabError(error) && error.code === 'unavailable') {
          report({ entry, error });
          return;
        }
        this.remove(entry.idempotencyKey);
        report({ entry, error });
      }
    }
  }

  private remove(key: string): void {
    this.save(this.entries().filter((e) => e.idempotencyKey !== key));
  }

  private save(list: OutboxEntry[]): boolean {
    try {
      if (list.length === 0) this.storage?.removeItem(this.key);
      else this.storage?.setItem(this.key, JSON.stringify(list));
      return true;
    } catch {
      return false;
    }
  }
}

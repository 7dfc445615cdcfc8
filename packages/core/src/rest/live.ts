/**
 * One shared `EventSource` per adapter for every `live.subscribe()` call: it follows the union of the
 * listeners' scopes, reconnecting (after the current tick, so many subscriptions made together
 * cause one connection) when a new scope appears. A reconnect resumes after the last event id
 * seen, so nothing is missed; events are delivered once, in stream order. Ids are opaque. When the
 * server cannot resume (the events missed were pruned) it says `reset`, and each subscriber's
 * `onReset` reloads. The first connection asks
 * for events since the first subscription (`since`), so a change made while it connects still
 * arrives. A listener may receive a change made shortly before it subscribed: treat events as
 * idempotent updates.
 */
import type { ChangeListener, SubscribeOptions } from '../adapter.js';
import type { ChangeEvent } from '../types.js';
import { LIMITS } from '../limits.js';
import { scopes as scope } from '../scopes.js';
import { urlOf } from './http.js';

/** `EventSourceInit` plus a `fetch` (honoured by the `eventsource` package, ignored by browsers). */
export type LiveInit = EventSourceInit & { fetch?: typeof fetch };

/** How the live stream connects. */
export interface LiveOptions {
  endpoint: string;
  EventSource: typeof EventSource | undefined;
  init: LiveInit;
}

interface Entry {
  scopes: Set<string>;
  listener: ChangeListener;
  onReset?: () => void;
}

const CLOSED = 2;

/** The shared stream of one adapter. */
export class LiveStream {
  private readonly entries = new Set<Entry>();
  private source: EventSource | null = null;
  private sourceScopes = new Set<string>();
  /** The id of the last event received: opaque, sent back to resume after it. */
  private lastId: string | null = null;
  private since: number | null = null;
  private scheduled = false;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private warned = false;

  constructor(private readonly options: LiveOptions) {}

  /**
   * Adds a listener for `scopes`; returns the function that removes it. `since` (ms, default now)
   * is when the subscription was asked for: the first connection asks for the events since then.
   */
  subscribe(scopes: string[], listener: ChangeListener, options: SubscribeOptions = {}, since = Date.now()): () => void {
    if (!this.options.EventSource) {
      if (!this.warned) console.warn('Confab RestAdapter: no EventSource available; live updates are off. Pass one in the options.');
      this.warned = true;
      return () => {};
    }
    const entry: Entry = { scopes: new Set(scopes), listener, onReset: options.onReset };
    this.entries.add(entry);
    this.since ??= since;
    this.schedule();
    return () => {
      if (this.entries.delete(entry)) this.schedule();
    };
  }

  /** Closes the stream and forgets every listener. */
  close(): void {
    this.entries.clear();
    this.disconnect();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.sync();
    });
  }

  private union(): Set<string> {
    const all = new Set<string>();
    for (const e of this.entries) for (const s of e.scopes) all.add(s);
    return all;
  }

  private sync(): void {
    const union = this.union();
    if (union.size === 0) {
      this.disconnect();
      if (this.lastId === null) this.since = null;
      return;
    }
    // Past the server's limit on named scopes (a board with many cards), follow everything:
    // deliver() still hands each listener only the events of its own scopes.
    const wanted = union.size > LIMITS.scopes ? new Set([scope.all]) : union;
    const covered = this.sourceScopes.has(scope.all) || [...wanted].every((s) => this.sourceScopes.has(s));
    if ((this.source || this.retry) && covered) return;
    this.connect(wanted);
  }

  private disconnect(): void {
    this.source?.close();
    this.source = null;
    this.sourceScopes = new Set();
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
  }

  private connect(scopes: Set<string>): void {
    this.disconnect();
    const ES = this.options.EventSource;
    if (!ES) return;
    const query = { scope: [...scopes].sort(), lastEventId: this.lastId ?? undefined, since: this.lastId !== null ? undefined : this.since ?? undefined };
    const source = new ES(urlOf(this.options.endpoint, '/events', query), this.options.init);
    this.source = source;
    this.sourceScopes = scopes;
    source.onopen = () => { this.failures = 0; };
    source.onmessage = (message: MessageEvent<string>) => this.deliver(message.data);
    // The server could not resume after our last id (pruned): every listener reloads.
    source.addEventListener('reset', () => this.reset());
    source.onerror = () => {
      if (source !== this.source || source.readyState !== CLOSED) return;
      // The browser gave up (e.g. an error status): try again later, resuming after the last id.
      this.source = null;
      const wait = Math.min(30_000, 1000 * 2 ** this.failures++);
      this.retry = setTimeout(() => { this.retry = null; if (this.entries.size) this.connect(this.union()); }, wait);
    };
  }

  private reset(): void {
    for (const entry of [...this.entries]) {
      try {
        entry.onReset?.();
      } catch (error) {
        setTimeout(() => { throw error; });
      }
    }
  }

  private deliver(data: string): void {
    let event: ChangeEvent;
    try {
      event = JSON.parse(data) as ChangeEvent;
    } catch {
      return; // not a change event (the server sends none such); nothing to deliver
    }
    // The server sends each event once, in order, and resumes strictly after `lastId`.
    if (event.id === this.lastId) return;
    this.lastId = event.id;
    for (const entry of [...this.entries]) {
      if (!event.scopes.some((s) => entry.scopes.has(s))) continue;
      try {
        entry.listener(structuredClone(event));
      } catch (error) {
        setTimeout(() => { throw error; });
      }
    }
  }
}

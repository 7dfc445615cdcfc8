/**
 * The one reader of the events table in a server process: it follows the table in stream order
 * and hands each new event to the connected SSE streams. The table is the source of truth;
 * a local commit, a PostgreSQL NOTIFY from another replica, or the fallback poll wake it up. The
 * events of a local commit that come right after the last one sent (SQLite: one writer, no gaps)
 * are sent as they were stored, without reading them back. Because it reads by position (see
 * `EventLog.after`), every replica delivers every event once, in the same order, whichever
 * replica stored it.
 *
 * While no stream is connected nothing is read: on PostgreSQL every commit of every replica would
 * otherwise cost each replica a read. The first stream to connect after that waits for `ready()`,
 * which moves the position to the newest event (one read), so that it is not sent what came before it.
 */
import type { StoredEvent } from '@confab/core/domain';
import type { EventLog, EventPosition } from '../storage/store.js';

/** One connected stream: the scopes it follows and how to deliver to it. */
export interface FeedClient {
  scopes: ReadonlySet<string>;
  send(event: StoredEvent): void;
}

const BATCH = 500;

/** Follows the events table and fans new events out to the clients of this process. */
export class EventFeed {
  private readonly clients = new Set<FeedClient>();
  private cursor: EventPosition | null = null;
  private draining: Promise<void> | null = null;
  private again = false;
  private timer?: NodeJS.Timeout;
  private stopListening?: () => Promise<void>;
  private stopLocal?: () => void;
  /** Events may have come that were not read (no stream was connected). */
  private behind = false;
  private catchingUp?: Promise<void>;

  constructor(private readonly log: EventLog, private readonly pollMs: number) {}

  /** Starts at the newest event; listens for other replicas and polls as a fallback. */
  async start(): Promise<void> {
    this.cursor = await this.log.latest();
    this.stopListening = await this.log.onRemoteEvents(() => this.poke());
    this.stopLocal = this.log.onLocalEvents((events) => this.committed(events));
    this.timer = setInterval(() => this.poke(), this.pollMs);
    this.timer.unref();
  }

  /** Stops following the table. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.stopLocal?.();
    await this.stopListening?.();
    await this.draining;
  }

  /** The position of the last event handed to clients (null before any). */
  get position(): EventPosition | null {
    return this.cursor;
  }

  /** How many streams are connected. */
  get size(): number {
    return this.clients.size;
  }

  /** Adds a client; returns the function that removes it. */
  add(client: FeedClient): () => void {
    this.clients.add(client);
    // Events that came while nobody was connected, after the position `ready()` read: read them now.
    if (this.behind) void this.poke();
    return () => { this.clients.delete(client); };
  }

  /**
   * Resolves once the position is that of the newest event, for a stream about to connect: after
   * a time without streams, it reads the newest position (not the events since). Never rejects:
   * with the database away the position stays, and the stream may get events a little older.
   */
  ready(): Promise<void> {
    if (!this.behind) return Promise.resolve();
    return (this.catchingUp ??= (async () => {
      try {
        await this.draining;
        this.behind = false; // what comes from now on makes it true again (see `add`)
        const latest = await this.log.latest();
        // Only forward: a stream that connected meanwhile may have made the feed read further.
        if (latest !== null && (this.cursor === null || this.log.compare(latest, this.cursor) > 0)) this.cursor = latest;
      } catch {
        this.behind = true; // the database is away: the first read, once a stream is connected, starts from the old position
      } finally {
        this.catchingUp = undefined;
      }
    })());
  }

  /** Reads what is new, soon; calls while a read runs make it read once more. Resolves when read. */
  poke(): Promise<void> {
    if (this.clients.size === 0 && !this.draining) {
      this.behind = true;
      return Promise.resolve();
    }
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = this.drain().finally(() => { this.draining = null; });
    return this.draining;
  }

  /**
   * Events this process just committed: sent at once when they come right after the last one sent
   * (nothing else can come between them), without reading them back; otherwise (a read in
   * progress, positions unknown or not adjacent) the stream is read from the last position.
   */
  private committed(events: StoredEvent[] | null): void {
    if (events === null || this.draining || !this.follows(events)) return void this.poke();
    for (const event of events) this.deliver(event);
  }

  /** Whether `events` come one after another, right after the last position sent. */
  private follows(events: StoredEvent[]): boolean {
    let last = this.cursor;
    for (const event of events) {
      if (last === null || this.log.next(last) !== event.id) return false;
      last = event.id;
    }
    return true;
  }

  private deliver(event: StoredEvent): void {
    this.cursor = event.id;
    for (const client of this.clients) if (event.scopes.some((s) => client.scopes.has(s))) client.send(event);
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      this.behind = false;
      for (;;) {
        let batch: StoredEvent[];
        try {
          batch = await this.log.after(this.cursor, BATCH);
        } catch {
          return; // the database is away; the next poke or poll tries again from the same position
        }
        for (const event of batch) this.deliver(event);
        if (batch.length < BATCH) break;
      }
    } while (this.again);
  }
}

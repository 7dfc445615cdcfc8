/**
 * The events table: `SqlEvents` appends within a write's transaction; `SqlEventLog` reads it in
 * stream order for live readers, with the dialect's positions and visibility rule, and prunes it.
 */
import type { ChangeType } from '@confab/core';
import type { EventRepository, NewEvent, StoredEvent } from '@confab/core/domain';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { EventLog, EventPosition } from '../store.js';
import type { SqlContext } from './context.js';
import type { SqlDialect } from './dialect.js';
import type { DB, EventsTable } from './schema.js';
import { jsonList, now } from './util.js';

/** The meta key holding the position of the newest pruned event. */
const PRUNED = 'events_pruned_through';

type EventRow = Omit<Selectable<EventsTable>, 'id'> & { position: string };

function toEvent(r: EventRow): StoredEvent {
  return {
    id: r.position, type: r.type as ChangeType, scopes: jsonList(r.scopes), at: r.at, actorId: r.actor_id, ownerId: r.owner_id,
    data: JSON.parse(r.data),
  } as StoredEvent;
}

/** Appends events in the caller's transaction, and keeps them as they will be read back (`stored`). */
export class SqlEvents implements EventRepository {
  /** The events appended, with their positions; null once one was appended whose position is not known yet. */
  stored: StoredEvent[] | null = [];

  constructor(private readonly ctx: SqlContext) {}

  async append(event: NewEvent): Promise<void> {
    const row = {
      type: event.type, scopes: JSON.stringify(event.scopes), at: now(), actor_id: event.actorId ?? null, owner_id: event.ownerId ?? null,
      data: JSON.stringify(event.data ?? null),
    };
    const position = await this.ctx.dialect.appendEvent(this.ctx.db, row);
    if (position === null) this.stored = null;
    else this.stored?.push(toEvent({ ...row, position }));
  }
}

/** Wakes a reader when another process may have stored events (PostgreSQL LISTEN); returns how to stop. */
export type RemoteEvents = (wake: () => void) => Promise<() => Promise<void>>;

/** Reads and prunes the stream. */
export class SqlEventLog implements EventLog {
  private readonly local = new Set<(events: StoredEvent[] | null) => void>();

  constructor(private readonly db: Kysely<DB>, private readonly dialect: SqlDialect, readonly onRemoteEvents: RemoteEvents) {}

  onLocalEvents(listener: (events: StoredEvent[] | null) => void): () => void {
    this.local.add(listener);
    return () => { this.local.delete(listener); };
  }

  /** Called by the store once a transaction that appended events (`SqlEvents.stored`) committed. */
  committed(events: StoredEvent[] | null): void {
    if (events?.length === 0) return;
    for (const listener of this.local) listener(events);
  }

  readonly next = (position: EventPosition): EventPosition | null => this.dialect.next(position);

  /** Readable events in stream order (`desc`: newest first). */
  private select(desc = false) {
    let q = this.db.selectFrom('events').select(['type', 'scopes', 'at', 'actor_id', 'owner_id', 'data', this.dialect.position.as('position')]);
    if (this.dialect.readable) q = q.where(this.dialect.readable);
    for (const column of this.dialect.streamOrder) q = q.orderBy(sql.ref(column), desc ? 'desc' : 'asc');
    return q;
  }

  async after(position: EventPosition | null, limit: number): Promise<StoredEvent[]> {
    let q = this.select();
    if (position !== null) {
      if (!this.dialect.isPosition(position)) throw new Error(`Not an event position: ${position}`);
      q = q.where(this.dialect.after(position));
    }
    return (await q.limit(limit).execute()).map(toEvent);
  }

  async since(at: string, limit: number): Promise<StoredEvent[]> {
    return (await this.select().where('at', '>=', at).limit(limit).execute()).map(toEvent);
  }

  async latest(): Promise<EventPosition | null> {
    return (await this.select(true).limit(1).executeTakeFirst())?.position ?? null;
  }

  /** Usable detached, e.g. `positions.sort(log.compare)`. */
  readonly isPosition = (position: string): boolean => this.dialect.isPosition(position);
  readonly compare = (a: EventPosition, b: EventPosition): number => this.dialect.compare(a, b);

  async isPruned(position: EventPosition): Promise<boolean> {
    const row = await this.db.selectFrom('meta').select('value').where('key', '=', PRUNED).executeTakeFirst();
    return row !== undefined && this.dialect.isPosition(position) && this.dialect.compare(position, row.value) < 0;
  }

  async prune(before: string): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      await this.dialect.lock(trx, 'prune events');
      let newest = trx.selectFrom('events').select(this.dialect.position.as('position')).where('at', '<', before);
      for (const column of this.dialect.streamOrder) newest = newest.orderBy(sql.ref(column), 'desc');
      const last = (await newest.limit(1).executeTakeFirst())?.position;
      if (last === undefined) return 0;
      const deleted = Number((await trx.deleteFrom('events').where('at', '<', before).executeTakeFirst()).numDeletedRows);
      const earlier = await trx.selectFrom('meta').select('value').where('key', '=', PRUNED).executeTakeFirst();
      if (!earlier || this.dialect.compare(last, earlier.value) > 0) {
        await trx.insertInto('meta').values({ key: PRUNED, value: last })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value: last })).execute();
      }
      return deleted;
    });
  }
}

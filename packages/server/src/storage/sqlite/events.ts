/** SQLite implementation of `EventRepository` and `IdempotencyRepository`. */
import type Database from 'better-sqlite3';
import type { ChangeEvent, ChangeType } from '@confab/core';
import type { EventRepository, IdempotencyRepository, IdempotentResponse, NewEvent } from '../repository.js';
import { cachedPrepare, jsonList, now } from './util.js';

interface EventRow { id: number; type: string; scopes: string; at: string; actor_id: string | null; data: string }

function toEvent(r: EventRow): ChangeEvent {
  return { id: String(r.id), type: r.type as ChangeType, scopes: jsonList(r.scopes), at: r.at, actorId: r.actor_id, data: JSON.parse(r.data) as unknown };
}

/** The events table in SQLite; ids come from AUTOINCREMENT and never go back. */
export class SqliteEvents implements EventRepository {
  private readonly prep: ReturnType<typeof cachedPrepare>;

  constructor(db: Database.Database) {
    this.prep = cachedPrepare(db);
  }

  append(event: NewEvent): ChangeEvent {
    const at = now();
    const info = this.prep('INSERT INTO events (type, scopes, at, actor_id, data) VALUES (?, ?, ?, ?, ?)')
      .run(event.type, JSON.stringify(event.scopes), at, event.actorId, JSON.stringify(event.data ?? null));
    return { id: String(info.lastInsertRowid), type: event.type, scopes: event.scopes, at, actorId: event.actorId, data: event.data };
  }

  after(afterId: number, limit: number): ChangeEvent[] {
    return this.prep<EventRow>('SELECT * FROM events WHERE id > ? ORDER BY id LIMIT ?').all(afterId, limit).map(toEvent);
  }

  since(at: string, limit: number): ChangeEvent[] {
    return this.prep<EventRow>('SELECT * FROM events WHERE at >= ? ORDER BY id LIMIT ?').all(at, limit).map(toEvent);
  }

  lastId(): number {
    return this.prep<{ id: number | null }>('SELECT MAX(id) AS id FROM events').get()?.id ?? 0;
  }
}

/** Idempotency records in SQLite. */
export class SqliteIdempotency implements IdempotencyRepository {
  private readonly prep: ReturnType<typeof cachedPrepare>;

  constructor(db: Database.Database) {
    this.prep = cachedPrepare(db);
  }

  get(scope: string, key: string): IdempotentResponse | null {
    return this.prep<IdempotentResponse>('SELECT fingerprint, status, body FROM idempotency WHERE scope = ? AND key = ?').get(scope, key) ?? null;
  }

  put(scope: string, key: string, response: IdempotentResponse): void {
    this.prep('INSERT OR REPLACE INTO idempotency (scope, key, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(scope, key, response.fingerprint, response.status, response.body, now());
  }
}

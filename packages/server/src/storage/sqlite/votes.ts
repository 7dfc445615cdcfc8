/** SQLite implementation of `VoteRepository`: one vote per person per item, with counters kept on the item. */
import type Database from 'better-sqlite3';
import type { Id, VoteState, VoteTarget } from '@confab/core';
import type { VoteRepository } from '../repository.js';
import { cachedPrepare, now } from './util.js';

const TABLES = { question: 'questions', answer: 'answers', idea: 'ideas' } as const;

/** Votes in SQLite. */
export class SqliteVotes implements VoteRepository {
  private readonly prep: ReturnType<typeof cachedPrepare>;

  constructor(db: Database.Database) {
    this.prep = cachedPrepare(db);
  }

  set(target: VoteTarget, personId: Id, on: boolean): { state: VoteState; changed: boolean } {
    const table = TABLES[target.kind];
    const info = on
      ? this.prep('INSERT OR IGNORE INTO votes (kind, item_id, person_id, at) VALUES (?, ?, ?, ?)').run(target.kind, target.id, personId, now())
      : this.prep('DELETE FROM votes WHERE kind = ? AND item_id = ? AND person_id = ?').run(target.kind, target.id, personId);
    if (info.changes > 0) this.prep(`UPDATE ${table} SET votes = votes + ? WHERE id = ?`).run(on ? 1 : -1, target.id);
    const row = this.prep<{ votes: number }>(`SELECT votes FROM ${table} WHERE id = ?`).get(target.id);
    return { state: { kind: target.kind, id: target.id, votes: row?.votes ?? 0, myVote: on }, changed: info.changes > 0 };
  }
}

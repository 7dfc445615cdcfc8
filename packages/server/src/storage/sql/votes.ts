/** Votes: one per person per item, with the count kept on the item. Vote times are ms, for trending. */
import type { Id, VoteState, VoteTarget } from '@confab/core';
import type { VoteRepository } from '@confab/core/domain';
import type { SqlContext } from './context.js';

const TABLES = { question: 'questions', answer: 'answers', idea: 'ideas' } as const;

/** Votes in SQL. */
export class SqlVotes implements VoteRepository {
  constructor(private readonly ctx: SqlContext) {}

  async set(target: VoteTarget, personId: Id, on: boolean, atMs = Date.now()): Promise<{ state: VoteState; changed: boolean }> {
    const { db } = this.ctx;
    const table = TABLES[target.kind];
    const changed = on
      ? Number((await db.insertInto('votes').values({ kind: target.kind, item_id: target.id, person_id: personId, at_ms: atMs })
        .onConflict((oc) => oc.doNothing()).executeTakeFirst()).numInsertedOrUpdatedRows ?? 0) > 0
      : Number((await db.deleteFrom('votes').where('kind', '=', target.kind).where('item_id', '=', target.id)
        .where('person_id', '=', personId).executeTakeFirst()).numDeletedRows) > 0;
    if (changed) await db.updateTable(table).set((eb) => ({ votes: eb('votes', '+', on ? 1 : -1) })).where('id', '=', target.id).execute();
    const row = await db.selectFrom(table).select('votes').where('id', '=', target.id).executeTakeFirst();
    return { state: { kind: target.kind, id: target.id, votes: Number(row?.votes ?? 0), myVote: on }, changed };
  }
}

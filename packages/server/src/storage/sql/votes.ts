/** Votes: one per person per item, with the count kept on the item. Vote times are ms, for trending. */
import type { Id, VoteTarget } from '@confab/core';
import type { VoteRepository } from '@confab/core/domain';
import type { SqlContext } from './context.js';
import { statement } from './prepared.js';

const TABLES = { question: 'questions', answer: 'answers', idea: 'ideas' } as const;
type ItemTable = (typeof TABLES)[keyof typeof TABLES];

// A vote runs on every toggle: its statements are compiled once (`prepared.ts`).
const insertVote = statement((db, $) => db.insertInto('votes').values({ kind: $(0), item_id: $(1), person_id: $(2), at_ms: $(3) }).onConflict((oc) => oc.doNothing()));
const deleteVote = statement((db, $) => db.deleteFrom('votes').where('kind', '=', $(0)).where('item_id', '=', $(1)).where('person_id', '=', $(2)));
const perTable = <T>(make: (table: ItemTable) => T) => ({ questions: make('questions'), answers: make('answers'), ideas: make('ideas') });
// The new count comes back with the change (RETURNING, on both databases): one statement fewer.
const addVotes = perTable((table) => statement((db, $) => db.updateTable(table).set((eb) => ({ votes: eb('votes', '+', $(0)) })).where('id', '=', $(1)).returning('votes')));
const countVotes = perTable((table) => statement((db, $) => db.selectFrom(table).select('votes').where('id', '=', $(0))));

/** Votes in SQL. */
export class SqlVotes implements VoteRepository {
  constructor(private readonly ctx: SqlContext) {}

  async record(target: VoteTarget, personId: Id, on: boolean, atMs = Date.now()): Promise<boolean> {
    return (on
      ? await insertVote.run(this.ctx, [target.kind, target.id, personId, atMs])
      : await deleteVote.run(this.ctx, [target.kind, target.id, personId])) > 0;
  }

  async tally(target: VoteTarget, delta: number): Promise<number> {
    const table = TABLES[target.kind];
    const [row] = delta !== 0 ? await addVotes[table].rows(this.ctx, [delta, target.id]) : await countVotes[table].rows(this.ctx, [target.id]);
    return Number(row?.votes ?? 0);
  }
}

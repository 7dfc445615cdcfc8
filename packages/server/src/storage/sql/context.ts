/** What every SQL repository works with, and the pieces of query they share. */
import type { VoteTargetKind } from '@confab/core';
import { expressionBuilder, sql, type SqlBool } from 'kysely';
import type { SearchTable, SqlDialect, TextDoc } from './dialect.js';
import type { RefCache } from './people.js';
import type { DB, Executor } from './schema.js';
import { searchText } from './util.js';

/** One unit of work: the executor (the database, or the transaction), its dialect and the shared reference cache. */
export interface SqlContext {
  db: Executor;
  dialect: SqlDialect;
  refs: RefCache;
}

/** A row's text for the full-text index. */
export function textDoc(seq: number, title: string, body: string, tags: string[]): TextDoc {
  return { seq, title: searchText(title), body: searchText(body), tags: searchText(tags.join(' ')) };
}

/** `column IN` the rows of `table` matching every word (`all`) or any (`any`) as a prefix. */
export function matching(dialect: SqlDialect, table: SearchTable, column: 'q.seq' | 'i.seq', words: string[], mode: 'all' | 'any') {
  return sql<SqlBool>`${sql.ref(column)} IN (SELECT m.seq FROM ${dialect.matches(table, words, mode)} AS m)`;
}

/** Whether `viewerId` voted for the item whose id column is `ref`, selected as `mine`. */
export function myVote(kind: VoteTargetKind, ref: 'q.id' | 'a.id' | 'i.id', viewerId: string | null) {
  const eb = expressionBuilder<DB, never>();
  return eb.exists(eb.selectFrom('votes as v').select('v.item_id')
    .where('v.kind', '=', kind).where('v.item_id', '=', sql.ref<string>(ref)).where('v.person_id', '=', viewerId ?? '')).as('mine');
}

/** Tags of questions and ideas, kept in child tables with their `skillKey`, so tag filters and evidence are plain SQL. */
import { skillKey } from '@confab/core';
import type { ExpressionBuilder, Insertable } from 'kysely';
import type { DB, Executor, TagsTable } from './schema.js';
import type { SqlContext } from './context.js';
import { statement } from './prepared.js';
import { groupBy } from './util.js';

export type TagTable = 'question_tags' | 'idea_tags';

/** The rows storing `tags` (already de-duplicated ignoring case) of one item, in order. */
export function tagRows(itemId: string, tags: string[]): Insertable<TagsTable>[] {
  return tags.map((tag, position) => ({ item_id: itemId, tag, tag_key: skillKey(tag), position }));
}

/** Stores rows from `tagRows`; a second spelling of a tag on one item is dropped. */
export async function insertTags(db: Executor, table: TagTable, rows: Insertable<TagsTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto(table).values(rows).onConflict((oc) => oc.doNothing()).execute();
}

// Read with every list page and every item: compiled once per list length (`prepared.ts`).
const tagsQuery = (table: TagTable) => statement((db, $) => db.selectFrom(table).select(['item_id', 'tag'])
  .where('item_id', 'in', $.list(0)).orderBy('item_id').orderBy('position'));
const TAGS_OF = { question_tags: tagsQuery('question_tags'), idea_tags: tagsQuery('idea_tags') };

/** The tags of many items, in order. */
export async function tagsOf(ctx: SqlContext, table: TagTable, ids: string[]): Promise<Map<string, string[]>> {
  if (ids.length === 0) return new Map();
  const rows = await TAGS_OF[table].rows(ctx, [ids]);
  return groupBy(rows, (r) => r.item_id, (r) => r.tag);
}

/** A condition: the question (alias `q`) carries a tag whose `skillKey` is `key` (a tag compared ignoring case). */
export function questionHasTag(eb: ExpressionBuilder<DB & { q: DB['questions'] }, 'q'>, key: string) {
  return eb.exists(eb.selectFrom('question_tags as t').select('t.item_id')
    .whereRef('t.item_id', '=', 'q.id').where('t.tag_key', '=', key));
}

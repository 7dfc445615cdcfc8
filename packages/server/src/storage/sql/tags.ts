/** Tags of questions and ideas, kept in child tables with a lower-case key, so tag filters and evidence are plain SQL. */
import type { ExpressionBuilder, Insertable } from 'kysely';
import type { DB, Executor, TagsTable } from './schema.js';
import { groupBy } from './util.js';

export type TagTable = 'question_tags' | 'idea_tags';

/** The rows storing `tags` (already de-duplicated ignoring case) of one item, in order. */
export function tagRows(itemId: string, tags: string[]): Insertable<TagsTable>[] {
  return tags.map((tag, position) => ({ item_id: itemId, tag, tag_key: tag.toLowerCase(), position }));
}

/** Stores rows from `tagRows`; a second spelling of a tag on one item is dropped. */
export async function insertTags(db: Executor, table: TagTable, rows: Insertable<TagsTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto(table).values(rows).onConflict((oc) => oc.doNothing()).execute();
}

/** The tags of many items, in order. */
export async function tagsOf(db: Executor, table: TagTable, ids: string[]): Promise<Map<string, string[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom(table).select(['item_id', 'tag']).where('item_id', 'in', ids).orderBy('item_id').orderBy('position').execute();
  return groupBy(rows, (r) => r.item_id, (r) => r.tag);
}

/** A condition: the question (alias `q`) carries `tag`, compared ignoring case. */
export function questionHasTag(eb: ExpressionBuilder<DB & { q: DB['questions'] }, 'q'>, tag: string) {
  return eb.exists(eb.selectFrom('question_tags as t').select('t.item_id')
    .whereRef('t.item_id', '=', 'q.id').where('t.tag_key', '=', tag.toLowerCase()));
}

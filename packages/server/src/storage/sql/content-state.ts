/**
 * Issue 13: the moderation columns of a content row as the domain reads them (`ContentStatus`),
 * and a `ContentFilter` as SQL. The domain decides who sees what; this only applies its filter.
 */
import type { ContentState, ContentStatus, Id, ModeratedBy } from '@confab/core';
import type { ContentFilter } from '@confab/core/domain';
import { sql, type SqlBool, type RawBuilder } from 'kysely';
import type { Slots } from './prepared.js';

/** The moderation columns of a row (feedback's `comment_state` read as `state`). */
export interface StateRow {
  state: string;
  state_by: string | null;
  state_reason: string | null;
  edited_at: string | null;
}

/** A row's `ContentStatus`. */
export function statusOf(row: StateRow): ContentStatus {
  return {
    state: row.state as ContentState,
    editedAt: row.edited_at,
    by: row.state_by as ModeratedBy | null,
    reason: row.state_reason,
  };
}

/**
 * `filter` over a row's state and author columns (e.g. `q.state`, `q.author_id`), or null when
 * every row passes: its state is one of `states`, or the viewer wrote it and it is one of `ownStates`.
 */
export function statePasses(filter: ContentFilter | undefined, stateColumn: string, authorColumn: string): RawBuilder<SqlBool> | null {
  if (!filter) return null;
  const state = sql.ref(stateColumn);
  const inList = (list: ContentState[]) => sql<SqlBool>`${state} IN (${sql.join(list)})`;
  const parts: RawBuilder<SqlBool>[] = [];
  if (filter.states.length > 0) parts.push(inList(filter.states));
  if (filter.viewerId !== null && filter.ownStates.length > 0) {
    parts.push(sql<SqlBool>`(${sql.ref(authorColumn)} = ${filter.viewerId} AND ${inList(filter.ownStates)})`);
  }
  if (parts.length === 0) return sql<SqlBool>`1 = 0`;
  return parts.length === 1 ? parts[0] as RawBuilder<SqlBool> : sql<SqlBool>`(${sql.join(parts, sql` OR `)})`;
}

/** The form of a content filter for a compiled statement: `own` when it also lets the viewer see their own held items. */
export interface FilterShape {
  own: boolean;
}

/** The shape of `filter` (see `shapedStatement`), null without one. */
export function filterShape(filter: ContentFilter | undefined): FilterShape | null {
  return filter ? { own: filter.viewerId !== null && filter.ownStates.length > 0 } : null;
}

/** A filter's three values as a compiled statement takes them: states, viewer, own states. */
export function filterArgs(filter: ContentFilter | undefined): [ContentState[], Id | null, ContentState[]] {
  return [filter?.states ?? [], filter?.viewerId ?? null, filter?.ownStates ?? []];
}

/** A filter of placeholders for `statePasses`, its values at `at`, `at + 1` and `at + 2` (`filterArgs`). */
export function filterSlots($: Slots, at: number, shape: FilterShape): ContentFilter {
  return { states: $.list(at), viewerId: shape.own ? $(at + 1) : null, ownStates: $.list(at + 2) };
}

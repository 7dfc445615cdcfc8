import type { PageQuery } from './adapter.js';
import { ValidationError } from './errors.js';
import { LIMITS } from './limits.js';
import type { Page } from './types.js';

/** The page size a query asks for: 20 by default, clamped to 1..`LIMITS.pageSize`. */
export function pageLimit(limit: number | undefined, fallback = 20): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.min(LIMITS.pageSize, Math.max(1, Math.floor(limit)));
}

interface CursorData {
  /** The id of the last item of the previous page. */
  after: string;
  /** Its position then, used when the item is no longer in the list. */
  offset: number;
}

function decode(cursor: string): CursorData {
  try {
    const data = JSON.parse(atob(cursor)) as Partial<CursorData>;
    if (typeof data.after === 'string' && typeof data.offset === 'number' && data.offset >= 0) return { after: data.after, offset: data.offset };
  } catch {
    // fall through to the validation error below
  }
  throw new ValidationError({ cursor: 'This list position is no longer valid; reload the list' });
}

/**
 * One page of an already ordered list. The opaque cursor names the last item shown, so items
 * added at the top between two pages cause neither duplicates nor gaps.
 */
export function paginate<T>(items: T[], query: PageQuery, idOf: (item: T) => string): Page<T> {
  const limit = pageLimit(query.limit);
  let start = 0;
  if (query.cursor) {
    const { after, offset } = decode(query.cursor);
    const at = items.findIndex((item) => idOf(item) === after);
    start = at >= 0 ? at + 1 : offset + 1;
  }
  const slice = items.slice(start, start + limit);
  const last = start + slice.length - 1;
  const nextCursor = start + limit < items.length && slice.length > 0
    ? btoa(JSON.stringify({ after: idOf(slice[slice.length - 1]!), offset: last } satisfies CursorData))
    : null;
  return { items: slice, nextCursor };
}

/** Newest first; items from the same instant in reverse creation order. */
export function newestFirst(a: { createdAt: string; seq: number }, b: { createdAt: string; seq: number }): number {
  // ISO timestamps order as plain strings; localeCompare would cost a collation per comparison.
  return (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0) || b.seq - a.seq;
}

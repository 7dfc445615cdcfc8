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

/**
 * One page of the items of `ordered` (already in list order) that `keep` accepts. The first page
 * reads only as far as it needs; a page after a cursor reads them all.
 */
export function paginateOrdered<T>(ordered: Iterable<T>, keep: (item: T) => boolean, query: PageQuery, idOf: (item: T) => string): Page<T> {
  const want = query.cursor ? Infinity : pageLimit(query.limit) + 1;
  const items: T[] = [];
  for (const item of ordered) if (keep(item) && items.push(item) === want) break;
  return paginate(items, query, idOf);
}

/**
 * One page of `items` in `compare` order. The first page puts only its own items in order (a
 * selection: one comparison for most items), so a list of 10,000 costs a pass, not a sort; a page
 * after a cursor sorts `items` in place.
 */
export function paginateSorted<T>(items: T[], compare: (a: T, b: T) => number, query: PageQuery, idOf: (item: T) => string): Page<T> {
  if (query.cursor) return paginate(items.sort(compare), query, idOf);
  return paginate(leading(items, compare, pageLimit(query.limit) + 1), query, idOf);
}

/** The first `count` of `items` in `compare` order, equal items in their given order (as a stable sort would place them). */
function leading<T>(items: readonly T[], compare: (a: T, b: T) => number, count: number): T[] {
  const best: T[] = [];
  for (const item of items) {
    if (best.length === count && compare(item, best[count - 1]!) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(item, best[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    best.splice(lo, 0, item);
    if (best.length > count) best.pop();
  }
  return best;
}

/** Newest first; items from the same instant in reverse creation order. */
export function newestFirst(a: { createdAt: string; seq: number }, b: { createdAt: string; seq: number }): number {
  // ISO timestamps order as plain strings; localeCompare would cost a collation per comparison.
  return (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0) || b.seq - a.seq;
}

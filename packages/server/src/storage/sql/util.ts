/** Small helpers shared by the SQL repositories: ids, times, cursors, page sizes, search words. */
import { randomBytes } from 'node:crypto';
import { LIMITS, ValidationError, type PersonRef } from '@confab/core';

/** A new opaque id with a readable prefix, e.g. `q_3kT9…`. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(9).toString('base64url')}`;
}

/** The current time as an ISO string. */
export function now(): string {
  return new Date().toISOString();
}

/** Parses a JSON column holding a string array (text, or already parsed by the driver). */
export function jsonList(text: string | string[]): string[] {
  const value: unknown = typeof text === 'string' ? JSON.parse(text) : text;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Where the next page starts: after the item numbered `seq` (orders by creation) or at `offset` (other orders). */
export interface Position {
  offset: number;
  seq: number | null;
}

/** Reads an opaque cursor; a foreign or damaged one is a `ValidationError`. */
export function decodeCursor(cursor: string | null | undefined): Position {
  if (!cursor) return { offset: 0, seq: null };
  const m = /^o(\d{1,9})\.s(\d{0,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new ValidationError({ cursor: 'This list position is no longer valid; reload the list' });
  return { offset: Number(m[1]), seq: m[2] ? Number(m[2]) : null };
}

/** The cursor of the page after an item (its `seq`) at `offset`. */
export function encodeCursor(offset: number, seq: number | undefined): string {
  return Buffer.from(`o${offset}.s${seq ?? ''}`, 'utf8').toString('base64url');
}

/** A page size within 1–`LIMITS.pageSize` (default 20). */
export function pageSize(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return 20;
  return Math.min(LIMITS.pageSize, Math.max(1, Math.floor(limit)));
}

/**
 * One page from rows fetched with `limit + 1`: the extra row says whether there is a next page,
 * whose cursor carries the offset reached and the last item's `seq`.
 */
export function pageOf<R extends { seq: number }>(rows: R[], limit: number, pos: Position): { rows: R[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  return { rows: page, nextCursor: rows.length > limit ? encodeCursor(pos.offset + limit, page[page.length - 1]?.seq) : null };
}

/** Text as the search index keeps it: lower case, without diacritics (so both databases match alike). */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Text for the full-text index: its words (letters and digits) in `searchable` form, separated by spaces. */
export function searchText(text: string): string {
  return searchable(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0).join(' ');
}

/** The distinct search words of `text` (letters and digits), at most `max`. */
export function searchWords(text: string, max: number): string[] {
  return [...new Set(searchable(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0))].slice(0, max);
}

/** Resolves a person id to a reference, with a stand-in for an unknown person. */
export function refOf(refs: Map<string, PersonRef>, id: string): PersonRef {
  return refs.get(id) ?? { id, name: id };
}

/** Groups rows by a key, keeping their order. */
export function groupBy<R, V>(rows: R[], key: (r: R) => string, value: (r: R) => V): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const r of rows) {
    const list = out.get(key(r));
    if (list) list.push(value(r));
    else out.set(key(r), [value(r)]);
  }
  return out;
}

/** Compares strings by code unit, as SQLite's BINARY collation does, whatever the database's locale. */
export function binaryCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

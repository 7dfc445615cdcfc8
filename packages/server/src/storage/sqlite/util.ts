/** Small helpers shared by the SQLite repositories. */
import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { ValidationError, type PersonRef } from '@confab/core';

/** A new opaque id with a readable prefix, e.g. `q_3kT9…`. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(9).toString('base64url')}`;
}

/** The current time as an ISO string. */
export function now(): string {
  return new Date().toISOString();
}

/** Parses a JSON column holding a string array. */
export function jsonList(text: string): string[] {
  const value: unknown = JSON.parse(text);
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

/**
 * Applies a position: for lists ordered by creation, a keyset condition on `column` (so items
 * added meanwhile cause neither duplicates nor gaps) and offset 0; otherwise the offset.
 */
export function startAt(pos: Position, byCreation: boolean, column: string, direction: '<' | '>', where: string[], params: (string | number)[]): number {
  if (!byCreation || pos.seq === null) return pos.offset;
  where.push(`${column} ${direction} ?`);
  params.push(pos.seq);
  return 0;
}

/** A page size within 1–100 (default 20). */
export function pageSize(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return 20;
  return Math.min(100, Math.max(1, Math.floor(limit)));
}

/**
 * An FTS5 query matching any of `words` as a prefix, or null without words.
 * Words are quoted so that user text can never be FTS syntax.
 */
export function ftsAny(words: Iterable<string>): string | null {
  const list = [...new Set(words)].filter((w) => w.length > 0).slice(0, 32);
  return list.length ? list.map((w) => `"${w.replaceAll('"', '""')}"*`).join(' OR ') : null;
}

/** An FTS5 query matching every word of `text` (as prefix), or null. */
export function ftsAll(text: string): string | null {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  if (words.length === 0) return null;
  return [...new Set(words)].slice(0, 16).map((w) => `"${w.replaceAll('"', '""')}"*`).join(' AND ');
}


/** Resolves a person id to a reference, with a stand-in for a deleted person. */
export function refOf(refs: Map<string, PersonRef>, id: string): PersonRef {
  return refs.get(id) ?? { id, name: id };
}

/** A `prepare` that keeps each statement, so repeated queries skip SQLite's parser. */
export function cachedPrepare(db: Database.Database): <Row = unknown>(sql: string) => Database.Statement<unknown[], Row> {
  const cache = new Map<string, Database.Statement<unknown[], unknown>>();
  return <Row = unknown>(sql: string): Database.Statement<unknown[], Row> => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt as Database.Statement<unknown[], Row>;
  };
}

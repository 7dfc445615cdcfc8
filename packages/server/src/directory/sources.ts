/**
 * Directory files read as a stream of raw rows, so that a file of any length is read in bounded
 * memory: CSV (csv-parse, a header row naming the fields, UTF-8 with or without BOM), a JSON array
 * of objects (stream-json), or JSON Lines (one object per line). Each row says where it is: the
 * line it starts on (CSV, JSON Lines) or its position in the array (`item`, JSON arrays).
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream';
import { parse } from 'csv-parse';
import streamArray from 'stream-json/streamers/stream-array.js';
import { DIRECTORY_FIELDS } from './rows.js';

/** Where a row is in its file. */
export interface RowPosition {
  /** The line the row starts on (CSV, JSON Lines). */
  line?: number;
  /** The row's position in a JSON array, from 1. */
  item?: number;
}

/** A raw row, or why it could not even be read as one. */
export type RawRow = { at: RowPosition; fields: Record<string, unknown>; error?: undefined } | { at: RowPosition; fields?: undefined; error: string; id?: string };

/** A file that cannot be imported at all (exit code 2, nothing written). */
export class UnusableFileError extends Error {}

/** The kinds of file `import-people` reads. */
export type FileKind = 'csv' | 'json' | 'jsonl';

/** The kind of a file by its name: `.csv`, `.json` (an array, or JSON Lines when it does not start with `[`), `.jsonl`/`.ndjson`. */
export async function fileKind(path: string): Promise<FileKind> {
  const lower = path.toLowerCase();
  const named = lower.endsWith('.csv') ? 'csv' : lower.endsWith('.jsonl') || lower.endsWith('.ndjson') ? 'jsonl' : lower.endsWith('.json') ? 'json' : null;
  if (!named) throw new UnusableFileError(`${path}: the file must end in .csv or .json (or .jsonl)`);
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => { throw new UnusableFileError(`${path} cannot be read: ${error.code ?? error.message}`); });
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0)
      .catch((error: NodeJS.ErrnoException) => { throw new UnusableFileError(`${path} cannot be read: ${error.code ?? error.message}`); });
    if (named !== 'json') return named;
    const head = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart();
    return head.startsWith('[') ? 'json' : 'jsonl';
  } finally {
    await handle.close();
  }
}

/** How many line breaks a parsed CSV record holds inside its quoted fields. */
function breaksIn(record: string[]): number {
  let n = 0;
  for (const field of record) n += field.match(/\r\n|\n|\r/g)?.length ?? 0;
  return n;
}

/** Rows of a CSV file with a header row; the header must name `id` and `name`; unknown columns are reported and ignored. */
async function* csvRows(path: string, onIgnored: (columns: string[]) => void): AsyncGenerator<RawRow> {
  const parser = parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: false });
  pipeline(createReadStream(path), parser, () => {});
  let header: string[] | null = null;
  // The line a record starts on, counted here: csv-parse counts a CRLF inside quotes as two lines.
  let breaksBefore = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { records: number; empty_lines: number } }>) {
      const line = info.records + info.empty_lines + breaksBefore;
      breaksBefore += breaksIn(record);
      if (!header) {
        header = record.map((h) => h.trim().toLowerCase());
        const missing = ['id', 'name'].filter((f) => !header?.includes(f));
        if (missing.length) throw new UnusableFileError(`${path}: the header row (line ${line}) must name the columns ${missing.join(' and ')}; it has: ${record.join(', ').slice(0, 200)}`);
        const twice = header.filter((h, i) => header?.indexOf(h) !== i);
        if (twice.length) throw new UnusableFileError(`${path}: the header row names ${[...new Set(twice)].join(', ')} more than once`);
        const ignored = header.filter((h) => !(DIRECTORY_FIELDS as readonly string[]).includes(h));
        if (ignored.length) onIgnored(ignored);
        continue;
      }
      if (record.length !== header.length) {
        yield { at: { line }, error: `has ${record.length} fields, the header has ${header.length}`, id: record[header.indexOf('id')] };
        continue;
      }
      const fields: Record<string, unknown> = {};
      header.forEach((h, i) => { if ((DIRECTORY_FIELDS as readonly string[]).includes(h)) fields[h] = record[i]; });
      yield { at: { line }, fields };
    }
  } catch (error) {
    if (error instanceof UnusableFileError) throw error;
    const e = error as NodeJS.ErrnoException & { lines?: number };
    if (e.code === 'ENOENT' || e.code === 'EACCES' || e.code === 'EISDIR') throw new UnusableFileError(`${path} cannot be read: ${e.code}`);
    throw new UnusableFileError(`${path}: not readable as CSV${e.lines ? ` at line ${e.lines}` : ''}: ${e.message}`);
  }
  if (!header) throw new UnusableFileError(`${path}: the file is empty (a CSV file starts with a header row: ${DIRECTORY_FIELDS.join(',')})`);
}

/** A JSON value as a raw row: an object, else an error. */
function objectRow(value: unknown, at: RowPosition, onIgnored: (keys: string[]) => void): RawRow {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { at, error: 'is not an object' };
  const fields = value as Record<string, unknown>;
  const ignored = Object.keys(fields).filter((k) => !(DIRECTORY_FIELDS as readonly string[]).includes(k));
  if (ignored.length) onIgnored(ignored);
  return { at, fields: Object.fromEntries(Object.entries(fields).filter(([k]) => (DIRECTORY_FIELDS as readonly string[]).includes(k))) };
}

/** Items of a JSON array, streamed (stream-json): only one item is in memory at a time. */
async function* jsonArrayRows(path: string, onIgnored: (keys: string[]) => void): AsyncGenerator<RawRow> {
  const items = streamArray.withParserAsStream();
  pipeline(createReadStream(path), items, () => {});
  try {
    for await (const { key, value } of items as AsyncIterable<{ key: number; value: unknown }>) yield objectRow(value, { item: key + 1 }, onIgnored);
  } catch (error) {
    throw new UnusableFileError(`${path}: not readable as a JSON array of objects: ${(error as Error).message}`);
  }
}

/** Lines of a JSON Lines file, each one object; blank lines are skipped. */
async function* jsonLinesRows(path: string, onIgnored: (keys: string[]) => void): AsyncGenerator<RawRow> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const raw of lines) {
      line++;
      const text = (line === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
      if (!text) continue;
      let value: unknown;
      try { value = JSON.parse(text); } catch (error) {
        yield { at: { line }, error: `is not JSON: ${(error as Error).message}` };
        continue;
      }
      yield objectRow(value, { line }, onIgnored);
    }
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new UnusableFileError(`${path} cannot be read: ${e.code ?? e.message}`);
  }
}

/** The raw rows of a directory file of `kind`; `onIgnored` hears fields that are not directory fields. */
export function readRows(path: string, kind: FileKind, onIgnored: (names: string[]) => void): AsyncGenerator<RawRow> {
  if (kind === 'csv') return csvRows(path, onIgnored);
  if (kind === 'json') return jsonArrayRows(path, onIgnored);
  return jsonLinesRows(path, onIgnored);
}

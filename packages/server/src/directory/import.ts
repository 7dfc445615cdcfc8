/**
 * `import-people`: loads the people directory from an HR export into the database.
 *
 * - It upserts by id: a new id creates a person (a member), a known id takes the file's name and
 *   every other directory field the file has (a column it lacks is kept, an empty cell clears the
 *   field), skills are added to the person's own (never removed), and a deactivated person in the
 *   file is reactivated. A row that changes nothing is `unchanged`, so a second run of the same
 *   file changes nothing.
 * - A row that fails its checks is rejected (with its line, or its item in a JSON array, and the
 *   reason) and the other rows are still imported. A file that cannot be read at all (not CSV or
 *   JSON, no id or name column, a broken quote or bracket) changes nothing: the whole file is read
 *   and checked once before anything is written.
 * - `prune` deactivates the active people whose id is not in the file (an id on a rejected row
 *   counts as in the file); their questions, answers and ideas stay, with their name.
 * - Memory stays bounded: rows are streamed and written in batches, one transaction each; only the
 *   ids of the file are kept (for duplicates and `prune`).
 */
import type { ServerStore } from '../storage/store.js';
import type { DirectoryChange, DirectoryColumns, DirectoryCreate, DirectoryEntry } from '../storage/sql/directory.js';
import { LIMITS } from '@confab/core';
import { checkRow, RowError, type DirectoryRow, type DirectorySkill, type SkillResolver } from './rows.js';
import { fileKind, readRows, UnusableFileError, type FileKind, type RowPosition } from './sources.js';

/** A row that was not imported, and why. */
export interface RejectedRow extends RowPosition {
  /** The row's id, when it has a readable one. */
  id?: string;
  reason: string;
}

/** What an import did. */
export interface ImportReport {
  file: string;
  kind: FileKind;
  created: number;
  updated: number;
  unchanged: number;
  rejected: RejectedRow[];
  /** People deactivated by `prune`. */
  deactivated: number;
  /** Columns or keys of the file that are not directory fields, ignored. */
  ignoredFields: string[];
}

export interface ImportOptions {
  /** Deactivate the active people who are not in the file. */
  prune?: boolean;
  /** Rows per transaction (default 500). */
  batchSize?: number;
}

/** "line 4" or "item 4". */
export function where(at: RowPosition): string {
  return at.line !== undefined ? `line ${at.line}` : `item ${at.item ?? '?'}`;
}

const positionOf = (at: RowPosition) => at.line ?? at.item ?? 0;

/** The id a raw row carries, when it is usable text. */
function rawId(fields: Record<string, unknown> | undefined): string | undefined {
  const id = fields?.id;
  return typeof id === 'string' && id.trim() && id.trim().length <= LIMITS.id ? id.trim() : undefined;
}

/** What the import writes for one checked row against what is stored (undefined: unchanged). */
function changeFor(row: DirectoryRow, entry: DirectoryEntry): DirectoryChange | undefined {
  const set: Partial<DirectoryColumns> = {};
  if (entry.name !== row.name) set.name = row.name;
  const fields = [['email', 'email'], ['title', 'title'], ['department', 'department'], ['location', 'location'], ['manager', 'manager_id']] as const;
  for (const [field, column] of fields) {
    const value = row[field];
    if (value !== undefined && entry[column] !== value) set[column] = value;
  }
  const room = Math.max(0, LIMITS.skills - entry.skillKeys.size);
  const addSkills = (row.skills ?? []).filter((s) => !entry.skillKeys.has(s.key)).slice(0, room)
    .map((s, i) => ({ ...s, position: entry.nextPosition + i }));
  const reactivate = !entry.active;
  if (Object.keys(set).length === 0 && addSkills.length === 0 && !reactivate) return undefined;
  return { id: row.id, set, reactivate, addSkills };
}

function createFor(row: DirectoryRow): DirectoryCreate {
  return {
    id: row.id, name: row.name, email: row.email ?? null, title: row.title ?? null, department: row.department ?? null,
    location: row.location ?? null, manager_id: row.manager ?? null, skills: row.skills ?? [],
  };
}

/** Reads the whole file once without writing: file-level errors surface before any change; returns each id's first position. */
async function survey(path: string, kind: FileKind): Promise<Map<string, number>> {
  const first = new Map<string, number>();
  for await (const raw of readRows(path, kind, () => {})) {
    const id = raw.error !== undefined ? rawId({ id: raw.id }) : rawId(raw.fields);
    if (id !== undefined && !first.has(id)) first.set(id, positionOf(raw.at));
  }
  return first;
}

/**
 * Imports a directory file (`.csv`, `.json` array, `.json`/`.jsonl` JSON Lines) into `store`.
 * Throws `UnusableFileError` for a file that cannot be imported (then nothing was written).
 */
export async function importPeople(store: ServerStore, path: string, options: ImportOptions = {}): Promise<ImportReport> {
  const kind = await fileKind(path);
  const firstSeen = await survey(path, kind);
  if (options.prune && firstSeen.size === 0) throw new UnusableFileError(`${path} names nobody: refusing to --prune, which would deactivate everyone`);
  const aliases = new Map((await store.read((repos) => repos.skills.aliases())).map((a) => [a.aliasKey, { name: a.name, key: a.key } satisfies DirectorySkill]));
  const resolve: SkillResolver = (key) => aliases.get(key);
  const report: ImportReport = { file: path, kind, created: 0, updated: 0, unchanged: 0, rejected: [], deactivated: 0, ignoredFields: [] };
  const ignored = new Set<string>();
  const batchSize = options.batchSize ?? 500;
  let batch: DirectoryRow[] = [];

  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    const counts = await store.directory(async (dir) => {
      const stored = await dir.load(rows.map((r) => r.id));
      const creates: DirectoryCreate[] = [];
      const changes: DirectoryChange[] = [];
      for (const row of rows) {
        const entry = stored.get(row.id);
        if (!entry) creates.push(createFor(row));
        else {
          const change = changeFor(row, entry);
          if (change) changes.push(change);
        }
      }
      await dir.create(creates);
      await dir.update(changes);
      return { created: creates.length, updated: changes.length, unchanged: rows.length - creates.length - changes.length };
    });
    report.created += counts.created;
    report.updated += counts.updated;
    report.unchanged += counts.unchanged;
  };

  for await (const raw of readRows(path, kind, (names) => names.forEach((n) => ignored.add(n)))) {
    const id = raw.error !== undefined ? rawId({ id: raw.id }) : rawId(raw.fields);
    const reject = (reason: string) => report.rejected.push({ ...raw.at, ...(id !== undefined ? { id } : {}), reason });
    if (raw.error !== undefined) { reject(raw.error); continue; }
    let row: DirectoryRow;
    try {
      row = checkRow(raw.fields, resolve);
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      reject(error.message);
      continue;
    }
    const first = firstSeen.get(row.id);
    if (first !== undefined && first !== positionOf(raw.at)) {
      reject(`id "${row.id.slice(0, 60)}" already appears at ${kind === 'json' ? 'item' : 'line'} ${first}`);
      continue;
    }
    batch.push(row);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  if (options.prune) report.deactivated = await store.directory((dir) => dir.deactivateAllBut(new Set(firstSeen.keys())));
  report.ignoredFields = [...ignored];
  return report;
}

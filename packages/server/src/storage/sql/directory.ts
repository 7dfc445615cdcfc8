/** The directory import's storage (`import-people`): people's directory fields and skills, read and written in batches. */
import type { Id } from '@confab/core';
import type { Executor } from './schema.js';

/** The directory columns of a person. */
export interface DirectoryColumns {
  name: string;
  email: string | null;
  title: string | null;
  department: string | null;
  location: string | null;
  manager_id: string | null;
}

/** A stored person as the import compares them. */
export interface DirectoryEntry extends DirectoryColumns {
  active: boolean;
  /** The keys of the skills they list. */
  skillKeys: Set<string>;
  /** The next free skill position. */
  nextPosition: number;
}

/** A person to create. */
export interface DirectoryCreate extends DirectoryColumns {
  id: Id;
  skills: { name: string; key: string }[];
}

/** A change to a stored person: columns to set, reactivation, skills to append. */
export interface DirectoryChange {
  id: Id;
  set: Partial<DirectoryColumns>;
  reactivate: boolean;
  addSkills: { name: string; key: string; position: number }[];
}

/** Rows per statement, well below SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 200;

function chunks<T>(list: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Directory reads and writes over one executor (a transaction per batch). */
export class SqlDirectory {
  constructor(private readonly db: Executor) {}

  /** The stored people among `ids`. */
  async load(ids: Id[]): Promise<Map<Id, DirectoryEntry>> {
    const out = new Map<Id, DirectoryEntry>();
    for (const part of chunks(ids)) {
      const [rows, skills] = await Promise.all([
        this.db.selectFrom('people').select(['id', 'name', 'email', 'title', 'department', 'location', 'manager_id', 'active']).where('id', 'in', part).execute(),
        this.db.selectFrom('skills').select(['person_id', 'name_key', 'position']).where('person_id', 'in', part).execute(),
      ]);
      for (const r of rows) {
        out.set(r.id, {
          name: r.name, email: r.email, title: r.title, department: r.department, location: r.location, manager_id: r.manager_id,
          active: Number(r.active) !== 0, skillKeys: new Set(), nextPosition: 0,
        });
      }
      for (const s of skills) {
        const entry = out.get(s.person_id);
        if (!entry) continue;
        entry.skillKeys.add(s.name_key);
        entry.nextPosition = Math.max(entry.nextPosition, Number(s.position) + 1);
      }
    }
    return out;
  }

  async create(people: DirectoryCreate[]): Promise<void> {
    const joinedAt = new Date().toISOString(); // issue 13: new people's first day starts at the import
    for (const part of chunks(people)) {
      await this.db.insertInto('people').values(part.map((p) => ({
        id: p.id, name: p.name, email: p.email, title: p.title, department: p.department, location: p.location, manager_id: p.manager_id,
        roles: JSON.stringify(['member']), availability: 'unknown', joined_at: joinedAt,
      }))).execute();
    }
    const skills = people.flatMap((p) => p.skills.map((s, position) => ({ person_id: p.id, name: s.name, name_key: s.key, position })));
    for (const part of chunks(skills)) await this.db.insertInto('skills').values(part).onConflict((oc) => oc.doNothing()).execute();
  }

  async update(changes: DirectoryChange[]): Promise<void> {
    for (const c of changes) {
      const set = { ...c.set, ...(c.reactivate ? { active: 1 } : {}) };
      if (Object.keys(set).length > 0) await this.db.updateTable('people').set(set).where('id', '=', c.id).execute();
    }
    const skills = changes.flatMap((c) => c.addSkills.map((s) => ({ person_id: c.id, name: s.name, name_key: s.key, position: s.position })));
    for (const part of chunks(skills)) await this.db.insertInto('skills').values(part).onConflict((oc) => oc.doNothing()).execute();
  }

  /** Deactivates every active person whose id is not in `keep`, reading the table a page at a time; returns how many. */
  async deactivateAllBut(keep: ReadonlySet<Id>): Promise<number> {
    let count = 0;
    let after = 0;
    for (;;) {
      const page = await this.db.selectFrom('people').select(['seq', 'id']).where('active', '=', 1).where('seq', '>', after)
        .orderBy('seq').limit(1000).execute();
      if (page.length === 0) return count;
      after = Number(page[page.length - 1]?.seq);
      const gone = page.filter((p) => !keep.has(p.id)).map((p) => p.id);
      for (const part of chunks(gone)) {
        await this.db.updateTable('people').set({ active: 0 }).where('id', 'in', part).execute();
        count += part.length;
      }
    }
  }
}

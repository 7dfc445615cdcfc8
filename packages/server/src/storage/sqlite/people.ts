/** SQLite implementation of `PeopleRepository`. */
import type Database from 'better-sqlite3';
import type { Availability, Evidence, Id, Person, PersonRef, Role, Skill, User } from '@confab/core';
import type { PeopleRepository } from '../repository.js';
import { cachedPrepare, jsonList, now } from './util.js';

interface PersonRow {
  id: string; name: string; roles: string; title: string | null; department: string | null;
  location: string | null; email: string | null; avatar_url: string | null; availability: string;
}
interface SkillRow { person_id: string; name: string; endorsements: number; mine: number }
interface EvidenceRow { pid: string; tag: string; answers: number; accepted: number }

const SKILLS = `SELECT s.person_id, s.name,
  (SELECT COUNT(*) FROM endorsements e WHERE e.person_id = s.person_id AND e.skill = s.name) AS endorsements,
  (SELECT COUNT(*) FROM endorsements e WHERE e.person_id = s.person_id AND e.skill = s.name AND e.endorser_id = ?) AS mine
  FROM skills s`;
const EVIDENCE = `SELECT a.author_id AS pid, MIN(t.value) AS tag, COUNT(*) AS answers,
  SUM(CASE WHEN q.accepted_answer_id = a.id THEN 1 ELSE 0 END) AS accepted
  FROM answers a JOIN questions q ON q.id = a.question_id, json_each(q.tags) t`;

/** People, skills, endorsements and evidence in SQLite. */
export class SqlitePeople implements PeopleRepository {
  private readonly prep: ReturnType<typeof cachedPrepare>;
  /** Names and avatars travel with every item; people change only by seeding or first sign-in here. */
  private readonly refCache = new Map<Id, PersonRef>();

  constructor(db: Database.Database) {
    this.prep = cachedPrepare(db);
  }

  user(id: Id): User | null {
    const row = this.prep<PersonRow>('SELECT * FROM people WHERE id = ?').get(id);
    return row ? toUser(row) : null;
  }

  listUsers(): User[] {
    return this.prep<PersonRow>('SELECT * FROM people ORDER BY name, id').all().map(toUser);
  }

  ensure(id: Id, name: string, roles: Role[]): void {
    this.prep('INSERT OR IGNORE INTO people (id, name, roles) VALUES (?, ?, ?)').run(id, name, JSON.stringify(roles));
  }

  get(ids: Id[], viewerId: Id | null): Person[] {
    if (ids.length === 0) return [];
    const list = JSON.stringify(ids);
    const rows = this.prep<PersonRow>('SELECT * FROM people WHERE id IN (SELECT value FROM json_each(?))').all(list);
    const skills = this.prep<SkillRow>(`${SKILLS} WHERE s.person_id IN (SELECT value FROM json_each(?)) ORDER BY s.position`).all(viewerId ?? '', list);
    const evidence = this.prep<EvidenceRow>(`${EVIDENCE} WHERE a.author_id IN (SELECT value FROM json_each(?)) GROUP BY a.author_id, lower(t.value)`).all(list);
    const byId = new Map(assemble(rows, skills, evidence).map((p) => [p.id, p]));
    return ids.map((id) => byId.get(id)).filter((p): p is Person => p !== undefined);
  }

  all(viewerId: Id | null): Person[] {
    const rows = this.prep<PersonRow>('SELECT * FROM people ORDER BY seq').all();
    const skills = this.prep<SkillRow>(`${SKILLS} ORDER BY s.position`).all(viewerId ?? '');
    const evidence = this.prep<EvidenceRow>(`${EVIDENCE} GROUP BY a.author_id, lower(t.value)`).all();
    return assemble(rows, skills, evidence);
  }

  declaredSkill(personId: Id, skill: string): string | null {
    const row = this.prep<{ name: string }>('SELECT name FROM skills WHERE person_id = ? AND name = ? COLLATE NOCASE').get(personId, skill);
    return row?.name ?? null;
  }

  setEndorsement(personId: Id, skill: string, endorserId: Id, on: boolean): boolean {
    const info = on
      ? this.prep('INSERT OR IGNORE INTO endorsements (person_id, skill, endorser_id, at) VALUES (?, ?, ?, ?)').run(personId, skill, endorserId, now())
      : this.prep('DELETE FROM endorsements WHERE person_id = ? AND skill = ? AND endorser_id = ?').run(personId, skill, endorserId);
    return info.changes > 0;
  }

  refs(ids: Id[]): Map<Id, PersonRef> {
    const out = new Map<Id, PersonRef>();
    const missing: Id[] = [];
    for (const id of new Set(ids)) {
      const ref = this.refCache.get(id);
      if (ref) out.set(id, ref);
      else missing.push(id);
    }
    if (missing.length > 0) {
      for (const row of this.prep<PersonRow>('SELECT * FROM people WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(missing))) {
        const ref = toRef(row);
        this.refCache.set(row.id, ref);
        out.set(row.id, ref);
      }
    }
    return out;
  }

  /** Adds a person (used by seeding). */
  insert(p: { id: string; name: string; roles?: Role[]; title?: string; department?: string; location?: string; email?: string; avatarUrl?: string; availability?: Availability }, skills: string[]): void {
    this.prep(`INSERT INTO people (id, name, roles, title, department, location, email, avatar_url, availability)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(p.id, p.name, JSON.stringify(p.roles ?? ['member']), p.title ?? null, p.department ?? null,
      p.location ?? null, p.email ?? null, p.avatarUrl ?? null, p.availability ?? 'unknown');
    const add = this.prep('INSERT OR IGNORE INTO skills (person_id, name, position) VALUES (?, ?, ?)');
    skills.forEach((name, i) => add.run(p.id, name, i));
  }

}

function toRef(row: PersonRow): PersonRef {
  return row.avatar_url ? { id: row.id, name: row.name, avatarUrl: row.avatar_url } : { id: row.id, name: row.name };
}

function toUser(row: PersonRow): User {
  return { ...toRef(row), roles: jsonList(row.roles) as Role[] };
}

function assemble(rows: PersonRow[], skills: SkillRow[], evidence: EvidenceRow[]): Person[] {
  const skillsOf = new Map<string, Skill[]>();
  for (const s of skills) {
    const list = skillsOf.get(s.person_id) ?? [];
    list.push({ name: s.name, endorsements: s.endorsements, endorsedByMe: s.mine > 0 });
    skillsOf.set(s.person_id, list);
  }
  const evidenceOf = new Map<string, Evidence[]>();
  for (const e of evidence) {
    const list = evidenceOf.get(e.pid) ?? [];
    const declared = skillsOf.get(e.pid)?.find((s) => s.name.toLowerCase() === e.tag.toLowerCase())?.name;
    list.push({ skill: declared ?? e.tag, acceptedAnswers: e.accepted, answers: e.answers });
    evidenceOf.set(e.pid, list);
  }
  return rows.map((row) => {
    const person: Person = {
      ...toRef(row),
      availability: row.availability as Availability,
      skills: skillsOf.get(row.id) ?? [],
      evidence: (evidenceOf.get(row.id) ?? []).sort((a, b) => b.acceptedAnswers - a.acceptedAnswers || b.answers - a.answers || a.skill.localeCompare(b.skill)),
    };
    if (row.title) person.title = row.title;
    if (row.department) person.department = row.department;
    if (row.location) person.location = row.location;
    if (row.email) person.email = row.email;
    return person;
  });
}

/** People, skills, endorsements and evidence, and the cache of short references every item carries. */
import type { Availability, Evidence, Id, Person, PersonRef, Role, RolesSource, Skill, User } from '@confab/core';
import type { PeopleRepository, ProfilePatch, SignInFacts } from '@confab/core/domain';
import { skillKey } from '@confab/core';
import { sql, type Selectable, type Updateable } from 'kysely';
import type { Executor, PeopleTable } from './schema.js';
import { binaryCompare, jsonList, now } from './util.js';

type PersonRow = Selectable<PeopleTable>;
interface SkillRow { person_id: string; name: string; endorsements: number; mine: number | boolean }
interface EvidenceRow { pid: string; tag_key: string; tag: string; answers: number; accepted: number }

/** How many references the cache keeps before starting afresh. */
const REF_CACHE = 10_000;

/** How long a reference is trusted while the store cannot tell whether people changed elsewhere. */
const REF_TTL_MS = 60_000;

/**
 * Names and avatars of people, which travel with every item. A change in this process forgets the
 * reference (`forget`, seeding clears them all). `version` is the people part of the store's data
 * version (see `memo.ts`): it moves with every change to people made here, with any commit of
 * another process on SQLite (the directory import beside the server), and with every notification
 * of a change on PostgreSQL (another replica, the import). While it stays, the references hold;
 * when it moves, they are all read again. Where it cannot tell (null: PostgreSQL while the
 * listening connection is down), a reference is trusted for `REF_TTL_MS`.
 */
export class RefCache {
  private readonly refs = new Map<Id, PersonRef>();
  private readonly until = new Map<Id, number>();
  private seen: string | null = null;

  constructor(private readonly version: () => string | null = () => null) {}

  async get(db: Executor, ids: Iterable<Id>): Promise<Map<Id, PersonRef>> {
    const out = new Map<Id, PersonRef>();
    const missing: Id[] = [];
    const now = Date.now();
    const version = this.version();
    if (version !== this.seen) {
      this.clear();
      this.seen = version;
    }
    for (const id of new Set(ids)) {
      const ref = this.refs.get(id);
      if (ref && (version !== null || (this.until.get(id) ?? 0) > now)) out.set(id, ref);
      else missing.push(id);
    }
    if (missing.length > 0) {
      if (this.refs.size + missing.length > REF_CACHE) this.clear();
      const rows = await db.selectFrom('people').select(['id', 'name', 'avatar_url']).where('id', 'in', missing).execute();
      for (const row of rows) {
        const ref = toRef(row);
        this.refs.set(row.id, ref);
        this.until.set(row.id, now + REF_TTL_MS);
        out.set(row.id, ref);
      }
    }
    return out;
  }

  clear(): void {
    this.refs.clear();
    this.until.clear();
  }

  /** Drops one person's reference (their name or avatar changed). */
  forget(id: Id): void {
    this.refs.delete(id);
  }
}

/** The people repository over one executor (the database or a transaction). */
export class SqlPeople implements PeopleRepository {
  constructor(private readonly db: Executor, private readonly refs?: RefCache) {}

  async user(id: Id): Promise<User | null> {
    const row = await this.db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async listUsers(): Promise<User[]> {
    const rows = await this.db.selectFrom('people').selectAll().execute();
    return rows.sort((a, b) => binaryCompare(a.name, b.name) || binaryCompare(a.id, b.id)).map(toUser);
  }

  async ensure(id: Id, name: string, roles: Role[]): Promise<void> {
    await this.db.insertInto('people').values({ id, name, roles: JSON.stringify(roles), availability: 'unknown', joined_at: new Date().toISOString() })
      .onConflict((oc) => oc.column('id').doNothing()).execute();
  }

  async get(ids: Id[], viewerId: Id | null): Promise<Person[]> {
    if (ids.length === 0) return [];
    const list = [...new Set(ids)];
    const [rows, skills, evidence] = await Promise.all([
      this.db.selectFrom('people').selectAll().where('id', 'in', list).execute(),
      this.skills(viewerId, list),
      this.evidence(list),
    ]);
    const byId = new Map(assemble(rows, skills, evidence).map((p) => [p.id, p]));
    return ids.map((id) => byId.get(id)).filter((p): p is Person => p !== undefined);
  }

  async all(viewerId: Id | null): Promise<Person[]> {
    const [rows, skills, evidence] = await Promise.all([
      this.db.selectFrom('people').selectAll().orderBy('seq').execute(),
      this.skills(viewerId, null),
      this.evidence(null),
    ]);
    return assemble(rows, skills, evidence);
  }

  async existing(ids: Id[]): Promise<Set<Id>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db.selectFrom('people').select('id').where('id', 'in', [...new Set(ids)]).execute();
    return new Set(rows.map((r) => r.id));
  }

  async declaredSkill(personId: Id, skill: string): Promise<string | null> {
    const row = await this.db.selectFrom('skills').select('name')
      .where('person_id', '=', personId).where('name_key', '=', skillKey(skill)).executeTakeFirst();
    return row?.name ?? null;
  }

  async setEndorsement(personId: Id, skill: string, endorserId: Id, on: boolean): Promise<boolean> {
    const key = skillKey(skill);
    if (on) {
      const result = await this.db.insertInto('endorsements').values({ person_id: personId, skill_key: key, endorser_id: endorserId, at: now() })
        .onConflict((oc) => oc.doNothing()).executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    }
    const result = await this.db.deleteFrom('endorsements')
      .where('person_id', '=', personId).where('skill_key', '=', key).where('endorser_id', '=', endorserId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  // Roles and sign-in provisioning (roles and directory import).
  async setRoles(personId: Id, roles: Role[], source: RolesSource): Promise<void> {
    await this.db.updateTable('people').set({ roles: JSON.stringify(roles), roles_source: source }).where('id', '=', personId).execute();
  }

  async adminIds(): Promise<Id[]> {
    const rows = await this.db.selectFrom('people').select('id').where('active', '=', 1).where('roles', 'like', '%"admin"%').execute();
    return rows.map((r) => r.id);
  }

  async provision(id: Id, facts: SignInFacts): Promise<{ user: User; changed: boolean }> {
    let row = await this.db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) {
      // joined_at: the first day of the new-person limits (issue 13) starts now.
      await this.db.insertInto('people').values({ id, name: facts.name ?? id, roles: JSON.stringify(['member']), availability: 'unknown', joined_at: new Date().toISOString() })
        .onConflict((oc) => oc.column('id').doNothing()).execute();
      row = await this.db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    }
    const update = provisionUpdate(row, facts);
    if (Object.keys(update).length === 0) return { user: toUser(row), changed: false };
    await this.db.updateTable('people').set(update).where('id', '=', id).execute();
    if (update.name !== undefined) this.refs?.forget(id);
    return { user: toUser({ ...row, ...update }), changed: true };
  }

  // Self-service profiles.
  async updateProfile(personId: Id, patch: ProfilePatch): Promise<void> {
    const set: Updateable<PeopleTable> = {};
    if (patch.name !== undefined) set.name = patch.name;
    for (const key of ['title', 'department', 'location', 'about'] as const) if (patch[key] !== undefined) set[key] = patch[key] || null;
    if (patch.availability !== undefined) set.availability = patch.availability;
    if (patch.availabilityUntil !== undefined) set.availability_until = patch.availabilityUntil;
    if (Object.keys(set).length > 0) await this.db.updateTable('people').set(set).where('id', '=', personId).execute();
    if (patch.name !== undefined) this.refs?.forget(personId);
    if (patch.skills) {
      await this.db.deleteFrom('skills').where('person_id', '=', personId).execute();
      const rows = patch.skills.map((name, position) => ({ person_id: personId, name, name_key: skillKey(name), position }));
      if (rows.length > 0) await this.db.insertInto('skills').values(rows).onConflict((oc) => oc.doNothing()).execute();
    }
  }

  /** Skills in declared order with their endorsement counts, for some people (null: everyone). */
  private skills(viewerId: Id | null, ids: Id[] | null): Promise<SkillRow[]> {
    let q = this.db.selectFrom('skills as s').select((eb) => [
      's.person_id', 's.name',
      eb.selectFrom('endorsements as e').select(eb.fn.countAll<number>().as('n'))
        .whereRef('e.person_id', '=', 's.person_id').whereRef('e.skill_key', '=', 's.name_key').as('endorsements'),
      eb.exists(eb.selectFrom('endorsements as e').select(sql.lit(1).as('one'))
        .whereRef('e.person_id', '=', 's.person_id').whereRef('e.skill_key', '=', 's.name_key')
        .where('e.endorser_id', '=', viewerId ?? '')).as('mine'),
    ]);
    if (ids) q = q.where('s.person_id', 'in', ids);
    return q.orderBy('s.person_id').orderBy('s.position').execute() as Promise<SkillRow[]>;
  }

  /**
   * Answers and accepted answers per author and skill, for some people (null: everyone): tags
   * compared by key and resolved through the skill aliases, so an answer counts once per skill.
   */
  private evidence(ids: Id[] | null): Promise<EvidenceRow[]> {
    const key = sql<string>`coalesce(sa.canonical_key, t.tag_key)`;
    let q = this.db.selectFrom('answers as a')
      .innerJoin('questions as q', 'q.id', 'a.question_id')
      .innerJoin('question_tags as t', 't.item_id', 'q.id')
      .leftJoin('skill_aliases as sa', 'sa.alias_key', 't.tag_key')
      // The name the vocabulary gives a merged skill, also for questions tagged with the skill itself.
      .leftJoin((eb) => eb.selectFrom('skill_aliases').select(['canonical_key', sql<string>`max(canonical_name)`.as('canonical_name')])
        .groupBy('canonical_key').as('c'), (j) => j.on(sql<boolean>`c.canonical_key = coalesce(sa.canonical_key, t.tag_key)`))
      .select((eb) => [
        'a.author_id as pid', key.as('tag_key'),
        sql<string>`coalesce(max(c.canonical_name), min(t.tag))`.as('tag'),
        eb.fn.count<number>('a.id').distinct().as('answers'),
        eb.fn.count<number>(eb.case().when('q.accepted_answer_id', '=', eb.ref('a.id')).then(eb.ref('a.id')).end()).distinct().as('accepted'),
      ]);
    if (ids) q = q.where('a.author_id', 'in', ids);
    return q.groupBy(['a.author_id', key]).execute();
  }
}

function toRef(row: Pick<PersonRow, 'id' | 'name' | 'avatar_url'>): PersonRef {
  return row.avatar_url ? { id: row.id, name: row.name, avatarUrl: row.avatar_url } : { id: row.id, name: row.name };
}

function toUser(row: PersonRow): User {
  return { ...toRef(row), roles: jsonList(row.roles) as Role[] };
}

/** Evidence per person: one entry per tag key, named as the person declared the skill, else by the first spelling (byte order). */
function evidenceOf(rows: EvidenceRow[], skillsOf: Map<string, Skill[]>): Map<string, Evidence[]> {
  const byPerson = new Map<string, Map<string, Evidence>>();
  for (const r of [...rows].sort((a, b) => binaryCompare(a.tag, b.tag))) {
    let byTag = byPerson.get(r.pid);
    if (!byTag) byPerson.set(r.pid, (byTag = new Map()));
    const declared = skillsOf.get(r.pid)?.find((s) => skillKey(s.name) === r.tag_key)?.name;
    const ev = byTag.get(r.tag_key) ?? { skill: declared ?? r.tag, acceptedAnswers: 0, answers: 0 };
    ev.answers += Number(r.answers);
    ev.acceptedAnswers += Number(r.accepted ?? 0);
    byTag.set(r.tag_key, ev);
  }
  return new Map([...byPerson].map(([pid, byTag]) => [pid, [...byTag.values()]
    .sort((a, b) => b.acceptedAnswers - a.acceptedAnswers || b.answers - a.answers || a.skill.localeCompare(b.skill))]));
}

function assemble(rows: PersonRow[], skills: SkillRow[], evidence: EvidenceRow[]): Person[] {
  const skillsOf = new Map<string, Skill[]>();
  for (const s of skills) {
    const list = skillsOf.get(s.person_id) ?? [];
    list.push({ name: s.name, endorsements: Number(s.endorsements), endorsedByMe: Boolean(s.mine) });
    skillsOf.set(s.person_id, list);
  }
  const evidenceByPerson = evidenceOf(evidence, skillsOf);
  return rows.map((row) => {
    const person: Person = {
      ...toRef(row),
      availability: row.availability as Availability,
      skills: skillsOf.get(row.id) ?? [],
      evidence: evidenceByPerson.get(row.id) ?? [],
    };
    if (row.title) person.title = row.title;
    if (row.department) person.department = row.department;
    if (row.location) person.location = row.location;
    if (row.email) person.email = row.email;
    if (row.about) person.about = row.about;
    if (row.availability_until) person.availabilityUntil = row.availability_until;
    // Roles and directory: the domain hides roles from readers who may not see them (`personFor`).
    person.roles = jsonList(row.roles) as Role[];
    if (row.roles_source) person.rolesSource = row.roles_source as RolesSource;
    if (row.manager_id) person.managerId = row.manager_id;
    if (Number(row.active) === 0) person.deactivated = true;
    return person;
  });
}

/** The columns a sign-in changes: the facts that differ from the row; roles given are the identity provider's. */
function provisionUpdate(row: PersonRow, facts: SignInFacts): Partial<Pick<PersonRow, 'name' | 'email' | 'title' | 'department' | 'roles' | 'roles_source' | 'active'>> {
  const update: ReturnType<typeof provisionUpdate> = {};
  for (const key of ['name', 'email', 'title', 'department'] as const) {
    const value = facts[key];
    if (value !== undefined && row[key] !== value) update[key] = value;
  }
  if (facts.roles) {
    const roles = JSON.stringify(facts.roles);
    if (row.roles !== roles || row.roles_source !== 'identity-provider') Object.assign(update, { roles, roles_source: 'identity-provider' });
  }
  if (Number(row.active) === 0) update.active = 1;
  return update;
}

/** The skill vocabulary in SQL: aliases of merged skills, spellings people list, and merges. */
import type { Id } from '@confab/core';
import type { DeclaredSkill, SkillAlias, SkillRepository } from '@confab/core/domain';
import { sql } from 'kysely';
import type { Executor } from './schema.js';

/** The skill repository over one executor (the database or a transaction). */
export class SqlSkills implements SkillRepository {
  constructor(private readonly db: Executor) {}

  async aliases(): Promise<SkillAlias[]> {
    const rows = await this.db.selectFrom('skill_aliases').selectAll().execute();
    return rows.map((r) => ({ alias: r.alias, aliasKey: r.alias_key, name: r.canonical_name, key: r.canonical_key }));
  }

  async declared(): Promise<DeclaredSkill[]> {
    const rows = await this.db.selectFrom('skills').select((eb) => ['name_key', 'name', eb.fn.countAll<number>().as('people')])
      .groupBy(['name_key', 'name']).execute();
    return rows.map((r) => ({ key: r.name_key, name: r.name, people: Number(r.people) }));
  }

  async merge(fromKey: string, alias: string, into: { key: string; name: string }): Promise<Id[]> {
    const db = this.db;
    await db.updateTable('skill_aliases').set({ canonical_key: into.key, canonical_name: into.name }).where('canonical_key', '=', fromKey).execute();
    await db.insertInto('skill_aliases').values({ alias_key: fromKey, alias, canonical_key: into.key, canonical_name: into.name })
      .onConflict((oc) => oc.column('alias_key').doUpdateSet({ alias, canonical_key: into.key, canonical_name: into.name })).execute();
    // Who changes: everyone listing `from`, and everyone listing `into` who had endorsements of `from`.
    const listing = await db.selectFrom('skills').select('person_id').where('name_key', '=', fromKey).execute();
    const endorsed = await db.selectFrom('endorsements as e').innerJoin('skills as s', (j) => j.onRef('s.person_id', '=', 'e.person_id').on('s.name_key', '=', into.key))
      .select('e.person_id').distinct().where('e.skill_key', '=', fromKey).execute();
    // Endorsements move to `into`, an endorser of both counted once.
    await db.insertInto('endorsements').columns(['person_id', 'skill_key', 'endorser_id', 'at'])
      .expression(db.selectFrom('endorsements').select(['person_id', sql<string>`cast(${into.key} as text)`.as('skill_key'), 'endorser_id', 'at']).where('skill_key', '=', fromKey))
      .onConflict((oc) => oc.doNothing()).execute();
    await db.deleteFrom('endorsements').where('skill_key', '=', fromKey).execute();
    // A person listing both keeps `into` where it was; the others' `from` becomes `into` in place.
    await db.deleteFrom('skills').where('name_key', '=', fromKey)
      .where('person_id', 'in', db.selectFrom('skills').select('person_id').where('name_key', '=', into.key)).execute();
    await db.updateTable('skills').set({ name: into.name, name_key: into.key }).where('name_key', '=', fromKey).execute();
    return [...new Set([...listing, ...endorsed].map((r) => r.person_id))];
  }
}

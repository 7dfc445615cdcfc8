/** The rules of people: look-ups, expert ranking (`rankExperts`), endorsements. */
import type { ExpertQuery, PeopleQuery } from '../adapter.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.js';
import { paginate } from '../paging.js';
import { rankExperts } from '../ranking.js';
import { personScopes } from '../scopes.js';
import type { Id, Page, Person, RankedPerson } from '../types.js';
import { checkExpertQuery, checkPeopleQuery, type KnownPeople } from '../validation/inputs.js';
import type { ReadCtx, WriteCtx } from './context.js';
import { aliasMap, canonicalSkill } from './vocabulary.js';
import { listedPeople, personFor } from './roles.js';

/** Which of the person ids in `ids` (if it is a list) exist, for core's people checks. */
export async function knownPeople(ctx: ReadCtx, ids: unknown): Promise<KnownPeople> {
  const list = Array.isArray(ids) ? [...new Set(ids.filter((id): id is string => typeof id === 'string'))] : [];
  const found = list.length ? await ctx.repos.people.existing(list) : new Set<string>();
  return () => found;
}

/** One person or a `NotFoundError`. */
export async function getPerson(ctx: ReadCtx, id: Id): Promise<Person> {
  const [person] = typeof id === 'string' ? await ctx.repos.people.get([id], ctx.user?.id ?? null) : [];
  if (!person) throw new NotFoundError('This person does not exist');
  return personFor(person, ctx.user);
}

/** Many people in the order asked, each once; unknown ids are left out. */
export function getPeople(ctx: ReadCtx, ids: Id[]): Promise<Person[]> {
  const list = Array.isArray(ids) ? [...new Set(ids.filter((id) => typeof id === 'string'))] : [];
  return list.length ? ctx.repos.people.get(list, ctx.user?.id ?? null).then((found) => found.map((p) => personFor(p, ctx.user))) : Promise.resolve([]);
}

/** People ranked by `rankExperts` for a skill and/or text; without either, everyone by name with score 0. */
export async function searchPeople(ctx: ReadCtx, query: PeopleQuery): Promise<Page<RankedPerson>> {
  const { text, skill } = checkPeopleQuery(query ?? {});
  const people = listedPeople(await ctx.repos.people.all(ctx.user?.id ?? null), ctx.user);
  const ranked = text || skill
    ? rankExperts(people, { skills: skill ? [skill] : undefined, text: text || undefined, aliases: await aliasMap(ctx) })
    : people.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)).map((person) => ({ person, score: 0, reasons: [] }));
  return paginate(ranked, query ?? {}, (r) => r.person.id);
}

/** Experts for a draft's text and tags: score above 0, not the acting user, best first (default 5). */
export async function suggestExperts(ctx: ReadCtx, query: ExpertQuery): Promise<RankedPerson[]> {
  const { text, tags, limit } = checkExpertQuery(query ?? {});
  if (!text && tags.length === 0) return [];
  return rankExperts(listedPeople(await ctx.repos.people.all(ctx.user?.id ?? null), ctx.user), { skills: tags, text: text || undefined, aliases: await aliasMap(ctx) }, false)
    .filter((r) => r.score > 0 && r.person.id !== ctx.user?.id)
    .slice(0, limit);
}

/**
 * Endorses a declared skill of someone else, once per endorser and skill (`person.updated`).
 * A repeated endorsement, or withdrawing one never made, changes nothing and emits nothing.
 */
export async function endorse(ctx: WriteCtx, personId: Id, skill: string, on: boolean): Promise<Person> {
  const person = await getPerson(ctx, personId);
  if (person.id === ctx.user.id) throw new ForbiddenError('You cannot endorse your own skills');
  const declared = typeof skill === 'string' && skill.trim() ? await ctx.repos.people.declaredSkill(person.id, await canonicalSkill(ctx, skill)) : null;
  if (!declared) throw new ValidationError({ skill: `${person.name} has not listed this skill` });
  const changed = await ctx.repos.people.setEndorsement(person.id, declared, ctx.user.id, on === true);
  const view = await getPerson(ctx, person.id);
  if (changed) ctx.emit('person.updated', personScopes(person.id), view);
  return view;
}

import type { ExpertQuery, PeopleQuery } from '../adapter.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.js';
import { paginate } from '../paging.js';
import { rankExperts } from '../ranking.js';
import type { Page, Person, RankedPerson } from '../types.js';
import { checkExpertQuery, checkPeopleQuery } from '../validation/inputs.js';
import type { Ctx, WriteCtx } from './context.js';
import type { PersonRec } from './store.js';
import { evidenceIndex, personView } from './views.js';

function findPerson(ctx: Ctx, id: string): PersonRec {
  const p = ctx.store.people.get(id);
  if (!p) throw new NotFoundError('This person does not exist');
  return p;
}

function everyone(ctx: Ctx): Person[] {
  const evidence = evidenceIndex(ctx.store);
  return [...ctx.store.people.values()].map((p) => personView(ctx.store, p, ctx.user?.id ?? null, evidence));
}

/** One person. */
export function getPerson(ctx: Ctx, id: string): Person {
  return personView(ctx.store, findPerson(ctx, id), ctx.user?.id ?? null);
}

/** Many people in the order asked, each once; unknown ids are left out. */
export function getPeople(ctx: Ctx, ids: string[]): Person[] {
  const evidence = evidenceIndex(ctx.store);
  return [...new Set(ids)].flatMap((id) => {
    const p = ctx.store.people.get(id);
    return p ? [personView(ctx.store, p, ctx.user?.id ?? null, evidence)] : [];
  });
}

/**
 * People ranked by `rankExperts` for a skill and/or text; without either, everyone by name
 * with score 0.
 */
export function searchPeople(ctx: Ctx, query: PeopleQuery): Page<RankedPerson> {
  const { text, skill } = checkPeopleQuery(query);
  const people = everyone(ctx);
  const ranked = text || skill
    ? rankExperts(people, { skills: skill ? [skill] : undefined, text: text || undefined })
    : people.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)).map((person) => ({ person, score: 0, reasons: [] }));
  return paginate(ranked, query, (r) => r.person.id);
}

/** Experts for a draft's text and tags: score above 0, not the acting user, best first (default 5). */
export function suggestExperts(ctx: Ctx, query: ExpertQuery): RankedPerson[] {
  const { text, tags, limit } = checkExpertQuery(query);
  if (!text && tags.length === 0) return [];
  return rankExperts(everyone(ctx), { skills: tags, text: text || undefined }, false)
    .filter((r) => r.score > 0 && r.person.id !== ctx.user?.id)
    .slice(0, limit);
}

/**
 * Endorses a declared skill of someone else, once per endorser and skill (`person.updated`).
 * A repeated endorsement, or withdrawing one never made, changes nothing and emits nothing.
 */
export function endorse(ctx: WriteCtx, personId: string, skill: string, on: boolean): Person {
  const person = findPerson(ctx, personId);
  if (person.id === ctx.user.id) throw new ForbiddenError('You cannot endorse your own skills');
  const name = typeof skill === 'string' ? skill.trim().toLowerCase() : '';
  const declared = person.skills.find((s) => s.name.toLowerCase() === name);
  if (!declared) throw new ValidationError({ skill: `${person.name} has not listed this skill` });
  const had = declared.endorsedBy.includes(ctx.user.id);
  if (on && !had) declared.endorsedBy.push(ctx.user.id);
  if (!on && had) declared.endorsedBy = declared.endorsedBy.filter((id) => id !== ctx.user.id);
  const view = personView(ctx.store, person, ctx.user.id);
  if (on !== had) ctx.store.emit('person.updated', [`person:${person.id}`], ctx.user.id, view);
  return view;
}

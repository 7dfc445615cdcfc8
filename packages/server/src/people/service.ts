/** People operations: look-ups, expert ranking with core's `rankExperts`, endorsements. */
import { ForbiddenError, NotFoundError, rankExperts, ValidationError } from '@confab/core';
import type { ExpertQuery, Id, Page, PeopleQuery, Person, RankedPerson } from '@confab/core';
import type { ReadCtx, WriteCtx } from '../domain/context.js';
import { checkExpertQuery, checkPeopleQuery, paginate } from '../domain/shared.js';

/** One person or a `NotFoundError`. */
export function getPerson(ctx: ReadCtx, id: Id): Person {
  const [person] = ctx.store.people.get([id], ctx.user?.id ?? null);
  if (!person) throw new NotFoundError('This person does not exist');
  return person;
}

/** Many people in the order asked, each once; unknown ids are left out. */
export function getPeople(ctx: ReadCtx, ids: Id[]): Person[] {
  return ctx.store.people.get([...new Set(ids)], ctx.user?.id ?? null);
}

/** People ranked by `rankExperts` for a skill and/or text; without either, everyone by name. */
export function searchPeople(ctx: ReadCtx, query: PeopleQuery): Page<RankedPerson> {
  const { text, skill } = checkPeopleQuery(query);
  const people = ctx.store.people.all(ctx.user?.id ?? null);
  const ranked = text || skill
    ? rankExperts(people, { skills: skill ? [skill] : undefined, text: text || undefined })
    : people.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)).map((person) => ({ person, score: 0, reasons: [] }));
  return paginate(ranked, query, (r) => r.person.id);
}

/** Experts for a draft: score above 0, not the acting user, best first (default 5). */
export function suggestExperts(ctx: ReadCtx, query: ExpertQuery): RankedPerson[] {
  const { text, tags, limit } = checkExpertQuery(query);
  if (!text && tags.length === 0) return [];
  return rankExperts(ctx.store.people.all(ctx.user?.id ?? null), { skills: tags, text: text || undefined }, false)
    .filter((r) => r.score > 0 && r.person.id !== ctx.user?.id)
    .slice(0, limit);
}

/** Endorses a declared skill of someone else, once per endorser and skill (`person.updated` on a real change). */
export function endorse(ctx: WriteCtx, personId: Id, skill: string, on: boolean): Person {
  const person = getPerson(ctx, personId);
  if (person.id === ctx.user.id) throw new ForbiddenError('You cannot endorse your own skills');
  const declared = ctx.store.people.declaredSkill(personId, typeof skill === 'string' ? skill.trim() : '');
  if (!declared) throw new ValidationError({ skill: `${person.name} has not listed this skill` });
  const changed = ctx.store.people.setEndorsement(personId, declared, ctx.user.id, on);
  const view = getPerson(ctx, personId);
  if (changed) ctx.emit('person.updated', [`person:${personId}`], view);
  return view;
}

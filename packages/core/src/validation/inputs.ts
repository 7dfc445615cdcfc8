import type { AskInput, ExpertQuery, FeedbackInput, IdeaInput, PeopleQuery, ProfileInput, SkillQuery } from '../adapter.js';
import { ValidationError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { keywords } from '../similarity.js';
import { pageLimit } from '../paging.js';
import { skillKey, skillName } from '../skills.js';
import { AVAILABILITIES, IDEA_STATUSES, type Availability, type FeedbackState, type IdeaStatus } from '../types.js';
import { Validator } from './validate.js';

/*
 * One check per input of the contract, shared by `MemoryAdapter` and the reference server so
 * that both trim, limit and word their `ValidationError`s the same way. Each takes the input as
 * the caller received it and returns it normalised, or throws every field's message at once.
 * Checks that need stored data (does the campaign exist, is the answer on this question) stay
 * with the storage; people lookups are passed in as `KnownPeople`.
 */

const FEEDBACK_STATES: readonly FeedbackState[] = ['open', 'actioned', 'dismissed'];

/**
 * Which of some person ids exist. The ids come de-duplicated.
 *
 * @example
 * ```ts
 * const known: KnownPeople = (ids) => new Set(ids.filter((id) => people.has(id)));
 * ```
 */
export type KnownPeople = (ids: string[]) => ReadonlySet<string>;

function people(v: Validator, field: string, ids: unknown, known: KnownPeople): string[] {
  if (ids === undefined || ids === null) return [];
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
    v.fail(field, 'Choose people from the list');
    return [];
  }
  const unique = [...new Set(ids as string[])];
  const found = known(unique);
  const unknown = unique.filter((id) => !found.has(id));
  if (unknown.length > 0) v.fail(field, `Unknown person: ${unknown.join(', ')}`);
  return unique;
}

/**
 * A question to ask: context, title and body trimmed, tags cleaned, `notify` de-duplicated.
 *
 * @example
 * ```ts
 * const { context, title, body, tags, notify } = checkAsk(input, known); // throws { title: 'Title is required' }
 * ```
 */
export function checkAsk(input: AskInput, known: KnownPeople): Required<AskInput> {
  const v = new Validator();
  const context = v.text('context', input.context, { label: 'Context', max: LIMITS.key, required: true });
  const title = v.text('title', input.title, { label: 'Title', max: LIMITS.title, required: true });
  const body = v.text('body', input.body, { label: 'Details', max: LIMITS.body });
  const tags = v.tags('tags', input.tags);
  const notify = people(v, 'notify', input.notify, known);
  const url = checkPageUrl(input.url, v);
  v.done();
  return { context, title, body, tags, notify, url };
}

/** Longest page URL stored with content. */
export const MAX_PAGE_URL = 2000;

/**
 * The page URL stored with content (issue 15): absent or null is null; otherwise an absolute
 * http(s) URL of at most 2,000 characters, stored without its hash. Anything else is refused.
 */
export function checkPageUrl(value: unknown, v?: Validator): string | null {
  if (value === undefined || value === null || value === '') return null;
  const fail = (message: string) => {
    if (v) v.fail('url', message);
    else throw new ValidationError({ url: message });
    return null;
  };
  if (typeof value !== 'string' || value.length > MAX_PAGE_URL) return fail(`The page URL is text of at most ${MAX_PAGE_URL} characters`);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return fail('The page URL is not a URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return fail('The page URL is an http or https address');
  parsed.hash = '';
  return parsed.href.slice(0, MAX_PAGE_URL);
}

/** The people to route a question to, de-duplicated (field `personIds`). */
export function checkRoute(personIds: unknown, known: KnownPeople): string[] {
  const v = new Validator();
  const ids = people(v, 'personIds', personIds, known);
  v.done();
  return ids;
}

/** An answer's trimmed body (field `body`). */
export function checkAnswer(input: { body: string }): string {
  const v = new Validator();
  const body = v.text('body', input?.body, { label: 'Answer', max: LIMITS.body, required: true });
  v.done();
  return body;
}

/** An idea's trimmed title and body and its cleaned tags; the campaign is checked by the caller. */
export function checkIdea(input: IdeaInput): { title: string; body: string; tags: string[]; url: string | null } {
  const v = new Validator();
  const title = v.text('title', input.title, { label: 'Title', max: LIMITS.title, required: true });
  const body = v.text('body', input.body, { label: 'Description', max: LIMITS.body });
  const tags = v.tags('tags', input.tags);
  const url = checkPageUrl(input.url, v);
  v.done();
  return { title, body, tags, url };
}

/** A comment's trimmed body (field `body`). */
export function checkComment(input: { body: string }): string {
  const v = new Validator();
  const body = v.text('body', input?.body, { label: 'Comment', max: LIMITS.comment, required: true });
  v.done();
  return body;
}

/** A reviewer's move of an idea: a known status and a trimmed, required note. */
export function checkStatusChange(input: { status: IdeaStatus; note: string }): { status: IdeaStatus; note: string } {
  const v = new Validator();
  if (!IDEA_STATUSES.includes(input?.status)) v.fail('status', `Choose one of: ${IDEA_STATUSES.join(', ')}`);
  const note = v.text('note', input?.note, { label: 'A note explaining the decision', max: LIMITS.note, required: true });
  v.done();
  return { status: input.status, note };
}

/**
 * Feedback to store: the subject trimmed, the rating fitting the variant, an empty reason or
 * comment as null, `anonymous` false unless asked.
 */
export function checkFeedback(input: FeedbackInput): Required<FeedbackInput> {
  const v = new Validator();
  const subject = v.text('subject', input.subject, { label: 'Subject', max: LIMITS.key, required: true });
  if (input.variant !== 'helpful' && input.variant !== 'stars') v.fail('variant', 'Feedback is either "helpful" or "stars"');
  else if (input.variant === 'helpful' && input.rating !== 1 && input.rating !== 5) v.fail('rating', 'Choose yes or no');
  else if (input.variant === 'stars' && !(Number.isInteger(input.rating) && input.rating >= 1 && input.rating <= 5)) v.fail('rating', 'Choose from 1 to 5 stars');
  const reason = v.text('reason', input.reason, { label: 'Reason', max: LIMITS.reason });
  const comment = v.text('comment', input.comment, { label: 'Comment', max: LIMITS.feedbackComment });
  if (input.anonymous !== undefined && typeof input.anonymous !== 'boolean') v.fail('anonymous', 'Anonymous is yes or no');
  const url = checkPageUrl(input.url, v);
  v.done();
  return { subject, variant: input.variant, rating: input.rating, reason: reason || null, comment: comment || null, anonymous: input.anonymous ?? false, url };
}

/** An owner's trimmed response to feedback (field `body`). */
export function checkResponse(input: { body: string }): string {
  const v = new Validator();
  const body = v.text('body', input?.body, { label: 'Response', max: LIMITS.note, required: true });
  v.done();
  return body;
}

/** A feedback state: open, actioned or dismissed (field `state`). */
export function checkFeedbackState(state: FeedbackState): FeedbackState {
  if (!FEEDBACK_STATES.includes(state)) throw new ValidationError({ state: `Choose one of: ${FEEDBACK_STATES.join(', ')}` });
  return state;
}

/** A vote is on or off (field `on`). */
export function checkVote(on: boolean): boolean {
  if (typeof on !== 'boolean') throw new ValidationError({ on: 'A vote is on or off' });
  return on;
}

/**
 * A draft to compare with existing items: its keywords (from the first `LIMITS.body`
 * characters; none for a non-text draft) and how many matches to return (default 5).
 */
export function checkDraft(text: string, limit: number | undefined): { draft: Set<string>; limit: number } {
  return { draft: keywords(typeof text === 'string' ? text.slice(0, LIMITS.body) : ''), limit: pageLimit(limit, 5) };
}

/** A people search: the free text trimmed to `LIMITS.query`, the skill trimmed. */
export function checkPeopleQuery(query: PeopleQuery): { text: string; skill: string } {
  return { text: (query.query ?? '').trim().slice(0, LIMITS.query), skill: (query.skill ?? '').trim() };
}

/** An expert suggestion: the draft text (first `LIMITS.body` characters, trimmed), non-empty tags, the limit (default 5). */
export function checkExpertQuery(query: ExpertQuery): { text: string; tags: string[]; limit: number } {
  return {
    text: (query.text ?? '').slice(0, LIMITS.body).trim(),
    tags: (query.tags ?? []).map((t) => t.trim()).filter(Boolean),
    limit: pageLimit(query.limit, 5),
  };
}

// Profiles and the skill vocabulary.

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date `YYYY-MM-DD` that exists on the calendar, or a timestamp `Date.parse` reads (made `toISOString`); null otherwise. */
function isoDate(value: string): string | null {
  const m = DATE_ONLY.exec(value);
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? value : null;
  }
  if (!/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** A profile change with every given field checked and normalised; fields left out stay out. */
export interface ProfilePatch {
  name?: string;
  title?: string;
  department?: string;
  location?: string;
  about?: string;
  availability?: Availability;
  availabilityUntil?: string | null;
  skills?: string[];
}

/**
 * A profile change: texts trimmed within their limits (name required when given), a known
 * availability, a real date (or null) for `availabilityUntil`, skills as `skillName` writes them,
 * each once (by `skillKey`), at most `LIMITS.skills`. Aliases are resolved by the caller.
 *
 * @example
 * ```ts
 * checkProfile({ skills: [' k8s ', 'K8S'] }); // { skills: ['k8s'] }
 * ```
 */
export function checkProfile(input: ProfileInput): ProfilePatch {
  const v = new Validator();
  const out: ProfilePatch = {};
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw new ValidationError({ body: 'A profile change is an object' });
  if (input.name !== undefined) out.name = v.text('name', input.name, { label: 'Name', max: LIMITS.name, required: true });
  for (const [field, label] of [['title', 'Title'], ['department', 'Department'], ['location', 'Location']] as const) {
    if (input[field] !== undefined) out[field] = v.text(field, input[field], { label, max: LIMITS.profileField });
  }
  if (input.about !== undefined) out.about = v.text('about', input.about, { label: 'About', max: LIMITS.about });
  if (input.availability !== undefined) {
    if (!AVAILABILITIES.includes(input.availability)) v.fail('availability', `Choose one of: ${AVAILABILITIES.join(', ')}`);
    else out.availability = input.availability;
  }
  if (input.availabilityUntil !== undefined) {
    const raw = input.availabilityUntil;
    if (raw === null || raw === '') out.availabilityUntil = null;
    else {
      const date = typeof raw === 'string' ? isoDate(raw.trim()) : null;
      if (date === null) v.fail('availabilityUntil', 'Give a date as YYYY-MM-DD');
      else out.availabilityUntil = date;
    }
  }
  if (input.skills !== undefined) out.skills = skillList(v, 'skills', input.skills);
  v.done();
  return out;
}

function skillList(v: Validator, field: string, value: unknown): string[] {
  if (!Array.isArray(value) || value.some((s) => typeof s !== 'string')) {
    v.fail(field, 'Skills must be a list of names');
    return [];
  }
  const seen = new Set<string>();
  const skills: string[] = [];
  for (const raw of value as string[]) {
    const name = skillName(raw);
    if (name === '' || seen.has(skillKey(name))) continue;
    seen.add(skillKey(name));
    skills.push(name);
  }
  if (skills.length > LIMITS.skills) v.fail(field, `At most ${LIMITS.skills} skills`);
  else if (skills.some((s) => s.includes('\u0000'))) v.fail(field, 'Skills must not contain NUL characters');
  else if (skills.some((s) => s.length > LIMITS.tag)) v.fail(field, `Each skill must be at most ${LIMITS.tag} characters`);
  return skills;
}

/** One skill name (`skillName`), required, within `LIMITS.tag` (field `field`). */
export function checkSkill(field: string, value: unknown, label = 'Skill'): string {
  const v = new Validator();
  const name = typeof value === 'string' ? skillName(value) : value;
  const text = v.text(field, name, { label, max: LIMITS.tag, required: true });
  v.done();
  return text;
}

/** Two skills to merge (fields `from` and `into`). */
export function checkMerge(from: unknown, into: unknown): { from: string; into: string } {
  const v = new Validator();
  const a = v.text('from', typeof from === 'string' ? skillName(from) : from, { label: 'The skill to merge', max: LIMITS.tag, required: true });
  const b = v.text('into', typeof into === 'string' ? skillName(into) : into, { label: 'The skill to merge into', max: LIMITS.tag, required: true });
  v.done();
  return { from: a, into: b };
}

/** A vocabulary look-up: the text as `skillKey` (at most `LIMITS.query` characters) and the limit (default 10). */
export function checkSkillQuery(query: SkillQuery | undefined): { key: string; limit: number } {
  const text = typeof query?.query === 'string' ? query.query.slice(0, LIMITS.query) : '';
  return { key: skillKey(text), limit: pageLimit(query?.limit, 10) };
}

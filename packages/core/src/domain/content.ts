/**
 * Issue 13: what each reader may see of an item of content, and the filters reads pass to the
 * repositories. The one rule for lists, threads, direct reads and live events.
 */
import { NotFoundError, ValidationError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { feedbackScopes, ideaScopes, questionScopes } from '../scopes.js';
import { CONTENT_KINDS, type ContentItem, type ContentRef, type ContentStatus, type Id, type User } from '../types.js';
import { isModerator, type ReadCtx } from './context.js';
import type { ContentFilter, StoredContent } from './repositories.js';

const VISIBLE: ContentStatus = { state: 'visible', editedAt: null, by: null, reason: null };

/** An item's state (visible, never edited when the item carries none). */
export function statusOf(item: { moderation?: ContentStatus }): ContentStatus {
  return item.moderation ?? VISIBLE;
}

/**
 * Lists of questions and ideas, and suggestions: deleted items are left out for everyone; held
 * and hidden ones reach only their author and moderators.
 */
export function listFilter(reader: User | null): ContentFilter {
  if (isModerator(reader)) return { states: ['visible', 'held', 'hidden'], ownStates: [], viewerId: reader?.id ?? null };
  return { states: ['visible'], ownStates: ['held', 'hidden'], viewerId: reader?.id ?? null };
}

/** Answers of a thread and comments of an idea: deleted ones stay, as tombstones (see `contentFor`). */
export function threadFilter(reader: User | null): ContentFilter {
  if (isModerator(reader)) return { states: ['visible', 'held', 'hidden', 'deleted'], ownStates: [], viewerId: reader?.id ?? null };
  return { states: ['visible', 'deleted'], ownStates: ['held', 'hidden'], viewerId: reader?.id ?? null };
}

/** Whether `reader` sees an item by `authorId` in full: its author and moderators. */
export function seesInFull(reader: User | null, authorId: Id | null): boolean {
  return reader !== null && (reader.id === authorId || isModerator(reader));
}

/**
 * An item as `reader` may see it: the item itself for its author and moderators, and when
 * visible; a tombstone (no text, no reason) when deleted; null when held or hidden.
 */
export function contentFor<T extends { moderation?: ContentStatus }>(kind: ContentItem['kind'], item: T, authorId: Id | null, reader: User | null): T | null {
  const status = statusOf(item);
  if (status.state === 'visible' || seesInFull(reader, authorId)) return item;
  if (status.state !== 'deleted') return null;
  const moderation: ContentStatus = { ...status, reason: null };
  if (kind === 'feedback') return { ...item, comment: null, reason: null, moderation };
  if (kind === 'question' || kind === 'idea') return { ...item, title: '', body: '', tags: [], moderation };
  return { ...item, body: '', moderation };
}

/** A question or idea (`stored`, null when unknown) as `reader` may see it; `NotFoundError` when they may not. */
export function seenOrNotFound<T extends { moderation?: ContentStatus }>(kind: 'question' | 'idea', stored: T | null, authorOf: (item: T) => Id, reader: User | null): T {
  const item = stored && contentFor(kind, stored, authorOf(stored), reader);
  if (!item) throw new NotFoundError(`This ${kind} does not exist`);
  return item;
}

/** `contentFor` on a `ContentItem`. */
export function itemFor(content: ContentItem, authorId: Id | null, reader: User | null): ContentItem | null {
  const item = contentFor(content.kind, content.item, authorId, reader);
  return item ? ({ kind: content.kind, item } as ContentItem) : null;
}

/** A checked item reference, or a `ValidationError`. */
export function checkRef(target: ContentRef): ContentRef {
  if (!target || typeof target !== 'object' || !CONTENT_KINDS.includes(target.kind)) {
    throw new ValidationError({ kind: `The kind is one of ${CONTENT_KINDS.join(', ')}` });
  }
  if (typeof target.id !== 'string' || target.id.length === 0 || target.id.length > LIMITS.id || target.id.includes('\0')) {
    throw new ValidationError({ id: 'The id is not valid' });
  }
  return { kind: target.kind, id: target.id };
}

/** The item behind a reference as the reader may know it, or a `NotFoundError` ("This answer does not exist"). */
export async function findContent(ctx: ReadCtx, target: ContentRef): Promise<StoredContent> {
  const ref = checkRef(target);
  const stored = await ctx.repos.moderation.content(ref);
  if (!stored || (!seesInFull(ctx.user, stored.authorId) && (stored.status.state === 'held' || stored.status.state === 'hidden'))) {
    throw new NotFoundError(`This ${ref.kind} does not exist`);
  }
  return stored;
}

/** The key of an item in the maps `loadItems` returns. */
export const refKey = (target: ContentRef): string => `${target.kind}:${target.id}`;

/** The item in full (as its author or a moderator sees it), or null. */
export async function loadItem(ctx: ReadCtx, target: ContentRef): Promise<ContentItem | null> {
  return (await loadItems(ctx, [target])).get(refKey(target)) ?? null;
}

/** Items in full, by `refKey` (unknown ones left out): one look-up per kind, however many items. */
export async function loadItems(ctx: ReadCtx, targets: ContentRef[]): Promise<Map<string, ContentItem>> {
  const viewer = ctx.user?.id ?? null;
  const r = ctx.repos;
  const ids = (kind: ContentRef['kind']) => [...new Set(targets.filter((t) => t.kind === kind).map((t) => t.id))];
  const some = <T>(list: Id[], load: (ids: Id[]) => Promise<T[]>) => (list.length ? load(list) : Promise.resolve([]));
  const [questions, answers, ideas, comments, feedback] = await Promise.all([
    some(ids('question'), (l) => r.questions.getMany(l, viewer)),
    some(ids('answer'), (l) => r.questions.getAnswers(l, viewer)),
    some(ids('idea'), (l) => r.ideas.getMany(l, viewer)),
    some(ids('comment'), (l) => r.ideas.getComments(l)),
    some(ids('feedback'), (l) => r.feedback.getMany(l, viewer)),
  ]);
  const out = new Map<string, ContentItem>();
  for (const item of questions) out.set(`question:${item.id}`, { kind: 'question', item });
  for (const item of answers) out.set(`answer:${item.id}`, { kind: 'answer', item });
  for (const item of ideas) out.set(`idea:${item.id}`, { kind: 'idea', item });
  for (const item of comments) out.set(`comment:${item.id}`, { kind: 'comment', item });
  for (const item of feedback) out.set(`feedback:${item.id}`, { kind: 'feedback', item });
  return out;
}

/** The live scopes of an item: its question's, idea's or subject's. */
export function contentScopes(s: StoredContent): string[] {
  switch (s.target.kind) {
    case 'question': return questionScopes({ id: s.target.id, context: s.context ?? '' });
    case 'answer': return questionScopes({ id: s.parentId ?? '', context: s.context ?? '' });
    case 'idea': return ideaScopes({ id: s.target.id, campaignId: s.campaignId });
    case 'comment': return ideaScopes({ id: s.parentId ?? '', campaignId: s.campaignId });
    default: return feedbackScopes({ subject: s.context ?? '' });
  }
}

/** A required note or reason of at most `LIMITS.note` characters. */
export function requiredText(value: unknown, field: string, what: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) throw new ValidationError({ [field]: `${what} is required` });
  if (text.length > LIMITS.note || text.includes('\0')) throw new ValidationError({ [field]: `${what} has at most ${LIMITS.note} characters` });
  return text;
}

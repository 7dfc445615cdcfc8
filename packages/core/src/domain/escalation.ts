/**
 * Escalation, run by the server's background worker (and by anyone with a `Storage`):
 * - a routed question that has no answer `afterMs` after it was asked (or last escalated) is
 *   routed to the next-ranked experts (`suggestExperts`, without those already routed and the
 *   asker), who hear "You were asked", and the asker is told ('question.escalated'); once per
 *   question per period;
 * - an idea still "new" longer than its campaign's `reviewTargetDays` reminds the campaign's
 *   owners ('idea.review-due'), once.
 * Each item is claimed in its own transaction, so replicas never escalate the same one twice.
 */
import { questionScopes } from '../scopes.js';
import type { Id, IsoDate } from '../types.js';
import { notify } from './notifications.js';
import { suggestExperts } from './people.js';
import type { Storage } from './repositories.js';
import { runSystemWrite } from './system.js';

/** What escalation stores. */
export interface EscalationRepository {
  /**
   * Routed questions without an answer, asked at or before `before` and not escalated after it,
   * oldest first, at most `limit`.
   */
  dueQuestions(before: IsoDate, limit: number): Promise<Id[]>;
  /**
   * Records that `questionId` is escalated `at`, unless it was escalated after `before` meanwhile
   * (another worker); returns whether this call claimed it.
   */
  claimQuestion(questionId: Id, before: IsoDate, at: IsoDate): Promise<boolean>;
  /** Ideas of `campaignId` still "new", submitted at or before `before`, never reminded of; oldest first, at most `limit`. */
  dueIdeas(campaignId: Id, before: IsoDate, limit: number): Promise<Id[]>;
  /** Records the reminder of an idea; false when it was already recorded (another worker). */
  claimIdea(ideaId: Id, at: IsoDate): Promise<boolean>;
}

/** How a sweep runs. */
export interface SweepOptions {
  /** The clock, ms since the epoch. */
  now: number;
  /** How long a routed question may stay unanswered (`CONFAB_ESCALATE_AFTER`). */
  afterMs: number;
  /** How many more experts a question is routed to (default 3). */
  experts?: number;
  /** Most items handled per sweep (default 50). */
  limit?: number;
}

/** What a sweep did. */
export interface SweepResult {
  escalated: Id[];
  reminded: Id[];
}

const DAY_MS = 86_400_000;

/** Escalates one question in its own transaction; false when another worker did, or it is no longer due. */
async function escalateQuestion(storage: Storage, id: Id, before: IsoDate, at: IsoDate, experts: number): Promise<boolean> {
  const { result } = await runSystemWrite(storage, async (ctx) => {
    const escalation = ctx.repos.escalation;
    if (!escalation || !await escalation.claimQuestion(id, before, at)) return false;
    const q = await ctx.repos.questions.get(id, null);
    if (!q || q.answerCount > 0 || q.acceptedAnswerId) return false;
    const asker = await ctx.repos.people.user(q.author.id);
    const routed = new Set(q.routedTo.map((p) => p.id));
    const ranked = await suggestExperts({ repos: ctx.repos, user: asker }, { text: `${q.title} ${q.body}`.slice(0, 2000), tags: q.tags, limit: 20 });
    const next = ranked.map((r) => r.person.id).filter((pid) => !routed.has(pid) && pid !== q.author.id).slice(0, experts);
    if (next.length === 0) return true; // nobody more to ask: tried again next period
    await ctx.repos.questions.route(q.id, next);
    const updated = await ctx.repos.questions.get(q.id, null);
    if (updated) ctx.emit('question.updated', questionScopes(updated), updated);
    const item = { kind: 'question' as const, id: q.id };
    await notify(ctx, [
      { type: 'question.routed', item, title: q.title, text: q.body, url: q.url ?? null, to: next },
      { type: 'question.escalated', item, title: q.title, text: q.body, url: q.url ?? null, to: [q.author.id] },
    ]);
    return true;
  });
  return result;
}

/** Reminds a campaign's owners of one idea, once. */
async function remindIdea(storage: Storage, id: Id, owners: Id[], at: IsoDate): Promise<boolean> {
  const { result } = await runSystemWrite(storage, async (ctx) => {
    const escalation = ctx.repos.escalation;
    if (!escalation || !await escalation.claimIdea(id, at)) return false;
    const idea = await ctx.repos.ideas.get(id, null);
    if (!idea || idea.status !== 'new') return false;
    await notify(ctx, [{ type: 'idea.review-due', item: { kind: 'idea', id: idea.id }, title: idea.title, text: idea.body, url: idea.url ?? null, to: owners }]);
    return true;
  });
  return result;
}

/** One sweep of both rules; the worker calls it on every tick. */
export async function sweep(storage: Storage, options: SweepOptions): Promise<SweepResult> {
  const limit = options.limit ?? 50;
  const at = new Date(options.now).toISOString();
  const before = new Date(options.now - options.afterMs).toISOString();
  const result: SweepResult = { escalated: [], reminded: [] };
  const due = await storage.read((r) => r.escalation?.dueQuestions(before, limit) ?? Promise.resolve([]));
  for (const id of due) if (await escalateQuestion(storage, id, before, at, options.experts ?? 3)) result.escalated.push(id);
  const campaigns = await storage.read((r) => (r.escalation ? r.ideas.campaigns() : Promise.resolve([])));
  for (const c of campaigns) {
    if (!c.reviewTargetDays || c.owners.length === 0) continue;
    const cutoff = new Date(options.now - c.reviewTargetDays * DAY_MS).toISOString();
    const ideas = await storage.read((r) => r.escalation?.dueIdeas(c.id, cutoff, limit) ?? Promise.resolve([]));
    for (const id of ideas) if (await remindIdea(storage, id, c.owners.map((o) => o.id), at)) result.reminded.push(id);
  }
  return result;
}

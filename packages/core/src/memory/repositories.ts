/**
 * The domain's repositories in memory, over a `Store`: they store and fetch, in the orders the
 * repository interfaces document; every rule is in `../domain/`.
 */
import type { FeedbackQuery, IdeaQuery, PageQuery, QuestionQuery } from '../adapter.js';
import { trendingScore } from '../domain/ideas.js';
import type {
  EventRepository, FeedbackRepository, IdeaRepository, IdempotencyRepository, ItemFacts, NewEvent, PeopleRepository,
  QuestionRepository, Repositories, SkillRepository, StoredEvent, VoteRepository,
} from '../domain/repositories.js';
import { newestFirst, paginate, paginateOrdered, paginateSorted } from '../paging.js';
import { skillKey } from '../skills.js';
import type { Campaign, FeedbackSummary, Id, Idea, Page, Question } from '../types.js';
import { notifications } from './notifications.js';
import type { CampaignRec, CommentRec, FeedbackRec, IdeaRec, PersonRec, QuestionRec, Store } from './store.js';
import { answerView, commentView, evidenceIndex, feedbackView, ideaView, personRef, personView, questionView, threadView, userView } from './views.js';
import { escalation } from './escalation.js';
import { webhooks } from './webhooks.js';
import { moderation, passes } from './moderation.js';

/** Words of a text, lower case and without diacritics, as full-text search sees them. */
function words(text: string): string[] {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Whether every one of `wanted` starts some word of `text` (full-text prefix match). */
function matchesAll(text: string, wanted: string[]): boolean {
  const have = words(text);
  return wanted.every((w) => have.some((h) => h.startsWith(w)));
}

/** Whether any of `wanted` starts some word of `text`. */
function matchesAny(text: string, wanted: string[]): boolean {
  const have = words(text);
  return wanted.some((w) => have.some((h) => h.startsWith(w)));
}

function people(store: Store): PeopleRepository {
  const find = (id: Id): PersonRec | undefined => store.people.get(id);
  return {
    async user(id) {
      const p = find(id);
      return p ? userView(p) : null;
    },
    async listUsers() {
      return [...store.people.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)).map(userView);
    },
    async ensure(id, name, roles) {
      if (!store.people.has(id)) store.people.set(id, { id, name, roles: [...roles], availability: 'unknown', skills: [] });
    },
    async get(ids, viewerId) {
      const evidence = evidenceIndex(store);
      return ids.flatMap((id) => {
        const p = find(id);
        return p ? [personView(store, p, viewerId, evidence)] : [];
      });
    },
    async all(viewerId) {
      const evidence = evidenceIndex(store);
      return [...store.people.values()].map((p) => personView(store, p, viewerId, evidence));
    },
    async existing(ids) {
      return new Set(ids.filter((id) => store.people.has(id)));
    },
    async declaredSkill(personId, skill) {
      const key = skillKey(skill);
      return find(personId)?.skills.find((s) => skillKey(s.name) === key)?.name ?? null;
    },
    async setEndorsement(personId, skill, endorserId, on) {
      const declared = find(personId)?.skills.find((s) => s.name === skill);
      if (!declared) return false;
      const had = declared.endorsedBy.includes(endorserId);
      if (on && !had) declared.endorsedBy.push(endorserId);
      if (!on && had) declared.endorsedBy = declared.endorsedBy.filter((id) => id !== endorserId);
      return on !== had;
    },
    // Roles and sign-in provisioning (roles and directory import).
    async setRoles(personId, roles, source) {
      const p = find(personId);
      if (p) { p.roles = [...roles]; p.rolesSource = source; }
    },
    async adminIds() {
      return [...store.people.values()].filter((p) => !p.deactivated && p.roles.includes('admin')).map((p) => p.id);
    },
    async provision(id, facts) {
      let p = find(id);
      let changed = false;
      if (!p) {
        p = { id, name: facts.name ?? id, roles: ['member'], availability: 'unknown', skills: [] };
        store.people.set(id, p);
        store.moderation.people.set(id, { joinedAt: store.iso(), restrictedUntil: null }); // issue 13: a new person's first day starts now
        changed = true;
      }
      for (const key of ['name', 'email', 'title', 'department'] as const) {
        const value = facts[key];
        if (value !== undefined && p[key] !== value) { p[key] = value; changed = true; }
      }
      if (facts.roles && (p.rolesSource !== 'identity-provider' || p.roles.join() !== facts.roles.join())) {
        p.roles = [...facts.roles];
        p.rolesSource = 'identity-provider';
        changed = true;
      }
      if (p.deactivated) { delete p.deactivated; changed = true; }
      return { user: userView(p), changed };
    },
    // Self-service profiles.
    async updateProfile(personId, patch) {
      const p = find(personId);
      if (!p) return;
      if (patch.name !== undefined) p.name = patch.name;
      for (const key of ['title', 'department', 'location', 'about'] as const) {
        const value = patch[key];
        if (value === undefined) continue;
        if (value === '') delete p[key];
        else p[key] = value;
      }
      if (patch.availability !== undefined) p.availability = patch.availability;
      if (patch.availabilityUntil === null) delete p.availabilityUntil;
      else if (patch.availabilityUntil !== undefined) p.availabilityUntil = patch.availabilityUntil;
      if (patch.skills) {
        const unlisted = p.unlisted ?? new Map<string, string[]>();
        for (const s of p.skills) unlisted.set(skillKey(s.name), s.endorsedBy);
        p.skills = patch.skills.map((name) => ({ name, endorsedBy: unlisted.get(skillKey(name)) ?? [] }));
        for (const s of p.skills) unlisted.delete(skillKey(s.name));
        p.unlisted = unlisted;
      }
    },
  };
}

/** The skill vocabulary in memory (self-service profiles). */
function skills(store: Store): SkillRepository {
  return {
    async aliases() {
      return [...store.skillAliases].map(([aliasKey, a]) => ({ alias: a.alias, aliasKey, name: a.name, key: a.key }));
    },
    async declared() {
      const counts = new Map<string, { key: string; name: string; people: number }>();
      for (const p of store.people.values()) {
        for (const s of p.skills) {
          const id = `${skillKey(s.name)}\u0000${s.name}`;
          const row = counts.get(id) ?? { key: skillKey(s.name), name: s.name, people: 0 };
          row.people++;
          counts.set(id, row);
        }
      }
      return [...counts.values()];
    },
    async merge(fromKey, alias, into) {
      for (const a of store.skillAliases.values()) if (a.key === fromKey) Object.assign(a, { name: into.name, key: into.key });
      store.skillAliases.set(fromKey, { alias, name: into.name, key: into.key });
      const changed: string[] = [];
      for (const p of store.people.values()) {
        let touched = false;
        const from = p.skills.find((s) => skillKey(s.name) === fromKey);
        const target = p.skills.find((s) => skillKey(s.name) === into.key);
        if (from && target) {
          target.endorsedBy = [...new Set([...target.endorsedBy, ...from.endorsedBy])];
          p.skills = p.skills.filter((s) => s !== from);
          touched = true;
        } else if (from) {
          from.name = into.name;
          touched = true;
        }
        const hidden = p.unlisted?.get(fromKey);
        if (hidden && p.unlisted) {
          const listed = p.skills.find((s) => skillKey(s.name) === into.key);
          if (listed) listed.endorsedBy = [...new Set([...listed.endorsedBy, ...hidden])];
          else p.unlisted.set(into.key, [...new Set([...(p.unlisted.get(into.key) ?? []), ...hidden])]);
          p.unlisted.delete(fromKey);
          touched = touched || listed !== undefined;
        }
        if (touched) changed.push(p.id);
      }
      return changed;
    },
  };
}

/** The `ItemFacts` of a question or idea as viewed. */
const factsOf = (item: Question | Idea): ItemFacts => ({ id: item.id, authorId: item.author.id, ...(item.moderation ? { moderation: item.moderation } : {}) });

function questions(store: Store): QuestionRepository {
  const view = (q: QuestionRec, viewerId: Id | null): Question => questionView(store, q, viewerId);
  return {
    async list(query: QuestionQuery, viewerId, filter) {
      const tags = (query.tags ?? []).map((t) => t.toLowerCase());
      const text = words(query.text ?? '');
      const status = query.sort === 'unanswered' ? 'unanswered' : query.status ?? 'all';
      const keep = (q: QuestionRec) => (query.context === undefined || q.context === query.context)
        && (status === 'all' || (status === 'answered') === (q.acceptedAnswerId !== null))
        && tags.every((t) => q.tags.some((x) => x.toLowerCase() === t))
        && passes(store, 'question', q.id, q.author, filter)
        && (text.length === 0 || matchesAll(`${q.title}\n${q.body}`, text));
      // Only the page's records become views; newest first is kept in order as questions are
      // asked, so its first page reads a page's worth of records, not all of them.
      const votes = (q: QuestionRec) => store.voteCount('question', q.id);
      const answers = (q: QuestionRec) => store.answerCounts.get(q.id) ?? 0;
      const id = (q: QuestionRec) => q.id;
      const sorted = (compare: (a: QuestionRec, b: QuestionRec) => number) => paginateSorted([...store.questions.values()].filter(keep), compare, query, id);
      const page = query.sort === 'votes' ? sorted((a, b) => votes(b) - votes(a) || newestFirst(a, b))
        : query.sort === 'unanswered' ? sorted((a, b) => answers(a) - answers(b) || newestFirst(a, b))
          : paginateOrdered(store.questionsNewest, keep, query, id);
      return { ...page, items: page.items.map((q) => view(q, viewerId)) };
    },
    async get(id, viewerId) {
      const q = store.questions.get(id);
      return q ? view(q, viewerId) : null;
    },
    async facts(id) {
      const q = store.questions.get(id);
      return q ? { ...factsOf(view(q, null)), context: q.context } : null;
    },
    async thread(id, viewerId, filter) {
      const q = store.questions.get(id);
      return q ? threadView(store, q, viewerId, (a) => passes(store, 'answer', a.id, a.author, filter)) : null;
    },
    async getMany(ids, viewerId) {
      return ids.flatMap((id) => { const q = store.questions.get(id); return q ? [view(q, viewerId)] : []; });
    },
    async getAnswers(ids, viewerId) {
      return ids.flatMap((id) => { const a = store.answers.get(id); return a ? [answerView(store, a, viewerId)] : []; });
    },
    async similar(wanted, max, viewerId, filter) {
      return [...store.questions.values()]
        .filter((q) => passes(store, 'question', q.id, q.author, filter))
        .filter((q) => matchesAny(`${q.title}\n${q.body}\n${q.tags.join(' ')}`, wanted))
        .slice(0, max)
        .map((q) => view(q, viewerId));
    },
    async ask(input, authorId) {
      const q: QuestionRec = {
        seq: store.nextSeq(), id: store.newId('q', store.questions), context: input.context, title: input.title, body: input.body,
        tags: [...input.tags], author: authorId, createdAt: store.iso(), acceptedAnswerId: null, routedTo: [...input.notify], url: input.url ?? null,
      };
      store.addQuestion(q);
      return view(q, authorId);
    },
    async answer(questionId, body, authorId, url) {
      const a = { seq: store.nextSeq(), id: store.newId('a', store.answers), questionId, body, author: authorId, createdAt: store.iso(), url: url ?? null };
      store.addAnswer(a);
      return answerView(store, a, authorId);
    },
    async answerQuestionId(answerId) {
      return store.answers.get(answerId)?.questionId ?? null;
    },
    async accept(questionId, answerId) {
      const q = store.questions.get(questionId);
      if (q) q.acceptedAnswerId = answerId;
    },
    async route(questionId, personIds) {
      const q = store.questions.get(questionId);
      if (q) q.routedTo = [...new Set([...q.routedTo, ...personIds])];
    },
  };
}

function votes(store: Store): VoteRepository {
  return {
    async record(target, personId, on) {
      const voters = store.votesOn(target.kind, target.id);
      const had = voters.has(personId);
      if (on && !had) voters.set(personId, store.now());
      if (!on && had) voters.delete(personId);
      const idea = on !== had && target.kind === 'idea' ? store.ideas.get(target.id) : undefined;
      if (idea) store.ideasTop.moved(idea);
      return on !== had;
    },
    // The count is the voters kept by `record`.
    async tally(target) {
      return store.votesOn(target.kind, target.id).size;
    },
  };
}

function campaignView(store: Store, c: CampaignRec): Campaign {
  return {
    id: c.id, title: c.title, purpose: c.purpose, status: c.status, createdAt: c.createdAt, description: c.description,
    closesAt: c.closesAt, owners: c.owners.map((id) => personRef(store, id)),
    ...(c.reviewTargetDays ? { reviewTargetDays: c.reviewTargetDays } : {}),
  };
}

function ideas(store: Store): IdeaRepository {
  return {
    async campaigns() {
      return [...store.campaigns.values()].sort((a, b) => a.seq - b.seq).map((c) => campaignView(store, c));
    },
    async campaign(id) {
      const c = store.campaigns.get(id);
      return c ? campaignView(store, c) : null;
    },
    async createCampaign(input) {
      const c: CampaignRec = {
        seq: store.nextSeq(), id: store.newId('cp', store.campaigns), createdAt: store.iso(), status: 'open',
        title: input.title, purpose: input.purpose, description: input.description, closesAt: input.closesAt, owners: [...input.owners],
        reviewTargetDays: input.reviewTargetDays ?? null,
      };
      store.campaigns.set(c.id, c);
      return campaignView(store, c);
    },
    async updateCampaign(id, fields) {
      const c = store.campaigns.get(id);
      if (!c) return;
      Object.assign(c, {
        title: fields.title, purpose: fields.purpose, description: fields.description, closesAt: fields.closesAt, owners: [...fields.owners],
        reviewTargetDays: fields.reviewTargetDays ?? null,
      });
      if (fields.status) c.status = fields.status;
    },
    async list(query: IdeaQuery, viewerId, filter) {
      const keep = (i: IdeaRec) => (query.campaign === undefined || i.campaignId === query.campaign)
        && (query.status === undefined || i.status === query.status)
        && passes(store, 'idea', i.id, i.author, filter);
      // Only the page's ideas become views; by votes is kept in order as ideas are submitted and
      // voted on, so its first page reads a page's worth of ideas, not all of them.
      const id = (i: IdeaRec) => i.id;
      let page: Page<IdeaRec>;
      if (query.sort === 'new') page = paginateSorted([...store.ideas.values()].filter(keep), newestFirst, query, id);
      else if (query.sort === 'trending') {
        const now = store.now();
        const trend = new Map<IdeaRec, number>();
        for (const i of store.ideas.values()) if (keep(i)) trend.set(i, trendingScore(store.votes.get('idea', i.id)?.values() ?? [], now));
        page = paginateSorted([...trend.keys()], (a, b) => trend.get(b)! - trend.get(a)! || newestFirst(a, b), query, id);
      } else page = paginateOrdered(store.ideasTop, keep, query, id);
      return { ...page, items: page.items.map((i) => ideaView(store, i, viewerId)) };
    },
    async get(id, viewerId) {
      const i = store.ideas.get(id);
      return i ? ideaView(store, i, viewerId) : null;
    },
    async facts(id) {
      const i = store.ideas.get(id);
      if (!i) return null;
      const idea = ideaView(store, i, null);
      return { ...factsOf(idea), campaignId: idea.campaignId };
    },
    async getMany(ids, viewerId) {
      return ids.flatMap((id) => { const i = store.ideas.get(id); return i ? [ideaView(store, i, viewerId)] : []; });
    },
    async getComments(ids) {
      return ids.flatMap((id) => { const c = store.comments.get(id); return c ? [commentView(store, c)] : []; });
    },
    async similar(wanted, campaign, max, viewerId, filter) {
      return [...store.ideas.values()]
        .filter((i) => campaign === undefined || i.campaignId === campaign)
        .filter((i) => passes(store, 'idea', i.id, i.author, filter))
        .filter((i) => matchesAny(`${i.title}\n${i.body}\n${i.tags.join(' ')}`, wanted))
        .slice(0, max)
        .map((i) => ideaView(store, i, viewerId));
    },
    async submit(input, authorId) {
      const idea: IdeaRec = {
        seq: store.nextSeq(), id: store.newId('i', store.ideas), campaignId: input.campaign, title: input.title, body: input.body,
        tags: [...input.tags], author: authorId, createdAt: store.iso(), status: 'new', statusChange: null, url: input.url ?? null,
      };
      store.addIdea(idea);
      return ideaView(store, idea, authorId);
    },
    async comments(ideaId, query: PageQuery, filter) {
      const rows = [...store.comments.values()].filter((c) => c.ideaId === ideaId && passes(store, 'comment', c.id, c.author, filter)).sort((a, b) => newestFirst(b, a));
      return paginate(rows.map((c) => commentView(store, c)), query, (x) => x.id);
    },
    async comment(ideaId, body, authorId, url) {
      const c: CommentRec = { seq: store.nextSeq(), id: store.newId('c', store.comments), ideaId, body, author: authorId, createdAt: store.iso(), url: url ?? null };
      store.addComment(c);
      return commentView(store, c);
    },
    async setStatus(ideaId, status, note, byId) {
      const idea = store.ideas.get(ideaId);
      if (!idea) return;
      idea.status = status;
      idea.statusChange = { status, note, by: byId, at: store.iso() };
    },
  };
}

function feedback(store: Store): FeedbackRepository {
  return {
    async send(input, authorId) {
      const f: FeedbackRec = {
        seq: store.nextSeq(), id: store.newId('f', store.feedback), subject: input.subject, variant: input.variant, rating: input.rating,
        reason: input.reason, comment: input.comment, anonymous: input.anonymous, author: authorId, createdAt: store.iso(), state: 'open', response: null, url: input.url ?? null,
      };
      store.feedback.set(f.id, f);
      return feedbackView(store, f, authorId);
    },
    async replace(id, input, authorId) {
      const f = store.feedback.get(id);
      if (!f) throw new Error(`[confab] no feedback ${id}`);
      Object.assign(f, {
        variant: input.variant, rating: input.rating, reason: input.reason, comment: input.comment, anonymous: input.anonymous,
        createdAt: store.iso(), state: 'open', url: input.url ?? null,
      });
      return feedbackView(store, f, authorId);
    },
    async get(id, viewerId) {
      const f = store.feedback.get(id);
      return f ? feedbackView(store, f, viewerId) : null;
    },
    async getMany(ids, viewerId) {
      return ids.flatMap((id) => { const f = store.feedback.get(id); return f ? [feedbackView(store, f, viewerId)] : []; });
    },
    async authorOf(id) {
      return store.feedback.get(id)?.author ?? null;
    },
    async mine(subject, authorId) {
      const mine = [...store.feedback.values()].filter((f) => f.subject === subject && f.author === authorId).sort(newestFirst);
      return mine[0] ? feedbackView(store, mine[0], authorId) : null;
    },
    async summary(subject): Promise<FeedbackSummary> {
      const all = [...store.feedback.values()].filter((f) => subject === null || f.subject === subject);
      const helpful = all.filter((f) => f.variant === 'helpful');
      const stars = all.filter((f) => f.variant === 'stars');
      return {
        subject, count: all.length, helpful: helpful.filter((f) => f.rating >= 4).length, helpfulCount: helpful.length,
        average: stars.length ? stars.reduce((sum, f) => sum + f.rating, 0) / stars.length : null, starsCount: stars.length,
        open: all.filter((f) => f.state === 'open').length,
      };
    },
    async list(query: FeedbackQuery, viewerId): Promise<Page<ReturnType<typeof feedbackView>>> {
      const rows = [...store.feedback.values()]
        .filter((f) => query.subject === undefined || f.subject === query.subject)
        .filter((f) => query.state === undefined || f.state === query.state)
        .sort(newestFirst);
      return paginate(rows.map((f) => feedbackView(store, f, viewerId)), query, (f) => f.id);
    },
    async respond(id, body, byId) {
      const f = store.feedback.get(id);
      if (f) f.response = { body, by: byId, at: store.iso() };
    },
    async setState(id, state) {
      const f = store.feedback.get(id);
      if (f) f.state = state;
    },
  };
}

/** What one memory transaction wrote besides the data: its events and the idempotency keys it claimed. */
export interface MemoryTransaction {
  events: StoredEvent[];
  claimed: string[];
}

function events(store: Store, tx: MemoryTransaction | null): EventRepository {
  return {
    async append(event: NewEvent) {
      if (!tx) throw new Error('Events are appended inside a transaction');
      tx.events.push({ ...structuredClone(event), id: String(++store.eventCounter), at: store.iso() } as StoredEvent);
    },
  };
}

function idempotency(store: Store, tx: MemoryTransaction | null): IdempotencyRepository {
  const id = (userId: Id, key: string) => `${userId}\u0000${key}`;
  return {
    async claim(userId, key, fingerprint) {
      const earlier = store.idempotency.get(id(userId, key));
      if (earlier?.result != null) return { fingerprint: earlier.fingerprint, result: earlier.result };
      store.idempotency.set(id(userId, key), { fingerprint, result: null });
      tx?.claimed.push(id(userId, key));
      return null;
    },
    async complete(userId, key, result) {
      const record = store.idempotency.get(id(userId, key));
      if (record) record.result = result;
    },
  };
}

/** The repositories over `store`; `tx` collects what a transaction writes (null for reads). */
export function memoryRepositories(store: Store, tx: MemoryTransaction | null): Repositories {
  return {
    people: people(store), skills: skills(store), questions: questions(store), votes: votes(store), ideas: ideas(store), feedback: feedback(store),
    events: events(store, tx), idempotency: idempotency(store, tx),
    notifications: notifications(store),
    escalation: escalation(store),
    webhooks: webhooks(store),
    moderation: moderation(store),
  };
}

import type { ChangeListener } from '../adapter.js';
import type { StoredEvent } from '../domain/repositories.js';
import { receivesEvent, visibleEvent } from '../domain/visibility.js';
import type { Seed } from '../seed.js';
import { newestFirst } from '../paging.js';
import { skillKey, skillName } from '../skills.js';
import { SortedIndex } from './sorted-index.js';
import type { Availability, ContentKind, FeedbackState, FeedbackVariant, IdeaStatus, Role, User, VoteTargetKind } from '../types.js';
import type { RolesSource } from '../types.js';
import type { NotificationItemKind, NotificationPreferences, NotificationType } from '../types.js';

/** A person as the store keeps them: endorsements as the endorsers' ids. */
export interface PersonRec {
  id: string;
  name: string;
  roles: Role[];
  title?: string;
  department?: string;
  location?: string;
  email?: string;
  avatarUrl?: string;
  availability: Availability;
  skills: { name: string; endorsedBy: string[] }[];
  // Self-service profiles.
  about?: string;
  availabilityUntil?: string;
  /** Endorsements of skills no longer listed, by skill key: they count again when the skill is listed again. */
  unlisted?: Map<string, string[]>;
  // Roles and directory (roles and directory import).
  rolesSource?: RolesSource;
  managerId?: string;
  deactivated?: boolean;
}

/** Fields every stored item has: `seq` orders items created in the same millisecond. */
interface Stored {
  seq: number;
  id: string;
  createdAt: string;
}

/** A stored question; people are kept by id. */
export interface QuestionRec extends Stored {
  context: string;
  title: string;
  body: string;
  tags: string[];
  author: string;
  acceptedAnswerId: string | null;
  routedTo: string[];
  /** Issue 15: the page it was written on. */
  url?: string | null;
}

/** A stored answer. */
export interface AnswerRec extends Stored {
  questionId: string;
  body: string;
  author: string;
  url?: string | null;
}

/** A stored campaign; owners are kept by id. */
export interface CampaignRec extends Stored {
  title: string;
  purpose: string;
  description: string;
  /** As an admin set it; `closesAt` is applied by the domain. */
  status: 'open' | 'closed';
  closesAt: string | null;
  owners: string[];
  /** Days an idea may stay "new" before the owners are reminded (issue 15c), or null. */
  reviewTargetDays?: number | null;
}

/** A stored idea with its latest status change. */
export interface IdeaRec extends Stored {
  campaignId: string | null;
  title: string;
  body: string;
  tags: string[];
  author: string;
  status: IdeaStatus;
  statusChange: { status: IdeaStatus; note: string; by: string; at: string } | null;
  url?: string | null;
}

/** A stored comment on an idea. */
export interface CommentRec extends Stored {
  ideaId: string;
  body: string;
  author: string;
  url?: string | null;
}

/** A stored piece of feedback; `author` is always known to the store. */
export interface FeedbackRec extends Stored {
  subject: string;
  variant: FeedbackVariant;
  rating: number;
  reason: string | null;
  comment: string | null;
  anonymous: boolean;
  author: string;
  state: FeedbackState;
  response: { body: string; by: string; at: string } | null;
  url?: string | null;
}

/** A stored notification (issue 15); the actor is kept by id. */
export interface NotificationRec {
  seq: number;
  id: string;
  recipientId: string;
  type: NotificationType;
  at: string;
  readAt: string | null;
  actorId: string | null;
  item: { kind: NotificationItemKind; id: string };
  title: string;
  excerpt: string;
  url: string | null;
  channel: 'page' | 'digest' | 'immediate';
  mailedAt: string | null;
}

/** Issue 13: an item's moderation state, kept apart from its record (absent: visible, never edited). */
export interface StatusRec {
  state: 'visible' | 'held' | 'hidden' | 'deleted';
  by: 'author' | 'moderator' | 'community' | null;
  reason: string | null;
  editedAt: string | null;
  editedBy: string | null;
}

/**
 * Values per item, by kind and then id: a lookup hashes the stored id, not a new `kind:id`
 * string (lists look up every item's votes and moderation state).
 */
export class ByItem<K extends string, V> {
  private readonly byKind = new Map<K, Map<string, V>>();

  get(kind: K, id: string): V | undefined {
    return this.byKind.get(kind)?.get(id);
  }

  set(kind: K, id: string, value: V): void {
    let items = this.byKind.get(kind);
    if (!items) this.byKind.set(kind, (items = new Map()));
    items.set(id, value);
  }
}

/** Issue 13: what the store keeps for moderation (see `./moderation.ts`). */
export class ModerationData {
  readonly status = new ByItem<ContentKind, StatusRec>();
  readonly versions = new Map<string, { title: string | null; body: string; tags: string[]; editorId: string; at: string }[]>();
  readonly reports: { id: string; kind: string; itemId: string; reporterId: string; reason: string; note: string | null; weight: number; status: string; at: string; closedAt: string | null }[] = [];
  /** By `kind:id`, in insertion order. */
  readonly queue = new Map<string, { kind: string; id: string; authorId: string; context: string | null; campaignId: string | null; held: boolean; since: string }>();
  readonly people = new Map<string, { joinedAt: string | null; restrictedUntil: string | null }>();
  readonly staffNotes: { id: string; personId: string; body: string; authorId: string; at: string }[] = [];
  readonly audit: { id: string; seq: number; actorId: string | null; action: string; kind: string | null; itemId: string | null; personId: string | null; reason: string | null; details: Record<string, unknown> | null; at: string }[] = [];
  /** By `campaign:id` / `context:key`. */
  readonly holds = new Map<string, number>();
}

/** A write's idempotency record: its fingerprint and, once it has run, its result as JSON. */
export interface IdempotencyRecord {
  fingerprint: string;
  result: string | null;
}

interface Subscriber {
  scopes: Set<string>;
  listener: ChangeListener;
  /** Who reads, at delivery time: what they may see of each event (`visibleEvent`). */
  reader: () => User | null;
}

/**
 * The data shared by every `MemoryAdapter` made from one seed (the original and its `as()` views):
 * records, votes, idempotency records and live subscribers.
 */
export class Store {
  readonly people = new Map<string, PersonRec>();
  readonly questions = new Map<string, QuestionRec>();
  readonly answers = new Map<string, AnswerRec>();
  readonly campaigns = new Map<string, CampaignRec>();
  readonly ideas = new Map<string, IdeaRec>();
  readonly comments = new Map<string, CommentRec>();
  /** Questions newest first, kept with `questions`: the ask list's first page without a sort. */
  readonly questionsNewest = new SortedIndex<QuestionRec>(newestFirst);
  /** Ideas by votes, then newest first, kept with `ideas` and the votes: the board's first page without a sort. */
  readonly ideasTop = new SortedIndex<IdeaRec>((a, b) => this.voteCount('idea', b.id) - this.voteCount('idea', a.id) || newestFirst(a, b));

  /** Stores a new question in the list orders. */
  addQuestion(q: QuestionRec): void {
    this.questions.set(q.id, q);
    this.questionsNewest.add(q);
  }

  /** Stores a new idea in the list orders. */
  addIdea(i: IdeaRec): void {
    this.ideas.set(i.id, i);
    this.ideasTop.add(i);
  }

  /** Comments per idea id, kept with `comments` so listing ideas does not scan every comment. */
  readonly commentCounts = new Map<string, number>();

  /** Answers per question id, kept with `answers`. */
  readonly answerCounts = new Map<string, number>();

  /** Stores a comment and counts it for its idea. */
  addComment(c: CommentRec): void {
    this.comments.set(c.id, c);
    this.commentCounts.set(c.ideaId, (this.commentCounts.get(c.ideaId) ?? 0) + 1);
  }

  /** Stores an answer and counts it for its question. */
  addAnswer(a: AnswerRec): void {
    this.answers.set(a.id, a);
    this.answerCounts.set(a.questionId, (this.answerCounts.get(a.questionId) ?? 0) + 1);
  }
  readonly feedback = new Map<string, FeedbackRec>();
  /** The skill vocabulary's aliases, by alias key. */
  readonly skillAliases = new Map<string, { alias: string; name: string; key: string }>();
  /** Votes per item: voter id → time of the vote in ms. */
  readonly votes = new ByItem<VoteTargetKind, Map<string, number>>();
  // Issue 15: notifications by id (in creation order), each person's stored preferences, and follows.
  readonly notifications = new Map<string, NotificationRec>();
  /** Notification ids per recipient, oldest first (the recipient index). */
  readonly inbox = new Map<string, string[]>();
  readonly notificationPrefs = new Map<string, NotificationPreferences>();
  /** Followers per target (`kind:id`), by the time they followed (the target index). */
  readonly follows = new Map<string, Map<string, string>>();
  /** Idempotency records keyed by user id and key. */
  readonly idempotency = new Map<string, IdempotencyRecord>();
  /** Issue 13: moderation states, versions, reports, the queue, restrictions, notes, the audit log. */
  readonly moderation = new ModerationData();
  private seqCounter = 0;
  private idCounter = 0;
  /** The id of the last stored event. */
  eventCounter = 0;
  private readonly subscribers = new Set<Subscriber>();

  constructor(readonly now: () => number) {}

  /** The next ordering number for a new item. */
  nextSeq(): number {
    return ++this.seqCounter;
  }

  /** A fresh id with `prefix` that no item in `taken` uses. */
  newId(prefix: string, taken: Map<string, unknown>): string {
    let id: string;
    do id = `${prefix}-${++this.idCounter}`; while (taken.has(id));
    return id;
  }

  /** "Now" as an ISO string. */
  iso(): string {
    return new Date(this.now()).toISOString();
  }

  /** How many vote for an item. */
  voteCount(kind: VoteTargetKind, id: string): number {
    return this.votes.get(kind, id)?.size ?? 0;
  }

  /** The voters on an item (created empty on first use). */
  votesOn(kind: VoteTargetKind, id: string): Map<string, number> {
    let voters = this.votes.get(kind, id);
    if (!voters) this.votes.set(kind, id, (voters = new Map()));
    return voters;
  }

  /** Registers a live listener reading as `reader()`; returns the function that removes it. */
  subscribe(scopes: string[], listener: ChangeListener, reader: () => User | null): () => void {
    const sub: Subscriber = { scopes: new Set(scopes), listener, reader };
    this.subscribers.add(sub);
    return () => { this.subscribers.delete(sub); };
  }

  /** Delivers committed events to every subscriber of any of their scopes, each as its reader may see it, in a microtask. */
  publish(events: StoredEvent[]): void {
    for (const event of events) {
      for (const sub of [...this.subscribers]) {
        if (!event.scopes.some((s) => sub.scopes.has(s))) continue;
        queueMicrotask(() => {
          if (!this.subscribers.has(sub)) return;
          const reader = sub.reader();
          if (receivesEvent(event, reader)) sub.listener(visibleEvent(structuredClone(event), reader));
        });
      }
    }
  }

  /** Loads a seed; missing dates become "now", in seed order. */
  load(seed: Seed): void {
    const s = structuredClone(seed);
    const at = (value: string | undefined) => value ?? this.iso();
    for (const p of s.people) {
      this.people.set(p.id, {
        id: p.id, name: p.name, roles: p.roles ?? ['member'], title: p.title, department: p.department,
        location: p.location, email: p.email, avatarUrl: p.avatarUrl, availability: p.availability ?? 'unknown',
        skills: (p.skills ?? []).map((k) => (typeof k === 'string' ? { name: k, endorsedBy: [] } : { name: k.name, endorsedBy: [...new Set(k.endorsedBy ?? [])] })),
      });
      const rec = this.people.get(p.id);
      if (p.joinedAt) this.moderation.people.set(p.id, { joinedAt: p.joinedAt, restrictedUntil: null });
      if (rec && p.about) rec.about = p.about;
      if (rec && p.availabilityUntil) rec.availabilityUntil = p.availabilityUntil;
    }
    for (const q of s.questions ?? []) {
      this.questions.set(q.id, {
        seq: this.nextSeq(), id: q.id, context: q.context, title: q.title, body: q.body ?? '', tags: q.tags ?? [],
        author: q.author, createdAt: at(q.createdAt), acceptedAnswerId: q.acceptedAnswerId ?? null, routedTo: [],
      });
    }
    for (const a of s.answers ?? []) {
      this.addAnswer({ seq: this.nextSeq(), id: a.id, questionId: a.questionId, body: a.body, author: a.author, createdAt: at(a.createdAt) });
    }
    for (const c of s.campaigns ?? []) {
      this.campaigns.set(c.id, {
        seq: this.nextSeq(), id: c.id, title: c.title, purpose: c.purpose, status: c.status ?? 'open', createdAt: at(c.createdAt),
        description: c.description ?? '', closesAt: c.closesAt ?? null, owners: [...new Set(c.owners ?? [])],
      });
    }
    for (const i of s.ideas ?? []) {
      const status = i.status ?? 'new';
      const change = i.statusChange ?? null;
      this.ideas.set(i.id, {
        seq: this.nextSeq(), id: i.id, campaignId: i.campaignId ?? null, title: i.title, body: i.body ?? '', tags: i.tags ?? [],
        author: i.author, createdAt: at(i.createdAt), status,
        statusChange: change ? { status, note: change.note, by: change.by, at: at(change.at) } : null,
      });
    }
    for (const c of s.comments ?? []) {
      this.addComment({ seq: this.nextSeq(), id: c.id, ideaId: c.ideaId, body: c.body, author: c.author, createdAt: at(c.createdAt) });
    }
    for (const f of s.feedback ?? []) {
      this.feedback.set(f.id, {
        seq: this.nextSeq(), id: f.id, subject: f.subject, variant: f.variant ?? 'helpful', rating: f.rating,
        reason: f.reason ?? null, comment: f.comment ?? null, anonymous: f.anonymous ?? false, author: f.author,
        createdAt: at(f.createdAt), state: f.state ?? 'open',
        response: f.response ? { body: f.response.body, by: f.response.by, at: at(f.response.at) } : null,
      });
    }
    for (const v of s.votes ?? []) this.votesOn(v.kind, v.id).set(v.by, v.at ? Date.parse(v.at) : this.now());
    for (const a of s.skillAliases ?? []) {
      this.skillAliases.set(skillKey(a.alias), { alias: skillName(a.alias), name: skillName(a.into), key: skillKey(a.into) });
    }
    this.questionsNewest.reset(this.questions.values());
    this.ideasTop.reset(this.ideas.values());
  }
}

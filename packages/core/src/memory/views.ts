import type { ContentKind, ContentStatus } from '../types.js';
import type {
  Answer, Comment, Evidence, Feedback, Idea, Person, PersonRef, Question, QuestionThread, User, VoteState, VoteTargetKind,
} from '../types.js';
import { skillKey } from '../skills.js';
import type { AnswerRec, CommentRec, FeedbackRec, IdeaRec, PersonRec, QuestionRec, Store } from './store.js';

/** Issue 13: an item's state as items carry it (`moderation`); absent in the store: visible, never edited. */
export function statusOf(store: Store, kind: ContentKind, id: string): ContentStatus {
  const s = store.moderation.status.get(kind, id);
  return s ? { state: s.state, editedAt: s.editedAt, by: s.by, reason: s.reason } : { state: 'visible', editedAt: null, by: null, reason: null };
}

/** Who reads: the acting user's id, or null when signed out. */
export type Viewer = string | null;

/** The public reference to a person; an unknown id shows as itself. */
export function personRef(store: Store, id: string): PersonRef {
  const p = store.people.get(id);
  if (!p) return { id, name: id };
  return p.avatarUrl ? { id: p.id, name: p.name, avatarUrl: p.avatarUrl } : { id: p.id, name: p.name };
}

/** The signed-in user as `currentUser()` returns it. */
export function userView(p: PersonRec): User {
  const user: User = { id: p.id, name: p.name, roles: [...p.roles] };
  if (p.avatarUrl) user.avatarUrl = p.avatarUrl;
  return user;
}

/** Votes on an item and whether `viewer` is among them. */
export function voteState(store: Store, kind: VoteTargetKind, id: string, viewer: Viewer): VoteState {
  const voters = store.votes.get(kind, id);
  return { kind, id, votes: voters?.size ?? 0, myVote: viewer !== null && (voters?.has(viewer) ?? false) };
}

/** A question as `viewer` sees it. */
export function questionView(store: Store, q: QuestionRec, viewer: Viewer): Question {
  const v = voteState(store, 'question', q.id, viewer);
  const answerCount = store.answerCounts.get(q.id) ?? 0;
  return {
    id: q.id, context: q.context, title: q.title, body: q.body, tags: [...q.tags], author: personRef(store, q.author),
    createdAt: q.createdAt, votes: v.votes, myVote: v.myVote, answerCount, acceptedAnswerId: q.acceptedAnswerId,
    routedTo: q.routedTo.map((id) => personRef(store, id)),
    ...(q.url ? { url: q.url } : {}),
    moderation: statusOf(store, 'question', q.id),
  };
}

/** An answer as `viewer` sees it. */
export function answerView(store: Store, a: AnswerRec, viewer: Viewer): Answer {
  const v = voteState(store, 'answer', a.id, viewer);
  const accepted = store.questions.get(a.questionId)?.acceptedAnswerId === a.id;
  return { id: a.id, questionId: a.questionId, body: a.body, author: personRef(store, a.author), createdAt: a.createdAt, votes: v.votes, myVote: v.myVote, accepted, ...(a.url ? { url: a.url } : {}), moderation: statusOf(store, 'answer', a.id) };
}

/** A question with its answers: accepted first, then by votes, then oldest first. */
export function threadView(store: Store, q: QuestionRec, viewer: Viewer, keep: (a: AnswerRec) => boolean = () => true): QuestionThread {
  const answers = [...store.answers.values()]
    .filter((a) => a.questionId === q.id && keep(a))
    .map((a) => ({ rec: a, view: answerView(store, a, viewer) }))
    .sort((x, y) => Number(y.view.accepted) - Number(x.view.accepted) || y.view.votes - x.view.votes
      || x.rec.createdAt.localeCompare(y.rec.createdAt) || x.rec.seq - y.rec.seq)
    .map((x) => x.view);
  return { question: questionView(store, q, viewer), answers };
}

/** An idea as `viewer` sees it. */
export function ideaView(store: Store, i: IdeaRec, viewer: Viewer): Idea {
  const v = voteState(store, 'idea', i.id, viewer);
  const commentCount = store.commentCounts.get(i.id) ?? 0;
  const sc = i.statusChange;
  return {
    id: i.id, campaignId: i.campaignId, title: i.title, body: i.body, tags: [...i.tags], author: personRef(store, i.author),
    createdAt: i.createdAt, votes: v.votes, myVote: v.myVote, commentCount, status: i.status,
    statusChange: sc ? { status: sc.status, note: sc.note, by: personRef(store, sc.by), at: sc.at } : null,
    ...(i.url ? { url: i.url } : {}),
    moderation: statusOf(store, 'idea', i.id),
  };
}

/** A comment. */
export function commentView(store: Store, c: CommentRec): Comment {
  return { id: c.id, ideaId: c.ideaId, body: c.body, author: personRef(store, c.author), createdAt: c.createdAt, ...(c.url ? { url: c.url } : {}), moderation: statusOf(store, 'comment', c.id) };
}

/** Feedback as `viewer` sees it: anonymous feedback names its author only to that author. */
export function feedbackView(store: Store, f: FeedbackRec, viewer: Viewer): Feedback {
  return {
    id: f.id, subject: f.subject, variant: f.variant, rating: f.rating, reason: f.reason, comment: f.comment,
    anonymous: f.anonymous, author: f.anonymous && viewer !== f.author ? null : personRef(store, f.author),
    createdAt: f.createdAt, state: f.state,
    response: f.response ? { body: f.response.body, by: personRef(store, f.response.by), at: f.response.at } : null,
    ...(f.url ? { url: f.url } : {}),
    moderation: statusOf(store, 'feedback', f.id),
  };
}

/**
 * Evidence per person, from answers on tagged questions (tags compared by `skillKey`, aliases resolved).
 * The skill is named as the person declared it, else as the vocabulary names a merged skill, else as the first tag seen.
 */
export function evidenceIndex(store: Store): Map<string, Evidence[]> {
  const index = new Map<string, Map<string, Evidence>>();
  const canonicalNames = new Map([...store.skillAliases.values()].map((a) => [a.key, a.name]));
  for (const a of store.answers.values()) {
    const q = store.questions.get(a.questionId);
    if (!q) continue;
    const declared = store.people.get(a.author)?.skills ?? [];
    let byTag = index.get(a.author);
    if (!byTag) index.set(a.author, (byTag = new Map()));
    // Tags resolved through the vocabulary's aliases: an answer counts once per canonical skill.
    const canonical = new Map<string, string>();
    for (const t of q.tags) {
      const alias = store.skillAliases.get(skillKey(t));
      const key = alias?.key ?? skillKey(t);
      if (!canonical.has(key)) canonical.set(key, alias?.name ?? t);
    }
    for (const [tag, spelled] of canonical) {
      const name = declared.find((s) => skillKey(s.name) === tag)?.name ?? canonicalNames.get(tag) ?? spelled;
      const ev = byTag.get(tag) ?? { skill: name, acceptedAnswers: 0, answers: 0 };
      ev.answers++;
      if (q.acceptedAnswerId === a.id) ev.acceptedAnswers++;
      byTag.set(tag, ev);
    }
  }
  return new Map([...index].map(([id, m]) => [id, [...m.values()].sort((x, y) => y.acceptedAnswers - x.acceptedAnswers || y.answers - x.answers)]));
}

/** A person as `viewer` sees them; pass an `evidenceIndex` when viewing many. */
export function personView(store: Store, p: PersonRec, viewer: Viewer, evidence = evidenceIndex(store)): Person {
  const person: Person = {
    ...personRef(store, p.id), availability: p.availability,
    skills: p.skills.map((s) => ({ name: s.name, endorsements: s.endorsedBy.length, endorsedByMe: viewer !== null && s.endorsedBy.includes(viewer) })),
    evidence: structuredClone(evidence.get(p.id) ?? []),
  };
  for (const key of ['title', 'department', 'location', 'email'] as const) if (p[key] !== undefined) person[key] = p[key];
  if (p.about) person.about = p.about;
  if (p.availabilityUntil) person.availabilityUntil = p.availabilityUntil;
  // Roles and directory: the domain hides roles from readers who may not see them (`personFor`).
  person.roles = [...p.roles];
  if (p.rolesSource) person.rolesSource = p.rolesSource;
  if (p.managerId) person.managerId = p.managerId;
  if (p.deactivated) person.deactivated = true;
  return person;
}

/**
 * Confab domain types: plain data exchanged between widgets and any adapter.
 * Dates are ISO 8601 strings so that every value survives JSON unchanged.
 */

/** An opaque identifier chosen by the backend. */
export type Id = string;
/** An ISO 8601 timestamp, e.g. `2026-11-25T10:00:00.000Z`. */
export type IsoDate = string;

/** What a person may do. Moderators and admins review ideas, accept answers and answer feedback. */
export type Role = 'member' | 'moderator' | 'admin';

/** The signed-in user. */
export interface User {
  id: Id;
  name: string;
  avatarUrl?: string;
  roles: Role[];
}

/** The few facts about a person that travel with every item they wrote. */
export interface PersonRef {
  id: Id;
  name: string;
  avatarUrl?: string;
}

/** Whether a person can be reached now. */
export type Availability = 'available' | 'busy' | 'away' | 'offline' | 'unknown';

/** A declared skill with its endorsements. */
export interface Skill {
  name: string;
  /** How many people endorsed this skill. */
  endorsements: number;
  /** Whether the current user endorsed it. */
  endorsedByMe: boolean;
}

/** Evidence of expertise in one skill, counted from what the person did. */
export interface Evidence {
  skill: string;
  /** Accepted answers on questions tagged with this skill. */
  acceptedAnswers: number;
  /** All answers on questions tagged with this skill. */
  answers: number;
}

/** A person, as shown by an expert badge and its profile card. */
export interface Person extends PersonRef {
  title?: string;
  department?: string;
  location?: string;
  email?: string;
  availability: Availability;
  /** Until when `availability` holds (a date `YYYY-MM-DD` or a timestamp); absent when open-ended. */
  availabilityUntil?: IsoDate | null;
  /** "About", short Markdown written by the person: render it only through a sanitiser. */
  about?: string;
  skills: Skill[];
  evidence: Evidence[];
  // Roles, directory and lifecycle (roles and directory import).
  /** What the person may do; shown to admins and to the person themselves, absent for anyone else. */
  roles?: Role[];
  /**
   * Who set `roles` last, beside `roles`: `identity-provider` (a JWT `roles` claim or the proxy's
   * roles header at sign-in, which wins again at the next sign-in) or `admin` (through `setRoles`).
   */
  rolesSource?: RolesSource;
  /** The person's manager (a person id), from the directory import. */
  managerId?: Id;
  /** True when the directory import deactivated the person: left out of people search and expert suggestions, their content still shows their name. */
  deactivated?: boolean;
}

/** Where a person's roles come from: see `Person.rolesSource`. */
export type RolesSource = 'identity-provider' | 'admin';

/** Every role, from least to most. */
export const ROLES: readonly Role[] = ['member', 'moderator', 'admin'];

/** The availabilities a person can choose in their profile, and every one the contract knows. */
export const AVAILABILITIES: readonly Availability[] = ['available', 'busy', 'away', 'offline', 'unknown'];

/** A skill of the vocabulary: its canonical name, how many people list it, and the aliases merged into it. */
export interface SkillSummary {
  name: string;
  /** People who list this skill on their profile. */
  people: number;
  /** Other spellings that stand for this skill (e.g. `k8s` for Kubernetes), as typed when merged. */
  aliases: string[];
}

/** Why a person ranks in an expert search or suggestion, one entry per matching skill. */
export interface ExpertReason {
  skill: string;
  acceptedAnswers: number;
  endorsements: number;
  /** The person declared this skill themselves. */
  declared: boolean;
}

/** A person with the score and reasons that ranked them. See `rankExperts`. */
export interface RankedPerson {
  person: Person;
  score: number;
  reasons: ExpertReason[];
}

/** A question asked in a context (usually a page URL). */
export interface Question {
  id: Id;
  /** Where the question was asked: a page's canonical URL or any key the host chooses. */
  context: string;
  title: string;
  /** Markdown source. */
  body: string;
  tags: string[];
  author: PersonRef;
  createdAt: IsoDate;
  votes: number;
  /** Whether the current user up-voted it. */
  myVote: boolean;
  answerCount: number;
  acceptedAnswerId: Id | null;
  /** People the asker asked to be notified. */
  routedTo: PersonRef[];
  /** The page (`location.href` without the hash) of the widget it was written in; null or absent when unknown. */
  url?: string | null;
  /** Issue 13: whether it is visible, held, hidden or deleted, and when it was edited; absent means visible and never edited. */
  moderation?: ContentStatus;
}

/** An answer to a question. */
export interface Answer {
  id: Id;
  questionId: Id;
  /** Markdown source. */
  body: string;
  author: PersonRef;
  createdAt: IsoDate;
  votes: number;
  myVote: boolean;
  accepted: boolean;
  /** The page (`location.href` without the hash) of the widget it was written in; null or absent when unknown. */
  url?: string | null;
  /** Issue 13: whether it is visible, held, hidden or deleted, and when it was edited; absent means visible and never edited. */
  moderation?: ContentStatus;
}

/** A question with its answers, accepted first, then by votes, then oldest first. */
export interface QuestionThread {
  question: Question;
  answers: Answer[];
}

/** Whether a campaign takes new ideas. */
export type CampaignStatus = 'open' | 'closed';

/** An idea campaign: why we ask, and whether it takes new ideas. */
export interface Campaign {
  id: Id;
  title: string;
  /** The "why we ask" shown with the board: why we ask, and what happens to the ideas. */
  purpose: string;
  /**
   * `closed` once an admin closed it or once `closesAt` has passed: computed against the clock on
   * every read and write (see `campaignStatus`).
   */
  status: CampaignStatus;
  createdAt: IsoDate;
  /** Markdown source ('' when none): render it only through a sanitiser. */
  description: string;
  /** When the campaign closes by itself, or null when it stays open until an admin closes it. */
  closesAt: IsoDate | null;
  /** The people who moderate this campaign's ideas (besides moderators), in the order chosen. */
  owners: PersonRef[];
  /** Days an idea may stay "new" before the owners are reminded ('idea.review-due'); absent: no target. */
  reviewTargetDays?: number;
}

/** The idea pipeline. */
export type IdeaStatus = 'new' | 'under-review' | 'planned' | 'in-progress' | 'implemented' | 'declined';
/** Every idea status, in pipeline order. */
export const IDEA_STATUSES: readonly IdeaStatus[] = ['new', 'under-review', 'planned', 'in-progress', 'implemented', 'declined'];

/** One move of an idea along the pipeline, with the reviewer's note. */
export interface StatusChange {
  status: IdeaStatus;
  note: string;
  by: PersonRef;
  at: IsoDate;
}

/** An idea, in a campaign or on its own (`campaignId: null`). */
export interface Idea {
  id: Id;
  campaignId: Id | null;
  title: string;
  /** Markdown source. */
  body: string;
  tags: string[];
  author: PersonRef;
  createdAt: IsoDate;
  votes: number;
  myVote: boolean;
  commentCount: number;
  status: IdeaStatus;
  /** The latest status change; null while the idea is new and unreviewed. */
  statusChange: StatusChange | null;
  /** The page (`location.href` without the hash) of the widget it was written in; null or absent when unknown. */
  url?: string | null;
  /** Issue 13: whether it is visible, held, hidden or deleted, and when it was edited; absent means visible and never edited. */
  moderation?: ContentStatus;
}

/** A comment on an idea. */
export interface Comment {
  id: Id;
  ideaId: Id;
  /** Markdown source. */
  body: string;
  author: PersonRef;
  createdAt: IsoDate;
  /** The page (`location.href` without the hash) of the widget it was written in; null or absent when unknown. */
  url?: string | null;
  /** Issue 13: whether it is visible, held, hidden or deleted, and when it was edited; absent means visible and never edited. */
  moderation?: ContentStatus;
}

/** How a feedback prompt asks. */
export type FeedbackVariant = 'helpful' | 'stars';
/** Where a piece of feedback stands for its owner. */
export type FeedbackState = 'open' | 'actioned' | 'dismissed';

/** The owner's answer to a piece of feedback. */
export interface FeedbackResponse {
  body: string;
  by: PersonRef;
  at: IsoDate;
}

/**
 * Feedback on a subject. `rating` is 1 (no) or 5 (yes) for the `helpful` variant
 * and 1–5 for `stars`.
 */
export interface Feedback {
  id: Id;
  subject: string;
  variant: FeedbackVariant;
  rating: number;
  reason: string | null;
  comment: string | null;
  anonymous: boolean;
  /** Null when the feedback was sent anonymously and the reader is not its author. */
  author: PersonRef | null;
  createdAt: IsoDate;
  state: FeedbackState;
  response: FeedbackResponse | null;
  /** The page (`location.href` without the hash) of the widget it was written in; null or absent when unknown. */
  url?: string | null;
  /** Issue 13: the state of the feedback's comment (the rating always counts); absent means visible and never edited. */
  moderation?: ContentStatus;
}

/** Figures for a subject's feedback. */
export interface FeedbackSummary {
  subject: string | null;
  count: number;
  /** `helpful` feedback that said yes. */
  helpful: number;
  /** `helpful` feedback in all. */
  helpfulCount: number;
  /** Average of `stars` ratings, or null without any. */
  average: number | null;
  starsCount: number;
  /** Feedback not yet actioned or dismissed. */
  open: number;
}

/** One page of a cursor-paged list. `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** What can be voted on. */
export type VoteTargetKind = 'question' | 'answer' | 'idea';
export interface VoteTarget {
  kind: VoteTargetKind;
  id: Id;
}
/** The state of a vote after a change. */
export interface VoteState extends VoteTarget {
  votes: number;
  myVote: boolean;
}

/** What a feedback event tells a reader who is neither its author nor an owner: which feedback changed. */
export type FeedbackStub = Pick<Feedback, 'id' | 'subject' | 'state'>;

// Issue 15: notifications, following, preferences (shared model; 15a).
/** What a notification is about. */
export type NotificationType =
  | 'answer.created'      // asker (and followers of the question): a new answer
  | 'answer.accepted'     // asker's followers and the answer's author: accepted
  | 'question.routed'     // routed expert: "You were asked: <title>"
  | 'question.escalated'  // asker: routed on to more experts after CONFAB_ESCALATE_AFTER
  | 'idea.status'         // idea author and followers: status change with its note
  | 'comment.created'     // idea author and followers: new comment
  | 'idea.review-due'     // campaign owners: an idea stayed "new" past the campaign's review target
  | 'feedback.responded'  // feedback author: the owner's response
  | 'mention'             // @mentioned person, any Markdown field
  | 'webhook.disabled'    // admins: an endpoint was disabled after persistent failure
  | 'content.moderated';  // author: their content was hidden (by a moderator or by reports), deleted by a moderator, restored or approved
/** Every notification type, in the order preferences list them. */
export const NOTIFICATION_TYPES: readonly NotificationType[] = [
  'question.routed', 'answer.created', 'answer.accepted', 'question.escalated', 'idea.status',
  'comment.created', 'idea.review-due', 'feedback.responded', 'mention', 'webhook.disabled', 'content.moderated',
];
/** Where a type of notification goes: in the page only, the e-mail digest, an e-mail at once, or nowhere. */
export type NotificationChannel = 'page' | 'digest' | 'immediate' | 'off';
/** Every notification channel. */
export const NOTIFICATION_CHANNELS: readonly NotificationChannel[] = ['page', 'digest', 'immediate', 'off'];
/** What a notification's item is. */
export type NotificationItemKind = 'question' | 'answer' | 'idea' | 'comment' | 'feedback' | 'campaign' | 'webhook';
/** Something that happened that a person should hear of. */
export interface Notification {
  id: Id;
  type: NotificationType;
  at: IsoDate;
  read: boolean;
  actor: PersonRef | null;
  /** The item: e.g. the question, idea, feedback. */
  item: { kind: NotificationItemKind; id: Id };
  /** E.g. the question's title. */
  title: string;
  /** Plain text, at most 200 characters. */
  excerpt: string;
  /** Where it happened: the page URL stored with the content when it was written; null if unknown. */
  url: string | null;
}
/** How a person wants to hear of each type of notification. */
export interface NotificationPreferences {
  channels: Record<NotificationType, NotificationChannel>;
  digest: 'daily' | 'weekly';
  autoFollow: { write: boolean; vote: boolean; comment: boolean };
}
/** The preferences of a person who never changed them. */
export function defaultNotificationPreferences(): NotificationPreferences {
  const channels = {} as Record<NotificationType, NotificationChannel>;
  for (const type of NOTIFICATION_TYPES) channels[type] = 'digest';
  channels['question.routed'] = 'immediate';
  channels['mention'] = 'immediate';
  channels['webhook.disabled'] = 'immediate';
  channels['content.moderated'] = 'page';
  return { channels, digest: 'daily', autoFollow: { write: true, vote: true, comment: true } };
}
/** What a person can follow. */
export type FollowTargetKind = 'question' | 'idea' | 'campaign' | 'context' | 'person';
/** Every kind of follow target. */
export const FOLLOW_TARGET_KINDS: readonly FollowTargetKind[] = ['question', 'idea', 'campaign', 'context', 'person'];
/** A thing a person follows: a question, idea, campaign, context (a page key) or person. */
export interface FollowTarget {
  kind: FollowTargetKind;
  id: string;
}

/** The `data` of each kind of change the live stream reports. */
export interface ChangeData {
  'question.created': Question;
  'question.updated': Question;
  'answer.created': Answer;
  'answer.accepted': QuestionThread;
  'vote.changed': VoteState;
  'idea.created': Idea;
  'idea.status-changed': Idea;
  'comment.created': Comment;
  /** An admin created a campaign (scopes `campaigns` and the campaign's). */
  'campaign.created': Campaign;
  /** An admin edited, closed or reopened a campaign. */
  'campaign.updated': Campaign;
  /** The whole feedback for its author and for owners (moderators); a `FeedbackStub` for anyone else. */
  'feedback.created': Feedback | FeedbackStub;
  'feedback.updated': Feedback | FeedbackStub;
  'person.updated': Person;
  /** A notification for one person, in `scopes.inbox(personId)`: only that person receives it. */
  'notification.created': Notification;
  /**
   * Issue 13: an item was edited, hidden, deleted, restored or approved, in the item's own scopes.
   * Each reader receives the item as they may see it (`contentFor`): `item` is null when the
   * reader may no longer see it at all (hidden or held, and neither its author nor a moderator),
   * so a widget removes it in place; a deleted item comes as its tombstone.
   */
  'content.updated': ContentChange;
  /** Issue 13: the moderation queue changed (an item entered, changed or left it), in `scopes.moderation`: only moderators receive it. */
  'moderation.queue': QueueChange;
}

/** The kinds of change the live stream reports. */
export type ChangeType = keyof ChangeData;

/**
 * A change announced to live subscribers, typed by `type`: narrowing on `type` types `data`.
 * `scopes` says where it happened (build them with `scopes` from this package), and `all`
 * is on every change. What a reader receives is what that reader may see: `actorId` is null on
 * votes, endorsements and feedback unless the reader is the actor, and feedback events carry
 * the whole feedback only to its author and to moderators.
 */
export type ChangeEvent<T extends ChangeType = ChangeType> = {
  [K in T]: {
    /** Opaque and ordered by the stream; a stream resumes after the last id it saw. */
    id: string;
    type: K;
    scopes: string[];
    at: IsoDate;
    /** The id of the user whose action caused the change, when the reader may know it. */
    actorId: Id | null;
    /** The changed item, as the acting user's adapter returned it; per-reader fields like `myVote` are the actor's. */
    data: ChangeData[K];
  };
}[T];

/** True when a feedback event carries the whole feedback rather than a `FeedbackStub`. */
export function isFullFeedback(data: Feedback | FeedbackStub): data is Feedback {
  return 'rating' in data;
}

// Issue 13: just enough structure — edit and delete, reports, auto-hide, held first posts, the queue, the audit log.
/** What can be edited, deleted, hidden and reported. For `feedback` it is the feedback's comment: its rating always counts. */
export type ContentKind = 'question' | 'answer' | 'idea' | 'comment' | 'feedback';
/** Every content kind. */
export const CONTENT_KINDS: readonly ContentKind[] = ['question', 'answer', 'idea', 'comment', 'feedback'];
/** One item of content. */
export interface ContentRef {
  kind: ContentKind;
  id: Id;
}
/**
 * Where an item stands:
 * - `visible`: everyone sees it;
 * - `held`: a new person's first post waiting for approval (`CONFAB_HOLD_FIRST_POSTS`); only its
 *   author ("Waiting for review") and moderators see it;
 * - `hidden`: hidden by a moderator or by reports (`CONFAB_AUTO_HIDE_SCORE`); only its author and
 *   moderators see it, with the "Hidden" label and the reason;
 * - `deleted`: soft-deleted by its author or a moderator; readers see a tombstone ("Removed by its
 *   author"), its author and moderators still see the text.
 */
export type ContentState = 'visible' | 'held' | 'hidden' | 'deleted';
/** Every content state. */
export const CONTENT_STATES: readonly ContentState[] = ['visible', 'held', 'hidden', 'deleted'];
/** Who hid or deleted an item: its author, a moderator, or the community (reports reached the auto-hide score). */
export type ModeratedBy = 'author' | 'moderator' | 'community';
/** An item's moderation state, on every question, answer, idea, comment and feedback (`moderation`). */
export interface ContentStatus {
  state: ContentState;
  /** When the text was last edited (by its author or a moderator), or null when never. Readers see "edited" and this time. */
  editedAt: IsoDate | null;
  /** Who hid or deleted it; null while visible or held. Readers of a tombstone see this ("Removed by its author" / "by a moderator"). */
  by: ModeratedBy | null;
  /** Why it is hidden or deleted: received only by its author and by moderators (null for anyone else, and while visible). */
  reason: string | null;
}
/** An item of any kind, as the reader may see it. */
export type ContentItem =
  | { kind: 'question'; item: Question }
  | { kind: 'answer'; item: Answer }
  | { kind: 'idea'; item: Idea }
  | { kind: 'comment'; item: Comment }
  | { kind: 'feedback'; item: Feedback };
/** The data of `content.updated`. */
export interface ContentChange {
  target: ContentRef;
  /** The question of an answer, the idea of a comment; null for the others. */
  parentId: Id | null;
  /** The item as the reader may see it, or null when the reader may no longer see it (remove it in place). */
  item: ContentItem | null;
}
/** The data of `moderation.queue`: which item entered, changed in, or left the queue. */
export interface QueueChange {
  target: ContentRef;
  change: 'added' | 'updated' | 'removed';
}
/** Why someone reports an item; `other` takes a note. */
export type ReportReason = 'spam' | 'offensive' | 'off-topic' | 'other';
/** Every report reason, in the order the report form lists them. */
export const REPORT_REASONS: readonly ReportReason[] = ['spam', 'offensive', 'off-topic', 'other'];
/** `open` until a moderator acts: `agreed` when they hid or deleted the item, `dismissed` when they kept or restored it. */
export type ReportStatus = 'open' | 'agreed' | 'dismissed';
/** A report of an item by a member. */
export interface Report {
  id: Id;
  target: ContentRef;
  reporter: PersonRef;
  reason: ReportReason;
  /** Required for `other`, optional otherwise (at most `LIMITS.note`). */
  note: string | null;
  /** What the report adds to the item's score, from the reporter's record when reported (see `reportWeight`). */
  weight: number;
  status: ReportStatus;
  createdAt: IsoDate;
}
/** An earlier version of an item's text (the current text is the item itself), kept at every edit; moderators read them. */
export interface ContentVersion {
  /** 1 for the text as first posted, then 2, 3, … */
  version: number;
  /** Questions and ideas; null for the other kinds. */
  title: string | null;
  body: string;
  tags: string[];
  /** Who wrote this version: its author, or the moderator who edited it. */
  editor: PersonRef;
  /** When this version was written (posted or edited). */
  at: IsoDate;
}
/** What moderators know of a person: as a reporter, as an author, and any restriction. */
export interface ModerationRecord {
  personId: Id;
  /** Their earlier reports that moderators agreed with (the item was hidden or deleted). */
  reportsAgreed: number;
  /** Their earlier reports that moderators dismissed (the item was kept or restored). */
  reportsDismissed: number;
  /** Their items hidden or deleted by moderators or by reports. */
  removed: number;
  /** Their posts that are (or were) visible: what ends the hold of first posts. */
  approvedPosts: number;
  /** Until when they may read but not post, or null. */
  restrictedUntil: IsoDate | null;
  /** When Confab first saw them (sign-in or import), or null when unknown (seeded): the "first day" of the new-person limits starts here. */
  joinedAt: IsoDate | null;
}
/** A note moderators keep about a person; only moderators read them. */
export interface StaffNote {
  id: Id;
  personId: Id;
  body: string;
  author: PersonRef;
  at: IsoDate;
}
/** What the audit log records. */
export type AuditAction =
  | 'edit' | 'hide' | 'delete' | 'restore' | 'approve' | 'keep' | 'auto-hide'
  | 'restrict' | 'staff-note' | 'roles' | 'policy';
/** Every audit action. */
export const AUDIT_ACTIONS: readonly AuditAction[] = ['edit', 'hide', 'delete', 'restore', 'approve', 'keep', 'auto-hide', 'restrict', 'staff-note', 'roles', 'policy'];
/** One moderation action or role change: who, what, which item, why and when. */
export interface AuditEntry {
  id: Id;
  at: IsoDate;
  /** Who did it; null when Confab did (auto-hide by reports, roles from the identity provider). */
  actor: PersonRef | null;
  action: AuditAction;
  /** The item acted on, or null (restrict, staff note, roles, policy). */
  target: ContentRef | null;
  /** The person concerned: the item's author, the restricted person, whose roles changed. */
  person: PersonRef | null;
  /** The note or reason given, or null. */
  reason: string | null;
  /** What changed, e.g. `{ roles: ['member','moderator'] }`, `{ days: 7 }`, `{ holdFirstPosts: 2, scope: … }`. */
  details: Record<string, unknown> | null;
}
/** One entry of the moderation queue: a reported or held item, with what a moderator needs to decide. */
export interface QueueEntry {
  target: ContentRef;
  /** The item as moderators see it (text, state, reason). */
  item: ContentItem;
  /** The question's title for an answer, the idea's for a comment, the subject for feedback; the item's own title otherwise. */
  title: string;
  /** The context (questions, answers), subject (feedback) or null. */
  context: string | null;
  /** The campaign (ideas, comments) or null. */
  campaignId: Id | null;
  /** Waiting for approval (a held first post). */
  held: boolean;
  /** Open reports, oldest first. */
  reports: Report[];
  /** The sum of the open reports' weights. */
  score: number;
  author: PersonRef;
  authorRecord: ModerationRecord;
  /** Earlier moderation of this author's content and of the author (audit entries), newest first, at most 5. */
  history: AuditEntry[];
  /** When it entered the queue (the first open report, or when it was posted for held posts): the queue is oldest first. */
  since: IsoDate;
}
/** Where a hold-first-posts override applies. */
export interface PolicyScope {
  kind: 'campaign' | 'context';
  /** A campaign id, or a context key (as `<confab-ask context>`). */
  id: string;
}
/** The hold-first-posts setting in force for a scope, and where it comes from. */
export interface HoldPolicy {
  scope: PolicyScope;
  holdFirstPosts: number;
  /** `default`: `CONFAB_HOLD_FIRST_POSTS`; otherwise this scope's own override. */
  source: 'default' | 'override';
}

// Issue 15: webhooks
/** A webhook endpoint as admins see it (the secret only in the answer of create and rotate). */
export interface WebhookEndpoint {
  id: Id;
  url: string;
  /** The change types it receives (see `WEBHOOK_EVENT_TYPES`). */
  events: ChangeType[];
  description: string;
  /** False once disabled by an admin or after persistent failure (`disabledReason`). */
  enabled: boolean;
  disabledReason: string | null;
  /** Until when the previous secret still signs (after a rotation), or null. */
  previousSecretUntil: IsoDate | null;
  createdAt: IsoDate;
  updatedAt: IsoDate;
}

/** The answer of create and rotate: the endpoint and its (new) `whsec_` secret, shown this once. */
export type WebhookEndpointWithSecret = WebhookEndpoint & { secret: string };

/** One message for one endpoint, and how its sending went. */
export interface WebhookDelivery {
  /** The `webhook-id` header: the same on every retry. */
  id: Id;
  endpointId: Id;
  eventType: ChangeType;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  createdAt: IsoDate;
  nextAttemptAt: IsoDate | null;
  lastAttemptAt: IsoDate | null;
  /** The receiver's HTTP status of the last attempt, or null (no answer). */
  responseStatus: number | null;
  /** How long the last attempt took, in ms. */
  durationMs: number | null;
  /** Why the last attempt failed (no answer, timeout, refused address…), or null. */
  error: string | null;
}

/**
 * Which change types an endpoint can receive: the live stream's public types (the record keeps the
 * list complete when a type is added). A person's own notifications never leave the server.
 */
const TYPES: Record<ChangeType, boolean> = {
  'question.created': true, 'question.updated': true, 'answer.created': true, 'answer.accepted': true, 'vote.changed': true,
  'idea.created': true, 'idea.status-changed': true, 'comment.created': true, 'campaign.created': true, 'campaign.updated': true,
  'feedback.created': true, 'feedback.updated': true, 'person.updated': true, 'notification.created': false,
  'content.updated': false, 'moderation.queue': false,
};
/** The change types a webhook endpoint can subscribe to. */
// Marked pure: a top-level call would be a side effect to rollup, and the barrel (`@confab/core`) would
// then tie its chunk to every page (see rollup.config.js).
export const WEBHOOK_EVENT_TYPES = /* @__PURE__ */ (Object.keys(TYPES) as ChangeType[]).filter((t) => TYPES[t]);
/** Limits of an endpoint's fields (here, not in `./limits.ts`: only the webhooks admin's pages load them). */
export const WEBHOOK_LIMITS = { url: 2000, description: 500, endpoints: 100 } as const;

/** What an admin writes to create (`url` and `events` required) or change an endpoint. */
export interface WebhookInput {
  url?: string;
  events?: string[];
  description?: string;
  /** Re-enabling an endpoint clears its `disabledReason`. */
  enabled?: boolean;
}

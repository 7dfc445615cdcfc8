import { AreaUnavailableError } from './errors.js';
import type {
  Answer, Campaign, CampaignStatus, ChangeEvent, Comment, Feedback, FeedbackState, FeedbackSummary, FeedbackVariant,
  Id, Idea, IdeaStatus, IsoDate, Page, Person, Question, QuestionThread, RankedPerson, User, VoteState, VoteTarget,
} from './types.js';
import type { Role } from './types.js';
import type { Availability, SkillSummary } from './types.js';
import type { FollowTarget, Notification, NotificationChannel, NotificationPreferences, NotificationType } from './types.js';
import type { WebhookDelivery, WebhookEndpoint, WebhookEndpointWithSecret, WebhookInput } from './types.js';
import type {
  AuditAction, AuditEntry, ContentItem, ContentKind, ContentRef, ContentVersion, HoldPolicy, ModerationRecord, PolicyScope,
  QueueEntry, Report, ReportReason, StaffNote,
} from './types.js';

/** Options every operation takes: an `AbortSignal` that cancels the request. */
export interface RequestOptions {
  signal?: AbortSignal;
}

/**
 * Options every write takes. A write retried with the same `idempotencyKey` takes effect once
 * and returns the first result; the same key with a different input is a `ConflictError`.
 * Adapters make up a key when none is given.
 */
export interface WriteOptions extends RequestOptions {
  idempotencyKey?: string;
}

/** Cursor paging: pass the previous page's `nextCursor` to get the next one. */
export interface PageQuery {
  cursor?: string | null;
  /** Items per page, 1–100; default 20. */
  limit?: number;
}

/** Question list order: newest first, most votes first, or unanswered (newest first). */
export type QuestionSort = 'new' | 'votes' | 'unanswered';

export interface QuestionQuery extends PageQuery {
  /** Only questions asked in this context. */
  context?: string;
  /** Only questions carrying every one of these tags. */
  tags?: string[];
  /** Full-text filter on title and body. */
  text?: string;
  /** `answered` has an accepted answer; `unanswered` has none. */
  status?: 'all' | 'answered' | 'unanswered';
  sort?: QuestionSort;
}

export interface AskInput {
  context: string;
  title: string;
  body?: string;
  tags?: string[];
  /** People the asker wants notified (route to experts). */
  notify?: Id[];
  /** Issue 15: the page the widget is on (`location.href` without the hash, http(s), at most 2,000 characters); notifications link there. */
  url?: string | null;
}

export interface SimilarQuery {
  /** Prefer matches in this context; other contexts still match. */
  context?: string;
  /** At most this many; default 5. */
  limit?: number;
}

/** Idea list order: most votes, newest, or trending (recent votes weigh more). */
export type IdeaSort = 'top' | 'new' | 'trending';

export interface IdeaQuery extends PageQuery {
  /** A campaign id, or null for ideas not tied to a campaign. Undefined lists all ideas. */
  campaign?: Id | null;
  status?: IdeaStatus;
  sort?: IdeaSort;
}

export interface IdeaInput {
  campaign: Id | null;
  title: string;
  body?: string;
  tags?: string[];
  /** Issue 15: the page the widget is on (`location.href` without the hash, http(s), at most 2,000 characters); notifications link there. */
  url?: string | null;
}

/** A campaign an admin creates (see `IdeasArea.createCampaign`). */
export interface CampaignInput {
  title: string;
  /** Required: why we ask, and what happens to the ideas. */
  purpose: string;
  /** Markdown. */
  description?: string;
  /** When it closes by itself; must be in the future. Null or absent: open until closed. */
  closesAt?: IsoDate | null;
  /** People who moderate the campaign's ideas. */
  owners?: Id[];
  /** Days an idea may stay "new" before the owners are reminded (1–365); null: no target. */
  reviewTargetDays?: number | null;
}

/** An edit of a campaign: the fields to change; `status: 'open'` reopens a closed campaign. */
export type CampaignUpdate = Partial<CampaignInput> & { status?: CampaignStatus };

/** Which campaigns to list: `all` (the default), only `open` or only `closed` ones. */
export interface CampaignQuery {
  status?: CampaignStatus | 'all';
}

export interface PeopleQuery extends PageQuery {
  /** Free text: names, titles, departments and skills. */
  query?: string;
  /** A skill name (exact, case-insensitive). */
  skill?: string;
}

export interface ExpertQuery {
  /** The draft text of a question. */
  text?: string;
  tags?: string[];
  /** At most this many; default 5. */
  limit?: number;
}

/**
 * A change to a profile: every field given replaces the stored one, a field left out is kept.
 * Empty text clears a field.
 */
export interface ProfileInput {
  /** Only an admin may change a name. */
  name?: string;
  title?: string;
  department?: string;
  location?: string;
  /** Short Markdown. */
  about?: string;
  availability?: Availability;
  /** A date `YYYY-MM-DD` (or a timestamp) until which `availability` holds; null clears it. */
  availabilityUntil?: IsoDate | null;
  /** The full ordered list of skills; an alias is stored as its canonical skill, spellings of one skill once. */
  skills?: string[];
}

/** A look-up in the skill vocabulary. */
export interface SkillQuery {
  /** Matches names and aliases (prefix first, then substring), ignoring case, spacing and Unicode form. */
  query?: string;
  /** At most this many; default 10. */
  limit?: number;
}

export interface FeedbackInput {
  subject: string;
  variant: FeedbackVariant;
  /** 1 (no) or 5 (yes) for `helpful`; 1–5 for `stars`. */
  rating: number;
  reason?: string | null;
  comment?: string | null;
  /** The owner does not see who sent it. */
  anonymous?: boolean;
  /** Issue 15: the page the widget is on (`location.href` without the hash, http(s), at most 2,000 characters); notifications link there. */
  url?: string | null;
}

export interface FeedbackQuery extends PageQuery {
  /** One subject, or every subject when undefined. */
  subject?: string;
  state?: FeedbackState;
}

/** Receives live changes. */
export type ChangeListener = (event: ChangeEvent) => void;

/** What else a live subscriber wants to hear. */
export interface SubscribeOptions {
  /**
   * Called when the stream could not resume where it left off (the backend pruned the changes
   * it missed): what the subscriber shows may be stale, so it should load it again.
   */
  onReset?: () => void;
}

/** Who is signed in. Every adapter has this area. */
export interface IdentityArea {
  /** The signed-in user, or null when nobody is. */
  currentUser(options?: RequestOptions): Promise<User | null>;
}

/** Ask-a-question: questions, answers, acceptance, similar questions and routing to experts. */
export interface QuestionsArea {
  listQuestions(query: QuestionQuery, options?: RequestOptions): Promise<Page<Question>>;
  /** A question with its answers. Throws `NotFoundError`. */
  getQuestion(id: Id, options?: RequestOptions): Promise<QuestionThread>;
  askQuestion(input: AskInput, options?: WriteOptions): Promise<Question>;
  answerQuestion(questionId: Id, input: { body: string; url?: string | null }, options?: WriteOptions): Promise<Answer>;
  /** Accepts an answer (or, with `answerId` null, withdraws acceptance). Only the asker or a moderator. */
  acceptAnswer(questionId: Id, answerId: Id | null, options?: WriteOptions): Promise<QuestionThread>;
  /** Questions like a draft title, best match first, so people find an answer instead of asking twice. */
  similarQuestions(text: string, query?: SimilarQuery, options?: RequestOptions): Promise<Question[]>;
  /** Asks these people to look at a question. Only the asker or a moderator. */
  routeQuestion(questionId: Id, personIds: Id[], options?: WriteOptions): Promise<Question>;
}

/** Up-votes on questions, answers and ideas. */
export interface VotesArea {
  /** Sets the current user's vote on an item: one per person per item; `on: false` withdraws it. */
  setVote(target: VoteTarget, on: boolean, options?: WriteOptions): Promise<VoteState>;
}

/** Idea campaigns, ideas, comments and the status pipeline. */
export interface IdeasArea {
  /** Campaigns in the order they were created; `{ status: 'open' }` lists only those taking ideas. */
  listCampaigns(query?: CampaignQuery, options?: RequestOptions): Promise<Campaign[]>;
  getCampaign(id: Id, options?: RequestOptions): Promise<Campaign>;
  /** Creates a campaign (`campaign.created`). Admins only. */
  createCampaign(input: CampaignInput, options?: WriteOptions): Promise<Campaign>;
  /** Edits a campaign; `status: 'open'` reopens it (`campaign.updated`). Admins only. */
  updateCampaign(id: Id, input: CampaignUpdate, options?: WriteOptions): Promise<Campaign>;
  /** Closes a campaign: it takes no new ideas (`campaign.updated`). Admins only. */
  closeCampaign(id: Id, options?: WriteOptions): Promise<Campaign>;
  listIdeas(query: IdeaQuery, options?: RequestOptions): Promise<Page<Idea>>;
  similarIdeas(text: string, query?: { campaign?: Id | null; limit?: number }, options?: RequestOptions): Promise<Idea[]>;
  submitIdea(input: IdeaInput, options?: WriteOptions): Promise<Idea>;
  getIdea(id: Id, options?: RequestOptions): Promise<Idea>;
  /** Comments on an idea, oldest first. */
  listComments(ideaId: Id, query?: PageQuery, options?: RequestOptions): Promise<Page<Comment>>;
  addComment(ideaId: Id, input: { body: string; url?: string | null }, options?: WriteOptions): Promise<Comment>;
  /** Moves an idea along the pipeline with a required note. Moderators only. */
  changeIdeaStatus(ideaId: Id, input: { status: IdeaStatus; note: string }, options?: WriteOptions): Promise<Idea>;
}

/** People: look-ups, expert search ranked by evidence, endorsements. */
export interface PeopleArea {
  /** Throws `NotFoundError` for an unknown id. */
  getPerson(id: Id, options?: RequestOptions): Promise<Person>;
  /** Many people in one request; unknown ids are left out of the result. */
  getPeople(ids: Id[], options?: RequestOptions): Promise<Person[]>;
  /** People ranked by evidence for a skill or text (see `rankExperts`). */
  searchPeople(query: PeopleQuery, options?: RequestOptions): Promise<Page<RankedPerson>>;
  /** Experts for a draft question's text and tags, ranked by evidence. */
  suggestExperts(query: ExpertQuery, options?: RequestOptions): Promise<RankedPerson[]>;
  /** Endorses (or, with `on: false`, withdraws an endorsement of) a person's skill; once per endorser and skill. */
  endorse(personId: Id, skill: string, on: boolean, options?: WriteOptions): Promise<Person>;

  // Profiles and the skill vocabulary (self-service profiles).
  /** Changes a profile: your own, or anyone's as an admin; only an admin changes a name. Emits `person.updated`. */
  updateProfile(personId: Id, input: ProfileInput, options?: WriteOptions): Promise<Person>;
  /** The skill vocabulary: canonical names with how many people list them and their aliases, most listed first. */
  listSkills(query?: SkillQuery, options?: RequestOptions): Promise<SkillSummary[]>;
  /**
   * Merges skill `from` into `into` (admins only): `from` becomes an alias of `into`, every
   * profile, endorsement and piece of evidence of `from` counts for `into`, each once.
   */
  mergeSkills(from: string, into: string, options?: WriteOptions): Promise<SkillSummary>;

  // Roles (admins grant and revoke moderator and admin).
  /**
   * Sets a person's roles (admins only); `member` is always kept. The last admin cannot be
   * demoted (a `ConflictError`). Roles the identity provider sends (JWT `roles` claim, the
   * proxy's roles header) win again at that person's next sign-in. Emits `person.updated`.
   */
  setRoles(personId: Id, roles: Role[], options?: WriteOptions): Promise<Person>;
}

/** "Was this helpful?" feedback and the owner's side of it. */
export interface FeedbackArea {
  sendFeedback(input: FeedbackInput, options?: WriteOptions): Promise<Feedback>;
  /** The current user's latest feedback on a subject, with the owner's response, or null. */
  myFeedback(subject: string, options?: RequestOptions): Promise<Feedback | null>;
  /** Figures for one subject, or for all subjects when `subject` is null. */
  feedbackSummary(subject: string | null, options?: RequestOptions): Promise<FeedbackSummary>;
  /** Feedback for owners, newest first. Moderators only. */
  listFeedback(query: FeedbackQuery, options?: RequestOptions): Promise<Page<Feedback>>;
  /** Responds to feedback; the response reaches the reader's widget. Moderators only. */
  respondToFeedback(id: Id, input: { body: string }, options?: WriteOptions): Promise<Feedback>;
  /** Marks feedback actioned, dismissed or open again. Moderators only. */
  setFeedbackState(id: Id, state: FeedbackState, options?: WriteOptions): Promise<Feedback>;
}

// Issue 15: notifications, following and preferences.
/** A page of the signed-in person's notifications, newest first; `unread: true` lists only unread ones. */
export interface NotificationQuery extends PageQuery {
  unread?: boolean;
}

/** A change of preferences: what is given replaces the stored value, what is left out is kept. */
export interface NotificationPreferencesInput {
  channels?: Partial<Record<NotificationType, NotificationChannel>>;
  digest?: 'daily' | 'weekly';
  autoFollow?: Partial<NotificationPreferences['autoFollow']>;
}

/**
 * The signed-in person's notifications, preferences and follows. Notifications are made by the
 * domain in the same transaction as the change that causes them (one per recipient per change,
 * never for the actor) and arrive live as `notification.created` in `scopes.inbox(personId)`,
 * which only that person receives.
 */
export interface NotificationsArea {
  /** Newest first; `unread: true` lists only unread ones. Throws `UnauthenticatedError` when signed out. */
  list(query?: NotificationQuery, options?: RequestOptions): Promise<Page<Notification>>;
  /** How many notifications are unread. */
  unreadCount(options?: RequestOptions): Promise<number>;
  /** Marks these notifications (the person's own; other ids are ignored) or `'all'` read; returns the unread count after. */
  markRead(ids: Id[] | 'all', options?: WriteOptions): Promise<number>;
  /** The person's preferences (the defaults until changed: see `defaultNotificationPreferences`). */
  preferences(options?: RequestOptions): Promise<NotificationPreferences>;
  /** Changes preferences and returns them all. */
  setPreferences(input: NotificationPreferencesInput, options?: WriteOptions): Promise<NotificationPreferences>;
  /** Follows (or, with `on: false`, unfollows) a question, idea, campaign, context or person; returns whether followed now. */
  follow(target: FollowTarget, on: boolean, options?: WriteOptions): Promise<boolean>;
  /** Whether the person follows the target (false when signed out). */
  following(target: FollowTarget, options?: RequestOptions): Promise<boolean>;
}

// Issue 13: just enough structure.
/**
 * A change of an item's text: the fields given replace the stored ones. Questions and ideas take
 * `title`, `body` and `tags`; answers and comments `body`; feedback `body` (its comment).
 */
export interface ContentEdit {
  title?: string;
  body?: string;
  tags?: string[];
  /** A moderator editing someone else's item says why (required then, at most `LIMITS.note`); the author's own edit needs none. */
  reason?: string;
}

/** A report: a reason, and a note (required for `other`). */
export interface ReportInput {
  reason: ReportReason;
  note?: string;
}

/** Which queue entries to list, oldest first. */
export interface QueueQuery extends PageQuery {
  kind?: ContentKind;
  /** Only items with an open report for this reason. */
  reason?: ReportReason;
  /** Only items of this context (questions and their answers) or subject (feedback). */
  context?: string;
  /** Only items of this campaign (ideas and their comments). */
  campaign?: Id;
  /** `true`: only held posts; `false`: only reported items; absent: both. */
  held?: boolean;
}

/** Which audit entries to list, newest first. */
export interface AuditQuery extends PageQuery {
  action?: AuditAction;
  /** Who acted. */
  actor?: Id;
  /** Whom it concerned (the author, the restricted person, whose roles changed). */
  person?: Id;
  /** Only entries about this item. */
  target?: ContentRef;
}

/**
 * Moderation: the content lifecycle (edit, delete, hide, restore, approve, with versions),
 * reports weighted by the reporter's record with auto-hide, the review queue, restrictions,
 * staff notes and the audit log. Each action returns the item as the caller may now see it and
 * emits `content.updated` in the item's scopes (and `moderation.queue` for moderators); the
 * author hears of hides, deletes by others, restores and approvals (`content.moderated`).
 * Every moderation action and role change is in the audit log.
 */
export interface ModerationArea {
  /** Edits an item: its author, or a moderator (with `reason`). The text before becomes a version. */
  edit(target: ContentRef, input: ContentEdit, options?: WriteOptions): Promise<ContentItem>;
  /**
   * Soft-deletes an item: its author (no reason needed; readers see "Removed by its author"), or a
   * moderator (reason required). A deleted accepted answer leaves its question unanswered.
   */
  remove(target: ContentRef, input?: { reason?: string }, options?: WriteOptions): Promise<ContentItem>;
  /** Hides an item (moderators; reason required): only its author and moderators see it, with the reason. Open reports are agreed. */
  hide(target: ContentRef, input: { reason: string }, options?: WriteOptions): Promise<ContentItem>;
  /** Makes a hidden or deleted item visible again (moderators); open reports are dismissed. */
  restore(target: ContentRef, input?: { note?: string }, options?: WriteOptions): Promise<ContentItem>;
  /** Approves a held post (moderators): it appears to everyone, live. */
  approve(target: ContentRef, options?: WriteOptions): Promise<ContentItem>;
  /** Keeps an item (moderators): dismisses its open reports and, if reports hid it, shows it again. */
  keep(target: ContentRef, input?: { note?: string }, options?: WriteOptions): Promise<ContentItem>;
  /** Earlier versions of an item, oldest first (moderators). Empty for an item never edited. */
  versions(target: ContentRef, options?: RequestOptions): Promise<ContentVersion[]>;
  /**
   * Reports an item. One open report per person per item (a second is a `ConflictError`); your
   * own content cannot be reported (`ForbiddenError`); `other` needs a note. When the open
   * reports reach the auto-hide score the item is hidden pending review and its author told why.
   */
  report(target: ContentRef, input: ReportInput, options?: WriteOptions): Promise<Report>;
  /** Reported and held items, oldest first (moderators; anyone else a `ForbiddenError`). */
  queue(query?: QueueQuery, options?: RequestOptions): Promise<Page<QueueEntry>>;
  /** A person's record (moderators). */
  record(personId: Id, options?: RequestOptions): Promise<ModerationRecord>;
  /** Restricts a person (moderators; note required): they can read but not post for `days` (1–365); `days: 0` lifts it. */
  restrict(personId: Id, input: { days: number; note: string }, options?: WriteOptions): Promise<ModerationRecord>;
  /** Adds a staff note on a person (moderators). */
  addStaffNote(personId: Id, input: { body: string }, options?: WriteOptions): Promise<StaffNote>;
  /** A person's staff notes, newest first (moderators only). */
  staffNotes(personId: Id, options?: RequestOptions): Promise<StaffNote[]>;
  /** The audit log, newest first (admins only). */
  audit(query?: AuditQuery, options?: RequestOptions): Promise<Page<AuditEntry>>;
  /** The hold-first-posts setting in force for a campaign or context (moderators). */
  policy(scope: PolicyScope, options?: RequestOptions): Promise<HoldPolicy>;
  /** Overrides hold-first-posts for a campaign or context (admins); null goes back to the default. */
  setPolicy(scope: PolicyScope, input: { holdFirstPosts: number | null }, options?: WriteOptions): Promise<HoldPolicy>;
}

/**
 * Issue 15: signed webhooks (Standard Webhooks), managed by admins. Each change of the chosen
 * event types is delivered to the endpoint, signed with its `whsec_` secret, retried with backoff;
 * an endpoint failing persistently is disabled and admins are told ('webhook.disabled').
 */
export interface WebhooksArea {
  /** Every endpoint, oldest first (admins only). */
  list(options?: RequestOptions): Promise<WebhookEndpoint[]>;
  get(id: Id, options?: RequestOptions): Promise<WebhookEndpoint>;
  /** Creates an endpoint; its new secret is returned this once. Private and loopback URLs are refused unless the backend allows them. */
  create(input: WebhookInput, options?: WriteOptions): Promise<WebhookEndpointWithSecret>;
  /** Changes the URL, events, description, or enables/disables it. */
  update(id: Id, input: WebhookInput, options?: WriteOptions): Promise<WebhookEndpoint>;
  /** Removes the endpoint and its delivery log. */
  remove(id: Id, options?: WriteOptions): Promise<{ id: Id; deleted: true }>;
  /** A new secret, returned this once; the previous one keeps signing for a grace period (24 h). */
  rotateSecret(id: Id, options?: WriteOptions): Promise<WebhookEndpointWithSecret>;
  /** The endpoint's delivery log, newest first. */
  deliveries(id: Id, query?: PageQuery, options?: RequestOptions): Promise<Page<WebhookDelivery>>;
}

/** Live changes. */
export interface LiveArea {
  /**
   * Calls `listener` for every change in any of `scopes` (built with the helpers in `scopes`)
   * until the returned function is called. A reader receives only what it may see.
   */
  subscribe(scopes: string[], listener: ChangeListener, options?: SubscribeOptions): () => void;
}

/**
 * The one seam between widgets and a backend, split by area. Every operation is async, takes
 * `{ signal }`, returns plain data from `./types` and throws the typed errors from `./errors`.
 * Only `identity` is required: an adapter may leave any other area out, and a widget that needs
 * a missing area says so in the page (see `area()`).
 *
 * Implementations: `MemoryAdapter` (in memory, for stories, tests and demos) and `RestAdapter`
 * (the reference server). Run the contract test-kit (`@confab/core/test-kit`) against yours.
 *
 * @example
 * ```ts
 * const page = await area(adapter, 'questions').listQuestions({ context: location.href, sort: 'votes' }, { signal });
 * ```
 */
export interface Adapter {
  readonly identity: IdentityArea;
  readonly questions?: QuestionsArea;
  readonly votes?: VotesArea;
  readonly ideas?: IdeasArea;
  readonly people?: PeopleArea;
  readonly feedback?: FeedbackArea;
  readonly live?: LiveArea;
  /** Issue 15: notifications, preferences and following. */
  readonly notifications?: NotificationsArea;
  /** Issue 13: edit and delete, reports, the review queue, staff notes and the audit log. */
  readonly moderation?: ModerationArea;
  /** Issue 15: signed webhooks, for admins. */
  readonly webhooks?: WebhooksArea;
}

/** The optional areas of the contract. */
export type AreaName = Exclude<keyof Adapter, 'identity'>;

/** Every optional area, in contract order. */
export const AREA_NAMES: readonly AreaName[] = ['questions', 'votes', 'ideas', 'people', 'feedback', 'live', 'notifications', 'moderation', 'webhooks'];

/**
 * An area of `adapter`, or an `AreaUnavailableError` ("not available on this backend") when the
 * adapter leaves it out.
 *
 * @example
 * ```ts
 * const thread = await area(adapter, 'questions').getQuestion(id, { signal });
 * ```
 */
export function area<K extends AreaName>(adapter: Adapter, name: K): NonNullable<Adapter[K]> {
  const found = adapter[name];
  if (!found) throw new AreaUnavailableError(name);
  return found as NonNullable<Adapter[K]>;
}

/** The areas among `names` that `adapter` leaves out. */
export function missingAreas(adapter: Adapter, names: readonly AreaName[]): AreaName[] {
  return names.filter((name) => !adapter[name]);
}

/** An adapter that offers every area, as `MemoryAdapter` and `RestAdapter` do. */
export type CompleteAdapter = { readonly [K in keyof Adapter]-?: NonNullable<Adapter[K]> };

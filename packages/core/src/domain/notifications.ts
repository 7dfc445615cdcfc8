/**
 * Who hears what (issue 15): the notifications a change makes, made in the same transaction as
 * the change, one per recipient per change and never for the actor; the person's preferences;
 * following (explicit, and automatic on writing, voting and commenting); @mentions in Markdown.
 *
 * Mentions are written `@[Name](person:ID)`: the composers insert that token when a name is
 * picked from the completion list, and Markdown shows it as the name. `mentionedIds` reads them.
 */
import type { NotificationPreferencesInput, NotificationQuery } from '../adapter.js';
import { UnauthenticatedError, ValidationError } from '../errors.js';
import { scopes } from '../scopes.js';
import {
  defaultNotificationPreferences, FOLLOW_TARGET_KINDS, NOTIFICATION_CHANNELS, NOTIFICATION_TYPES,
  type FollowTarget, type Id, type Notification, type NotificationPreferences, type NotificationType, type Page,
} from '../types.js';
import type { ReadCtx, WriteCtx } from './context.js';
import type { NewNotification } from './repositories.js';

/** Longest notification excerpt, in characters. */
export const MAX_EXCERPT = 200;
/** Longest follow target id (a context key may be a page URL). */
const MAX_TARGET_ID = 2000;
/** Most mentions one text notifies. */
const MAX_MENTIONS = 50;

const MENTION = /@\[([^\]\n]{1,100})\]\(person:([^()\s]{1,200})\)/g;

/** The ids of the people a Markdown text mentions (`@[Name](person:ID)`), each once, in order. */
export function mentionedIds(text: string | null | undefined): Id[] {
  const ids = new Set<Id>();
  for (const m of (text ?? '').matchAll(MENTION)) {
    ids.add(m[2] as string);
    if (ids.size >= MAX_MENTIONS) break;
  }
  return [...ids];
}

/** The mention token for a person, as composers insert it. */
export function mentionToken(person: { id: Id; name: string }): string {
  return `@[${person.name.replace(/[\]\n]/g, ' ').slice(0, 100)}](person:${person.id})`;
}

/** Markdown as short plain text: mentions as `@Name`, markup and links dropped, at most `MAX_EXCERPT` characters. */
export function excerptOf(markdown: string | null | undefined): string {
  const text = (markdown ?? '')
    .replace(MENTION, '@$1')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[`*_~#>|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT - 1).trimEnd()}…` : text;
}

/** What a change tells whom: direct recipients, and the followers of some targets. */
export interface NotifySpec {
  type: NotificationType;
  item: Notification['item'];
  title: string;
  /** Markdown or plain text: made into the excerpt. */
  text: string;
  url?: string | null;
  /** People told whether or not they follow anything. */
  to?: Id[];
  /** Targets whose followers are told too. */
  followersOf?: FollowTarget[];
}

/** A person's preferences, the defaults filled in for anything not stored. */
function withDefaults(stored: NotificationPreferences | undefined): NotificationPreferences {
  const base = defaultNotificationPreferences();
  if (!stored) return base;
  return {
    channels: { ...base.channels, ...stored.channels },
    digest: stored.digest === 'weekly' ? 'weekly' : 'daily',
    autoFollow: { ...base.autoFollow, ...stored.autoFollow },
  };
}

/**
 * Makes the notifications of one change, in priority order of `specs`: a person told by an
 * earlier spec is not told again by a later one (one notification per recipient per change), the
 * actor (the signed-in person, or the author of a post a moderator approved) never, and a type a person set to 'off' not at all. Followers come from the targets'
 * index, and everything is stored in one batch; each recipient gets a live `notification.created`.
 */
export async function notify(ctx: WriteCtx, specs: NotifySpec[], actorId: Id = ctx.user.id): Promise<void> {
  const told = new Set<Id>([actorId]);
  const planned: { spec: NotifySpec; ids: Id[] }[] = [];
  for (const spec of specs) {
    const candidates = [...(spec.to ?? [])];
    if (spec.followersOf?.length) candidates.push(...await ctx.repos.notifications.followers(spec.followersOf));
    const ids: Id[] = [];
    for (const id of candidates) if (!told.has(id)) { told.add(id); ids.push(id); }
    if (ids.length) planned.push({ spec, ids });
  }
  if (!planned.length) return;
  const all = planned.flatMap((p) => p.ids);
  // Mentions and routed ids come from input: only people who exist are told.
  const known = await ctx.repos.people.existing(all);
  const prefs = await ctx.repos.notifications.preferences(all.filter((id) => known.has(id)));
  const list: NewNotification[] = [];
  for (const { spec, ids } of planned) {
    const excerpt = excerptOf(spec.text);
    const title = spec.title.slice(0, 300);
    for (const id of ids) {
      if (!known.has(id)) continue;
      const channel = withDefaults(prefs.get(id)).channels[spec.type];
      if (channel === 'off') continue;
      list.push({ recipientId: id, type: spec.type, actorId, item: spec.item, title, excerpt, url: spec.url ?? null, channel });
    }
  }
  if (!list.length) return;
  const stored = await ctx.repos.notifications.insert(list);
  stored.forEach((n, i) => {
    const recipient = (list[i] as NewNotification).recipientId;
    ctx.emit('notification.created', [scopes.inbox(recipient)], n, recipient);
  });
}

/** Follows a target for the actor when their preference for this kind of action says so. */
export async function autoFollow(ctx: WriteCtx, why: keyof NotificationPreferences['autoFollow'], target: FollowTarget): Promise<void> {
  const prefs = withDefaults((await ctx.repos.notifications.preferences([ctx.user.id])).get(ctx.user.id));
  if (prefs.autoFollow[why]) await ctx.repos.notifications.follow(ctx.user.id, target, true);
}

function requireUser(ctx: ReadCtx): Id {
  if (!ctx.user) throw new UnauthenticatedError();
  return ctx.user.id;
}

/** The signed-in person's notifications, newest first. */
export function listNotifications(ctx: ReadCtx, query: NotificationQuery = {}): Promise<Page<Notification>> {
  const me = requireUser(ctx);
  const q = query ?? {};
  if (q.unread !== undefined && typeof q.unread !== 'boolean') throw new ValidationError({ unread: 'unread is true or false' });
  return ctx.repos.notifications.list(me, { cursor: q.cursor ?? null, limit: q.limit, unread: q.unread === true });
}

/** How many of the signed-in person's notifications are unread. */
export function unreadCount(ctx: ReadCtx): Promise<number> {
  return ctx.repos.notifications.unreadCount(requireUser(ctx));
}

/** Marks notifications read (`'all'`, or a list of at most 100 ids); returns the unread count after. */
export async function markRead(ctx: WriteCtx, ids: Id[] | 'all'): Promise<number> {
  if (ids !== 'all') {
    if (!Array.isArray(ids) || ids.length > 100 || ids.some((id) => typeof id !== 'string' || id.length === 0 || id.length > 200)) {
      throw new ValidationError({ ids: "Give 'all' or a list of at most 100 notification ids" });
    }
  }
  await ctx.repos.notifications.markRead(ctx.user.id, ids === 'all' ? 'all' : [...new Set(ids)], new Date().toISOString());
  return ctx.repos.notifications.unreadCount(ctx.user.id);
}

/** The signed-in person's preferences, defaults filled in. */
export async function preferences(ctx: ReadCtx): Promise<NotificationPreferences> {
  const me = requireUser(ctx);
  return withDefaults((await ctx.repos.notifications.preferences([me])).get(me));
}

/** Checks a change of preferences and stores the result. */
export async function setPreferences(ctx: WriteCtx, input: NotificationPreferencesInput): Promise<NotificationPreferences> {
  const errors: Record<string, string> = {};
  const given = input && typeof input === 'object' ? input : ({} as NotificationPreferencesInput);
  const current = await preferences(ctx);
  const next: NotificationPreferences = structuredClone(current);
  if (given.channels !== undefined) {
    if (!given.channels || typeof given.channels !== 'object' || Array.isArray(given.channels)) errors.channels = 'channels maps notification types to channels';
    else {
      for (const [type, channel] of Object.entries(given.channels)) {
        if (!NOTIFICATION_TYPES.includes(type as NotificationType)) errors.channels = `Not a notification type: ${type}`;
        else if (!NOTIFICATION_CHANNELS.includes(channel as never)) errors.channels = `A channel is one of ${NOTIFICATION_CHANNELS.join(', ')}`;
        else next.channels[type as NotificationType] = channel as NotificationPreferences['channels'][NotificationType];
      }
    }
  }
  if (given.digest !== undefined) {
    if (given.digest !== 'daily' && given.digest !== 'weekly') errors.digest = 'The digest is daily or weekly';
    else next.digest = given.digest;
  }
  if (given.autoFollow !== undefined) {
    if (!given.autoFollow || typeof given.autoFollow !== 'object' || Array.isArray(given.autoFollow)) errors.autoFollow = 'autoFollow has write, vote and comment';
    else {
      for (const [key, on] of Object.entries(given.autoFollow)) {
        if (key !== 'write' && key !== 'vote' && key !== 'comment') errors.autoFollow = `Not an auto-follow setting: ${key}`;
        else if (typeof on !== 'boolean') errors.autoFollow = 'Each auto-follow setting is true or false';
        else next.autoFollow[key] = on;
      }
    }
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  await ctx.repos.notifications.setPreferences(ctx.user.id, next);
  return next;
}

/** A follow target, checked. */
export function checkTarget(target: FollowTarget): FollowTarget {
  if (!target || typeof target !== 'object' || !FOLLOW_TARGET_KINDS.includes(target.kind)) {
    throw new ValidationError({ kind: `A follow target is one of ${FOLLOW_TARGET_KINDS.join(', ')}` });
  }
  if (typeof target.id !== 'string' || target.id.trim().length === 0 || target.id.length > MAX_TARGET_ID) {
    throw new ValidationError({ id: `A follow target id has 1–${MAX_TARGET_ID} characters` });
  }
  return { kind: target.kind, id: target.id };
}

/** Follows or unfollows a target; returns whether it is followed now. Following oneself is refused. */
export async function follow(ctx: WriteCtx, target: FollowTarget, on: boolean): Promise<boolean> {
  const t = checkTarget(target);
  if (typeof on !== 'boolean') throw new ValidationError({ on: 'on is true or false' });
  if (t.kind === 'person' && t.id === ctx.user.id && on) throw new ValidationError({ id: 'You cannot follow yourself' });
  await ctx.repos.notifications.follow(ctx.user.id, t, on);
  return on;
}

/** Whether the signed-in person follows a target (false when signed out). */
export async function following(ctx: ReadCtx, target: FollowTarget): Promise<boolean> {
  const t = checkTarget(target);
  return ctx.user ? ctx.repos.notifications.isFollowing(ctx.user.id, t) : false;
}

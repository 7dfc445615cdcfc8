/**
 * What goes into the mail outbox: which waiting notifications become a mail (an immediate one,
 * or a digest when the person's daily or weekly digest is due) and how each is rendered.
 * People without an address, deactivated people and types no longer mailed are skipped.
 */
import type { MailRecipient, NewMailJob, PendingNotification } from '../storage/sql/mail.js';
import { renderDigest, renderImmediate, type MailItem } from './render.js';
import { pickLanguage } from './templates/index.js';
import { signUnsubscribe, type UnsubscribeScope } from './tokens.js';

/** An immediate notification older than this when the worker first sees it is not mailed (mail was off, or the worker down). */
export const IMMEDIATE_MAX_AGE_MS = 24 * 3600 * 1000;
/** A digest lists at most this many notifications, newest first. */
export const DIGEST_MAX_ITEMS = 50;
/** How long each kind of digest collects. */
export const DIGEST_PERIOD_MS = { daily: 24 * 3600 * 1000, weekly: 7 * 24 * 3600 * 1000 } as const;

/** Links and signing for one server. */
export interface OutboxLinks {
  /** `CONFAB_PUBLIC_URL`. */
  publicUrl: string;
  secret: string;
}

/** The unsubscribe URL for a person and scope. */
export function unsubscribeUrl(links: OutboxLinks, person: string, scope: UnsubscribeScope): string {
  return `${links.publicUrl}/api/v1/mail/unsubscribe?token=${encodeURIComponent(signUnsubscribe(links.secret, { person, scope }))}`;
}

const toItem = (n: PendingNotification): MailItem => ({ type: n.type, title: n.title, excerpt: n.excerpt, actorName: null, url: n.url, at: n.at });

const mailable = (r: MailRecipient | undefined): r is MailRecipient & { email: string } => !!r && r.active && !!r.email;

/** The job for one immediate notification, or null when it is not to be mailed. */
export function immediateJob(links: OutboxLinks, now: Date, n: PendingNotification, r: MailRecipient | undefined): NewMailJob | null {
  if (!mailable(r) || r.prefs.channels[n.type] !== 'immediate') return null;
  if (now.getTime() - Date.parse(n.at) > IMMEDIATE_MAX_AGE_MS) return null;
  const message = renderImmediate({ name: r.name, email: r.email, lang: pickLanguage(r.locale) }, toItem(n), {
    unsubscribe: unsubscribeUrl(links, r.id, n.type), unsubscribeAll: unsubscribeUrl(links, r.id, 'all'),
  });
  return { recipientId: r.id, kind: 'immediate', message: JSON.stringify(message) };
}

/**
 * The digest job for a person's waiting notifications (newest first): `'not-due'` until their
 * period has passed since the last digest (or since the oldest waiting notification), unless
 * `force`; null when there is nothing to mail.
 */
export function digestJob(links: OutboxLinks, now: Date, force: boolean, items: PendingNotification[], r: MailRecipient | undefined): NewMailJob | null | 'not-due' {
  if (!mailable(r)) return null;
  const period = r.prefs.digest === 'weekly' ? 'weekly' : 'daily';
  const oldest = items.reduce((min, n) => (n.at < min ? n.at : min), items[0]?.at ?? now.toISOString());
  const anchor = Date.parse(r.lastDigestAt ?? oldest);
  if (!force && now.getTime() - anchor < DIGEST_PERIOD_MS[period]) return 'not-due';
  const wanted = items.filter((n) => r.prefs.channels[n.type] === 'digest');
  if (wanted.length === 0) return null;
  const message = renderDigest({ name: r.name, email: r.email, lang: pickLanguage(r.locale) }, period,
    wanted.slice(0, DIGEST_MAX_ITEMS).map(toItem), wanted.length > DIGEST_MAX_ITEMS,
    { unsubscribe: unsubscribeUrl(links, r.id, 'digest'), unsubscribeAll: unsubscribeUrl(links, r.id, 'all') });
  return { recipientId: r.id, kind: 'digest', message: JSON.stringify(message) };
}

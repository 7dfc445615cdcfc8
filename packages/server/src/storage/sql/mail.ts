/**
 * The mail outbox in SQL (migration 7): notifications waiting for mail are turned into rendered
 * messages (`mail_jobs`) in the transaction that marks them mailed, so none is queued twice; a
 * worker claims one job at a time (`FOR UPDATE SKIP LOCKED` on PostgreSQL, a transaction on
 * SQLite) under a lease, and marks it sent, retried or failed. What to send is decided by
 * `../../mail/`; this module only stores and fetches.
 */
import { randomBytes } from 'node:crypto';
import { defaultNotificationPreferences, type NotificationPreferences, type NotificationType } from '@confab/core';
import type { Kysely, SelectQueryBuilder, Transaction } from 'kysely';
import type { SqlDialect } from './dialect.js';
import type { DB } from './schema.js';

/** A notification not mailed yet. */
export interface PendingNotification {
  id: string;
  type: NotificationType;
  at: string;
  title: string;
  excerpt: string;
  url: string | null;
}

/** What mail needs to know of a recipient. */
export interface MailRecipient {
  id: string;
  name: string;
  email: string | null;
  active: boolean;
  /** From Accept-Language at the last sign-in. */
  locale: string | null;
  lastDigestAt: string | null;
  /** Stored preferences over the defaults. */
  prefs: NotificationPreferences;
}

/** A job to store: the message JSON and who it goes to. */
export interface NewMailJob {
  recipientId: string;
  kind: 'immediate' | 'digest';
  message: string;
}

/** A claimed job. */
export interface MailJob {
  id: string;
  recipientId: string;
  kind: string;
  message: string;
  /** Including this one. */
  attempts: number;
}

/** Preferences as stored (JSON) over the defaults, so a type added later has its default. */
export function withDefaults(json: string | null | undefined): NotificationPreferences {
  const base = defaultNotificationPreferences();
  if (!json) return base;
  try {
    const stored = JSON.parse(json) as Partial<NotificationPreferences>;
    return { ...base, ...stored, channels: { ...base.channels, ...stored.channels }, autoFollow: { ...base.autoFollow, ...stored.autoFollow } };
  } catch {
    return base;
  }
}

type Tx = Transaction<DB>;

export class SqlMail {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: SqlDialect,
    private readonly transaction: <T>(fn: (trx: Tx) => Promise<T>) => Promise<T>,
  ) {}

  /** On PostgreSQL, rows another worker holds are skipped, not waited for. */
  private skipLocked<O>(q: SelectQueryBuilder<DB, keyof DB, O>): SelectQueryBuilder<DB, keyof DB, O> {
    return this.dialect.name === 'postgres' ? q.forUpdate().skipLocked() : q;
  }

  /** The secret that signs unsubscribe links, made once and kept in `meta`. */
  async secret(): Promise<string> {
    await this.db.insertInto('meta').values({ key: 'mail.unsubscribeSecret', value: randomBytes(32).toString('base64url') })
      .onConflict((oc) => oc.column('key').doNothing()).execute();
    const row = await this.db.selectFrom('meta').select('value').where('key', '=', 'mail.unsubscribeSecret').executeTakeFirstOrThrow();
    return row.value;
  }

  /** Remembers the language of a person's sign-in (only when it changed). */
  async noteLocale(personId: string, locale: string): Promise<void> {
    await this.db.insertInto('mail_recipients').values({ person_id: personId, locale, last_digest_at: null })
      .onConflict((oc) => oc.column('person_id').doUpdateSet({ locale }).where('mail_recipients.locale', 'is distinct from', locale)).execute();
  }

  private async recipients(trx: Tx, ids: string[]): Promise<Map<string, MailRecipient>> {
    const out = new Map<string, MailRecipient>();
    if (ids.length === 0) return out;
    const people = await trx.selectFrom('people').select(['id', 'name', 'email', 'active']).where('id', 'in', ids).execute();
    const extra = new Map((await trx.selectFrom('mail_recipients').selectAll().where('person_id', 'in', ids).execute()).map((r) => [r.person_id, r]));
    const prefs = new Map((await trx.selectFrom('notification_prefs').selectAll().where('person_id', 'in', ids).execute()).map((r) => [r.person_id, r.prefs]));
    for (const p of people) {
      const e = extra.get(p.id);
      out.set(p.id, {
        id: p.id, name: p.name, email: p.email, active: Number(p.active) === 1,
        locale: e?.locale ?? null, lastDigestAt: e?.last_digest_at ?? null, prefs: withDefaults(prefs.get(p.id)),
      });
    }
    return out;
  }

  private async insertJobs(trx: Tx, jobs: NewMailJob[], now: string): Promise<void> {
    if (jobs.length === 0) return;
    await trx.insertInto('mail_jobs').values(jobs.map((j) => ({
      id: randomBytes(16).toString('hex'), recipient_id: j.recipientId, kind: j.kind, message: j.message,
      status: 'pending', next_attempt_at: now, locked_until: null, last_error: null, created_at: now, sent_at: null,
    }))).execute();
  }

  /**
   * In one transaction: up to `limit` unmailed notifications of channel 'immediate', oldest first,
   * each given to `build` with its recipient; the jobs it returns are stored and every one of the
   * notifications is marked mailed (also those `build` declines). Returns how many were looked at.
   */
  async queueImmediate(now: string, limit: number, build: (n: PendingNotification, r: MailRecipient | undefined) => NewMailJob | null): Promise<number> {
    return this.transaction(async (trx) => {
      const rows = await this.skipLocked(trx.selectFrom('notifications')
        .select(['id', 'recipient_id', 'type', 'at', 'title', 'excerpt', 'url'])
        .where('channel', '=', 'immediate').where('mailed_at', 'is', null).orderBy('seq').limit(limit)).execute();
      if (rows.length === 0) return 0;
      const people = await this.recipients(trx, [...new Set(rows.map((r) => r.recipient_id))]);
      const jobs = rows.map((r) => build({ ...r, type: r.type as NotificationType }, people.get(r.recipient_id))).filter((j): j is NewMailJob => j !== null);
      await this.insertJobs(trx, jobs, now);
      await trx.updateTable('notifications').set({ mailed_at: now }).where('id', 'in', rows.map((r) => r.id)).execute();
      return rows.length;
    });
  }

  /** People with digest notifications not mailed yet, those waiting longest first, at most `limit`. */
  async digestRecipients(limit: number): Promise<string[]> {
    const rows = await this.db.selectFrom('notifications').select((eb) => ['recipient_id', eb.fn.min('seq').as('first')])
      .where('channel', '=', 'digest').where('mailed_at', 'is', null)
      .groupBy('recipient_id').orderBy('first').limit(limit).execute();
    return rows.map((r) => r.recipient_id);
  }

  /**
   * In one transaction: the person's unmailed digest notifications (newest first), given to
   * `build`. `'not-due'` leaves them; a job (or null, to drop them) marks them all mailed and
   * records the digest's time. Returns whether a job was stored.
   */
  async queueDigest(personId: string, now: string, build: (items: PendingNotification[], r: MailRecipient | undefined) => NewMailJob | null | 'not-due'): Promise<boolean> {
    return this.transaction(async (trx) => {
      const rows = await this.skipLocked(trx.selectFrom('notifications')
        .select(['id', 'type', 'at', 'title', 'excerpt', 'url'])
        .where('recipient_id', '=', personId).where('channel', '=', 'digest').where('mailed_at', 'is', null)
        .orderBy('seq', 'desc')).execute();
      if (rows.length === 0) return false;
      const recipient = (await this.recipients(trx, [personId])).get(personId);
      const job = build(rows.map((r) => ({ ...r, type: r.type as NotificationType })), recipient);
      if (job === 'not-due') return false;
      if (job) await this.insertJobs(trx, [job], now);
      await trx.updateTable('notifications').set({ mailed_at: now }).where('id', 'in', rows.map((r) => r.id)).execute();
      await trx.insertInto('mail_recipients').values({ person_id: personId, locale: null, last_digest_at: now })
        .onConflict((oc) => oc.column('person_id').doUpdateSet({ last_digest_at: now })).execute();
      return job !== null;
    });
  }

  /**
   * Claims the oldest due job for this worker until `leaseUntil` and counts the attempt: on
   * PostgreSQL a job another replica is claiming is skipped; a job whose sender died is claimed
   * again once its lease ran out.
   */
  async claim(now: string, leaseUntil: string): Promise<MailJob | null> {
    return this.transaction(async (trx) => {
      const row = await this.skipLocked(trx.selectFrom('mail_jobs').select(['id', 'recipient_id', 'kind', 'message', 'attempts'])
        .where('status', '=', 'pending').where('next_attempt_at', '<=', now)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
        .orderBy('seq').limit(1)).executeTakeFirst();
      if (!row) return null;
      const attempts = Number(row.attempts) + 1;
      await trx.updateTable('mail_jobs').set({ locked_until: leaseUntil, attempts }).where('id', '=', row.id).execute();
      return { id: row.id, recipientId: row.recipient_id, kind: row.kind, message: row.message, attempts };
    });
  }

  /** The job was accepted by the SMTP server. */
  async sent(id: string, now: string): Promise<void> {
    await this.transaction((trx) => trx.updateTable('mail_jobs').set({ status: 'sent', sent_at: now, locked_until: null, last_error: null }).where('id', '=', id).execute());
  }

  /** The attempt failed: try again at `at`, or give up (`at` null). */
  async failed(id: string, error: string, at: string | null): Promise<void> {
    await this.transaction((trx) => trx.updateTable('mail_jobs')
      .set(at ? { next_attempt_at: at, locked_until: null, last_error: error } : { status: 'failed', locked_until: null, last_error: error })
      .where('id', '=', id).execute());
  }

  /** The outbox's jobs by status (for health and tests). */
  async counts(): Promise<Record<string, number>> {
    const rows = await this.db.selectFrom('mail_jobs').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }

  /** Changes a person's stored preferences with `change`, in one transaction; false when the person does not exist. */
  async updatePreferences(personId: string, change: (prefs: NotificationPreferences) => NotificationPreferences): Promise<boolean> {
    return this.transaction(async (trx) => {
      if (!await trx.selectFrom('people').select('id').where('id', '=', personId).executeTakeFirst()) return false;
      const row = await trx.selectFrom('notification_prefs').select('prefs').where('person_id', '=', personId).executeTakeFirst();
      const prefs = JSON.stringify(change(withDefaults(row?.prefs)));
      await trx.insertInto('notification_prefs').values({ person_id: personId, prefs })
        .onConflict((oc) => oc.column('person_id').doUpdateSet({ prefs })).execute();
      return true;
    });
  }
}

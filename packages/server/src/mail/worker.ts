/**
 * The mail worker: on every tick it turns waiting notifications into mail (immediate ones at
 * once, digests when due), then delivers due mail over SMTP (nodemailer). A mail is claimed by
 * one worker across replicas, retried with exponential backoff up to `maxAttempts`, then given
 * up and logged. Its Message-ID is fixed when queued, so a mail retried after a crash is the
 * same message. The clock and the interval are injectable (tests tick by hand).
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { MailConfig } from '../config.js';
import { redactUrl } from '../config.js';
import type { ServerStore } from '../storage/store.js';
import { digestJob, immediateJob, type OutboxLinks } from './outbox.js';
import type { MailMessage } from './render.js';

/** Where the worker reports. */
export interface MailLog {
  info(message: string): void;
  error(message: string): void;
}

export interface MailWorkerOptions {
  config: MailConfig;
  store: ServerStore;
  log: MailLog;
  /** The clock (default `new Date()`). */
  now?: () => Date;
  /** Another transport (default nodemailer's SMTP transport for `config.smtpUrl`). */
  transport?: Transporter;
}

/** How long a claimed mail is held by its worker before another may retry it. */
export const LEASE_MS = 2 * 60_000;
/** The longest wait between two attempts. */
export const MAX_BACKOFF_MS = 6 * 3600_000;
/** How often digests are looked for when nothing forces it. */
export const DIGEST_CHECK_MS = 5 * 60_000;
const BATCH = 100;

/** What one tick did. */
export interface TickResult { queued: number; sent: number; retried: number; failed: number }

/** The address part of a From such as `Confab <confab@example.org>`. */
function domainOf(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.split('@')[1] ?? 'confab.invalid';
}

export class MailWorker {
  readonly #config: MailConfig;
  readonly #store: ServerStore;
  readonly #log: MailLog;
  readonly #now: () => Date;
  readonly #transport: Transporter;
  #timer: ReturnType<typeof setInterval> | null = null;
  #running: Promise<TickResult> | null = null;
  #again = false;
  #stopped = false;
  #lastDigestCheck = Number.NEGATIVE_INFINITY;
  #links: OutboxLinks | null = null;

  constructor(options: MailWorkerOptions) {
    this.#config = options.config;
    this.#store = options.store;
    this.#log = options.log;
    this.#now = options.now ?? (() => new Date());
    this.#transport = options.transport ?? nodemailer.createTransport({
      url: options.config.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000,
    } as Parameters<typeof nodemailer.createTransport>[0]);
  }

  /** Ticks every `intervalMs` until `stop()`. */
  start(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => this.wake(), this.#config.intervalMs);
    this.#timer.unref();
    this.wake();
  }

  /** Runs a tick now (or right after the one running); nothing once stopped. */
  wake(): void {
    if (this.#stopped) return;
    void this.tick().catch((error: unknown) => this.#log.error(`mail worker: ${(error as Error).message}`));
  }

  /** Stops ticking, waits for the tick in progress, and closes the SMTP transport. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#running?.catch(() => undefined);
    this.#transport.close();
  }

  async #linksOnce(): Promise<OutboxLinks> {
    this.#links ??= { publicUrl: this.#config.publicUrl, secret: await this.#store.mail.secret() };
    return this.#links;
  }

  /**
   * Queues digests now for everyone with something waiting, whatever their daily or weekly
   * schedule (`POST /api/v1/mail/digests/run`, for tests and operators); returns how many.
   */
  async runDigests(force = true): Promise<number> {
    const links = await this.#linksOnce();
    const now = this.#now();
    let queued = 0;
    for (const person of await this.#store.mail.digestRecipients(500)) {
      if (await this.#store.mail.queueDigest(person, now.toISOString(), (items, r) => digestJob(links, now, force, items, r))) queued++;
    }
    return queued;
  }

  /** One pass: queue, then deliver what is due. Ticks never overlap: a tick asked for meanwhile runs after. */
  tick(): Promise<TickResult> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    const run = async (): Promise<TickResult> => {
      const total: TickResult = { queued: 0, sent: 0, retried: 0, failed: 0 };
      do {
        if (this.#stopped) break;
        this.#again = false;
        const r = await this.#pass();
        total.queued += r.queued; total.sent += r.sent; total.retried += r.retried; total.failed += r.failed;
      } while (this.#again);
      return total;
    };
    this.#running = run().finally(() => { this.#running = null; });
    return this.#running;
  }

  async #pass(): Promise<TickResult> {
    const links = await this.#linksOnce();
    const result: TickResult = { queued: 0, sent: 0, retried: 0, failed: 0 };
    const now = this.#now();
    for (let i = 0; i < 10; i++) {
      const seen = await this.#store.mail.queueImmediate(now.toISOString(), BATCH, (n, r) => {
        const job = immediateJob(links, now, n, r);
        if (job) result.queued++;
        return job;
      });
      if (seen < BATCH) break;
    }
    if (now.getTime() - this.#lastDigestCheck >= DIGEST_CHECK_MS) {
      this.#lastDigestCheck = now.getTime();
      result.queued += await this.runDigests(false);
    }
    for (let i = 0; i < BATCH; i++) {
      const at = this.#now();
      const job = await this.#store.mail.claim(at.toISOString(), new Date(at.getTime() + LEASE_MS).toISOString());
      if (!job) break;
      const outcome = await this.#deliver(job.id, JSON.parse(job.message) as MailMessage, job.attempts);
      result[outcome]++;
    }
    return result;
  }

  async #deliver(id: string, message: MailMessage, attempts: number): Promise<'sent' | 'retried' | 'failed'> {
    try {
      await this.#transport.sendMail({
        from: this.#config.from, to: message.to, subject: message.subject, text: message.text, html: message.html,
        messageId: `<${id}@${domainOf(this.#config.from)}>`,
        headers: {
          'List-Unsubscribe': `<${message.unsubscribe}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          'Auto-Submitted': 'auto-generated',
        },
      });
      await this.#store.mail.sent(id, this.#now().toISOString());
      return 'sent';
    } catch (error) {
      const reason = redactUrl(String((error as Error).message ?? error)).slice(0, 500);
      if (attempts >= this.#config.maxAttempts) {
        await this.#store.mail.failed(id, reason, null);
        this.#log.error(`mail ${id} given up after ${attempts} attempts: ${reason}`);
        return 'failed';
      }
      const wait = Math.min(MAX_BACKOFF_MS, this.#config.retryBaseMs * 2 ** (attempts - 1));
      await this.#store.mail.failed(id, reason, new Date(this.#now().getTime() + wait).toISOString());
      this.#log.info(`mail ${id} not delivered (attempt ${attempts}), retried in ${Math.round(wait / 1000)} s: ${reason}`);
      return 'retried';
    }
  }
}

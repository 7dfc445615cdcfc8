/**
 * `GET /api/v1/events`: Server-Sent Events for `?scope=a&scope=b` (default `all`), each event as
 * this reader may see it (core's `visibleEvent`).
 * - Resuming: a `Last-Event-ID` header or `?lastEventId=` replays every stored event after that
 *   position, in order, once, before live ones, on any replica. A position that was pruned
 *   (`CONFAB_EVENT_RETENTION`) or is not one of ours gets an `event: reset`: the client reloads.
 * - A fresh stream starts with an `id:` line naming the current position, so a reconnect resumes
 *   from there; it may pass `?since=<ms since epoch>` (at most a minute ago) to also receive
 *   events stored from that moment.
 * Every parameter is checked before the stream is registered. Heartbeat comments keep proxies from closing it.
 * Open streams are capped per user and per client address (`StreamLimits`).
 */
import { once } from 'node:events';
import { LIMITS } from '@confab/core';
import { receivesEvent, type StoredEvent } from '@confab/core/domain';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.js';
import { oneOrMany, str } from '../http/schemas.js';
import { eventFrame } from './frames.js';

const schema = {
  summary: 'Live changes (text/event-stream)', returns: 'text/event-stream', tags: ['events'],
  querystring: { type: 'object', properties: { scope: oneOrMany(2100, LIMITS.scopes), lastEventId: str(80), since: str(16, { pattern: '^[0-9]+$' }) } },
} as const;

const REPLAY_BATCH = 500;
const SINCE_WINDOW_MS = 60_000;
const MAX_BUFFERED = 1024 * 1024;

/** Registers the SSE route. */
export function eventRoutes(app: FastifyInstance, ctx: AppContext): void {
  const log = ctx.store.events;
  app.get<{ Querystring: { scope?: string | string[]; lastEventId?: string; since?: string } }>('/events', { schema }, async (req, reply) => {
    const raw = req.query.scope ?? 'all';
    const scopes = new Set(Array.isArray(raw) ? raw : [raw]);
    const header = req.headers['last-event-id'];
    const requested = (typeof header === 'string' && header !== '' ? header : req.query.lastEventId) || undefined;
    // A position we never issued, or one whose events were pruned, cannot be resumed: say reset.
    const resume = requested !== undefined && log.isPosition(requested) && !(await log.isPruned(requested)) ? requested : undefined;
    const reset = requested !== undefined && resume === undefined;
    const now = Date.now();
    const since = !resume && req.query.since ? new Date(Math.min(now, Math.max(Number(req.query.since), now - SINCE_WINDOW_MS))).toISOString() : undefined;
    const user = req.identity.user;
    await ctx.feed.ready(); // after a time without streams, the feed's position is made current first
    // Counted before anything is registered; released exactly once when the stream ends.
    const release = ctx.streams.acquire(user?.id ?? null, req.ip);

    const res = reply.raw;
    const headers: Record<string, string> = {
      'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no',
    };
    for (const [k, v] of Object.entries(reply.getHeaders())) if (typeof v === 'string') headers[k] = v;
    reply.hijack();
    res.writeHead(200, headers);
    res.write('retry: 2000\n\n');
    if (reset) res.write('event: reset\ndata: {}\n\n');

    let last = resume ?? ctx.feed.position;
    if (!resume && last !== null) res.write(`id: ${last}\n\n`);
    const write = (e: StoredEvent) => {
      if (last !== null && log.compare(e.id, last) <= 0) return;
      last = e.id;
      if (e.scopes.some((s) => scopes.has(s)) && receivesEvent(e, user)) res.write(eventFrame(e, user));
    };
    const stop = new AbortController();
    // Live events that arrive while the backlog is replayed wait here (the backlog may be long).
    let queue: StoredEvent[] | null = resume !== undefined || since !== undefined ? [] : null;
    // A reader too slow to keep up is dropped; it reconnects with Last-Event-ID and misses nothing.
    const remove = ctx.feed.add({
      scopes,
      send: (e) => {
        if (queue) queue.push(e);
        else if (res.writableLength > MAX_BUFFERED) res.destroy();
        else write(e);
      },
    });
    const heartbeat = setInterval(() => res.write(': ping\n\n'), ctx.config.heartbeatMs);
    heartbeat.unref();
    const close = () => { stop.abort(); clearInterval(heartbeat); remove(); release(); };
    res.on('close', close);
    res.on('error', close);
    if (!queue) return;
    try {
      // Registered first, then replayed from the table: events stored meanwhile are both queued
      // and read back; positions at or before the last one written are skipped, so each arrives once.
      let batch = since !== undefined ? await log.since(since, REPLAY_BATCH) : [];
      if (since !== undefined) {
        last = null;
        for (const e of batch) write(e);
      }
      if (resume !== undefined || batch.length === REPLAY_BATCH) {
        for (;;) {
          batch = await log.after(last, REPLAY_BATCH);
          for (const e of batch) write(e);
          if (batch.length < REPLAY_BATCH || stop.signal.aborted) break;
          if (res.writableLength > MAX_BUFFERED) await once(res, 'drain', { signal: stop.signal });
        }
      }
      if (stop.signal.aborted) return;
      const waiting = queue;
      queue = null;
      for (const e of waiting) write(e);
    } catch {
      res.destroy(); // the stream or the database broke mid-replay: the client reconnects and resumes
    }
  });
}

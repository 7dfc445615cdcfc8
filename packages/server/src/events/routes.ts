/**
 * `GET /api/v1/events`: Server-Sent Events for `?scope=a&scope=b` (default `all`).
 * Resuming: a `Last-Event-ID` header or `?lastEventId=` replays every stored event after that id,
 * in order, once, before live ones. A fresh stream may pass `?since=<ms since epoch>` (at most
 * a minute ago) to also receive events stored from that moment, so a change made right after
 * subscribing is not lost while the stream connects. Heartbeat comments keep proxies from closing it.
 */
import { once } from 'node:events';
import { LIMITS, type ChangeEvent, type Feedback } from '@confab/core';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.js';
import { oneOrMany, str } from '../http/schemas.js';

const schema = {
  summary: 'Live changes (text/event-stream)', returns: 'text/event-stream', tags: ['events'],
  querystring: { type: 'object', properties: { scope: oneOrMany(2100, LIMITS.scopes), lastEventId: str(20, { pattern: '^[0-9]*$' }), since: str(16, { pattern: '^[0-9]+$' }) } },
} as const;

const REPLAY_BATCH = 500;
const SINCE_WINDOW_MS = 60_000;
const MAX_BUFFERED = 1024 * 1024;

function frame(event: ChangeEvent): string {
  return `id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** Registers the SSE route. */
export function eventRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Querystring: { scope?: string | string[]; lastEventId?: string; since?: string } }>('/events', { schema }, (req, reply) => {
    const raw = req.query.scope ?? 'all';
    const scopes = new Set(Array.isArray(raw) ? raw : [raw]);
    const header = req.headers['last-event-id'];
    const resume = typeof header === 'string' && /^\d+$/.test(header) ? header : req.query.lastEventId || undefined;
    const since = req.query.since ? Math.max(Number(req.query.since), Date.now() - SINCE_WINDOW_MS) : undefined;

    const res = reply.raw;
    const headers: Record<string, string> = {
      'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no',
    };
    for (const [k, v] of Object.entries(reply.getHeaders())) if (typeof v === 'string') headers[k] = v;
    reply.hijack();
    res.writeHead(200, headers);
    res.write('retry: 2000\n\n');

    const wanted = (e: ChangeEvent) => e.scopes.some((s) => scopes.has(s));
    // Feedback is for its author and the owners: other readers learn which feedback changed (so
    // their figures refresh) but not what it says or who sent it.
    const user = req.identity.user;
    const owner = !!user?.roles.some((r) => r === 'moderator' || r === 'admin');
    const visible = (e: ChangeEvent): ChangeEvent => {
      if (owner || !e.type.startsWith('feedback.') || !e.data) return e;
      const { id, subject, state } = e.data as Pick<Feedback, 'id' | 'subject' | 'state'>;
      const own = !!user && ctx.store.feedback.get(id, user.id)?.author?.id === user.id;
      return own ? e : { ...e, data: { id, subject, state } };
    };
    const stop = new AbortController();
    let last = resume !== undefined ? Number(resume) : 0;
    // Live events that arrive while the backlog is replayed wait here (the backlog may be long).
    let queue: ChangeEvent[] | null = resume !== undefined ? [] : null;
    const write = (e: ChangeEvent) => {
      last = Math.max(last, Number(e.id));
      if (wanted(e)) res.write(frame(visible(e)));
    };
    // A reader too slow to keep up is dropped; it reconnects with Last-Event-ID and misses nothing.
    const remove = ctx.hub.add({
      scopes,
      send: (e) => {
        if (queue) queue.push(e);
        else if (res.writableLength > MAX_BUFFERED) res.destroy();
        else write(e);
      },
    });
    if (resume === undefined && since !== undefined) {
      for (const e of ctx.store.events.since(new Date(since).toISOString(), REPLAY_BATCH)) write(e);
    }
    if (queue) {
      // Subscribed first, then replayed from the table: events stored meanwhile are both queued and
      // read back; ids at or below the last one written are skipped, so each arrives once, in order.
      void (async () => {
        for (;;) {
          const batch = ctx.store.events.after(last, REPLAY_BATCH);
          for (const e of batch) write(e);
          if (batch.length < REPLAY_BATCH || stop.signal.aborted) break;
          await (res.writableLength > MAX_BUFFERED ? once(res, 'drain', { signal: stop.signal }) : new Promise<void>((resolve) => setImmediate(resolve)));
        }
        if (stop.signal.aborted) return;
        const waiting = queue ?? [];
        queue = null;
        for (const e of waiting) if (Number(e.id) > last) write(e);
      })().catch(() => res.destroy()); // the stream broke mid-replay: the client reconnects and resumes
    }
    const heartbeat = setInterval(() => res.write(': ping\n\n'), ctx.config.heartbeatMs);
    heartbeat.unref();
    const close = () => { stop.abort(); clearInterval(heartbeat); remove(); };
    res.on('close', close);
    res.on('error', close);
  });
}

/**
 * `createServer(config)`: the Confab reference server as a Fastify instance, ready to `listen`.
 * The store is opened (migrated, and seeded when empty and a seed is given) before it returns.
 */
import { randomUUID } from 'node:crypto';
import cors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { ServerConfig } from './config.js';
import { EventFeed } from './events/feed.js';
import { startRetention } from './events/retention.js';
import { eventRoutes } from './events/routes.js';
import { feedbackRoutes } from './feedback/routes.js';
import { checkWrite } from './http/csrf.js';
import type { AppContext } from './http/context.js';
import { openApiCollector } from './http/openapi.js';
import { problem, problemFromError, sendProblem } from './http/problem.js';
import { RateLimiter } from './http/rate-limit.js';
import { ReadCache } from './http/read-cache.js';
import { addResponseSchema } from './http/responses.js';
import { StreamLimits } from './events/limits.js';
import { Authenticator, type Identity } from './identity/auth.js';
import { identityRoutes } from './identity/routes.js';
import { ideaRoutes } from './ideas/routes.js';
import { peopleRoutes } from './people/routes.js';
import { profileRoutes } from './profiles/routes.js';
import { questionRoutes } from './questions/routes.js';
import { notificationRoutes } from './notifications/routes.js';
import { moderationRoutes } from './moderation/routes.js';
import { openStore } from './storage/sql/store.js';
import { mailRoutes, unsubscribeRoutes } from './mail/routes.js';
import { MailWorker } from './mail/worker.js';
import { webhookRoutes } from './webhooks/routes.js';
import { startWorker, type Worker } from './webhooks/worker.js';

/**
 * The Content-Security-Policy of the pages served (the demo): scripts and styles from this origin
 * only, no inline script, no eval, no framing. Confab's widgets need nothing more.
 */
export const PAGE_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: https:", "font-src 'self'", "connect-src 'self'",
  "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

/** Lists and threads: community content, revalidated with an ETag (private: each viewer's own votes are in it). */
const REVALIDATED = new Set(['/questions', '/questions/:id', '/ideas', '/ideas/:id', '/ideas/:id/comments', '/campaigns', '/campaigns/:id', '/people', '/people/:id']
  .map((path) => `/api/v1${path}`));

/**
 * A weak ETag over the serialised answer of a list or thread, and 304 for a matching
 * `If-None-Match`: the client keeps its copy and nothing is sent again. Personal answers
 * (`/me`, feedback) keep `no-store`.
 */
function conditional(request: FastifyRequest, reply: FastifyReply, payload: unknown, cache: ReadCache): unknown {
  if (request.method !== 'GET' || reply.statusCode !== 200 || typeof payload !== 'string' || !REVALIDATED.has(request.routeOptions.url ?? '')) return payload;
  const etag = cache.etag(request, payload);
  reply.header('etag', etag).header('cache-control', 'private, no-cache');
  const match = request.headers['if-none-match'];
  if (match === undefined || !match.split(',').some((tag) => tag.trim() === etag)) return payload;
  reply.code(304).removeHeader('content-type');
  return '';
}

/** The API prefix. */
export const API = '/api/v1';

/** A running-ready server and the state behind it. */
export interface ConfabServer {
  app: FastifyInstance;
  context: AppContext;
  /** The background worker of webhooks and escalation (null when `config.webhooks.worker` is false); tests call `tick()`. */
  worker: Worker | null;
  /** The mail worker (issue 15b), null when mail is off (no `CONFAB_SMTP_URL`); tests call `tick()`. */
  mail: MailWorker | null;
  /** Stops listening, ends live streams and closes the database. */
  close(): Promise<void>;
}

/** Builds the server. */
export async function createServer(config: ServerConfig): Promise<ConfabServer> {
  const store = await openStore({ ...config.database, policy: config.moderation });
  if (config.seed && await store.isEmpty()) await store.seed(config.seed);
  const feed = new EventFeed(store.events, config.feedPollMs);
  await feed.start();
  const ctx: AppContext = {
    config, store, feed, auth: new Authenticator(config, store),
    limiter: new RateLimiter(config.rateLimit.max, config.rateLimit.windowMs),
    searchLimiter: new RateLimiter(config.searchRateLimit.max, config.searchRateLimit.windowMs, 'searches'),
    streams: new StreamLimits(config.streamLimits),
  };
  const { requestMs, headersMs, idleMs } = config.timeouts;
  const app = Fastify({
    // Errors (every 5xx, with its request id) are always logged; CONFAB_LOG=1 adds the request log.
    logger: { level: config.logger ? 'info' : 'error', ...(config.logStream ? { stream: config.logStream } : {}) },
    genReqId: () => randomUUID(),
    bodyLimit: config.bodyLimit,
    forceCloseConnections: true,
    // A slow client cannot hold a connection: whole request, its headers, and idle time are bounded.
    requestTimeout: requestMs,
    connectionTimeout: idleMs,
    http: { headersTimeout: headersMs, connectionsCheckingInterval: Math.min(30_000, Math.max(250, Math.floor(headersMs / 4))) },
    // Client addresses (for per-address limits) come from X-Forwarded-For only via a trusted proxy.
    trustProxy: config.trustedProxies.length ? config.trustedProxies : false,
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: true } },
    frameworkErrors: (error, _request, reply) => sendProblem(reply, problem(400, 'bad-request', `The URL is malformed: ${error.message}`.slice(0, 300))),
  });
  app.decorateRequest('identity', null as unknown as Identity);
  app.decorateRequest('dataVersion', null);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
  });

  app.setErrorHandler((error, request, reply) => sendProblem(reply, problemFromError(error, request)));
  app.setNotFoundHandler((request, reply) => sendProblem(reply, problem(404, 'not-found', `No route ${request.method} ${request.url.split('?')[0]?.slice(0, 200)}`)));

  await app.register(cors, {
    origin: (origin, cb) => cb(null, origin !== undefined && config.allowedOrigins.includes(origin)),
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['content-type', 'idempotency-key', 'authorization', 'last-event-id', 'x-confab-dev-user'],
    exposedHeaders: ['retry-after', 'idempotent-replayed'],
    maxAge: 600,
  });

  const openapi = openApiCollector(app, API);
  // E-mail (issue 15b): the worker that queues and delivers mail, when SMTP is configured.
  const mail = config.mail ? new MailWorker({
    config: config.mail, store, ...(config.mail.now ? { now: config.mail.now } : {}),
    log: { info: (message) => app.log.info(message), error: (message) => app.log.error(message) },
  }) : null;
  await unsubscribeRoutes(app, ctx, API);
  await app.register(async (api) => {
    // Hot lists and threads: a current answer for this reader and URL is sent again (./http/read-cache.ts).
    const readCache = new ReadCache();
    api.addHook('onRequest', async (request, reply) => {
      // Answers depend on who asks: no cache may keep them.
      reply.header('cache-control', 'no-store');
      // One look at the data version per request, for its user and its read cache (on PostgreSQL
      // a round trip, taken only for a read the cache may answer).
      request.dataVersion = store.readVersion() ?? (readCache.keeps(request) ? await store.askVersion() : null);
      request.identity = await ctx.auth.identify(request, request.dataVersion);
    });
    api.addHook('preHandler', (request, reply, done) => {
      if (!readCache.lookup(request, reply)) done();
    });
    api.addHook('onSend', async (request, reply, payload) => conditional(request, reply, payload, readCache));
    api.addHook('onRoute', addResponseSchema); // hot lists and threads serialised by schema (./http/responses.ts)
    api.addHook('preValidation', async (request) => {
      checkWrite(request, request.identity.ambient, config.allowedOrigins);
    });
    questionRoutes(api, ctx);
    ideaRoutes(api, ctx);
    peopleRoutes(api, ctx);
    profileRoutes(api, ctx);
    feedbackRoutes(api, ctx);
    identityRoutes(api, ctx);
    eventRoutes(api, ctx);
    webhookRoutes(api, ctx);
    notificationRoutes(api, ctx);
    moderationRoutes(api, ctx);
    mailRoutes(api, mail);
  }, { prefix: API });
  app.get(`${API}/openapi.json`, () => openapi.document());
  app.get('/healthz', async () => ({ status: 'ok', database: store.dialect, events: await store.events.latest() }));
  const stopRetention = startRetention(store, config.eventRetentionMs, (error) => app.log.error(error));
  // Webhook deliveries and escalation (issue 15c), in the background.
  const worker: Worker | null = config.webhooks.worker
    ? startWorker({ store, settings: config.webhooks, escalateAfterMs: config.escalateAfterMs, onError: (error) => app.log.error(error) })
    : null;
  mail?.start();
  config.staticDirs.forEach((entry, i) => {
    void app.register(fastifyStatic, { root: entry.dir, prefix: entry.prefix, decorateReply: i === 0, setHeaders: (res) => res.header('content-security-policy', PAGE_CSP) });
  });

  return {
    app, context: ctx, worker, mail,
    async close() {
      stopRetention();
      await mail?.stop();
      await worker?.stop();
      await app.close();
      await feed.stop();
      await store.close();
    },
  };
}

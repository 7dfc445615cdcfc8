/**
 * `createServer(config)`: the Confab reference server as a Fastify instance, ready to `listen`.
 * The store is opened (migrated, and seeded when empty and a seed is given) before it returns.
 */
import cors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
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
import { Authenticator, type Identity } from './identity/auth.js';
import { identityRoutes } from './identity/routes.js';
import { ideaRoutes } from './ideas/routes.js';
import { peopleRoutes } from './people/routes.js';
import { questionRoutes } from './questions/routes.js';
import { openStore } from './storage/sql/store.js';

/** The API prefix. */
export const API = '/api/v1';

/** A running-ready server and the state behind it. */
export interface ConfabServer {
  app: FastifyInstance;
  context: AppContext;
  /** Stops listening, ends live streams and closes the database. */
  close(): Promise<void>;
}

/** Builds the server. */
export async function createServer(config: ServerConfig): Promise<ConfabServer> {
  const store = await openStore(config.database);
  if (config.seed && await store.isEmpty()) await store.seed(config.seed);
  const feed = new EventFeed(store.events, config.feedPollMs);
  await feed.start();
  const ctx: AppContext = {
    config, store, feed, auth: new Authenticator(config, store), limiter: new RateLimiter(config.rateLimit.max, config.rateLimit.windowMs),
  };
  const app = Fastify({
    logger: config.logger,
    bodyLimit: config.bodyLimit,
    forceCloseConnections: true,
    ajv: { customOptions: { coerceTypes: false, removeAdditional: true, allErrors: true } },
  });
  app.decorateRequest('identity', null as unknown as Identity);

  app.setErrorHandler((error, request, reply) => sendProblem(reply, problemFromError(error, request)));
  app.setNotFoundHandler((request, reply) => sendProblem(reply, problem(404, 'not-found', `No route ${request.method} ${request.url.split('?')[0]}`)));

  await app.register(cors, {
    origin: (origin, cb) => cb(null, origin !== undefined && config.allowedOrigins.includes(origin)),
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
    allowedHeaders: ['content-type', 'idempotency-key', 'authorization', 'last-event-id', 'x-confab-dev-user'],
    exposedHeaders: ['retry-after', 'idempotent-replayed'],
    maxAge: 600,
  });

  const openapi = openApiCollector(app, API);
  await app.register(async (api) => {
    api.addHook('onRequest', async (request) => {
      request.identity = await ctx.auth.identify(request);
    });
    api.addHook('preValidation', async (request) => {
      checkWrite(request, request.identity.ambient, config.allowedOrigins);
    });
    questionRoutes(api, ctx);
    ideaRoutes(api, ctx);
    peopleRoutes(api, ctx);
    feedbackRoutes(api, ctx);
    identityRoutes(api, ctx);
    eventRoutes(api, ctx);
  }, { prefix: API });
  app.get(`${API}/openapi.json`, () => openapi.document());
  app.get('/healthz', async () => ({ status: 'ok', database: store.dialect, events: await store.events.latest() }));
  const stopRetention = startRetention(store, config.eventRetentionMs, (error) => app.log.error(error));
  config.staticDirs.forEach((entry, i) => {
    void app.register(fastifyStatic, { root: entry.dir, prefix: entry.prefix, decorateReply: i === 0 });
  });

  return {
    app, context: ctx,
    async close() {
      stopRetention();
      await app.close();
      await feed.stop();
      await store.close();
    },
  };
}

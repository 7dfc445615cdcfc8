/** `GET /me` (the acting user or null) and, in dev auth, `GET /dev/users` for the "Acting as" select. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.js';

/** Registers the identity routes. */
export function identityRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/me', { schema: { summary: 'The acting user, or null', returns: 'User | null', tags: ['identity'] } },
    async (req, reply) => reply.type('application/json').send(JSON.stringify(req.identity.user)));
  if (ctx.config.auth === 'dev') {
    app.get('/dev/users', { schema: { summary: 'Seeded people to act as (dev auth only)', returns: 'User[]', tags: ['identity'] } },
      () => ctx.store.repos.people.listUsers());
  }
}

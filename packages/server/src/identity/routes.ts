/** `GET /me` (the acting user or null) and, in dev auth, `GET /dev/users` for the "Acting as" select. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.js';
import { noteSignInLanguage } from '../mail/language.js';

/** Registers the identity routes. */
export function identityRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/me', { schema: { summary: 'The acting user, or null', returns: 'User | null', tags: ['identity'] } },
    async (req, reply) => {
      // The language of this sign-in, for the person's mail (issue 15b).
      if (req.identity.user) noteSignInLanguage(ctx.store, req.identity.user.id, req.headers['accept-language'], (error) => req.log.error(error));
      return reply.type('application/json').send(JSON.stringify(req.identity.user));
    });
  if (ctx.config.auth === 'dev') {
    app.get('/dev/users', { schema: { summary: 'Seeded people to act as (dev auth only)', returns: 'User[]', tags: ['identity'] } },
      () => ctx.store.repos.people.listUsers());
  }
}

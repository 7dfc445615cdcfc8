/** Routes of self-service profiles and the skill vocabulary under `/api/v1`: transport only, the rules are core's domain. */
import type { ProfileInput } from '@confab/core';
import { skills } from '@confab/core/domain';
import type { FastifyInstance } from 'fastify';
import { read, write, type AppContext } from '../http/context.js';
import { limitOf } from '../http/schemas.js';
import * as s from './schemas.js';

/** Registers `PATCH /people/:id`, `GET /skills` and `POST /skills/merge`. */
export function profileRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.patch<{ Params: { id: string }; Body: ProfileInput }>('/people/:id', { schema: s.updateProfileSchema }, (req, reply) => {
    const { id } = req.params;
    return write(ctx, req, reply, { status: 200, operation: 'updateProfile', input: [id, req.body], run: (w) => skills.updateProfile(w, id, req.body) });
  });
  app.get<{ Querystring: { query?: string; limit?: string } }>('/skills', { schema: s.listSkillsSchema }, (req) =>
    read(ctx, req, (r) => skills.listSkills(r, { query: req.query.query, limit: limitOf(req.query.limit) })));
  app.post<{ Body: { from: string; into: string } }>('/skills/merge', { schema: s.mergeSkillsSchema }, (req, reply) => {
    const { from, into } = req.body;
    return write(ctx, req, reply, { status: 200, operation: 'mergeSkills', input: [from, into], run: (w) => skills.mergeSkills(w, from, into) });
  });
}

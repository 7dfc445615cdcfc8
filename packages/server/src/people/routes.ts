/** Routes of people, expert suggestions and endorsements under `/api/v1`: transport only, the rules are core's domain. */
import type { Role } from '@confab/core';
import { people, roles } from '@confab/core/domain';
import type { FastifyInstance } from 'fastify';
import { limitSearch, read, write, type AppContext } from '../http/context.js';
import { limitOf, listOf, type PageQs } from '../http/schemas.js';
import * as s from './schemas.js';

interface ListQs extends PageQs { ids?: string; query?: string; skill?: string }

/** Registers the people routes. */
export function peopleRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Querystring: ListQs }>('/people', { schema: s.listSchema }, (req) => {
    const q = req.query;
    if (q.ids !== undefined) {
      const ids = q.ids.split(',').map((id) => id.trim()).filter(Boolean).slice(0, 500);
      return read(ctx, req, (r) => people.getPeople(r, ids));
    }
    limitSearch(ctx, req);
    return read(ctx, req, (r) => people.searchPeople(r, { query: q.query, skill: q.skill, cursor: q.cursor, limit: limitOf(q.limit) }));
  });
  app.get<{ Params: { id: string } }>('/people/:id', { schema: s.getSchema }, (req) => read(ctx, req, (r) => people.getPerson(r, req.params.id)));
  app.get<{ Querystring: { text?: string; tag?: string | string[]; limit?: string } }>('/experts/suggest', { schema: s.suggestGetSchema }, (req) => {
    limitSearch(ctx, req);
    return read(ctx, req, (r) => people.suggestExperts(r, { text: req.query.text, tags: listOf(req.query.tag), limit: limitOf(req.query.limit) }));
  });
  app.post<{ Body: { text?: string; tags?: string[]; limit?: number } }>('/experts/suggest', { schema: s.suggestPostSchema }, (req) => {
    limitSearch(ctx, req);
    return read(ctx, req, (r) => people.suggestExperts(r, req.body));
  });
  app.put<{ Params: { id: string; skill: string }; Body: { on: boolean } }>('/people/:id/endorsements/:skill', { schema: s.endorseSchema }, (req, reply) => {
    const { id, skill } = req.params;
    return write(ctx, req, reply, { status: 200, operation: 'endorse', input: [id, skill, req.body.on], run: (w) => people.endorse(w, id, skill, req.body.on) });
  });
  app.put<{ Params: { id: string }; Body: { roles: Role[] } }>('/people/:id/roles', { schema: s.setRolesSchema }, (req, reply) => {
    const { id } = req.params;
    return write(ctx, req, reply, { status: 200, operation: 'setRoles', input: [id, req.body.roles], run: (w) => roles.setRoles(w, id, req.body.roles) });
  });
}

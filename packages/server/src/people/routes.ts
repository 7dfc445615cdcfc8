/** Routes of people, expert suggestions and endorsements under `/api/v1`. */
import type { FastifyInstance } from 'fastify';
import { readCtx, runWrite, type AppContext } from '../http/context.js';
import { limitOf, listOf, type PageQs } from '../http/schemas.js';
import * as s from './schemas.js';
import * as people from './service.js';

interface ListQs extends PageQs { ids?: string; query?: string; skill?: string }

/** Registers the people routes. */
export function peopleRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Querystring: ListQs }>('/people', { schema: s.listSchema }, (req) => {
    const q = req.query;
    if (q.ids !== undefined) return people.getPeople(readCtx(ctx, req), q.ids.split(',').map((id) => id.trim()).filter(Boolean).slice(0, 500));
    return people.searchPeople(readCtx(ctx, req), { query: q.query, skill: q.skill, cursor: q.cursor, limit: limitOf(q.limit) });
  });
  app.get<{ Params: { id: string } }>('/people/:id', { schema: s.getSchema }, (req) => people.getPerson(readCtx(ctx, req), req.params.id));
  app.get<{ Querystring: { text?: string; tag?: string | string[]; limit?: string } }>('/experts/suggest', { schema: s.suggestGetSchema },
    (req) => people.suggestExperts(readCtx(ctx, req), { text: req.query.text, tags: listOf(req.query.tag), limit: limitOf(req.query.limit) }));
  app.post<{ Body: { text?: string; tags?: string[]; limit?: number } }>('/experts/suggest', { schema: s.suggestPostSchema },
    (req) => people.suggestExperts(readCtx(ctx, req), req.body));
  app.put<{ Params: { id: string; skill: string }; Body: { on: boolean } }>('/people/:id/endorsements/:skill', { schema: s.endorseSchema },
    (req, reply) => runWrite(ctx, req, reply, 200, (w) => people.endorse(w, req.params.id, req.params.skill, req.body.on)));
}

/** Routes of questions, answers and votes under `/api/v1`. */
import type { QuestionQuery, QuestionSort, VoteTargetKind } from '@confab/core';
import type { FastifyInstance } from 'fastify';
import { readCtx, runWrite, type AppContext } from '../http/context.js';
import { limitOf, listOf, type PageQs } from '../http/schemas.js';
import * as s from './schemas.js';
import * as questions from './service.js';
import { setVote } from './votes.js';

interface ListQs extends PageQs { context?: string; tag?: string | string[]; text?: string; status?: QuestionQuery['status']; sort?: QuestionSort }
interface Id { id: string }

/** Registers the question routes. */
export function questionRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Querystring: ListQs }>('/questions', { schema: s.listSchema }, (req) => {
    const q = req.query;
    return questions.listQuestions(readCtx(ctx, req), {
      context: q.context, tags: listOf(q.tag), text: q.text, status: q.status, sort: q.sort, cursor: q.cursor, limit: limitOf(q.limit),
    });
  });
  app.post<{ Body: { context: string; title: string; body?: string; tags?: string[]; notify?: string[] } }>('/questions', { schema: s.askSchema },
    (req, reply) => runWrite(ctx, req, reply, 201, (w) => questions.askQuestion(w, req.body)));
  app.get<{ Querystring: { text: string; context?: string; limit?: string } }>('/questions/similar', { schema: s.similarGetSchema },
    (req) => questions.similarQuestions(readCtx(ctx, req), req.query.text, { context: req.query.context, limit: limitOf(req.query.limit) }));
  app.post<{ Body: { text: string; context?: string; limit?: number } }>('/questions/similar', { schema: s.similarPostSchema },
    (req) => questions.similarQuestions(readCtx(ctx, req), req.body.text, { context: req.body.context, limit: req.body.limit }));
  app.get<{ Params: Id }>('/questions/:id', { schema: s.getSchema }, (req) => questions.getQuestion(readCtx(ctx, req), req.params.id));
  app.post<{ Params: Id; Body: { body: string } }>('/questions/:id/answers', { schema: s.answerSchema },
    (req, reply) => runWrite(ctx, req, reply, 201, (w) => questions.answerQuestion(w, req.params.id, req.body)));
  app.put<{ Params: Id; Body: { answerId: string | null } }>('/questions/:id/accepted', { schema: s.acceptSchema },
    (req, reply) => runWrite(ctx, req, reply, 200, (w) => questions.acceptAnswer(w, req.params.id, req.body.answerId)));
  app.post<{ Params: Id; Body: { personIds: string[] } }>('/questions/:id/routes', { schema: s.routeSchema },
    (req, reply) => runWrite(ctx, req, reply, 200, (w) => questions.routeQuestion(w, req.params.id, req.body.personIds)));
  app.put<{ Params: { kind: VoteTargetKind; id: string }; Body: { on: boolean } }>('/votes/:kind/:id', { schema: s.voteSchema },
    (req, reply) => runWrite(ctx, req, reply, 200, (w) => setVote(w, { kind: req.params.kind, id: req.params.id }, req.body.on)));
}

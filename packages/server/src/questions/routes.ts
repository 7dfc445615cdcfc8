/** Routes of questions, answers and votes under `/api/v1`: transport only, the rules are core's domain. */
import type { AskInput, QuestionQuery, QuestionSort, VoteTargetKind } from '@confab/core';
import { questions, votes } from '@confab/core/domain';
import type { FastifyInstance } from 'fastify';
import { limitSearch, read, write, type AppContext } from '../http/context.js';
import { limitOf, listOf, type PageQs } from '../http/schemas.js';
import * as s from './schemas.js';

interface ListQs extends PageQs { context?: string; tag?: string | string[]; text?: string; status?: QuestionQuery['status']; sort?: QuestionSort }
interface Id { id: string }

/** Registers the question routes. */
export function questionRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Querystring: ListQs }>('/questions', { schema: s.listSchema }, (req) => {
    const q = req.query;
    const query: QuestionQuery = { context: q.context, tags: listOf(q.tag), text: q.text, status: q.status, sort: q.sort, cursor: q.cursor, limit: limitOf(q.limit) };
    if (q.text) limitSearch(ctx, req);
    return read(ctx, req, (r) => questions.listQuestions(r, query));
  });
  app.post<{ Body: AskInput }>('/questions', { schema: s.askSchema }, (req, reply) =>
    write(ctx, req, reply, { status: 201, operation: 'askQuestion', input: [req.body], run: (w) => questions.askQuestion(w, req.body) }));
  app.get<{ Querystring: { text: string; context?: string; limit?: string } }>('/questions/similar', { schema: s.similarGetSchema }, (req) => {
    limitSearch(ctx, req);
    return read(ctx, req, (r) => questions.similarQuestions(r, req.query.text, { context: req.query.context, limit: limitOf(req.query.limit) }));
  });
  app.post<{ Body: { text: string; context?: string; limit?: number } }>('/questions/similar', { schema: s.similarPostSchema }, (req) => {
    limitSearch(ctx, req);
    return read(ctx, req, (r) => questions.similarQuestions(r, req.body.text, { context: req.body.context, limit: req.body.limit }));
  });
  app.get<{ Params: Id }>('/questions/:id', { schema: s.getSchema }, (req) => read(ctx, req, (r) => questions.getQuestion(r, req.params.id)));
  app.post<{ Params: Id; Body: { body: string } }>('/questions/:id/answers', { schema: s.answerSchema }, (req, reply) =>
    write(ctx, req, reply, { status: 201, operation: 'answerQuestion', input: [req.params.id, req.body], run: (w) => questions.answerQuestion(w, req.params.id, req.body) }));
  app.put<{ Params: Id; Body: { answerId: string | null } }>('/questions/:id/accepted', { schema: s.acceptSchema }, (req, reply) =>
    write(ctx, req, reply, { status: 200, operation: 'acceptAnswer', input: [req.params.id, req.body.answerId], run: (w) => questions.acceptAnswer(w, req.params.id, req.body.answerId) }));
  app.post<{ Params: Id; Body: { personIds: string[] } }>('/questions/:id/routes', { schema: s.routeSchema }, (req, reply) =>
    write(ctx, req, reply, { status: 200, operation: 'routeQuestion', input: [req.params.id, req.body.personIds], run: (w) => questions.routeQuestion(w, req.params.id, req.body.personIds) }));
  app.put<{ Params: { kind: VoteTargetKind; id: string }; Body: { on: boolean } }>('/votes/:kind/:id', { schema: s.voteSchema }, (req, reply) => {
    const target = { kind: req.params.kind, id: req.params.id };
    return write(ctx, req, reply, { status: 200, operation: 'setVote', input: [target, req.body.on], run: (w) => votes.setVote(w, target, req.body.on) });
  });
}

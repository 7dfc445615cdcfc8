/** Request schemas of the question, answer and vote routes. */
import { LIMITS } from '@confab/core';
import { body, idParams, nullableStr, oneOrMany, pageProps, str, tagList } from '../http/schemas.js';

/** GET /questions */
export const listSchema = {
  summary: 'List questions', returns: 'Page<Question>', tags: ['questions'],
  querystring: {
    type: 'object',
    properties: {
      context: str(LIMITS.key), tag: oneOrMany(LIMITS.tag), text: str(LIMITS.query),
      status: { type: 'string', enum: ['all', 'answered', 'unanswered'] }, sort: { type: 'string', enum: ['new', 'votes', 'unanswered'] }, ...pageProps,
    },
  },
} as const;

/** POST /questions */
export const askSchema = {
  summary: 'Ask a question', returns: 'Question', tags: ['questions'],
  body: body({ context: str(LIMITS.key), title: str(LIMITS.title), body: str(LIMITS.body), tags: tagList, notify: { type: 'array', maxItems: 20, items: str(200) }, url: nullableStr(2000) }, ['context', 'title']),
} as const;

/** GET /questions/similar and POST /questions/similar */
export const similarGetSchema = {
  summary: 'Questions similar to a draft', returns: 'Question[]', tags: ['questions'],
  querystring: { type: 'object', required: ['text'], properties: { text: str(LIMITS.body), context: str(LIMITS.key), limit: pageProps.limit } },
} as const;
/** POST /questions/similar (for long drafts) */
export const similarPostSchema = {
  summary: 'Questions similar to a draft', returns: 'Question[]', tags: ['questions'],
  body: body({ text: str(LIMITS.body), context: str(LIMITS.key), limit: { type: 'integer', minimum: 0, maximum: 1000 } }, ['text']),
} as const;

/** GET /questions/:id */
export const getSchema = { summary: 'A question with its answers', returns: 'QuestionThread', tags: ['questions'], params: idParams } as const;
/** POST /questions/:id/answers */
export const answerSchema = { summary: 'Answer a question', returns: 'Answer', tags: ['questions'], params: idParams, body: body({ body: str(LIMITS.body), url: nullableStr(2000) }, ['body']) } as const;
/** PUT /questions/:id/accepted */
export const acceptSchema = { summary: 'Accept an answer (null withdraws)', returns: 'QuestionThread', tags: ['questions'], params: idParams, body: body({ answerId: nullableStr(200) }, ['answerId']) } as const;
/** POST /questions/:id/routes */
export const routeSchema = {
  summary: 'Ask people to look at a question', returns: 'Question', tags: ['questions'], params: idParams,
  body: body({ personIds: { type: 'array', maxItems: 20, items: str(200) } }, ['personIds']),
} as const;
/** PUT /votes/:kind/:id */
export const voteSchema = {
  summary: 'Set my vote on a question, answer or idea', returns: 'VoteState', tags: ['votes'],
  params: { type: 'object', required: ['kind', 'id'], properties: { kind: { type: 'string', enum: ['question', 'answer', 'idea'] }, id: str(200) } },
  body: body({ on: { type: 'boolean' } }, ['on']),
} as const;

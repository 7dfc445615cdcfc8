/** The `questions` area of `RestAdapter`: `/questions` (loaded with its first call, see `./lazy-area.ts`). */
import type { QuestionsArea } from '../adapter.js';
import { path, type RestTransport } from './transport.js';

/** Questions and answers over `t`. */
export function questionsArea(t: RestTransport): QuestionsArea {
  return {
    listQuestions: ({ tags, ...rest }, options) => t.get('/questions', { ...rest, tag: tags }, options),
    getQuestion: (id, options) => t.get(path('questions', id), undefined, options),
    askQuestion: (input, options) => t.write('POST', '/questions', input, options),
    answerQuestion: (id, input, options) => t.write('POST', `${path('questions', id)}/answers`, input, options),
    acceptAnswer: (id, answerId, options) => t.write('PUT', `${path('questions', id)}/accepted`, { answerId }, options),
    similarQuestions: (text, query, options) => t.read('/questions/similar', { text, ...query }, options),
    routeQuestion: (id, personIds, options) => t.write('POST', `${path('questions', id)}/routes`, { personIds }, options),
  };
}

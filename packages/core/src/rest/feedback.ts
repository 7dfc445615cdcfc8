/** The `feedback` area of `RestAdapter`: feedback and the owner's side of it, `/feedback`. */
import type { FeedbackArea } from '../adapter.js';
import { path, type RestTransport } from './transport.js';

/** Feedback over `t`. */
export function feedbackArea(t: RestTransport): FeedbackArea {
  return {
    sendFeedback: (input, options) => t.write('POST', '/feedback', input, options),
    myFeedback: (subject, options) => t.get('/feedback/mine', { subject }, options),
    feedbackSummary: (subject, options) => t.get('/feedback/summary', { subject }, options),
    listFeedback: (query, options) => t.get('/feedback', { ...query }, options),
    respondToFeedback: (id, input, options) => t.write('POST', `${path('feedback', id)}/response`, input, options),
    setFeedbackState: (id, state, options) => t.write('PUT', `${path('feedback', id)}/state`, { state }, options),
  };
}

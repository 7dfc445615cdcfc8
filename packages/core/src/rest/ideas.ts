/**
 * The `ideas` area of `RestAdapter`: campaigns, ideas and comments (`/campaigns`, `/ideas`); a
 * null campaign is sent as `campaign=none`. Loaded with its first call (see `./lazy-area.ts`).
 */
import type { IdeasArea } from '../adapter.js';
import { path, type RestTransport } from './transport.js';

/** Campaigns, ideas and comments over `t`. */
export function ideasArea(t: RestTransport): IdeasArea {
  return {
    listCampaigns: (query, options) => t.get('/campaigns', query?.status ? { status: query.status } : undefined, options),
    getCampaign: (id, options) => t.get(path('campaigns', id), undefined, options),
    createCampaign: (input, options) => t.write('POST', '/campaigns', input, options),
    updateCampaign: (id, input, options) => t.write('PATCH', path('campaigns', id), input, options),
    closeCampaign: (id, options) => t.write('POST', `${path('campaigns', id)}/close`, {}, options),
    listIdeas: (query, options) => t.get('/ideas', { ...query, campaign: query.campaign === null ? 'none' : query.campaign }, options),
    similarIdeas: (text, query, options) => t.read('/ideas/similar', { text, ...query }, options),
    submitIdea: (input, options) => t.write('POST', '/ideas', input, options),
    getIdea: (id, options) => t.get(path('ideas', id), undefined, options),
    listComments: (id, query, options) => t.get(`${path('ideas', id)}/comments`, { ...query }, options),
    addComment: (id, input, options) => t.write('POST', `${path('ideas', id)}/comments`, input, options),
    changeIdeaStatus: (id, input, options) => t.write('PUT', `${path('ideas', id)}/status`, input, options),
  };
}

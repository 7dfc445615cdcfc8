/** Request schemas of the people, expert and endorsement routes. */
import { LIMITS } from '@confab/core';
import { body, idParams, oneOrMany, pageProps, str } from '../http/schemas.js';

/** GET /people: `ids=a,b` returns those people (an array); otherwise a ranked page. */
export const listSchema = {
  summary: 'People by ids (array), or search by text and skill (ranked page)', returns: 'Page<RankedPerson>', tags: ['people'],
  querystring: { type: 'object', properties: { ids: str(20_000), query: str(LIMITS.query), skill: str(LIMITS.tag), ...pageProps } },
} as const;
/** GET /people/:id */
export const getSchema = { summary: 'One person', returns: 'Person', tags: ['people'], params: idParams } as const;
/** GET /experts/suggest */
export const suggestGetSchema = {
  summary: 'Experts for a draft question', returns: 'RankedPerson[]', tags: ['people'],
  querystring: { type: 'object', properties: { text: str(LIMITS.body), tag: oneOrMany(LIMITS.tag), limit: pageProps.limit } },
} as const;
/** POST /experts/suggest (for long drafts) */
export const suggestPostSchema = {
  summary: 'Experts for a draft question', returns: 'RankedPerson[]', tags: ['people'],
  body: body({ text: str(LIMITS.body), tags: { type: 'array', maxItems: 20, items: str(LIMITS.tag) }, limit: { type: 'integer', minimum: 0, maximum: 1000 } }),
} as const;
/** PUT /people/:id/endorsements/:skill */
export const endorseSchema = {
  summary: 'Endorse (or withdraw an endorsement of) a skill', returns: 'Person', tags: ['people'],
  params: { type: 'object', required: ['id', 'skill'], properties: { id: str(200), skill: str(LIMITS.tag * 3) } },
  body: body({ on: { type: 'boolean' } }, ['on']),
} as const;

/** PUT /people/:id/roles (admins only) */
export const setRolesSchema = {
  summary: "Set a person's roles (admins only; member is always kept; the last admin cannot be demoted; roles from the identity provider win at the next sign-in)",
  returns: 'Person', tags: ['people'], params: idParams,
  body: body({ roles: { type: 'array', maxItems: 6, items: str(20) } }, ['roles']),
} as const;

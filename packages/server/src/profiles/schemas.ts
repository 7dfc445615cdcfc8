/** Request schemas of self-service profiles and the skill vocabulary. */
import { AVAILABILITIES, LIMITS } from '@confab/core';
import { body, idParams, nullableStr, pageProps, str } from '../http/schemas.js';

/** PATCH /people/:id: fields given replace the stored ones; the domain trims, limits and resolves skills. */
export const updateProfileSchema = {
  summary: 'Change a profile (your own, or anyone\'s as an admin; only an admin changes a name)', returns: 'Person', tags: ['people'],
  params: idParams,
  body: body({
    name: str(LIMITS.name),
    title: str(LIMITS.profileField), department: str(LIMITS.profileField), location: str(LIMITS.profileField),
    about: str(LIMITS.about),
    availability: { type: 'string', enum: AVAILABILITIES },
    availabilityUntil: nullableStr(40),
    // Generous bounds: the domain names the real limits (LIMITS.skills, LIMITS.tag) after normalising.
    skills: { type: 'array', maxItems: LIMITS.skills * 3, items: str(LIMITS.tag * 3) },
  }),
} as const;

/** GET /skills */
export const listSkillsSchema = {
  summary: 'The skill vocabulary: names, how many people list each, aliases; matching a text in names and aliases', returns: 'SkillSummary[]', tags: ['people'],
  querystring: { type: 'object', properties: { query: str(LIMITS.query), limit: pageProps.limit } },
} as const;

/** POST /skills/merge (admins only) */
export const mergeSkillsSchema = {
  summary: 'Merge one skill into another (admins only): the first becomes an alias, profiles, endorsements and evidence move, each counted once',
  returns: 'SkillSummary', tags: ['people'],
  body: body({ from: str(LIMITS.tag * 3), into: str(LIMITS.tag * 3) }, ['from', 'into']),
} as const;

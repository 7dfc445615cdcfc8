/**
 * The `people` area of `RestAdapter`: people, endorsements, profiles and skills (`/people`,
 * `/experts`, `/skills`). `getPerson` calls made in the same tick share one request (see
 * `./people-batcher.ts`). Loaded with its first call (see `./lazy-area.ts`).
 */
import type { PeopleArea } from '../adapter.js';
import { LIMITS } from '../limits.js';
import type { Person } from '../types.js';
import { PeopleBatcher } from './people-batcher.js';
import { path, type RestTransport } from './transport.js';

/** People over `t`. */
export function peopleArea(t: RestTransport): PeopleArea {
  const batcher = new PeopleBatcher((ids) => t.get<Person[]>('/people', { ids: ids.join(',') }));
  return {
    getPerson: (id, options) => batcher.get(id, options?.signal),
    getPeople: async (ids, options) => {
      const unique = [...new Set(ids)];
      const out: Person[] = [];
      for (let i = 0; i < unique.length; i += LIMITS.pageSize) {
        out.push(...await t.get<Person[]>('/people', { ids: unique.slice(i, i + LIMITS.pageSize).join(',') }, options));
      }
      return out;
    },
    searchPeople: (query, options) => t.get('/people', { ...query }, options),
    suggestExperts: (query, options) => t.read('/experts/suggest', query, options),
    endorse: (id, skill, on, options) => t.write('PUT', `${path('people', id)}/endorsements/${encodeURIComponent(skill)}`, { on }, options),
    // Self-service profiles and the skill vocabulary: `PATCH /people/:id`, `/skills`.
    updateProfile: (id, input, options) => t.write('PATCH', path('people', id), input, options),
    listSkills: (query, options) => t.get('/skills', { ...query }, options),
    mergeSkills: (from, into, options) => t.write('POST', '/skills/merge', { from, into }, options),
    setRoles: (id, roles, options) => t.write('PUT', `${path('people', id)}/roles`, { roles }, options),
  };
}

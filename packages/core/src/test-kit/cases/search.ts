import { deepEqual, equal, ok } from '../assert.js';
import { withFixture } from '../helpers.js';
import type { ContractCase } from '../types.js';

const area = 'similar items and experts';

/** Duplicate detection and expert ranking. */
export const searchCases: ContractCase[] = [
  {
    area, name: 'similarQuestions finds a question by a reworded title; empty text finds nothing',
    run: (factory) => withFixture(factory, async (fx) => {
      const a = fx.as('ana');
      const found = await a.questions.similarQuestions('Resetting the password for the VPN');
      equal(found[0]?.id, 'q-vpn', 'best match');
      deepEqual(await a.questions.similarQuestions(''), [], 'empty text');
      deepEqual(await a.questions.similarQuestions('   '), [], 'blank text');
    }),
  },
  {
    area, name: 'similarIdeas finds an idea by its words',
    run: (factory) => withFixture(factory, async (fx) => {
      const found = await fx.as('ana').ideas.similarIdeas('Desks for standing in meeting rooms');
      equal(found[0]?.id, 'i-free', 'best match');
    }),
  },
  {
    area, name: 'suggestExperts: evidence beats a declared skill; the current user is left out',
    run: (factory) => withFixture(factory, async (fx) => {
      const ranked = await fx.as('mod').people.suggestExperts({ tags: ['kubernetes'] });
      deepEqual(ranked.map((r) => r.person.id), ['ana', 'ben'], 'ranking for mod');
      ok(ranked[0]!.score > ranked[1]!.score, 'ana scores higher');
      ok(ranked.every((r) => r.score > 0), 'only positive scores');
      equal(ranked[0]!.reasons[0]?.acceptedAnswers, 1, "ana's evidence");
      equal(ranked[1]!.reasons[0]?.declared, true, "ben's declared skill");
      deepEqual((await fx.as('ana').people.suggestExperts({ tags: ['Kubernetes'] })).map((r) => r.person.id), ['ben'], 'ranking for ana');
    }),
  },
  {
    area, name: 'searchPeople by skill ranks by evidence',
    run: (factory) => withFixture(factory, async (fx) => {
      const page = await fx.as('cyd').people.searchPeople({ skill: 'kubernetes' });
      deepEqual(page.items.map((r) => r.person.id), ['ana', 'ben'], 'ranking');
      ok(page.items[0]!.person.evidence.some((e) => e.skill.toLowerCase() === 'kubernetes' && e.acceptedAnswers === 1), 'evidence on the person');
    }),
  },
];

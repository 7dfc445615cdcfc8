import { deepEqual, equal } from '../assert.js';
import { expectError, withFixture } from '../helpers.js';
import type { ContractCase } from '../types.js';

const area = 'people';

/** People look-ups and endorsements. */
export const peopleCases: ContractCase[] = [
  {
    area, name: 'endorse once per endorser and skill, withdraw, never yourself, only declared skills',
    run: (factory) => withFixture(factory, async (fx) => {
      const ana = fx.as('ana');
      const skill = async () => (await ana.people.getPerson('ben')).skills.find((s) => s.name === 'Kubernetes')!;
      equal((await skill()).endorsements, 1, 'seeded endorsements');
      let ben = await ana.people.endorse('ben', 'Kubernetes', true);
      equal(ben.skills.find((s) => s.name === 'Kubernetes')?.endorsements, 2, 'after endorsing');
      equal(ben.skills.find((s) => s.name === 'Kubernetes')?.endorsedByMe, true, 'endorsedByMe');
      ben = await ana.people.endorse('ben', 'Kubernetes', true);
      equal(ben.skills.find((s) => s.name === 'Kubernetes')?.endorsements, 2, 'endorsing twice counts once');
      ben = await ana.people.endorse('ben', 'Kubernetes', false);
      equal(ben.skills.find((s) => s.name === 'Kubernetes')?.endorsements, 1, 'after withdrawing');
      await expectError(fx.as('ben').people.endorse('ben', 'Kubernetes', true), 'forbidden');
      await expectError(ana.people.endorse('ben', 'Cooking', true), 'validation', 'skill');
      await expectError(ana.people.endorse('nobody', 'Kubernetes', true), 'not-found');
      equal((await skill()).endorsements, 1, 'refused endorsements changed nothing');
    }),
  },
  {
    area, name: 'getPeople leaves out unknown ids; getPerson of an unknown id is not-found',
    run: (factory) => withFixture(factory, async (fx) => {
      const a = fx.as('ana');
      const found = await a.people.getPeople(['ana', 'nobody', 'ben']);
      deepEqual(found.map((p) => p.id).sort(), ['ana', 'ben'], 'known people');
      deepEqual(await a.people.getPeople([]), [], 'no ids');
      await expectError(a.people.getPerson('nobody'), 'not-found');
      equal((await a.people.getPerson('cyd')).name, 'Cyd Lin', 'getPerson');
    }),
  },
];

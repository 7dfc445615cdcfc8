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
      const skill = async () => (await ana.getPerson('ben')).skills.find((s) => s.name === 'Kubernetes')!;
      equal((await skill()).endorsements, 1, 'seeded endorsements');
      let ben = await ana.endorse('ben', 'Kubernetes', true);
      equal(ben.skills.find((s) => s.name === 'Kubernetes')?.endorsements, 2, 'after endorsing');
      equal(ben.skills.find((s) => s.name === 'Kubernetes')?.endorsedByMe, true, 'endorsedByMe');
      ben = await ana.endorse('ben', 'Kubernetes', true);
      equal(ben.skills.find((s) => s.name === 'Kubernetes')?.endorsements, 2, 'endorsing twice counts once');
      ben = await ana.endorse('ben', 'Kubernetes', false);
      equal(ben.skills.find((s) => s.name === 'Kubernetes')?.endorsements, 1, 'after withdrawing');
      await expectError(fx.as('ben').endorse('ben', 'Kubernetes', true), 'forbidden');
      await expectError(ana.endorse('ben', 'Cooking', true), 'validation', 'skill');
      await expectError(ana.endorse('nobody', 'Kubernetes', true), 'not-found');
      equal((await skill()).endorsements, 1, 'refused endorsements changed nothing');
    }),
  },
  {
    area, name: 'getPeople leaves out unknown ids; getPerson of an unknown id is not-found',
    run: (factory) => withFixture(factory, async (fx) => {
      const a = fx.as('ana');
      const found = await a.getPeople(['ana', 'nobody', 'ben']);
      deepEqual(found.map((p) => p.id).sort(), ['ana', 'ben'], 'known people');
      deepEqual(await a.getPeople([]), [], 'no ids');
      await expectError(a.getPerson('nobody'), 'not-found');
      equal((await a.getPerson('cyd')).name, 'Cyd Lin', 'getPerson');
    }),
  },
];

import type { Seed } from '../../seed.js';
import { scopes } from '../../scopes.js';
import type { Person } from '../../types.js';
import { deepEqual, equal, ok, show } from '../assert.js';
import { expectError, waitForEvent, withFixture } from '../helpers.js';
import { contractSeed } from '../seed.js';
import type { ContractCase } from '../types.js';

const area = 'roles';

/** The contract seed with one admin, `adm`. */
const rolesSeed: Seed = {
  ...contractSeed,
  people: [...contractSeed.people, { id: 'adm', name: 'Ada Admin', roles: ['member', 'admin'], title: 'Intranet owner', department: 'IT', skills: [] }],
};

/** Admins grant and revoke moderator and admin; nobody else may; the last admin stays. */
export const roleCases: ContractCase[] = [
  {
    area, name: 'an admin grants and revokes moderator; member is always kept; the person sees it as their own roles',
    run: (factory) => withFixture(factory, async (fx) => {
      const adm = fx.as('adm');
      let ben = await adm.people.setRoles('ben', ['moderator']);
      deepEqual(ben.roles, ['member', 'moderator'], 'roles after granting moderator');
      equal(ben.rolesSource, 'admin', 'rolesSource');
      deepEqual((await fx.as('ben').identity.currentUser())?.roles, ['member', 'moderator'], "ben's own roles");
      deepEqual((await fx.as('ben').people.getPerson('ben')).roles, ['member', 'moderator'], 'ben sees his own roles');
      ben = await adm.people.setRoles('ben', ['admin', 'moderator', 'member']);
      deepEqual(ben.roles, ['member', 'moderator', 'admin'], 'roles in order, each once');
      ben = await adm.people.setRoles('ben', []);
      deepEqual(ben.roles, ['member'], 'an empty list leaves member');
      deepEqual((await adm.people.getPerson('ben')).roles, ['member'], 'stored');
    }, rolesSeed),
  },
  {
    area, name: 'only admins change roles; bad input and unknown people are refused and change nothing',
    run: (factory) => withFixture(factory, async (fx) => {
      await expectError(fx.as('ana').people.setRoles('ana', ['admin']), 'forbidden');
      await expectError(fx.as('mod').people.setRoles('ben', ['moderator']), 'forbidden');
      await expectError(fx.as(null).people.setRoles('ben', ['moderator']), 'unauthenticated');
      await expectError(fx.as('adm').people.setRoles('ben', ['owner' as never]), 'validation', 'roles');
      await expectError(fx.as('adm').people.setRoles('ben', 'admin' as never), 'validation', 'roles');
      await expectError(fx.as('adm').people.setRoles('nobody', ['moderator']), 'not-found');
      deepEqual((await fx.as('adm').people.getPerson('ana')).roles, ['member'], 'ana unchanged');
      deepEqual((await fx.as('adm').people.getPerson('ben')).roles, ['member'], 'ben unchanged');
    }, rolesSeed),
  },
  {
    area, name: 'the last admin cannot be demoted; with a second admin they can',
    run: (factory) => withFixture(factory, async (fx) => {
      const adm = fx.as('adm');
      const refused = await expectError(adm.people.setRoles('adm', ['moderator']), 'conflict');
      ok(/last admin/i.test(refused.message), `says why: ${refused.message}`);
      deepEqual((await adm.people.getPerson('adm')).roles, ['member', 'admin'], 'still an admin');
      await adm.people.setRoles('cyd', ['admin']);
      const demoted = await adm.people.setRoles('adm', ['moderator']);
      deepEqual(demoted.roles, ['member', 'moderator'], 'demoted once another admin exists');
      await expectError(fx.as('cyd').people.setRoles('cyd', []), 'conflict');
    }, rolesSeed),
  },
  {
    area, name: 'roles are shown to admins and to the person only, also in live events',
    run: (factory) => withFixture(factory, async (fx) => {
      const seen = (p: Person) => ({ roles: p.roles, rolesSource: p.rolesSource });
      deepEqual(seen(await fx.as('ana').people.getPerson('mod')), { roles: undefined, rolesSource: undefined }, 'a member does not see roles');
      deepEqual((await fx.as('adm').people.getPerson('mod')).roles, ['member', 'moderator'], 'an admin does');
      const found = (await fx.as('cyd').people.searchPeople({ query: 'Mo Reyes' })).items.map((r) => r.person);
      ok(found.length > 0 && found.every((p) => p.roles === undefined), `search hides roles from members: ${show(found.map(seen))}`);
      const asAna = waitForEvent(fx.as('ana'), [scopes.person('ben')], 'person.updated');
      const asBen = waitForEvent(fx.as('ben'), [scopes.person('ben')], 'person.updated');
      try {
        await fx.as('adm').people.setRoles('ben', ['moderator']);
        const [toAna, toBen] = await Promise.all([asAna.event, asBen.event]);
        equal((toAna.data as Person).id, 'ben', 'event names ben');
        equal((toAna.data as Person).roles, undefined, 'roles hidden from another member');
        deepEqual((toBen.data as Person).roles, ['member', 'moderator'], 'ben hears his new roles');
      } finally {
        asAna.stop();
        asBen.stop();
      }
    }, rolesSeed),
  },
  {
    area, name: 'setRoles with one idempotency key takes effect once',
    run: (factory) => withFixture(factory, async (fx) => {
      const adm = fx.as('adm');
      const first = await adm.people.setRoles('ben', ['moderator'], { idempotencyKey: 'roles-1' });
      const again = await adm.people.setRoles('ben', ['moderator'], { idempotencyKey: 'roles-1' });
      deepEqual(again.roles, first.roles, 'replayed');
      await expectError(adm.people.setRoles('ben', ['admin'], { idempotencyKey: 'roles-1' }), 'conflict');
      deepEqual((await adm.people.getPerson('ben')).roles, ['member', 'moderator'], 'the reused key changed nothing');
    }, rolesSeed),
  },
];


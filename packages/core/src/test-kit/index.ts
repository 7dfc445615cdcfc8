/**
 * `@confab/core/test-kit`: the adapter contract as runnable cases. Run it against any adapter,
 * in a browser (mocha) or in Node (node:test).
 *
 * @example
 * ```ts
 * import { describe, it } from 'node:test';
 * import { runAdapterContract } from '@confab/core/test-kit';
 * runAdapterContract('MyAdapter', async (seed) => {
 *   const backend = await startBackend(seed);
 *   return { as: (user) => backend.adapterFor(user), close: () => backend.stop() };
 * }, { describe, it });
 * ```
 */
import { campaignCases } from './cases/campaigns.js';
import { feedbackCases } from './cases/feedback.js';
import { idempotencyCases } from './cases/idempotency.js';
import { liveCases } from './cases/live.js';
import { pagingCases } from './cases/paging.js';
import { peopleCases } from './cases/people.js';
import { roleCases } from './cases/roles.js';
import { permissionCases } from './cases/permissions.js';
import { profileCases } from './cases/profiles.js';
import { searchCases } from './cases/search.js';
import { validationCases } from './cases/validation.js';
import { visibilityCases } from './cases/visibility.js';
import { voteCases } from './cases/votes.js';
import { notificationCases } from './cases/notifications.js';
import { moderationCases } from './cases/moderation.js';
import { webhookCases } from './cases/webhooks.js';
import type { ContractCase, ContractFactory, TestRegistrar } from './types.js';

export type { ContractCase, ContractFactory, ContractFixture, TestRegistrar } from './types.js';
export { contractSeed } from './seed.js';
export { AssertionError } from './assert.js';

/** Every contract case, grouped by `area`. */
export const contractCases: ContractCase[] = [
  ...pagingCases, ...voteCases, ...permissionCases, ...validationCases, ...idempotencyCases,
  ...liveCases, ...visibilityCases, ...searchCases, ...feedbackCases, ...peopleCases,
  ...roleCases,
  ...profileCases,
  ...campaignCases,
  ...notificationCases,
  ...moderationCases,
  ...webhookCases,
];

/** Registers every case with `describe`/`it` (mocha globals or node:test), one `describe` per area. */
export function runAdapterContract(name: string, factory: ContractFactory, t: TestRegistrar): void {
  t.describe(`${name} adapter contract`, () => {
    for (const area of new Set(contractCases.map((c) => c.area))) {
      t.describe(area, () => {
        for (const c of contractCases.filter((x) => x.area === area)) t.it(c.name, () => c.run(factory));
      });
    }
  });
}

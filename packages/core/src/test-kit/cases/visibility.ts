import { isFullFeedback, type ChangeEvent } from '../../types.js';
import { deepEqual, equal, ok } from '../assert.js';
import { waitForEvent, withFixture } from '../helpers.js';
import type { ContractCase } from '../types.js';

const area = 'what each reader sees';

/** Subscribes `readers` to the subject, runs `write`, and returns the `type` event each reader received. */
async function eventsFor(
  fx: Parameters<Parameters<typeof withFixture>[1]>[0], readers: string[], type: 'feedback.created' | 'feedback.updated' | 'vote.changed',
  scope: string, write: () => Promise<unknown>,
): Promise<Map<string, ChangeEvent>> {
  const waits = readers.map((r) => [r, waitForEvent(fx.as(r), [scope], type)] as const);
  try {
    await write();
    const got = new Map<string, ChangeEvent>();
    for (const [reader, wait] of waits) got.set(reader, await wait.event);
    return got;
  } finally {
    for (const [, wait] of waits) wait.stop();
  }
}

/** Live events carry only what each reader may see: the rule of `visibleEvent`, on every adapter. */
export const visibilityCases: ContractCase[] = [
  {
    area, name: 'anonymous feedback: others get which feedback changed, the author and moderators get it whole, nobody learns the author',
    run: (factory) => withFixture(factory, async (fx) => {
      let id = '';
      const got = await eventsFor(fx, ['ana', 'ben', 'mod'], 'feedback.created', 'subject:page:/vis', async () => {
        id = (await fx.as('ana').feedback.sendFeedback({ subject: 'page:/vis', variant: 'helpful', rating: 1, comment: 'Out of date', anonymous: true })).id;
      });
      const ben = got.get('ben')!;
      deepEqual(ben.data, { id, subject: 'page:/vis', state: 'open' }, "another member's event data");
      equal(ben.actorId, null, "another member learns no actor");
      const mod = got.get('mod')!;
      ok(mod.type === 'feedback.created' && isFullFeedback(mod.data), 'a moderator gets the whole feedback');
      if (mod.type === 'feedback.created' && isFullFeedback(mod.data)) {
        equal(mod.data.comment, 'Out of date', 'comment for the moderator');
        equal(mod.data.author, null, 'anonymous author hidden from the moderator');
      }
      equal(mod.actorId, null, 'the moderator learns no actor of anonymous feedback');
      const ana = got.get('ana')!;
      ok(ana.type === 'feedback.created' && isFullFeedback(ana.data), 'the author gets the whole feedback');
      equal(ana.actorId, 'ana', 'the author sees their own action');
    }),
  },
  {
    area, name: "a moderator's response reaches the feedback's author in full and others as a stub",
    run: (factory) => withFixture(factory, async (fx) => {
      const got = await eventsFor(fx, ['cyd', 'ben'], 'feedback.updated', 'subject:page:/handbook',
        () => fx.as('mod').feedback.respondToFeedback('fb-1', { body: 'Fixed, thanks.' }));
      const cyd = got.get('cyd')!;
      ok(cyd.type === 'feedback.updated' && isFullFeedback(cyd.data) && cyd.data.response?.body === 'Fixed, thanks.', "the author reads the response");
      deepEqual(got.get('ben')!.data, { id: 'fb-1', subject: 'page:/handbook', state: 'open' }, 'another member gets a stub');
      equal(got.get('ben')!.actorId, null, 'no actor for another member');
    }),
  },
  {
    area, name: 'a vote does not say who voted, except to the voter',
    run: (factory) => withFixture(factory, async (fx) => {
      const got = await eventsFor(fx, ['ana', 'ben'], 'vote.changed', 'question:q-vpn',
        () => fx.as('ana').votes.setVote({ kind: 'question', id: 'q-vpn' }, true));
      equal(got.get('ben')!.actorId, null, "another reader's actorId");
      equal(got.get('ana')!.actorId, 'ana', "the voter's own actorId");
    }),
  },
];

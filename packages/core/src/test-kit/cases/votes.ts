import type { CompleteAdapter as Adapter } from '../../adapter.js';
import type { VoteTarget } from '../../types.js';
import { equal } from '../assert.js';
import { expectError, withFixture } from '../helpers.js';
import type { ContractCase } from '../types.js';

const area = 'votes';

function voteCase(target: VoteTarget, read: (a: Adapter) => Promise<{ votes: number; myVote: boolean }>): ContractCase {
  return {
    area, name: `${target.kind}: two people give 2, the same person twice 1, withdrawing goes back`,
    run: (factory) => withFixture(factory, async (fx) => {
      const ana = fx.as('ana');
      const ben = fx.as('cyd'); // not the author of the answer or the idea (ben wrote both)
      const base = (await read(ana)).votes;
      let s = await ana.votes.setVote(target, true);
      equal(s.votes, base + 1, 'after ana votes');
      equal(s.myVote, true, 'ana myVote');
      s = await ben.votes.setVote(target, true);
      equal(s.votes, base + 2, 'after ben votes');
      s = await ana.votes.setVote(target, true);
      equal(s.votes, base + 2, 'ana voting twice counts once');
      s = await ana.votes.setVote(target, false);
      equal(s.votes, base + 1, 'after ana withdraws');
      equal(s.myVote, false, 'ana myVote after withdrawing');
      const seenByBen = await read(ben);
      equal(seenByBen.votes, base + 1, 'stored votes');
      equal(seenByBen.myVote, true, "ben's myVote");
      equal((await read(ana)).myVote, false, "ana's myVote");
      s = await ben.votes.setVote(target, false);
      equal(s.votes, base, 'back to the start');
    }),
  };
}

/** One vote per person per item, toggling. */
export const voteCases: ContractCase[] = [
  voteCase({ kind: 'question', id: 'q-travel' }, async (a) => (await a.questions.getQuestion('q-travel')).question),
  voteCase({ kind: 'answer', id: 'a-travel' }, async (a) => (await a.questions.getQuestion('q-travel')).answers.find((x) => x.id === 'a-travel')!),
  voteCase({ kind: 'idea', id: 'i-02' }, (a) => a.ideas.getIdea('i-02')),
  {
    area, name: 'nobody votes for their own answer or idea; the asker may vote for their question',
    run: (factory) => withFixture(factory, async (fx) => {
      const ben = fx.as('ben');
      await expectError(ben.votes.setVote({ kind: 'answer', id: 'a-travel' }, true), 'forbidden');
      await expectError(ben.votes.setVote({ kind: 'idea', id: 'i-02' }, true), 'forbidden');
      const answer = (await ben.questions.getQuestion('q-travel')).answers.find((a) => a.id === 'a-travel')!;
      equal(answer.votes, 0, 'no vote stored on the answer');
      equal((await ben.ideas.getIdea('i-02')).votes, 0, 'no vote stored on the idea');
      equal((await ben.votes.setVote({ kind: 'idea', id: 'i-02' }, false)).myVote, false, 'withdrawing is allowed');
      equal((await fx.as('ana').votes.setVote({ kind: 'question', id: 'q-travel' }, true)).votes, 1, 'the asker votes for the question');
    }),
  },
  {
    area, name: 'voting on an unknown item is not-found',
    run: (factory) => withFixture(factory, async (fx) => {
      await expectError(fx.as('ana').votes.setVote({ kind: 'idea', id: 'nope' }, true), 'not-found');
    }),
  },
];

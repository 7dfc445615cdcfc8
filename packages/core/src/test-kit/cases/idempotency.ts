import { equal } from '../assert.js';
import { expectError, sleep, waitForEvent, withFixture } from '../helpers.js';
import type { ContractCase } from '../types.js';

const area = 'idempotency';

/** A retried write takes effect once. */
export const idempotencyCases: ContractCase[] = [
  {
    area, name: 'the same key and input return the first result, with one effect',
    run: (factory) => withFixture(factory, async (fx) => {
      const a = fx.as('ana');
      const input = { context: 'page:/retry', title: 'Is the retry safe?' };
      const first = await a.questions.askQuestion(input, { idempotencyKey: 'k-ask-1' });
      const again = await a.questions.askQuestion({ ...input }, { idempotencyKey: 'k-ask-1' });
      equal(again.id, first.id, 'same question returned');
      equal((await a.questions.listQuestions({ context: 'page:/retry' })).items.length, 1, 'one question stored');
    }),
  },
  {
    area, name: 'a replayed vote does not vote again',
    run: (factory) => withFixture(factory, async (fx) => {
      const a = fx.as('ana');
      const target = { kind: 'question' as const, id: 'q-travel' };
      const first = await a.votes.setVote(target, true, { idempotencyKey: 'k-vote-1' });
      equal(first.votes, 1, 'voted');
      await a.votes.setVote(target, false);
      const replay = await a.votes.setVote(target, true, { idempotencyKey: 'k-vote-1' });
      equal(replay.votes, 1, 'replay returns the first result');
      equal((await a.questions.getQuestion('q-travel')).question.votes, 0, 'the replay had no effect');
    }),
  },
  {
    area, name: 'the same key with another input is a conflict; keys are per user',
    run: (factory) => withFixture(factory, async (fx) => {
      const a = fx.as('ana');
      await a.questions.askQuestion({ context: 'page:/retry', title: 'First' }, { idempotencyKey: 'k-ask-2' });
      await expectError(a.questions.askQuestion({ context: 'page:/retry', title: 'Second' }, { idempotencyKey: 'k-ask-2' }), 'conflict');
      const ben = await fx.as('ben').questions.askQuestion({ context: 'page:/retry', title: 'Third' }, { idempotencyKey: 'k-ask-2' });
      equal(ben.title, 'Third', "another user's write with the same key");
      equal((await a.questions.listQuestions({ context: 'page:/retry' })).items.length, 2, 'two questions stored');
    }),
  },
  {
    area, name: 'a replay emits no second live event',
    run: (factory) => withFixture(factory, async (fx) => {
      const seen: string[] = [];
      const unsubscribe = fx.as('ben').live.subscribe(['idea:i-04'], (e) => seen.push(e.type));
      try {
        const wait = waitForEvent(fx.as('cyd'), ['idea:i-04'], 'comment.created');
        const first = await fx.as('ana').ideas.addComment('i-04', { body: 'Once' }, { idempotencyKey: 'k-c' });
        await wait.event;
        const again = await fx.as('ana').ideas.addComment('i-04', { body: 'Once' }, { idempotencyKey: 'k-c' });
        equal(again.id, first.id, 'same comment');
        await sleep(300);
        equal(seen.filter((t) => t === 'comment.created').length, 1, 'one event');
        equal((await fx.as('ana').ideas.getIdea('i-04')).commentCount, 1, 'one comment');
      } finally {
        unsubscribe();
      }
    }),
  },
];

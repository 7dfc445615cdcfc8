import type { CompleteAdapter as Adapter } from '../../adapter.js';
import type { ChangeEvent, ChangeType } from '../../types.js';
import { equal, ok, show } from '../assert.js';
import { dataId, sleep, waitForEvent, withFixture } from '../helpers.js';
import type { ContractCase, ContractFixture } from '../types.js';

const area = 'live events';

interface LiveSpec {
  name: string;
  /** The scope `ben` listens to. */
  scope: string;
  type: ChangeType;
  /** Scopes the event must carry besides the listened one and `all`. */
  scopes?: string[];
  /** Who writes (default `ana`). */
  writer?: string;
  /** Makes the change and returns the id the event's data must carry. */
  write(a: Adapter): Promise<string>;
}

function liveCase(spec: LiveSpec): ContractCase {
  return {
    area, name: spec.name,
    run: (factory) => withFixture(factory, async (fx: ContractFixture) => {
      const wait = waitForEvent(fx.as('ben'), [spec.scope], spec.type);
      let event: ChangeEvent;
      try {
        const id = await spec.write(fx.as(spec.writer ?? 'ana'));
        event = await wait.event;
        equal(dataId(event), id, 'event data id');
      } finally {
        wait.stop();
      }
      for (const scope of [spec.scope, 'all', ...(spec.scopes ?? [])]) ok(event.scopes.includes(scope), `scope ${scope} in ${show(event.scopes)}`);
      // Who voted, endorsed or sent feedback is not told to other readers.
      const privateActor = ['vote.changed', 'person.updated', 'feedback.created', 'feedback.updated'].includes(spec.type);
      equal(event.actorId, privateActor ? null : spec.writer ?? 'ana', 'actorId');
      ok(typeof event.id === 'string' && event.id.length > 0, 'event id');
    }),
  };
}

/** Every change reaches subscribers of its scopes, across users. */
export const liveCases: ContractCase[] = [
  liveCase({
    name: 'question.created in the context, question and all scopes', scope: 'context:page:/handbook', type: 'question.created',
    write: async (a) => (await a.questions.askQuestion({ context: 'page:/handbook', title: 'Is there parking?' })).id,
  }),
  liveCase({
    name: 'answer.created in the question scope', scope: 'question:q-vpn', type: 'answer.created', scopes: ['context:page:/it/vpn'],
    write: async (a) => (await a.questions.answerQuestion('q-vpn', { body: 'Call the help desk.' })).id,
  }),
  liveCase({
    name: "vote.changed on an answer in its question's scope", scope: 'question:q-travel', type: 'vote.changed',
    write: async (a) => {
      const s = await a.votes.setVote({ kind: 'answer', id: 'a-travel' }, true);
      equal(s.votes, 1, 'vote count');
      return s.id;
    },
  }),
  liveCase({
    name: 'answer.accepted in the question scope', scope: 'question:q-travel', type: 'answer.accepted',
    write: async (a) => (await a.questions.acceptAnswer('q-travel', 'a-travel')).question.id,
  }),
  liveCase({
    name: 'idea.created in the campaign scope', scope: 'campaign:c-open', type: 'idea.created',
    write: async (a) => (await a.ideas.submitIdea({ campaign: 'c-open', title: 'Bike sheds' })).id,
  }),
  liveCase({
    name: "an idea without campaign in 'campaign:none'", scope: 'campaign:none', type: 'idea.created',
    write: async (a) => (await a.ideas.submitIdea({ campaign: null, title: 'Quiet rooms' })).id,
  }),
  liveCase({
    name: 'idea.status-changed in the idea scope', scope: 'idea:i-05', type: 'idea.status-changed', scopes: ['campaign:c-open'], writer: 'mod',
    write: async (a) => (await a.ideas.changeIdeaStatus('i-05', { status: 'under-review', note: 'Looking at it.' })).id,
  }),
  liveCase({
    name: 'comment.created in the idea scope', scope: 'idea:i-06', type: 'comment.created',
    write: async (a) => (await a.ideas.addComment('i-06', { body: 'Yes please.' })).id,
  }),
  liveCase({
    name: 'feedback.created in the subject scope', scope: 'subject:page:/handbook', type: 'feedback.created',
    write: async (a) => (await a.feedback.sendFeedback({ subject: 'page:/handbook', variant: 'stars', rating: 4 })).id,
  }),
  liveCase({
    name: 'feedback.updated when a moderator responds', scope: 'subject:page:/handbook', type: 'feedback.updated', writer: 'mod',
    write: async (a) => (await a.feedback.respondToFeedback('fb-1', { body: 'Thank you!' })).id,
  }),
  liveCase({
    name: 'person.updated in the person scope after an endorsement', scope: 'person:ben', type: 'person.updated',
    write: async (a) => (await a.people.endorse('ben', 'Kubernetes', true)).id,
  }),
  {
    area, name: 'no events after unsubscribing',
    run: (factory) => withFixture(factory, async (fx) => {
      const seen: ChangeEvent[] = [];
      const unsubscribe = fx.as('ben').live.subscribe(['all'], (e) => seen.push(e));
      unsubscribe();
      const probe = waitForEvent(fx.as('cyd'), ['all'], 'question.created');
      await fx.as('ana').questions.askQuestion({ context: 'page:/quiet', title: 'Silence?' });
      await probe.event;
      await sleep(200);
      equal(seen.length, 0, 'events after unsubscribe');
    }),
  },
];

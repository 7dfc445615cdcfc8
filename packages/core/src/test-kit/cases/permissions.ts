import { equal, ok } from '../assert.js';
import { expectError, withFixture } from '../helpers.js';
import type { ContractCase } from '../types.js';

const area = 'permissions';

/** Who may do what. */
export const permissionCases: ContractCase[] = [
  {
    area, name: 'only the asker or a moderator accepts an answer',
    run: (factory) => withFixture(factory, async (fx) => {
      await expectError(fx.as('ben').questions.acceptAnswer('q-travel', 'a-travel'), 'forbidden');
      await expectError(fx.as('cyd').questions.acceptAnswer('q-travel', 'a-travel'), 'forbidden');
      equal((await fx.as('ana').questions.getQuestion('q-travel')).question.acceptedAnswerId, null, 'refused accept changed nothing');
      const thread = await fx.as('ana').questions.acceptAnswer('q-travel', 'a-travel');
      equal(thread.question.acceptedAnswerId, 'a-travel', 'asker accepted');
      ok(thread.answers[0]?.id === 'a-travel' && thread.answers[0].accepted, 'accepted answer first and marked');
      const byMod = await fx.as('mod').questions.acceptAnswer('q-vpn', 'a-vpn');
      equal(byMod.question.acceptedAnswerId, 'a-vpn', 'moderator accepted');
    }),
  },
  {
    area, name: 'only the asker or a moderator routes a question',
    run: (factory) => withFixture(factory, async (fx) => {
      await expectError(fx.as('ben').questions.routeQuestion('q-travel', ['cyd']), 'forbidden');
      const q = await fx.as('ana').questions.routeQuestion('q-travel', ['cyd']);
      ok(q.routedTo.some((p) => p.id === 'cyd'), 'routed to cyd');
    }),
  },
  {
    area, name: 'only moderators change an idea status',
    run: (factory) => withFixture(factory, async (fx) => {
      await expectError(fx.as('ana').ideas.changeIdeaStatus('i-01', { status: 'planned', note: 'Yes' }), 'forbidden');
      await expectError(fx.as('cyd').ideas.changeIdeaStatus('i-01', { status: 'planned', note: 'Mine' }), 'forbidden');
      equal((await fx.as('ana').ideas.getIdea('i-01')).status, 'new', 'refused change left the status');
      const idea = await fx.as('mod').ideas.changeIdeaStatus('i-01', { status: 'planned', note: 'Next quarter.' });
      equal(idea.status, 'planned', 'status');
      equal(idea.statusChange?.note, 'Next quarter.', 'note');
      equal(idea.statusChange?.by.id, 'mod', 'reviewer');
      equal((await fx.as('ana').ideas.getIdea('i-01')).statusChange?.status, 'planned', 'stored');
    }),
  },
  {
    area, name: 'only moderators list, respond to and change feedback',
    run: (factory) => withFixture(factory, async (fx) => {
      const ana = fx.as('ana');
      await expectError(ana.feedback.listFeedback({}), 'forbidden');
      await expectError(ana.feedback.respondToFeedback('fb-1', { body: 'Thanks' }), 'forbidden');
      await expectError(ana.feedback.setFeedbackState('fb-1', 'actioned'), 'forbidden');
      const list = await fx.as('mod').feedback.listFeedback({});
      ok(list.items.some((f) => f.id === 'fb-1'), 'moderator lists feedback');
      equal(list.items.find((f) => f.id === 'fb-1')?.response, null, 'refused response changed nothing');
    }),
  },
  {
    area, name: 'signed out: reads work, writes are unauthenticated',
    run: (factory) => withFixture(factory, async (fx) => {
      const out = fx.as(null);
      equal(await out.identity.currentUser(), null, 'currentUser');
      ok((await out.questions.listQuestions({ context: 'page:/handbook' })).items.length === 1, 'reads work');
      await expectError(out.questions.askQuestion({ context: 'page:/handbook', title: 'Anyone?' }), 'unauthenticated');
      await expectError(out.votes.setVote({ kind: 'question', id: 'q-travel' }, true), 'unauthenticated');
      await expectError(out.feedback.sendFeedback({ subject: 'page:/handbook', variant: 'helpful', rating: 5 }), 'unauthenticated');
      await expectError(out.ideas.submitIdea({ campaign: 'c-open', title: 'Bikes' }), 'unauthenticated');
      equal((await out.questions.getQuestion('q-travel')).question.votes, 0, 'no vote stored');
    }),
  },
  {
    area, name: 'closed campaign is a conflict; unknown items are not-found',
    run: (factory) => withFixture(factory, async (fx) => {
      const ana = fx.as('ana');
      await expectError(ana.ideas.submitIdea({ campaign: 'c-closed', title: 'Fireworks' }), 'conflict');
      await expectError(ana.ideas.submitIdea({ campaign: 'c-nope', title: 'Fireworks' }), 'not-found');
      await expectError(ana.questions.getQuestion('q-nope'), 'not-found');
      await expectError(ana.ideas.getIdea('i-nope'), 'not-found');
      await expectError(ana.ideas.getCampaign('c-nope'), 'not-found');
      equal((await ana.ideas.listIdeas({ campaign: 'c-closed' })).items.length, 1, 'closed campaign unchanged');
      equal((await ana.identity.currentUser())?.id, 'ana', 'current user');
    }),
  },
];

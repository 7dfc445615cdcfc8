import { equal, ok } from '../assert.js';
import { withFixture } from '../helpers.js';
import type { ContractCase } from '../types.js';

const area = 'feedback';

/** Feedback reaches its owner and the owner's response reaches the reader. */
export const feedbackCases: ContractCase[] = [
  {
    area, name: 'send, respond, and myFeedback shows the response; summary counts',
    run: (factory) => withFixture(factory, async (fx) => {
      const ana = fx.as('ana');
      const mod = fx.as('mod');
      const subject = 'page:/travel';
      const sent = await ana.feedback.sendFeedback({ subject, variant: 'helpful', rating: 1, reason: 'Out of date', comment: '  The form moved.  ' });
      equal(sent.comment, 'The form moved.', 'comment trimmed');
      equal(sent.author?.id, 'ana', 'author');
      equal((await ana.feedback.myFeedback(subject))?.response, null, 'no response yet');
      const listed = await mod.feedback.listFeedback({ subject });
      equal(listed.items[0]?.id, sent.id, 'moderator sees it');
      const responded = await mod.feedback.respondToFeedback(sent.id, { body: 'Fixed, thanks!' });
      equal(responded.response?.body, 'Fixed, thanks!', 'response');
      const mine = await ana.feedback.myFeedback(subject);
      equal(mine?.response?.body, 'Fixed, thanks!', 'reader sees the response');
      equal(mine?.response?.by.id, 'mod', 'responder');
      let summary = await ana.feedback.feedbackSummary(subject);
      equal(summary.count, 1, 'count');
      equal(summary.helpfulCount, 1, 'helpfulCount');
      equal(summary.helpful, 0, 'helpful');
      equal(summary.open, 1, 'open');
      await mod.feedback.setFeedbackState(sent.id, 'actioned');
      summary = await ana.feedback.feedbackSummary(subject);
      equal(summary.open, 0, 'open after actioned');
      equal((await mod.feedback.listFeedback({ subject, state: 'actioned' })).items.length, 1, 'state filter');
    }),
  },
  {
    area, name: 'anonymous feedback hides its author from moderators, not from its author',
    run: (factory) => withFixture(factory, async (fx) => {
      const subject = 'page:/anon';
      await fx.as('ben').feedback.sendFeedback({ subject, variant: 'stars', rating: 2, anonymous: true });
      const listed = await fx.as('mod').feedback.listFeedback({ subject });
      equal(listed.items.length, 1, 'listed');
      equal(listed.items[0]!.author, null, 'author hidden from moderator');
      equal(listed.items[0]!.anonymous, true, 'anonymous flag');
      equal((await fx.as('ben').feedback.myFeedback(subject))?.author?.id, 'ben', 'author sees own');
    }),
  },
  {
    area, name: 'sending again replaces your earlier feedback: one record, counted once',
    run: (factory) => withFixture(factory, async (fx) => {
      const subject = 'page:/again';
      const ben = fx.as('ben');
      const first = await ben.feedback.sendFeedback({ subject, variant: 'stars', rating: 2, anonymous: true });
      await fx.as('mod').feedback.setFeedbackState(first.id, 'actioned');
      const second = await ben.feedback.sendFeedback({ subject, variant: 'stars', rating: 4, comment: 'Better now.' });
      equal(second.id, first.id, 'the same record');
      equal(second.rating, 4, 'the new rating');
      equal(second.anonymous, false, 'the new choice of anonymity');
      equal(second.state, 'open', 'open again for the owner');
      equal((await ben.feedback.myFeedback(subject))?.comment, 'Better now.', 'myFeedback shows the new answer');
      await fx.as('cyd').feedback.sendFeedback({ subject, variant: 'stars', rating: 5 });
      const listed = await fx.as('mod').feedback.listFeedback({ subject });
      equal(listed.items.length, 2, 'one item per person');
      const summary = await ben.feedback.feedbackSummary(subject);
      equal(summary.count, 2, 'each person counted once');
      equal(summary.average, 4.5, 'average of the latest answers');
      ok(summary.starsCount === 2, 'starsCount');
    }),
  },
];

import { LIMITS } from '../../limits.js';
import { equal } from '../assert.js';
import { expectError, withFixture } from '../helpers.js';
import type { ContractCase } from '../types.js';

const area = 'validation';
const long = (n: number) => 'x'.repeat(n);

/** Bad input is refused field by field and changes nothing. */
export const validationCases: ContractCase[] = [
  {
    area, name: 'questions: blank or oversized title, oversized body; nothing stored; inputs trimmed',
    run: (factory) => withFixture(factory, async (fx) => {
      const a = fx.as('ana');
      const ctx = 'page:/handbook';
      const count = async () => (await a.questions.listQuestions({ context: ctx, limit: 100 })).items.length;
      const before = await count();
      await expectError(a.questions.askQuestion({ context: ctx, title: '   ' }), 'validation', 'title');
      await expectError(a.questions.askQuestion({ context: ctx, title: long(LIMITS.title + 1) }), 'validation', 'title');
      await expectError(a.questions.askQuestion({ context: ctx, title: 'Fine', body: long(LIMITS.body + 1) }), 'validation', 'body');
      equal(await count(), before, 'no question stored');
      const q = await a.questions.askQuestion({ context: ctx, title: '  Where is the canteen?  ' });
      equal(q.title, 'Where is the canteen?', 'title trimmed');
    }),
  },
  {
    area, name: 'answers and comments: blank or oversized body',
    run: (factory) => withFixture(factory, async (fx) => {
      const a = fx.as('ana');
      await expectError(a.questions.answerQuestion('q-vpn', { body: ' \n ' }), 'validation', 'body');
      await expectError(a.questions.answerQuestion('q-vpn', { body: long(LIMITS.body + 1) }), 'validation', 'body');
      equal((await a.questions.getQuestion('q-vpn')).answers.length, 1, 'no answer stored');
      await expectError(a.ideas.addComment('i-01', { body: '' }), 'validation', 'body');
      await expectError(a.ideas.addComment('i-01', { body: long(LIMITS.comment + 1) }), 'validation', 'body');
      equal((await a.ideas.getIdea('i-01')).commentCount, 1, 'no comment stored');
    }),
  },
  {
    area, name: 'feedback: bad ratings and oversized comment',
    run: (factory) => withFixture(factory, async (fx) => {
      const a = fx.as('ana');
      const subject = 'page:/handbook';
      await expectError(a.feedback.sendFeedback({ subject, variant: 'helpful', rating: 3 }), 'validation', 'rating');
      await expectError(a.feedback.sendFeedback({ subject, variant: 'stars', rating: 2.5 }), 'validation', 'rating');
      await expectError(a.feedback.sendFeedback({ subject, variant: 'stars', rating: 6 }), 'validation', 'rating');
      await expectError(a.feedback.sendFeedback({ subject, variant: 'stars', rating: 4, comment: long(LIMITS.feedbackComment + 1) }), 'validation', 'comment');
      equal((await a.feedback.feedbackSummary(subject)).count, 1, 'no feedback stored');
      equal(await a.feedback.myFeedback(subject), null, 'nothing of mine');
    }),
  },
  {
    area, name: 'idea status: note required, status must be known',
    run: (factory) => withFixture(factory, async (fx) => {
      const m = fx.as('mod');
      await expectError(m.ideas.changeIdeaStatus('i-02', { status: 'planned', note: '  ' }), 'validation', 'note');
      await expectError(m.ideas.changeIdeaStatus('i-02', { status: 'bogus' as 'planned', note: 'Why not' }), 'validation', 'status');
      const idea = await m.ideas.getIdea('i-02');
      equal(idea.status, 'new', 'status unchanged');
      equal(idea.statusChange, null, 'no status change');
    }),
  },
  {
    area, name: 'tags: too many, or one too long',
    run: (factory) => withFixture(factory, async (fx) => {
      const a = fx.as('ana');
      const tags = Array.from({ length: LIMITS.tags + 1 }, (_, i) => `tag${i}`);
      await expectError(a.questions.askQuestion({ context: 'page:/x', title: 'Tags?', tags }), 'validation', 'tags');
      await expectError(a.questions.askQuestion({ context: 'page:/x', title: 'Tags?', tags: [long(LIMITS.tag + 1)] }), 'validation', 'tags');
      await expectError(a.ideas.submitIdea({ campaign: 'c-open', title: 'Tags?', tags }), 'validation', 'tags');
      equal((await a.questions.listQuestions({ context: 'page:/x' })).items.length, 0, 'nothing stored');
    }),
  },
];

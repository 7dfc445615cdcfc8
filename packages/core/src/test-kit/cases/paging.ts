import type { ContractCase } from '../types.js';
import { deepEqual, equal, ok } from '../assert.js';
import { allPages, withFixture } from '../helpers.js';

const area = 'paging and ordering';
const CTX = 'page:/paging';

/** Cursor paging and list orders. */
export const pagingCases: ContractCase[] = [
  {
    area, name: "questions 'new': pages of 7 cover all 23 once, newest first, nextCursor null at the end",
    run: (factory) => withFixture(factory, async (fx) => {
      const a = fx.as('ana');
      const { items, sizes } = await allPages((cursor) => a.questions.listQuestions({ context: CTX, sort: 'new', limit: 7, cursor }));
      deepEqual(sizes, [7, 7, 7, 2], 'page sizes');
      equal(new Set(items.map((q) => q.id)).size, 23, 'distinct questions');
      for (let i = 1; i < items.length; i++) ok(items[i - 1]!.createdAt >= items[i]!.createdAt, `newest first at ${i}`);
      equal(items[0]!.id, 'q-p23', 'newest question first');
    }),
  },
  {
    area, name: "questions 'votes': most votes first, same set as 'new'",
    run: (factory) => withFixture(factory, async (fx) => {
      const a = fx.as('ana');
      const { items } = await allPages((cursor) => a.questions.listQuestions({ context: CTX, sort: 'votes', limit: 5, cursor }));
      equal(items.length, 23, 'questions over all pages');
      equal(new Set(items.map((q) => q.id)).size, 23, 'distinct questions');
      for (let i = 1; i < items.length; i++) ok(items[i - 1]!.votes >= items[i]!.votes, `votes non-increasing at ${i}`);
      deepEqual(items.slice(0, 4).map((q) => [q.id, q.votes]), [['q-p05', 4], ['q-p10', 3], ['q-p15', 2], ['q-p02', 1]], 'top four by votes');
    }),
  },
  {
    area, name: 'limit defaults to 20 and is clamped to 1..100',
    run: (factory) => withFixture(factory, async (fx) => {
      const a = fx.as('ana');
      const first = await a.questions.listQuestions({ context: CTX });
      equal(first.items.length, 20, 'default page size');
      ok(first.nextCursor !== null, 'a next page exists');
      equal((await a.questions.listQuestions({ context: CTX, limit: 1000 })).items.length, 23, 'large limit clamped, all fit');
      equal((await a.questions.listQuestions({ context: CTX, limit: 0 })).items.length, 1, 'limit 0 clamped to 1');
    }),
  },
  {
    area, name: 'question filters: context, every tag, text, answered status',
    run: (factory) => withFixture(factory, async (fx) => {
      const a = fx.as('ana');
      const both = await a.questions.listQuestions({ context: CTX, tags: ['alpha', 'beta'], limit: 100 });
      equal(both.items.length, 7, 'questions with both tags');
      ok(both.items.every((q) => q.tags.includes('beta')), 'each has every tag');
      const text = await a.questions.listQuestions({ text: 'travel policy' });
      deepEqual(text.items.map((q) => q.id), ['q-travel'], 'text filter');
      const answered = await a.questions.listQuestions({ status: 'answered', limit: 100 });
      deepEqual(answered.items.map((q) => q.id), ['q-k8s'], 'answered filter');
      const vpn = await a.questions.listQuestions({ context: 'page:/it/vpn' });
      deepEqual(vpn.items.map((q) => q.id), ['q-vpn'], 'context filter');
    }),
  },
  {
    area, name: "ideas 'top' and 'new' over pages; campaign and status filters",
    run: (factory) => withFixture(factory, async (fx) => {
      const a = fx.as('ana');
      const top = await allPages((cursor) => a.ideas.listIdeas({ campaign: 'c-open', sort: 'top', limit: 5, cursor }));
      deepEqual(top.sizes, [5, 5, 2], 'page sizes');
      equal(new Set(top.items.map((i) => i.id)).size, 12, 'distinct ideas');
      for (let i = 1; i < 12; i++) ok(top.items[i - 1]!.votes >= top.items[i]!.votes, `votes non-increasing at ${i}`);
      deepEqual(top.items.slice(0, 4).map((i) => i.id), ['i-03', 'i-07', 'i-11', 'i-01'], 'top four');
      equal(top.items[4]!.id, 'i-12', 'ties broken newest first');
      const fresh = await allPages((cursor) => a.ideas.listIdeas({ campaign: 'c-open', sort: 'new', limit: 5, cursor }));
      for (let i = 1; i < 12; i++) ok(fresh.items[i - 1]!.createdAt >= fresh.items[i]!.createdAt, `newest first at ${i}`);
      deepEqual((await a.ideas.listIdeas({ campaign: null })).items.map((i) => i.id), ['i-free'], 'ideas without campaign');
      equal((await a.ideas.listIdeas({ limit: 100 })).items.length, 14, 'all ideas when campaign is undefined');
      deepEqual((await a.ideas.listIdeas({ status: 'declined' })).items.map((i) => i.id), ['i-party'], 'status filter');
    }),
  },
  {
    area, name: "ideas 'top' follows votes cast and withdrawn after loading; a question just asked leads 'new'",
    run: (factory) => withFixture(factory, async (fx) => {
      for (const by of ['ana', 'cyd', 'mod']) await fx.as(by).votes.setVote({ kind: 'idea', id: 'i-12' }, true);
      const a = fx.as('ana');
      const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);
      deepEqual(ids(await a.ideas.listIdeas({ campaign: 'c-open', sort: 'top', limit: 3 })), ['i-03', 'i-12', 'i-07'], 'three votes: above the older idea with three');
      await a.votes.setVote({ kind: 'idea', id: 'i-03' }, false);
      const first = await a.ideas.listIdeas({ campaign: 'c-open', sort: 'top', limit: 3 });
      deepEqual(ids(first), ['i-12', 'i-07', 'i-03'], 'a withdrawn vote: ties newest first');
      deepEqual(ids(await a.ideas.listIdeas({ campaign: 'c-open', sort: 'top', limit: 3, cursor: first.nextCursor! })), ['i-11', 'i-01', 'i-10'], 'the next page');
      const asked = await a.questions.askQuestion({ context: CTX, title: 'A question asked just now?' });
      deepEqual(ids(await a.questions.listQuestions({ context: CTX, limit: 2 })), [asked.id, 'q-p23'], 'newest first');
    }),
  },
];

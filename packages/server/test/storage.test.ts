/**
 * The SQL storage (`openStore`) on SQLite and PostgreSQL: one suite, both databases. The
 * PostgreSQL half needs `CONFAB_TEST_PG_URL` (scripts/run-node-tests.mjs starts a cluster).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ValidationError, type Seed, type User, type VoteTarget } from '@confab/core';
import { questions as questionRules, runWrite, type NewEvent, type Repositories, type StoredEvent } from '@confab/core/domain';
import pg from 'pg';
import { postgresMigrations } from '../src/storage/sql/migrations/postgres.js';
import { openStore } from '../src/storage/sql/store.js';
import type { ServerStore } from '../src/storage/store.js';
import { PG_SKIP, freshPgDatabase } from './pg-database.js';

const TMP = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
const DAY = 86_400_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

const seed: Seed = {
  currentUser: 'ann',
  people: [
    { id: 'ann', name: 'Ann Archer', roles: ['member'], title: 'Engineer', skills: [{ name: 'TypeScript', endorsedBy: ['ben'] }, 'SQL'] },
    { id: 'ben', name: 'Ben Baker', avatarUrl: 'https://example.test/ben.png' },
    { id: 'cyd', name: 'Cyd Cole', roles: ['moderator'] },
  ],
  questions: [
    { id: 'q1', context: 'page:/seed', title: 'How do I reset my password?', body: 'The reset link expired.', tags: ['Accounts'], author: 'ben', createdAt: ago(3 * DAY) },
    { id: 'q2', context: 'page:/seed', title: 'Typed queries in TypeScript', body: 'Is Kysely worth it?', tags: ['typescript', 'SQL'], author: 'cyd', createdAt: ago(2 * DAY), acceptedAnswerId: 'a1' },
  ],
  answers: [
    { id: 'a1', questionId: 'q2', body: 'Yes.', author: 'ann', createdAt: ago(DAY) },
    { id: 'a2', questionId: 'q2', body: 'Maybe.', author: 'ben', createdAt: ago(DAY / 2) },
  ],
  campaigns: [{ id: 'c1', title: 'Greener office', purpose: 'Ideas to save energy', createdAt: ago(10 * DAY) }],
  ideas: [
    { id: 'i1', campaignId: 'c1', title: 'Turn off the lights at night', author: 'ben', createdAt: ago(5 * DAY) },
    { id: 'i2', campaignId: 'c1', title: 'Solar panels on the roof', tags: ['Energy'], author: 'cyd', createdAt: ago(4 * DAY) },
    { id: 'i3', campaignId: null, title: 'Standing desks', author: 'ann', createdAt: ago(3 * DAY) },
  ],
  comments: [{ id: 'k1', ideaId: 'i1', body: 'Motion sensors!', author: 'ann', createdAt: ago(4 * DAY) }],
  feedback: [{ id: 'f1', subject: 'page:/seed', variant: 'stars', rating: 4, author: 'ben', createdAt: ago(DAY) }],
  votes: [
    { kind: 'idea', id: 'i1', by: 'ann', at: ago(30 * DAY) }, { kind: 'idea', id: 'i1', by: 'cyd', at: ago(30 * DAY) },
    { kind: 'idea', id: 'i2', by: 'ann' },
    { kind: 'answer', id: 'a2', by: 'cyd' },
  ],
};

const ann: User = { id: 'ann', name: 'Ann Archer', roles: ['member'] };

/** A new event as the domain makes one. */
const event = (n: number): NewEvent => ({
  type: 'vote.changed', scopes: ['test', 'all'], actorId: 'ann', ownerId: null, data: { kind: 'idea', id: `e${n}`, votes: n, myVote: true },
});

/** Calls `fn` with a transaction that stays open until the returned `release` is called. */
/** One person's vote as the domain sets it: recorded, then the count moved when it changed. */
async function vote(repos: Repositories, target: VoteTarget, personId: string, on: boolean): Promise<{ votes: number; changed: boolean }> {
  const changed = await repos.votes.record(target, personId, on);
  return { votes: await repos.votes.tally(target, changed ? (on ? 1 : -1) : 0), changed };
}

function openTransaction(store: ServerStore, fn: (repos: Repositories) => Promise<void>) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => { release = resolve; });
  let started!: () => void;
  const ready = new Promise<void>((resolve) => { started = resolve; });
  const done = store.transaction(async (repos) => {
    await fn(repos);
    started();
    await gate;
  });
  return { ready, release, done };
}

/** Whether `promise` is still pending after `ms`. */
async function pending(promise: Promise<unknown>, ms = 200): Promise<boolean> {
  const tick = Symbol('pending');
  return (await Promise.race([promise.then(() => null, () => null), new Promise((r) => setTimeout(() => r(tick), ms))])) === tick;
}

interface Backend {
  name: string;
  skip: string | false;
  /** A new empty database's url and how to remove it. */
  create(): Promise<{ url: string; drop(): Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: 'SQLite',
    skip: false,
    async create() {
      const dir = mkdtempSync(join(TMP, 'confab-storage-'));
      return { url: join(dir, 'confab.db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  { name: 'PostgreSQL', skip: PG_SKIP, create: () => freshPgDatabase('confab_storage') },
];

for (const backend of backends) {
  describe(`storage on ${backend.name}`, { skip: backend.skip }, () => {
    let database: { url: string; drop(): Promise<void> };
    let store: ServerStore;

    before(async () => {
      database = await backend.create();
      store = await openStore({ url: database.url, poolSize: 6 });
      assert.equal(await store.isEmpty(), true);
      await store.seed(seed);
    });
    after(async () => {
      await store?.close();
      await database?.drop();
    });

    it('loads the seed: people, skills, endorsements and evidence per tag', async () => {
      assert.equal(store.dialect, backend.name === 'SQLite' ? 'sqlite' : 'postgres');
      assert.equal(await store.isEmpty(), false);
      assert.equal(await store.defaultUserId(), 'ann');
      assert.deepEqual((await store.repos.people.listUsers()).map((u) => u.id), ['ann', 'ben', 'cyd']);
      assert.deepEqual(await store.repos.people.user('ben'), { id: 'ben', name: 'Ben Baker', avatarUrl: 'https://example.test/ben.png', roles: ['member'] });
      const [annView, benView] = await store.read((repos) => repos.people.get(['ann', 'nobody', 'ben'], 'ben'));
      assert.equal(benView?.id, 'ben', 'in the order asked, unknown ids left out');
      assert.equal(annView?.title, 'Engineer');
      assert.deepEqual(annView?.skills, [{ name: 'TypeScript', endorsements: 1, endorsedByMe: true }, { name: 'SQL', endorsements: 0, endorsedByMe: false }]);
      assert.deepEqual(annView?.evidence, [{ skill: 'SQL', acceptedAnswers: 1, answers: 1 }, { skill: 'TypeScript', acceptedAnswers: 1, answers: 1 }]);
      assert.deepEqual(benView?.evidence, [{ skill: 'SQL', acceptedAnswers: 0, answers: 1 }, { skill: 'typescript', acceptedAnswers: 0, answers: 1 }]);
      assert.deepEqual([...await store.repos.people.existing(['ann', 'zed', 'cyd'])].sort(), ['ann', 'cyd']);
      assert.deepEqual((await store.repos.people.all(null)).map((p) => p.id), ['ann', 'ben', 'cyd']);
    });

    it('ensures people and sets endorsements once', async () => {
      await store.repos.people.ensure('dee', 'Dee Dunn', ['member']);
      await store.repos.people.ensure('dee', 'Another Name', ['admin']);
      assert.deepEqual(await store.repos.people.user('dee'), { id: 'dee', name: 'Dee Dunn', roles: ['member'] });
      assert.equal(await store.repos.people.declaredSkill('ann', 'typescript'), 'TypeScript');
      assert.equal(await store.repos.people.declaredSkill('ann', 'Rust'), null);
      await store.transaction(async (repos) => {
        assert.equal(await repos.people.setEndorsement('ann', 'SQL', 'dee', true), true);
        assert.equal(await repos.people.setEndorsement('ann', 'SQL', 'dee', true), false);
      });
      assert.equal((await store.repos.people.get(['ann'], 'dee'))[0]?.skills[1]?.endorsedByMe, true);
      await store.transaction(async (repos) => {
        assert.equal(await repos.people.setEndorsement('ann', 'SQL', 'dee', false), true);
        assert.equal(await repos.people.setEndorsement('ann', 'SQL', 'dee', false), false);
      });
    });

    it('stores a question, its answers, acceptance, routing and votes in a transaction', async () => {
      const q = await store.transaction((repos) => repos.questions.ask(
        { context: 'page:/trip', title: 'Round trip?', body: 'Body', tags: ['One', 'two'], notify: ['ben', 'cyd'] }, 'ann'));
      assert.match(q.id, /^q_/);
      assert.deepEqual(q.tags, ['One', 'two']);
      assert.deepEqual(q.routedTo.map((p) => p.id), ['ben', 'cyd']);
      assert.deepEqual(q.author, { id: 'ann', name: 'Ann Archer' });
      const answer = await store.transaction((repos) => repos.questions.answer(q.id, 'An answer', 'ben'));
      assert.match(answer.id, /^a_/);
      assert.equal(answer.author.avatarUrl, 'https://example.test/ben.png');
      const second = await store.transaction((repos) => repos.questions.answer(q.id, 'Another', 'cyd'));
      await store.transaction(async (repos) => {
        assert.equal(await repos.questions.answerQuestionId(second.id), q.id);
        assert.equal(await repos.questions.answerQuestionId('a_nothing'), null);
        await repos.questions.accept(q.id, second.id);
        await repos.questions.route(q.id, ['cyd', 'ann', 'ann']);
        assert.deepEqual(await vote(repos, { kind: 'answer', id: answer.id }, 'ann', true), { votes: 1, changed: true });
        assert.deepEqual(await vote(repos, { kind: 'answer', id: answer.id }, 'ann', true), { votes: 1, changed: false });
        assert.equal((await vote(repos, { kind: 'question', id: q.id }, 'cyd', true)).votes, 1);
      });
      const thread = await store.read((repos) => repos.questions.thread(q.id, 'cyd'));
      assert.equal(thread?.question.answerCount, 2);
      assert.equal(thread?.question.acceptedAnswerId, second.id);
      assert.equal(thread?.question.myVote, true);
      assert.deepEqual(thread?.question.routedTo.map((p) => p.id), ['ben', 'cyd', 'ann'], 'unique, in order');
      assert.deepEqual(thread?.answers.map((a) => [a.id, a.accepted, a.votes]), [[second.id, true, 0], [answer.id, false, 1]]);
      const unvote = await store.transaction((repos) => vote(repos, { kind: 'answer', id: answer.id }, 'ann', false));
      assert.deepEqual(unvote, { votes: 0, changed: true });
      assert.equal(await store.read((repos) => repos.questions.get('q_missing', null)), null);
    });

    it('rolls a transaction back entirely when it throws', async () => {
      const before = await store.events.latest();
      let id = '';
      await assert.rejects(store.transaction(async (repos) => {
        assert.equal(await repos.idempotency.claim('ann', 'rollback-key', 'print'), null);
        id = (await repos.questions.ask({ context: 'page:/rollback', title: 'Never stored', body: '', tags: ['gone'], notify: ['ben'] }, 'ann')).id;
        await repos.events.append(event(0));
        throw new Error('boom');
      }), /boom/);
      assert.equal(await store.repos.questions.get(id, null), null);
      assert.deepEqual((await store.repos.questions.list({ context: 'page:/rollback' }, null)).items, []);
      assert.equal(await store.events.latest(), before);
      assert.equal(await store.transaction((repos) => repos.idempotency.claim('ann', 'rollback-key', 'print')), null, 'the key is free again');
    });

    it('answers writes sent together each as if alone: one that throws leaves the others stored (SQLite: in the order sent)', async () => {
      const start = await store.events.latest();
      const heard: (StoredEvent[] | null)[] = [];
      const stop = store.events.onLocalEvents((events) => heard.push(events));
      try {
        const ask = (n: number, fail = false) => store.transaction(async (repos) => {
          // The key's first claimer stores a result; a later claimer gets that record back.
          const claimed = await repos.idempotency.claim('ann', 'together-key', `print-${n}`);
          if (!claimed) await repos.idempotency.complete('ann', 'together-key', `{"n":${n}}`);
          const q = await repos.questions.ask({ context: 'page:/together', title: `Together ${n}`, body: '', tags: [], notify: [] }, 'ann');
          await repos.events.append(event(10 + n));
          if (fail) throw new Error(`write ${n} failed`);
          return { id: q.id, replayed: claimed?.result ?? null };
        });
        const settled = await Promise.allSettled([ask(1), ask(2, true), ask(3), ask(4)]);
        assert.deepEqual(settled.map((s) => s.status), ['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
        assert.match(String((settled[1] as PromiseRejectedResult).reason), /write 2 failed/);
        const [first, , third, fourth] = settled.map((s) => (s.status === 'fulfilled' ? s.value : null));
        const listed = (await store.repos.questions.list({ context: 'page:/together' }, null)).items;
        const stored = await store.events.after(start, 100);
        const read = stored.map((e) => e.type === 'vote.changed' && e.data.id);
        if (store.dialect === 'sqlite') {
          // One connection: the writes ran in the order they were sent, each seeing those before it.
          assert.deepEqual([first?.replayed, third?.replayed, fourth?.replayed], [null, '{"n":1}', '{"n":1}']);
          assert.deepEqual(listed.map((q) => q.title), ['Together 4', 'Together 3', 'Together 1']);
          assert.deepEqual(listed.map((q) => q.id), [fourth?.id, third?.id, first?.id]);
          assert.deepEqual(read, ['e11', 'e13', 'e14']);
          assert.deepEqual(heard, stored.map((e) => [e]), 'each write\'s events, once durable, in order');
        } else {
          // A pool: the writes ran side by side, in no set order; one of them claimed the key.
          assert.equal([first, third, fourth].filter((w) => w?.replayed === null).length, 1);
          assert.deepEqual(listed.map((q) => q.title).sort(), ['Together 1', 'Together 3', 'Together 4']);
          assert.deepEqual(read.sort(), ['e11', 'e13', 'e14']);
          assert.deepEqual(heard, [null, null, null]);
        }
      } finally {
        stop();
      }
    });

    it('pages question lists: keyset by creation, offset for other orders, opaque cursors', async () => {
      const context = 'page:/paging';
      const ids: string[] = [];
      for (let n = 0; n < 25; n++) {
        ids.push((await store.transaction((repos) => repos.questions.ask({ context, title: `Paging question ${n}`, body: '', tags: n % 2 ? ['Odd'] : [], notify: [] }, 'ann'))).id);
      }
      const newest = [...ids].reverse();
      const first = await store.repos.questions.list({ context, limit: 10 }, null);
      assert.deepEqual(first.items.map((q) => q.id), newest.slice(0, 10));
      assert.ok(first.nextCursor);
      // A question asked meanwhile neither repeats nor hides anything on the next pages.
      await store.transaction((repos) => repos.questions.ask({ context, title: 'Late arrival', body: '', tags: [], notify: [] }, 'ben'));
      const second = await store.repos.questions.list({ context, limit: 10, cursor: first.nextCursor }, null);
      const third = await store.repos.questions.list({ context, limit: 10, cursor: second.nextCursor }, null);
      assert.deepEqual([...second.items, ...third.items].map((q) => q.id), newest.slice(10));
      assert.equal(third.nextCursor, null);

      await store.transaction(async (repos) => {
        await vote(repos, { kind: 'question', id: ids[3] as string }, 'ben', true);
        await vote(repos, { kind: 'question', id: ids[3] as string }, 'cyd', true);
        await vote(repos, { kind: 'question', id: ids[7] as string }, 'ben', true);
        await repos.questions.answer(ids[0] as string, 'answered', 'ben');
      });
      const byVotes = await store.repos.questions.list({ context, sort: 'votes', limit: 3 }, null);
      assert.deepEqual(byVotes.items.map((q) => q.id).slice(0, 2), [ids[3], ids[7]]);
      const nextVotes = await store.repos.questions.list({ context, sort: 'votes', limit: 3, cursor: byVotes.nextCursor }, null);
      assert.equal(nextVotes.items.length, 3);
      assert.ok(!nextVotes.items.some((q) => byVotes.items.some((b) => b.id === q.id)));
      const unanswered = await store.repos.questions.list({ context, sort: 'unanswered', limit: 100 }, null);
      assert.equal(unanswered.items.at(-1)?.id, ids[0], 'most answers last');
      assert.equal((await store.repos.questions.list({ context, tags: ['odd'], limit: 100 }, null)).items.length, 12, 'tags ignore case');
      await assert.rejects(store.repos.questions.list({ context, cursor: 'not-a-cursor' }, null), ValidationError);
    });

    it('filters question lists by text: every word as a word prefix of title or body', async () => {
      const context = 'page:/text';
      for (const [title, body, tags] of [['Résumé upload fails', 'When the file is large', ['uploads']], ['Upload limits', 'Max size is 10 MB', []],
        ['Unrelated', 'nothing to see', ['upload']]] as const) {
        await store.transaction((repos) => repos.questions.ask({ context, title, body, tags: [...tags], notify: [] }, 'ann'));
      }
      const titles = async (text: string) => (await store.repos.questions.list({ context, text }, null)).items.map((q) => q.title).sort();
      assert.deepEqual(await titles('upl'), ['Résumé upload fails', 'Upload limits'], 'tags are not searched');
      assert.deepEqual(await titles('upload LARGE'), ['Résumé upload fails']);
      assert.deepEqual(await titles('resume'), ['Résumé upload fails'], 'diacritics are ignored');
      assert.deepEqual(await titles('ploa'), [], 'prefixes of words only');
      assert.deepEqual(await titles('"upload*'), ['Résumé upload fails', 'Upload limits'], 'user text is never query syntax');
      assert.deepEqual(await titles('upload OR unrelated'), [], 'OR is a word like any other');
      assert.equal((await store.repos.questions.list({ context, text: '  ' }, null)).items.length, 3);
    });

    it('finds similar candidates by full text, best matches first', async () => {
      const found = await store.read((repos) => repos.questions.similar(['passw', 'expir'], 10, null));
      assert.equal(found[0]?.id, 'q1');
      assert.deepEqual(await store.read((repos) => repos.questions.similar([], 10, null)), []);
      const titleFirst = await store.read((repos) => repos.questions.similar(['upload'], 10, null));
      assert.ok(titleFirst.length >= 2);
      const ideas = await store.read((repos) => repos.ideas.similar(['solar', 'desk'], 'c1', 10, 'ann'));
      assert.deepEqual(ideas.map((i) => i.id), ['i2'], 'within the campaign');
      assert.deepEqual((await store.read((repos) => repos.ideas.similar(['solar', 'desk'], null, 10, null))).map((i) => i.id), ['i3']);
      assert.deepEqual((await store.read((repos) => repos.ideas.similar(['energ'], undefined, 10, null))).map((i) => i.id), ['i2'], 'tags count');
    });

    it('lists ideas top, new and trending, and pages comments oldest first', async () => {
      const ids = async (sort: 'top' | 'new' | 'trending') => (await store.repos.ideas.list({ campaign: 'c1', sort }, 'ann')).items.map((i) => i.id);
      assert.deepEqual(await ids('top'), ['i1', 'i2']);
      assert.deepEqual(await ids('new'), ['i2', 'i1']);
      assert.deepEqual(await ids('trending'), ['i2', 'i1'], 'one vote today beats two a month ago');
      assert.deepEqual((await store.repos.ideas.list({ campaign: null }, null)).items.map((i) => i.id), ['i3']);
      assert.deepEqual((await store.repos.ideas.campaigns()).map((c) => c.id), ['c1']);
      assert.equal((await store.repos.ideas.campaign('c1'))?.status, 'open');
      const idea = await store.transaction((repos) => repos.ideas.submit({ campaign: 'c1', title: 'Bike racks', body: 'More of them', tags: ['Commute'] }, 'ben'));
      assert.match(idea.id, /^i_/);
      assert.deepEqual([idea.tags, idea.statusChange, idea.commentCount], [['Commute'], null, 0]);
      for (let n = 0; n < 5; n++) await store.transaction((repos) => repos.ideas.comment(idea.id, `Comment ${n}`, 'ann'));
      const page1 = await store.repos.ideas.comments(idea.id, { limit: 3 });
      const page2 = await store.repos.ideas.comments(idea.id, { limit: 3, cursor: page1.nextCursor });
      assert.deepEqual([...page1.items, ...page2.items].map((c) => c.body), [0, 1, 2, 3, 4].map((n) => `Comment ${n}`));
      assert.equal(page2.nextCursor, null);
      await store.transaction((repos) => repos.ideas.setStatus(idea.id, 'planned', 'Next spring', 'cyd'));
      const reviewed = await store.repos.ideas.get(idea.id, 'ann');
      assert.equal(reviewed?.commentCount, 5);
      assert.deepEqual([reviewed?.status, reviewed?.statusChange?.note, reviewed?.statusChange?.by.id], ['planned', 'Next spring', 'cyd']);
      assert.deepEqual((await store.repos.ideas.list({ status: 'planned' }, null)).items.map((i) => i.id), [idea.id]);
    });

    it('keeps feedback, hiding anonymous authors from everyone but themselves', async () => {
      const sent = await store.transaction((repos) => repos.feedback.send(
        { subject: 'page:/fb', variant: 'helpful', rating: 5, reason: null, comment: 'Great', anonymous: true }, 'ben'));
      assert.match(sent.id, /^f_/);
      assert.equal(sent.author?.id, 'ben');
      assert.equal((await store.repos.feedback.get(sent.id, 'cyd'))?.author, null);
      assert.equal(await store.repos.feedback.authorOf(sent.id), 'ben');
      await store.transaction(async (repos) => {
        await repos.feedback.send({ subject: 'page:/fb', variant: 'stars', rating: 2, reason: 'slow', comment: null, anonymous: false }, 'ann');
        await repos.feedback.send({ subject: 'page:/fb', variant: 'stars', rating: 5, reason: null, comment: null, anonymous: false }, 'ann');
        await repos.feedback.respond(sent.id, 'Thanks!', 'cyd');
        await repos.feedback.setState(sent.id, 'actioned');
      });
      assert.equal((await store.repos.feedback.mine('page:/fb', 'ann'))?.rating, 5, 'the latest');
      assert.deepEqual(await store.repos.feedback.summary('page:/fb'),
        { subject: 'page:/fb', count: 3, helpful: 1, helpfulCount: 1, average: 3.5, starsCount: 2, open: 2 });
      assert.equal((await store.repos.feedback.summary(null)).count, 4);
      const first = await store.repos.feedback.list({ subject: 'page:/fb', limit: 2 }, null);
      const rest = await store.repos.feedback.list({ subject: 'page:/fb', limit: 2, cursor: first.nextCursor }, null);
      assert.deepEqual([...first.items, ...rest.items].map((f) => f.rating), [5, 2, 5], 'newest first');
      const answered = rest.items[0];
      assert.deepEqual([answered?.state, answered?.response?.body, answered?.response?.by.id, answered?.author], ['actioned', 'Thanks!', 'cyd', null]);
      assert.deepEqual((await store.repos.feedback.list({ state: 'actioned' }, null)).items.map((f) => f.id), [sent.id]);
    });

    it('claims an idempotency key once and replays its record', async () => {
      assert.equal(await store.transaction(async (repos) => {
        const claimed = await repos.idempotency.claim('ann', 'key-1', 'print-1');
        await repos.idempotency.complete('ann', 'key-1', '{"ok":1}');
        return claimed;
      }), null);
      assert.deepEqual(await store.transaction((repos) => repos.idempotency.claim('ann', 'key-1', 'other')), { fingerprint: 'print-1', result: '{"ok":1}' });
      assert.equal(await store.transaction((repos) => repos.idempotency.claim('ben', 'key-1', 'print-1')), null, 'keys are per user');
      // Through the domain: a replay returns the first result and asks nothing twice.
      const input = { context: 'page:/idem', title: 'Asked once' };
      const write = () => runWrite(store, ann, { operation: 'askQuestion', input: [input], idempotencyKey: 'ask-1' }, (ctx) => questionRules.askQuestion(ctx, input));
      const once = await write();
      const twice = await write();
      assert.deepEqual([once.replayed, twice.replayed, twice.result.id], [false, true, once.result.id]);
      assert.equal((await store.repos.questions.list({ context: 'page:/idem' }, null)).items.length, 1);
      assert.equal(await store.pruneIdempotency(new Date(Date.now() + 1000).toISOString()) >= 3, true);
      assert.equal(await store.transaction((repos) => repos.idempotency.claim('ann', 'key-1', 'print-1')), null, 'pruned');
    });

    it('reads events in stream order, strictly increasing positions', async () => {
      const start = await store.events.latest();
      const at = new Date().toISOString();
      await store.transaction(async (repos) => { await repos.events.append(event(1)); await repos.events.append(event(2)); });
      await store.transaction((repos) => repos.events.append(event(3)));
      const read = await store.events.after(start, 100);
      assert.deepEqual(read.map((e) => e.type === 'vote.changed' && e.data.id), ['e1', 'e2', 'e3']);
      assert.deepEqual(read[0] && { ...read[0], id: 'x', at: 'x' }, { ...event(1), id: 'x', at: 'x' });
      for (let i = 1; i < read.length; i++) assert.ok(store.events.compare((read[i - 1] as { id: string }).id, (read[i] as { id: string }).id) < 0);
      assert.ok(read.every((e) => store.events.isPosition(e.id)));
      assert.equal(store.events.isPosition('garbage'), false);
      assert.equal(await store.events.latest(), read[2]?.id);
      assert.deepEqual((await store.events.after(read[0]?.id ?? null, 100)).map((e) => e.id), [read[1]?.id, read[2]?.id]);
      assert.deepEqual((await store.events.after(start, 2)).length, 2);
      assert.deepEqual((await store.events.since(at, 100)).map((e) => e.id), read.map((e) => e.id));
      assert.equal(typeof (await store.events.onRemoteEvents(() => {})), 'function');
    });

    it('finds the enabled endpoints as they are now: after a write, a change and a rolled-back create', async () => {
      const urls = async () => (await store.transaction((repos) => repos.webhooks!.enabled())).map((e) => e.url);
      const before = await urls();
      const made = await store.transaction((repos) => repos.webhooks!.create({ url: 'https://hooks.example.com/a', events: ['vote.changed'], description: '', secret: 's'.repeat(32) }));
      assert.deepEqual(await urls(), [...before, 'https://hooks.example.com/a']);
      await store.transaction((repos) => repos.webhooks!.update(made.id, { enabled: false, disabledReason: 'paused' }));
      assert.deepEqual(await urls(), before, 'a disabled endpoint takes nothing');
      await assert.rejects(store.transaction(async (repos) => {
        await repos.webhooks!.create({ url: 'https://hooks.example.com/gone', events: ['vote.changed'], description: '', secret: 's'.repeat(32) });
        assert.ok((await repos.webhooks!.enabled()).some((e) => e.url === 'https://hooks.example.com/gone'), 'seen inside its transaction');
        throw new Error('rolled back');
      }));
      assert.deepEqual(await urls(), before, 'what a rolled-back transaction wrote is not kept');
      await store.transaction((repos) => repos.webhooks!.remove(made.id));
    });

    it('tells the live feed of each commit that stored events, on SQLite with the events as they read back', async () => {
      const heard: (StoredEvent[] | null)[] = [];
      const stop = store.events.onLocalEvents((events) => heard.push(events));
      try {
        const start = await store.events.latest();
        await store.transaction(async (repos) => { await repos.events.append(event(5)); await repos.events.append(event(6)); });
        await store.transaction(async () => {}); // stores no event: nothing to hear
        await assert.rejects(store.transaction(async (repos) => { await repos.events.append(event(7)); throw new Error('rolled back'); }));
        const read = await store.events.after(start, 100);
        assert.deepEqual(read.map((e) => e.type === 'vote.changed' && e.data.id), ['e5', 'e6']);
        if (store.dialect === 'sqlite') {
          assert.deepEqual(heard, [read]);
          assert.equal(store.events.next(start!), read[0]?.id);
          assert.equal(store.events.next(read[0]!.id), read[1]?.id);
        } else {
          assert.deepEqual(heard, [null], 'PostgreSQL: the positions are only known once readable');
          assert.equal(store.events.next(read[0]!.id), null);
        }
      } finally {
        stop();
      }
    });

    it('prunes old events and knows which positions were pruned', async () => {
      await store.transaction((repos) => repos.events.append(event(4)));
      const all = await store.events.after(null, 10_000);
      const last = all.at(-1)?.id as string;
      const older = all.at(-2)?.id as string;
      assert.equal(await store.events.isPruned(older), false, 'nothing pruned yet');
      const cut = new Date(Date.parse(all.at(-1)?.at as string)).toISOString();
      const deleted = await store.events.prune(cut);
      assert.ok(deleted >= 1 && deleted <= all.length - 1);
      const kept = await store.events.after(null, 10_000);
      assert.ok(kept.some((e) => e.id === last));
      assert.equal(await store.events.isPruned(all[0]?.id as string), true);
      assert.equal(await store.events.isPruned(last), false);
      assert.equal(await store.events.prune(new Date(0).toISOString()), 0);
      assert.equal(await store.events.isPruned(all[0]?.id as string), true, 'still known as pruned');
    });

    it('refuses a database migrated by a newer Confab', async () => {
      await store.transaction((repos) => repos.events.append(event(5)));
      const raw = await openStore({ url: database.url });
      await raw.close();
      // A row as a future version would leave it.
      await markNewer(database.url, 999);
      await assert.rejects(openStore({ url: database.url }), /migrated by a newer Confab \(schema version 999; this server knows up to \d+\)/);
      await markNewer(database.url, null);
      const again = await openStore({ url: database.url });
      assert.equal(await again.isEmpty(), false);
      await again.close();
    });
  });
}

/** Adds (or, with null, removes) a fake migration row with `version`. */
async function markNewer(url: string, version: number | null): Promise<void> {
  if (url.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(version === null ? 'DELETE FROM migrations WHERE version = 999' : "INSERT INTO migrations VALUES ($1, 'future', 'x')", version === null ? [] : [version]);
    } finally {
      await client.end();
    }
    return;
  }
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(url);
  if (version === null) db.prepare('DELETE FROM migrations WHERE version = 999').run();
  else db.prepare("INSERT INTO migrations VALUES (?, 'future', 'x')").run(version);
  db.close();
}

describe('storage on PostgreSQL: several processes', { skip: PG_SKIP }, () => {
  let database: { url: string; drop(): Promise<void> };
  let stores: ServerStore[] = [];

  before(async () => {
    database = await freshPgDatabase('confab_replicas');
    // Two replicas starting at once migrate one after the other.
    stores = await Promise.all([openStore({ url: database.url, poolSize: 4 }), openStore({ url: database.url, poolSize: 4 })]);
    await stores[0]?.seed(seed);
  });
  after(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await database?.drop();
  });

  it('migrated once', async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const versions = (await client.query<{ version: number }>('SELECT version FROM migrations ORDER BY version')).rows.map((r) => r.version);
      assert.deepEqual(versions, postgresMigrations.map((m) => m.version).sort((x, y) => x - y), 'each migration once');
    } finally {
      await client.end();
    }
  });

  it('keeps answering when another replica changes a table under its prepared statements', async () => {
    const [a] = stores as [ServerStore];
    const read = () => a.repos.questions.list({ context: 'page:/seed', limit: 5 }, null);
    const before = (await Promise.all(Array.from({ length: 8 }, read)))[0]!.items.map((q) => q.id); // prepared on every connection
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      // As a newer replica's migration would: the rows of `SELECT *` get another shape.
      await client.query('ALTER TABLE questions ADD COLUMN later_feature integer');
      const inTransaction = await a.transaction((repos) => repos.questions.list({ context: 'page:/seed', limit: 5 }, null));
      assert.deepEqual(inTransaction.items.map((q) => q.id), before, 'a transaction');
      await client.query('ALTER TABLE questions ADD COLUMN later_feature_2 integer');
      for (let i = 0; i < 8; i++) assert.deepEqual((await read()).items.map((q) => q.id), before, `read ${i} after the change`);
    } finally {
      await client.query('ALTER TABLE questions DROP COLUMN IF EXISTS later_feature, DROP COLUMN IF EXISTS later_feature_2');
      await client.end();
    }
    assert.deepEqual((await read()).items.map((q) => q.id), before, 'and after it is undone');
  });

  it('never lets a reader pass an event whose transaction commits late', async () => {
    const [a, b] = stores as [ServerStore, ServerStore];
    const start = await a.events.latest();
    const late = openTransaction(a, (repos) => repos.events.append(event(10)));
    await late.ready;
    await b.transaction((repos) => repos.events.append(event(11)));
    assert.deepEqual(await a.events.after(start, 100), [], 'B waits for A');
    assert.deepEqual(await b.events.after(null, 10_000).then((list) => list.filter((e) => e.type === 'vote.changed' && e.data.id === 'e11')), []);
    assert.equal(await a.events.latest(), start);
    late.release();
    await late.done;
    const read = await b.events.after(start, 100);
    assert.deepEqual(read.map((e) => e.type === 'vote.changed' && e.data.id), ['e10', 'e11']);
    assert.ok(a.events.compare(read[0]?.id as string, read[1]?.id as string) < 0);
    assert.equal(await a.events.latest(), read[1]?.id);
  });

  it('gives one idempotency key one effect across replicas', async () => {
    const [a, b] = stores as [ServerStore, ServerStore];
    const first = openTransaction(a, async (repos) => {
      assert.equal(await repos.idempotency.claim('ann', 'shared', 'print'), null);
      await repos.idempotency.complete('ann', 'shared', '"first"');
    });
    await first.ready;
    const second = b.transaction((repos) => repos.idempotency.claim('ann', 'shared', 'print'));
    assert.equal(await pending(second), true, 'the second claim waits for the first transaction');
    first.release();
    await first.done;
    assert.deepEqual(await second, { fingerprint: 'print', result: '"first"' });
  });

  it('wakes other replicas when events are stored', async () => {
    const [a, b] = stores as [ServerStore, ServerStore];
    let woken = 0;
    let wake!: () => void;
    const wokenOnce = new Promise<void>((resolve) => { wake = resolve; });
    const stop = await a.events.onRemoteEvents(() => { woken++; wake(); });
    await b.transaction(async (repos) => { await repos.events.append(event(20)); await repos.events.append(event(21)); });
    await wokenOnce;
    await stop();
    await b.transaction((repos) => repos.events.append(event(22)));
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(woken, 1, 'one notification per transaction, none after stopping');
  });

  it('reads int8 and numeric as numbers', async () => {
    const [a] = stores as [ServerStore];
    assert.deepEqual(await a.repos.feedback.summary('page:/seed'), { subject: 'page:/seed', count: 1, helpful: 0, helpfulCount: 0, average: 4, starsCount: 1, open: 1 });
    assert.equal(typeof (await a.repos.questions.get('q2', null))?.answerCount, 'number');
  });
});

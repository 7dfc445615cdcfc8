/**
 * Moderation on the reference server (issue 13): migration 9 on an existing database, the
 * CONFAB_* settings, the HTTP surface (statuses, problem+json, permissions, OpenAPI), reports that
 * hide an item at CONFAB_AUTO_HIDE_SCORE, held first posts with CONFAB_HOLD_FIRST_POSTS, and the
 * limits on new people. Runs on SQLite and PostgreSQL (`scripts/run-node-tests.mjs`).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_MODERATION_POLICY, type ModerationPolicy, type Seed } from '@confab/core';
import { contractSeed } from '@confab/core/test-kit';
import { configFromEnv, DEFAULTS, moderationFrom } from '../src/config.js';
import { migrate } from '../src/storage/sql/migrate.js';
import { connectPostgres, postgresDialect } from '../src/storage/sql/postgres.js';
import { loadSeed } from '../src/storage/sql/seed.js';
import { RefCache } from '../src/storage/sql/people.js';
import { connectSqlite, sqliteDialect } from '../src/storage/sql/sqlite.js';
import { call, newDatabase, startServer, TEST_DATABASE, type TestServer } from './helpers.js';

type Json = Record<string, unknown>;
const PROBLEM = 'application/problem+json; charset=utf-8';

const seed: Seed = {
  ...contractSeed,
  people: [...contractSeed.people, { id: 'adm', name: 'Ada Admin', roles: ['member', 'admin'], skills: [] }],
};
const policy = (patch: Partial<ModerationPolicy>): ModerationPolicy => ({ ...DEFAULT_MODERATION_POLICY, ...patch });
const dev = (id: string) => ({ 'x-confab-dev-user': id });

/** Asserts a problem answer with this status. */
function isProblem(r: { status: number; headers: Headers; json: Json }, status: number, what: string): void {
  assert.equal(r.status, status, `${what}: ${JSON.stringify(r.json)}`);
  assert.equal(r.headers.get('content-type'), PROBLEM, what);
  assert.equal(r.json.status, status, what);
}

describe('migration 9 on an existing database', () => {
  it('an existing database of schema 8 is migrated: its content is visible and never edited, its people are not new', async () => {
    const database = await newDatabase();
    try {
      const conn = TEST_DATABASE === 'postgres'
        ? { db: connectPostgres({ url: database.url, poolSize: 2, statementTimeoutMs: 15_000, onError: () => {} }).db, dialect: postgresDialect }
        : { db: connectSqlite(database.url).db, dialect: sqliteDialect };
      const upTo8 = { ...conn.dialect, migrations: conn.dialect.migrations.filter((m) => m.version <= 8) };
      assert.equal(await migrate(conn.db, upTo8, 'test'), 8);
      await conn.db.transaction().execute((trx) => loadSeed({ db: trx, dialect: upTo8, refs: new RefCache() }, seed));
      await conn.db.destroy();

      const t = await startServer({ seed }, database.url);
      try {
        const thread = (await call<Json>(`${t.api}/questions/q-k8s`)).json;
        const question = thread.question as Json;
        assert.deepEqual(question.moderation, { state: 'visible', editedAt: null, by: null, reason: null });
        assert.equal(question.answerCount, 1, 'answer counts are kept');
        assert.deepEqual((thread.answers as Json[]).map((a) => (a.moderation as Json).state), ['visible']);
        const fb = (await call<Json>(`${t.api}/feedback/mine?subject=${encodeURIComponent('page:/handbook')}`, { headers: dev('cyd') })).json;
        assert.equal((fb.moderation as Json).state, 'visible');
        const record = await call<Json>(`${t.api}/people/ben/moderation`, { headers: dev('mod') });
        if (record.status === 200) assert.equal(record.json.joinedAt, null, 'seeded people are not new');
      } finally {
        await t.close();
      }
    } finally {
      await database.drop();
    }
  });
});

describe('moderation settings from the environment', () => {
  const env = (vars: Record<string, string>) => configFromEnv(vars, '/tmp').config.moderation;

  it('defaults: auto-hide at 3, no held posts, new people for 24 h with 5 posts an hour and 2 links', () => {
    assert.deepEqual(env({}), { autoHideScore: 3, holdFirstPosts: 0, newPersonHours: 24, newPersonPostsPerHour: 5, newPersonLinks: 2 });
    assert.deepEqual(DEFAULTS.moderation, DEFAULT_MODERATION_POLICY);
  });

  it('values are read', () => {
    assert.deepEqual(moderationFrom({
      CONFAB_AUTO_HIDE_SCORE: '2.5', CONFAB_HOLD_FIRST_POSTS: '2', CONFAB_NEW_PERSON_HOURS: '48', CONFAB_NEW_PERSON_POSTS_PER_HOUR: '3', CONFAB_NEW_PERSON_LINKS: '0',
    }), { autoHideScore: 2.5, holdFirstPosts: 2, newPersonHours: 48, newPersonPostsPerHour: 3, newPersonLinks: 0 });
  });

  const bad: [string, string][] = [
    ['CONFAB_AUTO_HIDE_SCORE', '0'], ['CONFAB_AUTO_HIDE_SCORE', '-1'], ['CONFAB_AUTO_HIDE_SCORE', 'three'],
    ['CONFAB_HOLD_FIRST_POSTS', '101'], ['CONFAB_HOLD_FIRST_POSTS', '1.5'], ['CONFAB_HOLD_FIRST_POSTS', '-1'],
    ['CONFAB_NEW_PERSON_HOURS', 'a day'], ['CONFAB_NEW_PERSON_POSTS_PER_HOUR', '0'], ['CONFAB_NEW_PERSON_LINKS', 'x'],
  ];
  for (const [name, value] of bad) {
    it(`${name}=${value} stops the start naming the variable`, () => {
      assert.throws(() => env({ [name]: value }), (error: Error) => error.message.startsWith(name) && error.message.includes(`"${value}"`));
    });
  }
});

describe('moderation over HTTP', () => {
  let t: TestServer;
  before(async () => { t = await startServer({ seed, moderation: policy({ autoHideScore: 2 }), rateLimit: { max: 10_000, windowMs: 1000 } }); });
  after(async () => { await t.destroy(); });

  it('every route is in the OpenAPI document', async () => {
    const paths = (await call<Json>(`${t.api}/openapi.json`)).json.paths as Record<string, Json>;
    for (const plural of ['questions', 'answers', 'ideas', 'comments', 'feedback']) {
      assert.ok(paths[`/${plural}/{id}`]?.patch, `PATCH /${plural}/{id}`);
      for (const action of ['delete', 'hide', 'restore', 'approve', 'keep', 'reports']) assert.ok(paths[`/${plural}/{id}/${action}`]?.post, `${plural} ${action}`);
      assert.ok(paths[`/${plural}/{id}/versions`]?.get, `${plural} versions`);
    }
    for (const p of ['/moderation/queue', '/moderation/audit', '/moderation/policy', '/people/{id}/moderation', '/people/{id}/staff-notes']) assert.ok(paths[p]?.get, p);
    assert.ok(paths['/moderation/policy']?.put);
    assert.ok(paths['/people/{id}/restrict']?.post);
  });

  const malformed: [string, () => ReturnType<typeof call<Json>>, number][] = [
    ['an unknown report reason', () => call(`${t.api}/answers/a-vpn/reports`, { method: 'POST', body: { reason: 'boring' }, headers: dev('ana') }), 422],
    ['an unknown edit field', () => call(`${t.api}/questions/q-vpn`, { method: 'PATCH', body: { titel: 'x' }, headers: dev('ben') }), 422],
    ['a hide without a reason', () => call(`${t.api}/answers/a-vpn/hide`, { method: 'POST', body: {}, headers: dev('mod') }), 422],
    ['restrict for 400 days', () => call(`${t.api}/people/ben/restrict`, { method: 'POST', body: { days: 400, note: 'x' }, headers: dev('mod') }), 422],
    ['a queue filter that is not a boolean', () => call(`${t.api}/moderation/queue?held=maybe`, { headers: dev('mod') }), 422],
    ['a queue kind that is not a kind', () => call(`${t.api}/moderation/queue?kind=person`, { headers: dev('mod') }), 422],
    ['an id far too long', () => call(`${t.api}/answers/${'a'.repeat(300)}/reports`, { method: 'POST', body: { reason: 'spam' }, headers: dev('ana') }), 400],
    ['a policy without a scope', () => call(`${t.api}/moderation/policy`, { method: 'PUT', body: { holdFirstPosts: 1 }, headers: dev('adm') }), 422],
    ['a malformed JSON body', () => call(`${t.api}/ideas/i-01/keep`, { method: 'POST', raw: '{"note":', headers: { ...dev('mod'), 'content-type': 'application/json' } }), 400],
  ];
  for (const [name, run, status] of malformed) {
    it(`${name} → ${status} problem`, async () => isProblem(await run(), status, name));
  }

  it('the queue, staff notes and the audit log are refused to those who may not see them', async () => {
    isProblem(await call(`${t.api}/moderation/queue`, { headers: dev('ana') }), 403, 'a member and the queue');
    const signedOut = await call<Json>(`${t.api}/moderation/queue`, { headers: dev('anonymous') });
    assert.ok(signedOut.status === 401 || signedOut.status === 403, `signed out: ${signedOut.status}`);
    isProblem(await call(`${t.api}/people/ben/staff-notes`, { headers: dev('ana') }), 403, 'a member and staff notes');
    isProblem(await call(`${t.api}/moderation/audit`, { headers: dev('mod') }), 403, 'a moderator and the audit log');
    isProblem(await call(`${t.api}/moderation/policy`, { method: 'PUT', body: { scope: { kind: 'context', id: 'page:/x' }, holdFirstPosts: 1 }, headers: dev('mod') }), 403, 'a moderator setting policy');
    assert.equal((await call(`${t.api}/moderation/queue`, { headers: dev('mod') })).status, 200);
    assert.equal((await call(`${t.api}/moderation/audit`, { headers: dev('adm') })).status, 200);
  });

  it('an author edits a question; the thread shows "edited", moderators read the earlier version, others may not', async () => {
    const edited = await call<Json>(`${t.api}/questions/q-travel`, { method: 'PATCH', body: { title: 'Where is the travel policy, please?' }, headers: dev('ana') });
    assert.equal(edited.status, 200, JSON.stringify(edited.json));
    assert.equal((edited.json.item as Json).title, 'Where is the travel policy, please?');
    const thread = (await call<Json>(`${t.api}/questions/q-travel`, { headers: dev('ben') })).json;
    assert.equal(typeof ((thread.question as Json).moderation as Json).editedAt, 'string');
    const versions = await call<Json[]>(`${t.api}/questions/q-travel/versions`, { headers: dev('mod') });
    assert.equal(versions.status, 200);
    assert.deepEqual(versions.json.map((v) => [v.version, v.title]), [[1, 'Where is the travel policy?']]);
    isProblem(await call(`${t.api}/questions/q-travel/versions`, { headers: dev('ben') }), 403, 'a member and versions');
    isProblem(await call(`${t.api}/questions/q-travel`, { method: 'PATCH', body: { title: 'Mine now' }, headers: dev('ben') }), 403, 'editing another member\'s question');
    // Search finds the new words (the full-text index follows the edit).
    const found = (await call<Json>(`${t.api}/questions?text=please`)).json.items as Json[];
    assert.ok(found.some((q) => q.id === 'q-travel'), 'found by its new title');
  });

  it('reports reaching CONFAB_AUTO_HIDE_SCORE hide an answer for readers; its author and moderators still see it with why; a moderator restores it', async () => {
    const own = await call<Json>(`${t.api}/answers/a-vpn/reports`, { method: 'POST', body: { reason: 'spam' }, headers: dev('cyd') });
    isProblem(own, 403, 'reporting your own answer');
    const first = await call<Json>(`${t.api}/answers/a-vpn/reports`, { method: 'POST', body: { reason: 'spam' }, headers: dev('ana') });
    assert.equal(first.status, 201, JSON.stringify(first.json));
    assert.equal(first.json.status, 'open');
    isProblem(await call(`${t.api}/answers/a-vpn/reports`, { method: 'POST', body: { reason: 'offensive' }, headers: dev('ana') }), 409, 'a second open report');
    isProblem(await call(`${t.api}/answers/a-vpn/reports`, { method: 'POST', body: { reason: 'other' }, headers: dev('ben') }), 422, '"other" without a note');
    // Read before the item hides: the read cache must not serve this answer again after the report.
    const readerBefore = (await call<Json>(`${t.api}/questions/q-vpn`, { headers: dev('ana') })).json;
    assert.equal((readerBefore.answers as Json[]).length, 1);
    assert.equal(((await call<Json>(`${t.api}/answers/a-vpn/reports`, { method: 'POST', body: { reason: 'spam' }, headers: dev('ben') })).status), 201);

    const reader = (await call<Json>(`${t.api}/questions/q-vpn`, { headers: dev('ana') })).json;
    assert.deepEqual(reader.answers, [], 'hidden from readers');
    assert.equal((reader.question as Json).answerCount, 0, 'counts count visible answers only');
    const author = (await call<Json>(`${t.api}/questions/q-vpn`, { headers: dev('cyd') })).json;
    const mine = (author.answers as Json[])[0]?.moderation as Json;
    assert.equal(mine.state, 'hidden');
    assert.equal(mine.by, 'community');
    assert.match(String(mine.reason), /reported/i);

    const queue = await call<Json>(`${t.api}/moderation/queue?kind=answer`, { headers: dev('mod') });
    const entry = (queue.json.items as Json[]).find((e) => (e.target as Json).id === 'a-vpn');
    assert.ok(entry, 'in the queue');
    assert.equal((entry.reports as Json[]).length, 2);
    assert.equal(entry.score, 2);

    const restored = await call<Json>(`${t.api}/answers/a-vpn/restore`, { method: 'POST', body: { note: 'Fine.' }, headers: dev('mod') });
    assert.equal(restored.status, 200, JSON.stringify(restored.json));
    const back = (await call<Json>(`${t.api}/questions/q-vpn`, { headers: dev('ana') })).json;
    assert.equal((back.answers as Json[]).length, 1, 'visible again');
    assert.equal((back.question as Json).answerCount, 1);
    const left = (await call<Json>(`${t.api}/moderation/queue?kind=answer`, { headers: dev('mod') })).json.items as Json[];
    assert.ok(!left.some((e) => (e.target as Json).id === 'a-vpn'), 'out of the queue');
    const audit = (await call<Json>(`${t.api}/moderation/audit?kind=answer&id=a-vpn`, { headers: dev('adm') })).json.items as Json[];
    assert.deepEqual(audit.map((a) => a.action), ['restore', 'auto-hide']);
  });

  it('a moderator hides and deletes with a reason; a deleted answer is a tombstone for readers', async () => {
    isProblem(await call(`${t.api}/answers/a-travel/delete`, { method: 'POST', body: {}, headers: dev('mod') }), 422, 'a moderator delete without a reason');
    const removed = await call<Json>(`${t.api}/answers/a-travel/delete`, { method: 'POST', body: { reason: 'Off-topic' }, headers: dev('mod') });
    assert.equal(removed.status, 200, JSON.stringify(removed.json));
    const reader = (await call<Json>(`${t.api}/questions/q-travel`, { headers: dev('cyd') })).json;
    const tomb = (reader.answers as Json[])[0] as Json;
    assert.equal(tomb.body, '');
    assert.deepEqual([(tomb.moderation as Json).state, (tomb.moderation as Json).by, (tomb.moderation as Json).reason], ['deleted', 'moderator', null]);
    const author = (await call<Json>(`${t.api}/questions/q-travel`, { headers: dev('ben') })).json;
    assert.equal(((author.answers as Json[])[0]?.moderation as Json).reason, 'Off-topic', 'its author sees why');
    isProblem(await call(`${t.api}/answers/a-nope/hide`, { method: 'POST', body: { reason: 'x' }, headers: dev('mod') }), 404, 'an unknown answer');
    isProblem(await call(`${t.api}/ideas/i-01/hide`, { method: 'POST', body: { reason: 'x' }, headers: dev('ana') }), 403, 'a member hiding');
  });

  it('restrict, staff notes and records', async () => {
    const note = await call<Json>(`${t.api}/people/ben/staff-notes`, { method: 'POST', body: { body: 'Talked to Ben.' }, headers: dev('mod') });
    assert.equal(note.status, 201, JSON.stringify(note.json));
    assert.deepEqual((await call<Json[]>(`${t.api}/people/ben/staff-notes`, { headers: dev('mod') })).json.map((n) => n.body), ['Talked to Ben.']);
    const restricted = await call<Json>(`${t.api}/people/ben/restrict`, { method: 'POST', body: { days: 2, note: 'Cooling off' }, headers: dev('mod') });
    assert.equal(restricted.status, 200, JSON.stringify(restricted.json));
    assert.equal(typeof restricted.json.restrictedUntil, 'string');
    const refused = await call<Json>(`${t.api}/questions`, { method: 'POST', body: { context: 'page:/x', title: 'Can I post?' }, headers: dev('ben') });
    isProblem(refused, 403, 'a restricted person posting');
    assert.match(String(refused.json.detail ?? refused.json.title), /cannot post until/);
    assert.equal(refused.json.restrictedUntil, restricted.json.restrictedUntil, 'the problem says until when, for widgets to say it in their language');
    assert.equal((await call(`${t.api}/questions?context=page:/x`, { headers: dev('ben') })).status, 200, 'reading still works');
    const lifted = await call<Json>(`${t.api}/people/ben/restrict`, { method: 'POST', body: { days: 0, note: 'Done' }, headers: dev('mod') });
    assert.equal(lifted.json.restrictedUntil, null);
  });

  it('admins override hold-first-posts per context; moderators read it', async () => {
    const scope = { kind: 'context', id: 'page:/held' };
    const set = await call<Json>(`${t.api}/moderation/policy`, { method: 'PUT', body: { scope, holdFirstPosts: 3 }, headers: dev('adm') });
    assert.equal(set.status, 200, JSON.stringify(set.json));
    const got = await call<Json>(`${t.api}/moderation/policy?kind=context&id=page:/held`, { headers: dev('mod') });
    assert.deepEqual([got.json.holdFirstPosts, got.json.source], [3, 'override']);
    await call(`${t.api}/moderation/policy`, { method: 'PUT', body: { scope, holdFirstPosts: null }, headers: dev('adm') });
    const back = await call<Json>(`${t.api}/moderation/policy?kind=context&id=page:/held`, { headers: dev('mod') });
    assert.deepEqual([back.json.holdFirstPosts, back.json.source], [0, 'default']);
  });
});

describe('held first posts (CONFAB_HOLD_FIRST_POSTS) and new people', () => {
  let t: TestServer;
  before(async () => {
    t = await startServer({
      seed, auth: 'header', trustedProxies: ['127.0.0.0/8'], rateLimit: { max: 10_000, windowMs: 1000 },
      moderation: policy({ holdFirstPosts: 1, newPersonPostsPerHour: 3, newPersonLinks: 2 }),
    });
  });
  after(async () => { await t.destroy(); });
  const as = (id: string) => ({ 'x-confab-user': id });
  const context = 'page:/held-posts';

  it("a new person's first question waits for approval: others see nothing, the author sees it held, approval shows it", async () => {
    const asked = await call<Json>(`${t.api}/questions`, { method: 'POST', body: { context, title: 'My first question here' }, headers: as('newbie') });
    assert.equal(asked.status, 201, JSON.stringify(asked.json));
    const id = String(asked.json.id);
    assert.equal((asked.json.moderation as Json).state, 'held');
    const list = async (who: string) => ((await call<Json>(`${t.api}/questions?context=${encodeURIComponent(context)}`, { headers: as(who) })).json.items as Json[]).map((q) => q.id);
    assert.deepEqual(await list('ana'), [], 'others see nothing');
    assert.deepEqual(await list('newbie'), [id], 'the author sees it');
    isProblem(await call(`${t.api}/questions/${id}`, { headers: as('ana') }), 404, 'a held question for others');
    const queue = (await call<Json>(`${t.api}/moderation/queue?held=true`, { headers: as('mod') })).json.items as Json[];
    assert.ok(queue.some((e) => (e.target as Json).id === id && e.held === true), 'in the queue as held');
    const approved = await call<Json>(`${t.api}/questions/${id}/approve`, { method: 'POST', body: {}, headers: as('mod') });
    assert.equal(approved.status, 200, JSON.stringify(approved.json));
    assert.deepEqual(await list('ana'), [id], 'visible after approval');
    // One approved post ends the hold: the second question is visible at once.
    const second = await call<Json>(`${t.api}/questions`, { method: 'POST', body: { context, title: 'My second question' }, headers: as('newbie') });
    assert.equal((second.json.moderation as Json).state, 'visible');
  });

  it('moderators are never held; seeded people with posts are not held', async () => {
    const byMod = await call<Json>(`${t.api}/questions`, { method: 'POST', body: { context, title: 'A moderator asks' }, headers: as('mod') });
    assert.equal((byMod.json.moderation as Json).state, 'visible');
    const byAna = await call<Json>(`${t.api}/questions`, { method: 'POST', body: { context, title: 'Ana asks' }, headers: as('ana') });
    assert.equal((byAna.json.moderation as Json).state, 'visible');
  });

  it('roles changed by the identity provider at sign-in are in the audit log', async () => {
    await call(`${t.api}/me`, { headers: { ...as('cyd'), 'x-confab-user-roles': 'member,moderator' } });
    const log = (await call<Json>(`${t.api}/moderation/audit?action=roles&person=cyd`, { headers: as('adm') })).json;
    const entry = (log.items as Json[])[0];
    assert.ok(entry, JSON.stringify(log));
    assert.deepEqual([entry.actor, entry.details], [null, { roles: ['member', 'moderator'], previous: ['member'] }]);
    await call(`${t.api}/me`, { headers: { ...as('cyd'), 'x-confab-user-roles': 'member,moderator' } });
    const again = (await call<Json>(`${t.api}/moderation/audit?action=roles&person=cyd`, { headers: as('adm') })).json;
    assert.equal((again.items as Json[]).length, 1, 'a sign-in that changes nothing is not logged');
  });

  it('a new person may put at most CONFAB_NEW_PERSON_LINKS links in a post', async () => {
    const body = 'See https://a.example, [b](https://b.example) and <https://c.example>.';
    const r = await call<Json>(`${t.api}/questions`, { method: 'POST', body: { context, title: 'Links', body }, headers: as('linker') });
    isProblem(r, 422, 'three links');
    assert.match(String((r.json.fields as Json).body), /at most 2 links/);
    const none = await call<Json>(`${t.api}/questions?context=${encodeURIComponent(context)}`, { headers: as('linker') });
    assert.ok(!(none.json.items as Json[]).some((q) => q.title === 'Links'), 'nothing stored');
  });

  it('a new person may post CONFAB_NEW_PERSON_POSTS_PER_HOUR times an hour, then 429 with Retry-After', async () => {
    const post = (n: number) => call<Json>(`${t.api}/questions`, { method: 'POST', body: { context: 'page:/rate', title: `Question number ${n}` }, headers: as('eager') });
    for (let n = 1; n <= 3; n++) assert.equal((await post(n)).status, 201, `post ${n}`);
    const over = await post(4);
    isProblem(over, 429, 'the fourth post within the hour');
    assert.ok(Number(over.headers.get('retry-after')) > 0, 'says when to try again');
  });
});

/** Live events over SSE: scopes, resume with Last-Event-ID (nothing missed, in order, once), heartbeats. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, startServer, type TestServer } from './helpers.js';
import { readSse } from './sse.js';

describe('SSE /api/v1/events', () => {
  let t: TestServer;
  before(async () => { t = await startServer({ heartbeatMs: 100 }); });
  after(async () => { await t.destroy(); });

  const vote = (id: string, on: boolean, user = 'ana') =>
    call(`${t.api}/votes/idea/${id}`, { method: 'PUT', body: { on }, headers: { 'x-confab-dev-user': user } });

  it('delivers only events of the requested scopes', async () => {
    const s = await readSse(`${t.api}/events?scope=idea:i-02`);
    try {
      assert.equal((await vote('i-03', true, 'ben')).status, 200); // cyd wrote i-03
      assert.equal((await vote('i-02', true, 'cyd')).status, 200);
      const [e] = await s.waitFor(1);
      assert.equal(e?.type, 'vote.changed');
      assert.deepEqual(e?.data, { kind: 'idea', id: 'i-02', votes: 1, myVote: true });
      assert.ok(e?.scopes.includes('idea:i-02') && e.scopes.includes('all') && e.scopes.includes('campaign:c-open'));
      await new Promise((r) => setTimeout(r, 150));
      assert.equal(s.events.length, 1, 'no event of another idea');
    } finally {
      s.close();
    }
  });

  it('shows what feedback says only to its author and to moderators', async () => {
    const subject = 'page:/private-feedback';
    const url = `${t.api}/events?scope=${encodeURIComponent(`subject:${subject}`)}`;
    const [other, author, moderator] = await Promise.all(['ben', 'cyd', 'mod'].map((u) => readSse(url, { 'x-confab-dev-user': u })));
    try {
      const sent = await call(`${t.api}/feedback`, {
        method: 'POST', body: { subject, variant: 'helpful', rating: 1, comment: 'A private remark' }, headers: { 'x-confab-dev-user': 'cyd' },
      });
      assert.ok(sent.status < 300, `feedback stored (${sent.status})`);
      const [[o], [a], [m]] = await Promise.all([other.waitFor(1), author.waitFor(1), moderator.waitFor(1)]);
      assert.equal(o?.type, 'feedback.created', 'another reader learns that feedback arrived');
      assert.deepEqual(o?.data, { id: (sent.json as { id: string }).id, subject, state: 'open' }, '… but not what it says');
      assert.equal((a?.data as { comment: string }).comment, 'A private remark');
      assert.equal((m?.data as { comment: string }).comment, 'A private remark');
    } finally {
      [other, author, moderator].forEach((s) => s.close());
    }
  });

  it('resumes after Last-Event-ID with every missed event, in order, once', async () => {
    const first = await readSse(`${t.api}/events?scope=campaign:c-open`);
    await vote('i-04', true);
    const [seen] = await first.waitFor(1);
    first.close();
    // While disconnected: five changes, one in another scope.
    await vote('i-05', true);
    await vote('i-06', true);
    await call(`${t.api}/questions`, { method: 'POST', body: { context: 'page:/elsewhere', title: 'Not in the campaign' } });
    await vote('i-05', false);
    await vote('i-09', true);
    const resumed = await readSse(`${t.api}/events?scope=campaign:c-open`, { 'last-event-id': seen!.id });
    try {
      const events = await resumed.waitFor(4);
      await vote('i-08', true);
      await resumed.waitFor(5);
      const ids = resumed.events.map((e) => e.id);
      const { compare } = t.server.context.store.events;
      assert.deepEqual(ids, [...ids].sort(compare), 'in order');
      assert.equal(new Set(ids).size, ids.length, 'once each');
      assert.ok(ids.every((id) => compare(id, seen!.id) > 0), 'only after the last seen');
      assert.deepEqual(events.slice(0, 4).map((e) => [(e.data as { id: string }).id, (e.data as { myVote: boolean }).myVote]),
        [['i-05', true], ['i-06', true], ['i-05', false], ['i-09', true]]);
      assert.equal((resumed.events[4]?.data as { id: string }).id, 'i-08', 'then live events');
    } finally {
      resumed.close();
    }
  });

  it('replays a long backlog in batches while live events keep coming: each once, in order', async () => {
    const { store, feed } = t.server.context;
    const from = await store.events.latest();
    const bulk = (data: unknown) => ({ type: 'vote.changed' as const, scopes: ['bulk', 'all'], actorId: 'ana', ownerId: null, data: data as never });
    await store.transaction(async (repos) => {
      for (let i = 0; i < 1300; i++) await repos.events.append(bulk({ n: i }));
    });
    const s = await readSse(`${t.api}/events?scope=bulk`, { 'last-event-id': from ?? '' });
    try {
      await store.transaction((repos) => repos.events.append(bulk({ n: 'live' })));
      void feed.poke();
      const events = await s.waitFor(1301, 10_000);
      const ids = events.map((e) => e.id);
      assert.equal(new Set(ids).size, ids.length, 'once each');
      assert.deepEqual(ids, [...ids].sort(store.events.compare), 'in order');
      assert.equal(ids.length, 1301);
      assert.deepEqual(events.at(-1)?.data, { n: 'live' });
    } finally {
      s.close();
    }
  });

  it('a fresh stream names the current position, so a reconnect misses nothing', async () => {
    const s = await readSse(`${t.api}/events?scope=question:q-travel`);
    const start = await (async () => { for (let i = 0; i < 40 && s.lastId() === null; i++) await new Promise((r) => setTimeout(r, 25)); return s.lastId(); })();
    s.close();
    assert.ok(start, 'an id: line at the start');
    await call(`${t.api}/votes/question/q-travel`, { method: 'PUT', body: { on: true }, headers: { 'x-confab-dev-user': 'mod' } });
    const again = await readSse(`${t.api}/events?scope=question:q-travel`, { 'last-event-id': start });
    try {
      const [e] = await again.waitFor(1);
      assert.equal(e?.type, 'vote.changed');
    } finally {
      again.close();
    }
  });

  it('a stream opened after changes made while none was open gets only the changes after it', async () => {
    const { feed, store } = t.server.context;
    for (let i = 0; i < 80 && feed.size > 0; i++) await new Promise((r) => setTimeout(r, 25)); // the earlier tests' streams
    assert.equal(feed.size, 0, 'no stream open');
    const before = await store.events.latest();
    // While nobody listens the feed reads nothing (on PostgreSQL every commit would cost a read).
    assert.equal((await vote('i-10', true)).status, 200);
    assert.equal((await vote('i-10', false)).status, 200);
    const s = await readSse(`${t.api}/events?scope=idea:i-10`);
    try {
      for (let i = 0; i < 40 && s.lastId() === null; i++) await new Promise((r) => setTimeout(r, 25));
      const start = s.lastId();
      assert.ok(start && before && store.events.compare(start, before) > 0, 'it starts at the newest change, not before it');
      assert.equal((await vote('i-10', true, 'mod')).status, 200);
      const [e] = await s.waitFor(1);
      await new Promise((r) => setTimeout(r, 300)); // longer than the fallback poll (200 ms)
      assert.deepEqual(s.events.map((x) => x.data), [{ kind: 'idea', id: 'i-10', votes: 1, myVote: true }], 'only the vote made after it opened');
      assert.equal(e?.type, 'vote.changed');
    } finally {
      s.close();
    }
  });

  it('a stream resuming from a pruned or foreign position gets reset, then live events', async () => {
    const { store } = t.server.context;
    const old = await store.events.latest();
    const voteK8s = (on: boolean) => call(`${t.api}/votes/question/q-k8s`, { method: 'PUT', body: { on }, headers: { 'x-confab-dev-user': 'mod' } });
    await voteK8s(true);
    await store.events.prune(new Date(Date.now() + 1000).toISOString());
    for (const position of [old!, 'not-a-position']) {
      const s = await readSse(`${t.api}/events?scope=question:q-k8s`, { 'last-event-id': position });
      try {
        for (let i = 0; i < 40 && s.named.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
        assert.deepEqual(s.named, ['reset'], `reset for ${position}`);
        await voteK8s(position !== old);
        const [e] = await s.waitFor(1);
        assert.equal(e?.type, 'vote.changed', 'then live');
      } finally {
        s.close();
      }
    }
  });

  it('also resumes from ?lastEventId= and sends heartbeats', async () => {
    const res = await fetch(`${t.api}/events?scope=none&lastEventId=0`);
    assert.equal(res.headers.get('content-type'), 'text/event-stream; charset=utf-8');
    const reader = res.body!.getReader();
    let text = '';
    const deadline = Date.now() + 2000;
    while (!text.includes(': ping') && Date.now() < deadline) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    assert.match(text, /: ping/);
  });

  it('checks every parameter before a stream is registered: bad ones get a problem and leave nothing open', async () => {
    for (const query of ['since=99999999999999999', 'since=-1', `scope=${'x'.repeat(3000)}`, 'lastEventId=' + '9'.repeat(100)]) {
      const r = await call(`${t.api}/events?${query}`).catch(() => null);
      if (r && r.status !== 200) assert.equal(r.headers.get('content-type'), 'application/problem+json; charset=utf-8', query);
    }
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(t.server.context.feed.size, 0, 'no stream left registered');
  });
});

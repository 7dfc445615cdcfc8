/** RestAdapter beyond the contract: retries with one key, the offline outbox, batching, one shared EventSource, error mapping. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EventSource } from 'eventsource';
import { RestAdapter, type ChangeEvent } from '@confab/core';
import { call, startServer, type TestServer } from './helpers.js';

class MemoryStorage implements Storage {
  private readonly map = new Map<string, string>();
  get length() { return this.map.size; }
  clear() { this.map.clear(); }
  getItem(key: string) { return this.map.get(key) ?? null; }
  key(i: number) { return [...this.map.keys()][i] ?? null; }
  removeItem(key: string) { this.map.delete(key); }
  setItem(key: string, value: string) { this.map.set(key, value); }
}

interface Seen { url: string; method: string; key: string | null }

/** A fetch that records requests and fails the first `failures` of them as a network error would. */
function flakyFetch(failures: number, seen: Seen[]): typeof fetch {
  let left = failures;
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    seen.push({ url: String(input), method: init?.method ?? 'GET', key: headers.get('idempotency-key') });
    if (left-- > 0) throw new TypeError('fetch failed');
    return fetch(input, init);
  };
}

describe('RestAdapter', () => {
  let t: TestServer;
  before(async () => { t = await startServer({ rateLimit: { max: 1000, windowMs: 1000 } }); });
  after(async () => { await t.destroy(); });

  const make = (extra: Partial<ConstructorParameters<typeof RestAdapter>[0]> = {}) =>
    new RestAdapter({ endpoint: t.api, headers: { 'x-confab-dev-user': 'ana' }, storage: null, EventSource: EventSource as unknown as typeof globalThis.EventSource, ...extra });

  it('retries a failed write with the same idempotency key; it takes effect once', async () => {
    const seen: Seen[] = [];
    const a = make({ fetch: flakyFetch(2, seen) });
    const q = await a.questions.askQuestion({ context: 'page:/retry-rest', title: 'Retried?' });
    assert.equal(seen.length, 3);
    assert.equal(new Set(seen.map((s) => s.key)).size, 1, 'one key for all attempts');
    assert.equal((await a.questions.listQuestions({ context: 'page:/retry-rest' })).items.length, 1);
    assert.equal(q.title, 'Retried?');
  });

  it('gives up after the attempts with UnavailableError, keeps the write in the outbox and sends it once later', async () => {
    const storage = new MemoryStorage();
    const seen: Seen[] = [];
    const results: unknown[] = [];
    const a = make({ fetch: flakyFetch(3, seen), storage, onOutboxResult: (r) => results.push(r.result) });
    await assert.rejects(a.ideas.submitIdea({ campaign: 'c-open', title: 'Sent later' }), (e: Error & { code?: string }) => e.code === 'unavailable');
    assert.equal(a.pendingWrites().length, 1);
    await a.flushOutbox();
    await a.flushOutbox();
    assert.equal(a.pendingWrites().length, 0);
    assert.equal(results.length, 1);
    const ideas = (await a.ideas.listIdeas({ campaign: 'c-open', sort: 'new', limit: 100 })).items.filter((i) => i.title === 'Sent later');
    assert.equal(ideas.length, 1, 'stored once');
  });

  it("sends the outbox on the browser's online event, and when the next page starts", async () => {
    const globals = globalThis as { window?: EventTarget };
    globals.window = new EventTarget();
    let down = true;
    const switchable: typeof fetch = (input, init) => (down ? Promise.reject(new TypeError('fetch failed')) : fetch(input, init));
    try {
      const storage = new MemoryStorage();
      const sent: unknown[] = [];
      const page = make({ fetch: switchable, storage, attempts: 1, onOutboxResult: (r) => sent.push(r.result) });
      await assert.rejects(page.ideas.addComment('i-12', { body: 'Written offline' }), (e: Error & { code?: string }) => e.code === 'unavailable');
      assert.equal(page.pendingWrites().length, 1);
      down = false;
      globals.window.dispatchEvent(new Event('online'));
      const until = async (n: number) => {
        const deadline = Date.now() + 3000;
        while (sent.length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      };
      await until(1);
      assert.equal(sent.length, 1, 'sent on online');
      assert.equal(page.pendingWrites().length, 0);

      down = true;
      await assert.rejects(page.ideas.addComment('i-12', { body: 'Also offline' }), (e: Error & { code?: string }) => e.code === 'unavailable');
      page.close();
      down = false;
      const next = make({ storage, onOutboxResult: (r) => sent.push(r.result) }); // a later page load on the same storage
      await until(2);
      globals.window.dispatchEvent(new Event('online'));
      await next.flushOutbox();
      assert.equal(sent.length, 2, 'each write sent once');
      assert.deepEqual((await next.ideas.listComments('i-12')).items.map((c) => c.body), ['Written offline', 'Also offline']);
      next.close();
    } finally {
      delete globals.window;
    }
  });

  it('aborting stops the backoff at once', async () => {
    const a = make({ fetch: flakyFetch(10, []), attempts: 5 });
    const controller = new AbortController();
    const pending = a.ideas.getIdea('i-01', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(pending, (e: Error) => e.name === 'AbortError');
  });

  it('maps problems to typed errors', async () => {
    const a = make();
    await assert.rejects(a.questions.getQuestion('nope'), (e: Error & { code?: string }) => e.code === 'not-found');
    await assert.rejects(a.questions.askQuestion({ context: 'x', title: '' }), (e: Error & { code?: string; fields?: Record<string, string> }) => e.code === 'validation' && typeof e.fields?.title === 'string');
    await assert.rejects(a.ideas.changeIdeaStatus('i-01', { status: 'planned', note: 'x' }), (e: Error & { code?: string }) => e.code === 'forbidden');
    const limited = new RestAdapter({ endpoint: t.api, storage: null, fetch: async () => new Response(JSON.stringify({ title: 'Too many', status: 429, code: 'rate-limited' }), { status: 429, headers: { 'retry-after': '7', 'content-type': 'application/problem+json' } }) });
    await assert.rejects(limited.votes.setVote({ kind: 'idea', id: 'i-01' }, true), (e: Error & { code?: string; retryAfter?: number }) => e.code === 'rate-limited' && e.retryAfter === 7);
  });

  it('batches getPerson calls of one tick into one request', async () => {
    const seen: Seen[] = [];
    const a = make({ fetch: flakyFetch(0, seen) });
    const people = await Promise.all(['ana', 'ben', 'cyd', 'ben', 'mod'].map((id) => a.people.getPerson(id)));
    assert.deepEqual(people.map((p) => p.id), ['ana', 'ben', 'cyd', 'ben', 'mod']);
    assert.equal(seen.length, 1);
    assert.match(seen[0]!.url, /\/people\?ids=ana%2Cben%2Ccyd%2Cmod$/);
    await assert.rejects(a.people.getPerson('ghost'), (e: Error & { code?: string }) => e.code === 'not-found');
  });

  it('shares one EventSource between subscriptions and delivers each event once', async () => {
    let opened = 0;
    class CountingEventSource extends EventSource {
      constructor(url: string | URL, init?: ConstructorParameters<typeof EventSource>[1]) {
        super(url, init);
        opened++;
      }
    }
    const a = make({ EventSource: CountingEventSource as unknown as typeof globalThis.EventSource });
    const got: ChangeEvent[][] = [[], [], []];
    const offs = [
      a.live.subscribe(['idea:i-10'], (e) => got[0]!.push(e)),
      a.live.subscribe(['campaign:c-open'], (e) => got[1]!.push(e)),
      a.live.subscribe(['idea:i-10', 'all'], (e) => got[2]!.push(e)),
    ];
    await call(`${t.api}/votes/idea/i-10`, { method: 'PUT', body: { on: true }, headers: { 'x-confab-dev-user': 'mod' } });
    const deadline = Date.now() + 3000;
    while (got.some((g) => g.length === 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    offs.forEach((off) => off());
    a.close();
    assert.equal(opened, 1, 'one EventSource');
    assert.deepEqual(got.map((g) => g.length), [1, 1, 1]);
  });

  it('follows more scopes than the server names in one stream (a board of many cards) by following all', async () => {
    const urls: string[] = [];
    class RecordingEventSource extends EventSource {
      constructor(url: string | URL, init?: ConstructorParameters<typeof EventSource>[1]) {
        super(url, init);
        urls.push(String(url));
      }
    }
    const a = make({ EventSource: RecordingEventSource as unknown as typeof globalThis.EventSource });
    const mine: ChangeEvent[] = [];
    const others: ChangeEvent[] = [];
    const offs = Array.from({ length: 30 }, (_, i) => a.live.subscribe([`idea:card-${i}`], (e) => others.push(e)));
    offs.push(a.live.subscribe(['idea:i-10'], (e) => mine.push(e)));
    await new Promise((r) => setTimeout(r, 50));
    await call(`${t.api}/votes/idea/i-10`, { method: 'PUT', body: { on: true }, headers: { 'x-confab-dev-user': 'ana' } });
    const deadline = Date.now() + 3000;
    while (mine.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    offs.forEach((off) => off());
    a.close();
    assert.equal(mine.length, 1, 'the vote reached the listener of its idea');
    assert.equal(others.length, 0, 'listeners of other ideas heard nothing');
    assert.match(urls.at(-1)!, /scope=all/);
  });

  it('tells subscribers to reload when the stream cannot resume because the events it missed were pruned', async () => {
    const a = make();
    const got: ChangeEvent[] = [];
    let resets = 0;
    const offs = [a.live.subscribe(['question:q-vpn'], (e) => got.push(e), { onReset: () => resets++ })];
    const vote = (on: boolean) => call(`${t.api}/votes/question/q-vpn`, { method: 'PUT', body: { on }, headers: { 'x-confab-dev-user': 'mod' } });
    await new Promise((r) => setTimeout(r, 100));
    await vote(true);
    const until = async (ok: () => boolean) => {
      const deadline = Date.now() + 3000;
      while (!ok() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    };
    await until(() => got.length === 1);
    await call(`${t.api}/votes/question/q-travel`, { method: 'PUT', body: { on: true }, headers: { 'x-confab-dev-user': 'mod' } });
    await t.server.context.store.events.prune(new Date(Date.now() + 1000).toISOString());
    // A new scope makes the adapter reconnect, resuming after the last id it saw: pruned by now.
    offs.push(a.live.subscribe(['question:q-k8s'], () => {}));
    await until(() => resets === 1);
    offs.forEach((off) => off());
    a.close();
    assert.equal(resets, 1, 'onReset called once');
  });
});

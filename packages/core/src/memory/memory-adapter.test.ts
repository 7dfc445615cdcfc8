import { ConflictError, isAbortError, isConfabError, ValidationError } from '../errors.js';
import { runAdapterContract, contractSeed } from '../test-kit/index.js';
import { deepEqual, equal, ok } from '../test-kit/assert.js';
import { expectError } from '../test-kit/helpers.js';
import { MemoryAdapter } from './memory-adapter.js';
import type { ChangeEvent } from '../types.js';

/** Mocha's globals, as @web/test-runner provides them. */
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;

runAdapterContract('MemoryAdapter', async (seed) => {
  const a = new MemoryAdapter({ seed });
  return { as: (u) => a.as(u) };
}, { describe, it });

describe('MemoryAdapter controls', () => {
  it('starts empty with one signed-in member', async () => {
    const a = new MemoryAdapter();
    deepEqual(await a.identity.currentUser(), { id: 'me', name: 'You', roles: ['member'] }, 'current user');
    equal((await a.questions.listQuestions({})).items.length, 0, 'no questions');
    const q = await a.questions.askQuestion({ context: 'page:/', title: 'Hello?' });
    equal(q.author.id, 'me', 'author');
  });

  it('picks options.user, then seed.currentUser, then the first person', async () => {
    equal((await new MemoryAdapter({ seed: contractSeed }).identity.currentUser())?.id, 'ana', 'seed.currentUser');
    equal((await new MemoryAdapter({ seed: contractSeed, user: 'mod' }).identity.currentUser())?.id, 'mod', 'options.user');
    equal((await new MemoryAdapter({ seed: { ...contractSeed, currentUser: undefined } }).identity.currentUser())?.id, 'ana', 'first person');
  });

  it('waits for latency and rejects with AbortError when aborted', async () => {
    const a = new MemoryAdapter({ latency: 80 });
    const started = performance.now();
    await a.identity.currentUser();
    ok(performance.now() - started >= 70, 'waited');
    const controller = new AbortController();
    const pending = a.questions.listQuestions({}, { signal: controller.signal });
    controller.abort();
    const error = await pending.then(() => null, (e: unknown) => e);
    ok(error instanceof DOMException && isAbortError(error), `AbortError, got ${String(error)}`);
    const already = await new MemoryAdapter().identity.currentUser({ signal: AbortSignal.abort() }).then(() => null, (e: unknown) => e);
    ok(isAbortError(already), 'an aborted signal rejects at once');
  });

  it('rejects every call while offline', async () => {
    const a = new MemoryAdapter();
    a.offline = true;
    const error = await expectError(a.identity.currentUser(), 'unavailable');
    equal((error as { offline?: boolean }).offline, true, 'offline flag');
    await expectError(a.questions.askQuestion({ context: 'x', title: 'y' }), 'unavailable');
    a.offline = false;
    equal((await a.questions.listQuestions({})).items.length, 0, 'nothing written while offline');
  });

  it('failNext rejects the next calls only', async () => {
    const a = new MemoryAdapter();
    a.failNext(new ConflictError('Busy'), 2);
    await expectError(a.identity.currentUser(), 'conflict');
    await expectError(a.questions.listQuestions({}), 'conflict');
    equal((await a.identity.currentUser())?.id, 'me', 'third call succeeds');
  });

  it('logs every call', async () => {
    const a = new MemoryAdapter({ seed: contractSeed });
    await a.people.getPeople(['ana', 'ben']);
    await a.people.getPerson('ana');
    deepEqual(a.calls.map((c) => c.method), ['getPeople', 'getPerson'], 'methods');
    deepEqual(a.calls[0]!.args[0], ['ana', 'ben'], 'arguments');
  });

  it('as() shares data and events; actAs() switches in place', async () => {
    const ana = new MemoryAdapter({ seed: contractSeed });
    const ben = ana.as('ben');
    const events: ChangeEvent[] = [];
    ben.live.subscribe(['all'], (e) => events.push(e));
    const pending = ana.questions.askQuestion({ context: 'page:/a', title: 'Shared?' });
    equal(events.length, 0, 'not delivered synchronously');
    const q = await pending;
    await new Promise((r) => setTimeout(r, 0));
    equal(events.length, 1, 'one event');
    equal(events[0]!.type, 'question.created', 'event type');
    equal((await ben.questions.getQuestion(q.id)).question.title, 'Shared?', 'shared store');
    ana.actAs(null);
    equal(await ana.identity.currentUser(), null, 'signed out');
    ana.actAs('mod');
    equal((await ana.identity.currentUser())?.id, 'mod', 'acting as mod');
    ok((() => { try { ana.actAs('nobody'); return false; } catch (e) { return isConfabError(e) && e.code === 'not-found'; } })(), 'unknown user refused');
  });

  it('returns copies and uses the injected clock for trending', async () => {
    let now = Date.parse('2025-06-10T00:00:00.000Z');
    const day = 86_400_000;
    const a = new MemoryAdapter({
      now: () => now,
      seed: {
        people: [{ id: 'u1', name: 'U1' }, { id: 'u2', name: 'U2' }, { id: 'u3', name: 'U3' }],
        ideas: [{ id: 'old', title: 'Old', author: 'u1', createdAt: '2025-01-01T00:00:00.000Z' }, { id: 'hot', title: 'Hot', author: 'u3', createdAt: '2025-01-02T00:00:00.000Z' }],
        votes: [
          { kind: 'idea', id: 'old', by: 'u1', at: new Date(now - 60 * day).toISOString() },
          { kind: 'idea', id: 'old', by: 'u2', at: new Date(now - 60 * day).toISOString() },
        ],
      },
    });
    now += day;
    await a.votes.setVote({ kind: 'idea', id: 'hot' }, true);
    deepEqual((await a.ideas.listIdeas({ sort: 'trending' })).items.map((i) => i.id), ['hot', 'old'], 'trending');
    deepEqual((await a.ideas.listIdeas({ sort: 'top' })).items.map((i) => i.id), ['old', 'hot'], 'top');
    const idea = await a.ideas.getIdea('hot');
    idea.title = 'Changed';
    equal((await a.ideas.getIdea('hot')).title, 'Hot', 'a copy was returned');
    const v = new ValidationError({ title: 'x' });
    equal(v.code, 'validation', 'error code');
  });
});

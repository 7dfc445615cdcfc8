import { escalation, notifications, questions, runWrite } from '../domain/index.js';
import { contractSeed } from '../test-kit/index.js';
import { deepEqual, equal } from '../test-kit/assert.js';
import { MemoryStorage } from './storage.js';
import { Store } from './store.js';
import type { User } from '../types.js';

/** Mocha's globals, as @web/test-runner provides them. */
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;

const HOUR = 3_600_000;

describe('escalation on memory storage', () => {
  it('routes an unanswered routed question to the next-ranked expert once per period and tells the asker', async () => {
    let now = Date.parse('2030-01-01T00:00:00Z');
    const store = new Store(() => now);
    store.load(contractSeed);
    const storage = new MemoryStorage(store);
    const cyd: User = { id: 'cyd', name: 'Cyd Lin', roles: ['member'] };
    const q = (await runWrite(storage, cyd, { operation: 'ask', input: [] }, (ctx) =>
      questions.askQuestion(ctx, { context: 'page:/esc', title: 'Which Kubernetes namespace?', body: 'A new service.', tags: ['kubernetes'] }))).result;
    await runWrite(storage, cyd, { operation: 'route', input: [] }, (ctx) => questions.routeQuestion(ctx, q.id, ['ana']));
    const sweep = () => escalation.sweep(storage, { now, afterMs: 48 * HOUR });
    deepEqual((await sweep()).escalated, [], 'not before 48 h');
    now += 49 * HOUR;
    deepEqual((await sweep()).escalated, [q.id], 'escalated after 48 h');
    deepEqual((await storage.read((r) => r.questions.get(q.id, null)))?.routedTo.map((p) => p.id), ['ana', 'ben'], 'Ben is next; the asker is not routed to');
    const inbox = await storage.read((r) => notifications.listNotifications({ repos: r, user: cyd }, {}));
    equal(inbox.items.filter((n) => n.type === 'question.escalated').length, 1, 'the asker is told');
    deepEqual((await sweep()).escalated, [], 'once per period');
  });
});

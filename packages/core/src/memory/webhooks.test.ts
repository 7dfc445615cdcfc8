import { runWrite, webhooks } from '../domain/index.js';
import { deepEqual, equal } from '../test-kit/assert.js';
import { MemoryStorage } from './storage.js';
import { Store } from './store.js';
import type { User } from '../types.js';

/** Mocha's globals, as @web/test-runner provides them. */
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;

const HOUR = 3_600_000;
const admin: User = { id: 'adm', name: 'Admin', roles: ['admin'] };

describe('webhook secret rotation on memory storage', () => {
  it('stops showing and signing with the previous secret once its grace period is over', async () => {
    const storage = new MemoryStorage(new Store(() => Date.now()));
    const write = <T>(fn: Parameters<typeof runWrite<T>>[3]) => runWrite(storage, admin, { operation: 'webhooks', input: [] }, fn).then((w) => w.result);
    const made = await write((ctx) => webhooks.createWebhook(ctx, { url: 'https://example.com/hook', events: ['question.created'] }));
    const enqueue = (id: string) => storage.transaction((r) => r.webhooks!.enqueue([{ id, endpointId: made.id, eventType: 'question.created', payload: '{}', createdAt: new Date().toISOString() }]));
    const claimNow = async () => {
      const at = new Date().toISOString();
      return storage.transaction((r) => r.webhooks!.claim(at, new Date(Date.now() + HOUR).toISOString(), 10));
    };

    // A rotation whose 24 h grace began 23 h ago: both secrets still sign, and the end is shown.
    const during = await write((ctx) => webhooks.rotateWebhookSecret(ctx, made.id, Date.now() - 23 * HOUR));
    equal(Date.parse(during.previousSecretUntil!) - Date.now() > 0, true, 'the end of the grace period is ahead');
    await enqueue('msg_during');
    deepEqual((await claimNow()).map((c) => c.secrets), [[during.secret, made.secret]], 'both secrets sign during the grace period');

    // A rotation whose grace period ended an hour ago: only the new secret signs, and no end is shown.
    const after = await write((ctx) => webhooks.rotateWebhookSecret(ctx, made.id, Date.now() - 25 * HOUR));
    equal(after.previousSecretUntil, null, 'no grace period is shown once it has passed');
    const read = await storage.read((r) => webhooks.getWebhook({ repos: r, user: admin }, made.id));
    equal(read.previousSecretUntil, null, 'nor when the endpoint is read again');
    await enqueue('msg_after');
    deepEqual((await claimNow()).map((c) => c.secrets), [[after.secret]], 'only the new secret signs');
  });
});

import type { CompleteAdapter as Adapter } from '../../adapter.js';
import type { Seed } from '../../seed.js';
import type { WebhookEndpoint } from '../../types.js';
import { deepEqual, equal, ok, show } from '../assert.js';
import { allPages, expectError, withFixture } from '../helpers.js';
import { contractSeed } from '../seed.js';
import type { ContractCase } from '../types.js';

const area = 'webhooks';

/** The contract seed with one admin, `adm`. */
const webhookSeed: Seed = {
  ...contractSeed,
  people: [...contractSeed.people, { id: 'adm', name: 'Ada Admin', roles: ['member', 'admin'], title: 'Intranet owner', department: 'IT', skills: [] }],
};

/**
 * A public URL: a server refuses loopback and private addresses unless it allows them
 * (`CONFAB_WEBHOOK_ALLOW_PRIVATE=1`), so the cases never depend on that setting.
 */
const HOOK = 'https://example.org/hook';
/**
 * The URL of the case that records deliveries: a reserved name that never resolves (RFC 6761),
 * so a server whose worker runs during the case connects nowhere (the attempt fails and waits
 * for a retry); the case removes its endpoints before it ends.
 */
const SINK = 'https://receiver.example.invalid/hook';

/** Fails when an endpoint as listed or read carries a signing secret. */
function noSecret(e: WebhookEndpoint, what: string): void {
  const keys = Object.keys(e);
  ok(!keys.includes('secret') && !keys.includes('previousSecret'), `${what}: no secret, got keys ${show(keys)}`);
  ok(!JSON.stringify(e).includes('whsec_'), `${what}: no whsec_ value anywhere`);
}

/** Runs `fn` with the admin's adapter, on the seed with an admin. */
const asAdmin = (fn: (adm: Adapter, as: (id: string | null) => Adapter) => Promise<void>) =>
  (factory: Parameters<ContractCase['run']>[0]) => withFixture(factory, (fx) => fn(fx.as('adm'), (id) => fx.as(id)), webhookSeed);

/** Issue 15: signed webhooks — admins manage endpoints; each matching change is recorded as a delivery (the outbox). */
export const webhookCases: ContractCase[] = [
  {
    area, name: 'only admins manage webhooks: members and moderators are refused, signed-out people must sign in',
    run: asAdmin(async (adm, as) => {
      const made = await adm.webhooks.create({ url: HOOK, events: ['question.created'] });
      for (const who of ['ana', 'mod']) {
        const a = as(who);
        await expectError(a.webhooks.list(), 'forbidden');
        await expectError(a.webhooks.get(made.id), 'forbidden');
        await expectError(a.webhooks.create({ url: HOOK, events: ['idea.created'] }), 'forbidden');
        await expectError(a.webhooks.update(made.id, { enabled: false }), 'forbidden');
        await expectError(a.webhooks.rotateSecret(made.id), 'forbidden');
        await expectError(a.webhooks.remove(made.id), 'forbidden');
        await expectError(a.webhooks.deliveries(made.id), 'forbidden');
      }
      await expectError(as(null).webhooks.list(), 'unauthenticated');
      await expectError(as(null).webhooks.create({ url: HOOK, events: ['idea.created'] }), 'unauthenticated');
      const [still] = await adm.webhooks.list();
      equal(still?.id, made.id, 'the endpoint is still there');
      equal(still?.enabled, true, 'and still enabled');
      equal((await adm.webhooks.list()).length, 1, 'nothing was created by the refused calls');
    }),
  },
  {
    area, name: 'create returns a whsec_ secret once; list and get never show it',
    run: asAdmin(async (adm) => {
      const made = await adm.webhooks.create({ url: HOOK, events: ['question.created', 'answer.created'], description: 'Ticketing bridge' });
      ok(typeof made.secret === 'string' && /^whsec_[A-Za-z0-9+/=]{16,}$/.test(made.secret), `a whsec_ secret, got ${show(made.secret)}`);
      ok(typeof made.id === 'string' && made.id.length > 0, 'an id');
      equal(made.url, HOOK, 'url');
      deepEqual(made.events, ['question.created', 'answer.created'], 'events');
      equal(made.description, 'Ticketing bridge', 'description');
      equal(made.enabled, true, 'enabled');
      equal(made.disabledReason, null, 'no disabled reason');
      equal(made.previousSecretUntil, null, 'no previous secret');
      const second = await adm.webhooks.create({ url: 'https://example.org/other', events: ['idea.created'] });
      ok(second.secret !== made.secret, 'each endpoint has its own secret');
      equal(second.description, '', 'description defaults to empty');
      const list = await adm.webhooks.list();
      deepEqual(list.map((e) => e.id), [made.id, second.id], 'oldest first');
      list.forEach((e, i) => noSecret(e, `list[${i}]`));
      const got = await adm.webhooks.get(made.id);
      noSecret(got, 'get');
      deepEqual({ ...got }, (({ secret: _s, ...rest }) => rest)(made), 'get shows what create returned, but the secret');
      await expectError(adm.webhooks.get('no-such-endpoint'), 'not-found');
    }),
  },
  {
    area, name: 'events and URLs are checked; a refused write changes nothing',
    run: asAdmin(async (adm) => {
      await expectError(adm.webhooks.create({ url: HOOK, events: ['question.deleted'] }), 'validation', 'events');
      await expectError(adm.webhooks.create({ url: HOOK, events: [] }), 'validation', 'events');
      await expectError(adm.webhooks.create({ url: HOOK }), 'validation', 'events');
      await expectError(adm.webhooks.create({ url: HOOK, events: ['notification.created'] }), 'validation', 'events');
      await expectError(adm.webhooks.create({ events: ['idea.created'] }), 'validation', 'url');
      await expectError(adm.webhooks.create({ url: 'not a url', events: ['idea.created'] }), 'validation', 'url');
      await expectError(adm.webhooks.create({ url: 'ftp://example.org/hook', events: ['idea.created'] }), 'validation', 'url');
      await expectError(adm.webhooks.create({ url: 'https://user:pass@example.org/hook', events: ['idea.created'] }), 'validation', 'url');
      equal((await adm.webhooks.list()).length, 0, 'nothing was created');
      const made = await adm.webhooks.create({ url: HOOK, events: ['idea.created'] });
      await expectError(adm.webhooks.update(made.id, { events: ['idea.created', 'idea.exploded'] }), 'validation', 'events');
      await expectError(adm.webhooks.update(made.id, { url: 'javascript:alert(1)' }), 'validation', 'url');
      const after = await adm.webhooks.get(made.id);
      deepEqual(after.events, ['idea.created'], 'events unchanged');
      equal(after.url, HOOK, 'url unchanged');
    }),
  },
  {
    area, name: 'update changes the URL, events and description; disable and enable',
    run: asAdmin(async (adm) => {
      const made = await adm.webhooks.create({ url: HOOK, events: ['idea.created'] });
      const changed = await adm.webhooks.update(made.id, { url: 'https://example.org/v2', events: ['idea.created', 'idea.status-changed'], description: 'Roadmap sync' });
      equal(changed.url, 'https://example.org/v2', 'url');
      deepEqual(changed.events, ['idea.created', 'idea.status-changed'], 'events');
      equal(changed.description, 'Roadmap sync', 'description');
      ok(changed.updatedAt >= made.updatedAt, 'updatedAt moves forward');
      noSecret(changed, 'update');
      const off = await adm.webhooks.update(made.id, { enabled: false });
      equal(off.enabled, false, 'disabled');
      ok(typeof off.disabledReason === 'string' && off.disabledReason.length > 0, `a disabled reason, got ${show(off.disabledReason)}`);
      equal(off.url, 'https://example.org/v2', 'other fields kept');
      equal((await adm.webhooks.get(made.id)).enabled, false, 'stored disabled');
      const on = await adm.webhooks.update(made.id, { enabled: true });
      equal(on.enabled, true, 'enabled again');
      equal(on.disabledReason, null, 'enabling clears the reason');
      await expectError(adm.webhooks.update('no-such-endpoint', { enabled: false }), 'not-found');
    }),
  },
  {
    area, name: 'rotating gives a new secret, shown once; the previous one keeps signing for a while',
    run: asAdmin(async (adm) => {
      const made = await adm.webhooks.create({ url: HOOK, events: ['idea.created'] });
      const rotated = await adm.webhooks.rotateSecret(made.id);
      ok(rotated.secret.startsWith('whsec_'), 'a whsec_ secret');
      ok(rotated.secret !== made.secret, 'a new one');
      equal(rotated.id, made.id, 'the same endpoint');
      ok(rotated.previousSecretUntil !== null && Date.parse(rotated.previousSecretUntil) > Date.now(), `the previous secret signs until later, got ${show(rotated.previousSecretUntil)}`);
      const got = await adm.webhooks.get(made.id);
      noSecret(got, 'get after rotate');
      equal(got.previousSecretUntil, rotated.previousSecretUntil, 'previousSecretUntil stored');
      const again = await adm.webhooks.rotateSecret(made.id);
      ok(again.secret !== rotated.secret && again.secret !== made.secret, 'every rotation is new');
      await expectError(adm.webhooks.rotateSecret('no-such-endpoint'), 'not-found');
    }),
  },
  {
    area, name: 'remove deletes the endpoint and its delivery log',
    run: asAdmin(async (adm) => {
      const keep = await adm.webhooks.create({ url: HOOK, events: ['idea.created'] });
      const gone = await adm.webhooks.create({ url: 'https://example.org/gone', events: ['idea.created'] });
      deepEqual(await adm.webhooks.remove(gone.id), { id: gone.id, deleted: true }, 'removed');
      deepEqual((await adm.webhooks.list()).map((e) => e.id), [keep.id], 'the other stays');
      await expectError(adm.webhooks.get(gone.id), 'not-found');
      await expectError(adm.webhooks.deliveries(gone.id), 'not-found');
      await expectError(adm.webhooks.remove(gone.id), 'not-found');
    }),
  },
  {
    area, name: 'a matching change records one delivery per subscribed, enabled endpoint; the log is paged newest first',
    run: asAdmin(async (adm, as) => {
      const questions = await adm.webhooks.create({ url: SINK, events: ['question.created'] });
      const ideas = await adm.webhooks.create({ url: SINK, events: ['idea.created'] });
      try {
        equal((await adm.webhooks.deliveries(questions.id)).items.length, 0, 'an empty log');
        await as('ana').questions.askQuestion({ context: 'page:/hooks', title: 'Who receives our webhooks?' });
        const first = await adm.webhooks.deliveries(questions.id);
        equal(first.items.length, 1, `one delivery, got ${show(first.items)}`);
        const d = first.items[0]!;
        equal(d.endpointId, questions.id, 'for the endpoint');
        equal(d.eventType, 'question.created', 'of the change');
        ok(d.status === 'pending' || d.status === 'delivered', `pending or delivered, got ${d.status}`);
        ok(typeof d.id === 'string' && d.id.length > 0, 'a delivery id (webhook-id)');
        ok(typeof d.createdAt === 'string' && !Number.isNaN(Date.parse(d.createdAt)), 'createdAt');
        equal(first.nextCursor, null, 'one page');
        equal((await adm.webhooks.deliveries(ideas.id)).items.length, 0, 'an endpoint of other types records none');

        await as('ben').questions.askQuestion({ context: 'page:/hooks', title: 'Are the deliveries signed?' });
        await as('cyd').questions.askQuestion({ context: 'page:/hooks', title: 'How often are they retried?' });
        const { items, sizes } = await allPages((cursor) => adm.webhooks.deliveries(questions.id, { limit: 2, cursor }));
        deepEqual(sizes, [2, 1], 'paged by 2');
        equal(new Set(items.map((x) => x.id)).size, 3, 'three distinct deliveries');
        equal(items[2]!.id, d.id, 'newest first: the first delivery is last');
        ok(items.every((x) => x.eventType === 'question.created' && x.endpointId === questions.id), 'all of the endpoint');

        await adm.webhooks.update(questions.id, { enabled: false });
        await as('ana').questions.askQuestion({ context: 'page:/hooks', title: 'Does a disabled endpoint hear of this?' });
        equal((await adm.webhooks.deliveries(questions.id, { limit: 10 })).items.length, 3, 'a disabled endpoint records none');
      } finally {
        await adm.webhooks.remove(questions.id).catch(() => undefined);
        await adm.webhooks.remove(ideas.id).catch(() => undefined);
      }
    }),
  },
];

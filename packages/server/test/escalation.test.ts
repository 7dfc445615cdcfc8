/**
 * Escalation, driven through the background worker with an injected clock: a routed question
 * unanswered after `CONFAB_ESCALATE_AFTER` goes to the next-ranked experts and the asker is told,
 * once per period; an idea "new" past its campaign's review target reminds the owners, once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { contractSeed } from '@confab/core/test-kit';
import { configFromEnv, DEFAULTS } from '../src/config.js';
import { call, startServer, type TestServer } from './helpers.js';

const seed = {
  ...contractSeed,
  people: [...contractSeed.people, { id: 'adm', name: 'Ada Admin', roles: ['member' as const, 'admin' as const], skills: [] }],
};
const as = (user: string) => ({ 'x-confab-dev-user': user });
const HOUR = 3_600_000;

describe('escalation', () => {
  let t: TestServer;
  let offset = 0;
  before(async () => {
    t = await startServer({ seed, webhooks: { ...DEFAULTS.webhooks, allowPrivate: true, intervalMs: HOUR, now: () => Date.now() + offset } });
  });
  after(async () => { await t.destroy(); });
  const tick = () => t.server.worker?.tick();
  const inbox = async (person: string) => (await t.server.context.store.repos.notifications.list(person, {})).items;
  const routedTo = async (id: string) => (await call<{ question: { routedTo: { id: string }[] } }>(`${t.api}/questions/${id}`, { headers: as('cyd') })).json.question.routedTo.map((p) => p.id);

  async function routedQuestion(title: string) {
    const q = await call<{ id: string }>(`${t.api}/questions`, { method: 'POST', headers: as('cyd'), body: { title, body: 'Our cluster needs a namespace.', tags: ['kubernetes'], context: 'page:/esc' } });
    assert.equal(q.status, 201);
    assert.equal((await call(`${t.api}/questions/${q.json.id}/routes`, { method: 'POST', headers: as('cyd'), body: { personIds: ['ana'] } })).status, 200);
    return q.json.id;
  }

  it('routes an unanswered routed question to the next-ranked expert after 48 h and tells the asker, once per period', async () => {
    const id = await routedQuestion('Which Kubernetes namespace for the escalation team?');
    const answered = await routedQuestion('Which Kubernetes namespace for the answered team?');
    await call(`${t.api}/questions/${answered}/answers`, { method: 'POST', headers: as('ana'), body: { body: 'team-answered' } });
    offset = 47 * HOUR;
    await tick();
    assert.deepEqual(await routedTo(id), ['ana'], 'not before CONFAB_ESCALATE_AFTER');
    offset = 49 * HOUR;
    await tick();
    assert.deepEqual(await routedTo(id), ['ana', 'ben'], 'Ben (Kubernetes, endorsed) is the next-ranked expert; the asker is not routed to');
    assert.deepEqual(await routedTo(answered), ['ana'], 'an answered question is not escalated');
    const told = (await inbox('cyd')).filter((n) => n.type === 'question.escalated');
    assert.equal(told.length, 1, 'the asker is told');
    assert.equal(told[0]?.item.id, id);
    assert.equal(told[0]?.actor, null);
    assert.ok((await inbox('ben')).some((n) => n.type === 'question.routed' && n.item.id === id), 'the new expert hears "You were asked"');
    await tick();
    offset = 60 * HOUR;
    await tick();
    assert.equal((await inbox('cyd')).filter((n) => n.type === 'question.escalated').length, 1, 'once per question per period');
  });

  it('reminds a campaign\'s owners of an idea still "new" past the review target, once', async () => {
    offset = 0;
    const bad = [0, 1.5, 366, 'two'];
    for (const reviewTargetDays of bad) {
      const r = await call(`${t.api}/campaigns`, { method: 'POST', headers: as('adm'), body: { title: 'Bad target', purpose: 'Why', reviewTargetDays } });
      assert.equal(r.status, 422, String(reviewTargetDays));
    }
    const c = await call<{ id: string; reviewTargetDays: number }>(`${t.api}/campaigns`, { method: 'POST', headers: as('adm'), body: { title: 'Faster reviews', purpose: 'We answer every idea within two days.', owners: ['mod'], reviewTargetDays: 2 } });
    assert.equal(c.status, 201);
    assert.equal(c.json.reviewTargetDays, 2, 'the campaign keeps its review target');
    const idea = await call<{ id: string }>(`${t.api}/ideas`, { method: 'POST', headers: as('ana'), body: { campaign: c.json.id, title: 'Review me in time' } });
    const reviewed = await call<{ id: string }>(`${t.api}/ideas`, { method: 'POST', headers: as('ana'), body: { campaign: c.json.id, title: 'Already under review' } });
    assert.equal((await call(`${t.api}/ideas/${reviewed.json.id}/status`, { method: 'PUT', headers: as('mod'), body: { status: 'under-review', note: 'Looking at it.' } })).status, 200);
    const due = async () => (await inbox('mod')).filter((n) => n.type === 'idea.review-due');
    offset = 24 * HOUR;
    await tick();
    assert.equal((await due()).length, 0, 'not before the target');
    offset = 49 * HOUR;
    await tick();
    await tick();
    const reminders = await due();
    assert.equal(reminders.length, 1, 'one reminder, only for the idea still "new"');
    assert.equal(reminders[0]?.item.id, idea.json.id);
    offset = 200 * HOUR;
    await tick();
    assert.equal((await due()).length, 1, 'once');
    const patched = await call<{ reviewTargetDays?: number }>(`${t.api}/campaigns/${c.json.id}`, { method: 'PATCH', headers: as('adm'), body: { reviewTargetDays: null } });
    assert.equal(patched.status, 200);
    assert.equal(patched.json.reviewTargetDays, undefined, 'null removes the target');
  });

  it('reads CONFAB_ESCALATE_AFTER as a duration (default 48 h) and CONFAB_WEBHOOK_ALLOW_PRIVATE as 1/0, naming a bad value', () => {
    assert.equal(configFromEnv({}, '/').config.escalateAfterMs, 48 * HOUR);
    assert.equal(configFromEnv({ CONFAB_ESCALATE_AFTER: '30m' }, '/').config.escalateAfterMs, 30 * 60_000);
    assert.equal(configFromEnv({ CONFAB_ESCALATE_AFTER: '48h' }, '/').config.escalateAfterMs, 48 * HOUR);
    assert.throws(() => configFromEnv({ CONFAB_ESCALATE_AFTER: 'soon' }, '/'), /CONFAB_ESCALATE_AFTER/);
    assert.throws(() => configFromEnv({ CONFAB_ESCALATE_AFTER: '10s' }, '/'), /CONFAB_ESCALATE_AFTER/);
    assert.equal(configFromEnv({}, '/').config.webhooks.allowPrivate, false);
    assert.equal(configFromEnv({ CONFAB_WEBHOOK_ALLOW_PRIVATE: '1' }, '/').config.webhooks.allowPrivate, true);
    assert.throws(() => configFromEnv({ CONFAB_WEBHOOK_ALLOW_PRIVATE: 'yes' }, '/'), /CONFAB_WEBHOOK_ALLOW_PRIVATE/);
  });
});

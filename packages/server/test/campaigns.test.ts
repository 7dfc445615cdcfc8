/** Campaign routes: admins only, schema-checked bodies (nothing stored on refusal), the clock, the seed's new fields, OpenAPI. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { contractSeed } from '@confab/core/test-kit';
import { call, startServer, type TestServer } from './helpers.js';

const seed = {
  ...contractSeed,
  people: [...contractSeed.people, { id: 'adm', name: 'Ada Admin', roles: ['member', 'admin'] as ('member' | 'admin')[] }],
  campaigns: [
    ...(contractSeed.campaigns ?? []),
    { id: 'c-seeded', title: 'Seeded', purpose: 'Why', description: '*Hi*', closesAt: '2099-01-01T00:00:00.000Z', owners: ['cyd'], createdAt: '2025-01-01T00:00:00.000Z' },
    { id: 'c-past', title: 'Past', purpose: 'Why', closesAt: '2025-01-01T00:00:00.000Z', createdAt: '2024-12-01T00:00:00.000Z' },
  ],
};

const as = (user: string) => ({ 'x-confab-dev-user': user });
const valid = { title: 'Fewer meetings', purpose: 'Meetings eat our week; the best three ideas go to leadership in June.' };

describe('campaign routes', () => {
  let t: TestServer;
  before(async () => { t = await startServer({ seed }); });
  after(async () => { await t.destroy(); });
  const all = async () => (await call<unknown[]>(`${t.api}/campaigns`)).json;

  it('loads the seed\'s description, closing date and owners; a past closing date reads as closed', async () => {
    const r = await call(`${t.api}/campaigns/c-seeded`);
    assert.equal(r.status, 200);
    assert.equal(r.json.description, '*Hi*');
    assert.equal(r.json.closesAt, '2099-01-01T00:00:00.000Z');
    assert.deepEqual(r.json.owners, [{ id: 'cyd', name: 'Cyd Lin' }]);
    assert.equal((await call(`${t.api}/campaigns/c-past`)).json.status, 'closed');
    const open = (await call<{ id: string }[]>(`${t.api}/campaigns?status=open`)).json.map((c) => c.id);
    assert.deepEqual(open, ['c-seeded', 'c-open'], 'open ones, in creation order');
  });

  const refusals: [string, () => ReturnType<typeof call>, number][] = [
    ['a member creating', () => call(`${t.api}/campaigns`, { method: 'POST', body: valid, headers: as('ana') }), 403],
    ['a moderator closing', () => call(`${t.api}/campaigns/c-open/close`, { method: 'POST', body: {}, headers: as('mod') }), 403],
    ['an unknown property', () => call(`${t.api}/campaigns`, { method: 'POST', body: { ...valid, status: 'open', color: 'red' }, headers: as('adm') }), 422],
    ['no purpose', () => call(`${t.api}/campaigns`, { method: 'POST', body: { title: 'No why' }, headers: as('adm') }), 422],
    ['a blank purpose', () => call(`${t.api}/campaigns`, { method: 'POST', body: { ...valid, purpose: '   ' }, headers: as('adm') }), 422],
    ['an oversized purpose', () => call(`${t.api}/campaigns`, { method: 'POST', body: { ...valid, purpose: 'x'.repeat(5000) }, headers: as('adm') }), 422],
    ['a NUL in the title', () => call(`${t.api}/campaigns`, { method: 'POST', body: { ...valid, title: 'a\u0000b' }, headers: as('adm') }), 422],
    ['owners not a list', () => call(`${t.api}/campaigns`, { method: 'POST', body: { ...valid, owners: 'ben' }, headers: as('adm') }), 422],
    ['an unknown owner', () => call(`${t.api}/campaigns`, { method: 'POST', body: { ...valid, owners: ['ghost'] }, headers: as('adm') }), 422],
    ['a past closing date', () => call(`${t.api}/campaigns`, { method: 'POST', body: { ...valid, closesAt: '2001-01-01' }, headers: as('adm') }), 422],
    ['a bad status', () => call(`${t.api}/campaigns/c-open`, { method: 'PATCH', body: { status: 'archived' }, headers: as('adm') }), 422],
    ['a bad list filter', () => call(`${t.api}/campaigns?status=maybe`), 422],
    ['an unknown campaign', () => call(`${t.api}/campaigns/c-nope`, { method: 'PATCH', body: { title: 'x' }, headers: as('adm') }), 404],
  ];
  for (const [name, run, status] of refusals) {
    it(`${name} → ${status}, nothing changed`, async () => {
      const before = await all();
      const r = await run();
      assert.equal(r.status, status, JSON.stringify(r.json));
      assert.equal(r.headers.get('content-type'), 'application/problem+json; charset=utf-8');
      assert.deepEqual(await all(), before);
    });
  }

  it('names the field: an unknown owner and a missing purpose', async () => {
    const owner = await call<{ fields?: Record<string, string> }>(`${t.api}/campaigns`, { method: 'POST', body: { ...valid, owners: ['ben', 'ghost'] }, headers: as('adm') });
    assert.match(owner.json.fields?.owners ?? '', /ghost/);
    const purpose = await call<{ fields?: Record<string, string> }>(`${t.api}/campaigns`, { method: 'POST', body: { ...valid, purpose: '' }, headers: as('adm') });
    assert.equal(typeof purpose.json.fields?.purpose, 'string');
  });

  it('an admin creates, edits, closes and reopens a campaign', async () => {
    const created = await call(`${t.api}/campaigns`, { method: 'POST', body: { ...valid, description: '# Why', owners: ['ben'] }, headers: as('adm') });
    assert.equal(created.status, 201);
    const id = created.json.id as string;
    assert.deepEqual(created.json.owners, [{ id: 'ben', name: 'Ben Okafor' }]);
    const edited = await call(`${t.api}/campaigns/${id}`, { method: 'PATCH', body: { title: 'Shorter meetings', owners: [] }, headers: as('adm') });
    assert.equal(edited.status, 200);
    assert.equal(edited.json.title, 'Shorter meetings');
    assert.equal(edited.json.purpose, valid.purpose);
    assert.deepEqual(edited.json.owners, []);
    const closed = await call(`${t.api}/campaigns/${id}/close`, { method: 'POST', body: {}, headers: as('adm') });
    assert.equal(closed.json.status, 'closed');
    assert.equal((await call(`${t.api}/ideas`, { method: 'POST', body: { campaign: id, title: 'Late' }, headers: as('ana') })).status, 409);
    const reopened = await call(`${t.api}/campaigns/${id}`, { method: 'PATCH', body: { status: 'open' }, headers: as('adm') });
    assert.equal(reopened.json.status, 'open');
    assert.equal((await call(`${t.api}/ideas`, { method: 'POST', body: { campaign: id, title: 'On time' }, headers: as('ana') })).status, 201);
  });

  it('documents the routes and the new fields in OpenAPI', async () => {
    const doc = (await call<{ paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, { required: string[] }> } }>(`${t.api}/openapi.json`)).json;
    assert.ok(doc.paths['/campaigns']?.post, 'POST /campaigns');
    assert.ok(doc.paths['/campaigns/{id}']?.patch, 'PATCH /campaigns/{id}');
    assert.ok(doc.paths['/campaigns/{id}/close']?.post, 'POST /campaigns/{id}/close');
    for (const field of ['description', 'closesAt', 'owners']) assert.ok(doc.components.schemas.Campaign?.required.includes(field), field);
  });
});

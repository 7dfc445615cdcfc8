/** Self-service profiles over HTTP: PATCH /people/:id, GET /skills, POST /skills/merge — problems, nothing changed, CORS, OpenAPI, schema. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { contractSeed } from '@confab/core/test-kit';
import { call, startServer, type TestServer } from './helpers.js';

const seed = {
  ...contractSeed,
  people: [...contractSeed.people, { id: 'adm', name: 'Ada Admin', roles: ['member' as const, 'admin' as const], skills: ['k8s'] }],
};

describe('profiles over HTTP', () => {
  let t: TestServer;
  before(async () => { t = await startServer({ seed, allowedOrigins: ['https://intranet.example'] }); });
  after(async () => { await t.destroy(); });

  const as = (user: string) => ({ 'x-confab-dev-user': user });
  const ana = async () => (await call(`${t.api}/people/ana`, { headers: as('ana') })).json;

  it('PATCH /people/:id changes your own profile and returns the person with about and availabilityUntil', async () => {
    const r = await call(`${t.api}/people/ana`, { method: 'PATCH', headers: as('ana'), body: { about: '<b>hi</b>', availability: 'away', availabilityUntil: '2031-01-02', skills: ['Go', 'go '] } });
    assert.equal(r.status, 200);
    assert.equal(r.json.about, '<b>hi</b>');
    assert.equal(r.json.availabilityUntil, '2031-01-02');
    assert.deepEqual((r.json.skills as { name: string }[]).map((s) => s.name), ['Go']);
    assert.equal((await ana()).about, '<b>hi</b>', 'stored as text');
  });

  const refusals: [string, string, Record<string, unknown>, number, string | null][] = [
    ['an unknown property', 'ana', { title: 'x', bogus: 1 }, 422, null],
    ['a title over the limit', 'ana', { title: 'x'.repeat(201) }, 422, 'title'],
    ['an unknown availability', 'ana', { availability: 'asleep' }, 422, 'availability'],
    ['an impossible date', 'ana', { availabilityUntil: '2031-02-31' }, 422, 'availabilityUntil'],
    ['skills that are not a list', 'ana', { skills: 'Go' }, 422, 'skills'],
    ['a NUL character', 'ana', { location: 'a\u0000b' }, 422, 'location'],
    ["someone else's profile", 'ben', { title: 'Hacked' }, 403, null],
    ['a name change by a member', 'ana', { name: 'Queen Ana' }, 403, null],
  ];
  for (const [what, user, body, status, field] of refusals) {
    it(`PATCH with ${what} → ${status}, nothing changed`, async () => {
      const before = await ana();
      const r = await call(`${t.api}/people/ana`, { method: 'PATCH', headers: as(user), body });
      assert.equal(r.status, status);
      assert.equal(r.headers.get('content-type'), 'application/problem+json; charset=utf-8');
      if (field) assert.equal(typeof (r.json.fields as Record<string, string>)[field], 'string', `a message for ${field}: ${JSON.stringify(r.json)}`);
      assert.deepEqual(await ana(), before);
    });
  }

  it('GET /skills lists the vocabulary; POST /skills/merge is for admins and records the alias', async () => {
    const forbidden = await call(`${t.api}/skills/merge`, { method: 'POST', headers: as('ben'), body: { from: 'k8s', into: 'Kubernetes' } });
    assert.equal(forbidden.status, 403);
    const missing = await call(`${t.api}/skills/merge`, { method: 'POST', headers: as('adm'), body: { from: 'k8s' } });
    assert.equal(missing.status, 422);
    const merged = await call(`${t.api}/skills/merge`, { method: 'POST', headers: as('adm'), body: { from: 'k8s', into: 'Kubernetes' } });
    assert.equal(merged.status, 200);
    assert.deepEqual(merged.json, { name: 'Kubernetes', people: 2, aliases: ['k8s'] });
    const found = await call(`${t.api}/skills?query=K8S&limit=5`, { headers: as('ana') });
    assert.deepEqual(found.json, [{ name: 'Kubernetes', people: 2, aliases: ['k8s'] }]);
    const adm = await call(`${t.api}/people/adm`, { headers: as('ana') });
    assert.deepEqual((adm.json.skills as { name: string }[]).map((s) => s.name), ['Kubernetes']);
  });

  it('allows PATCH from an allowed origin (CORS preflight)', async () => {
    const res = await fetch(`${t.api}/people/ana`, {
      method: 'OPTIONS', headers: { origin: 'https://intranet.example', 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'content-type' },
    });
    assert.ok((res.headers.get('access-control-allow-methods') ?? '').includes('PATCH'));
  });

  it('documents the routes and the new fields in OpenAPI', async () => {
    const doc = (await call(`${t.api}/openapi.json`)).json as { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, { properties: Record<string, unknown> }> } };
    assert.ok(doc.paths['/people/{id}']?.patch, 'PATCH /people/{id}');
    assert.ok(doc.paths['/skills']?.get, 'GET /skills');
    assert.ok(doc.paths['/skills/merge']?.post, 'POST /skills/merge');
    assert.ok(doc.components.schemas.Person?.properties.about);
    assert.ok(doc.components.schemas.Person?.properties.availabilityUntil);
    assert.ok(doc.components.schemas.SkillSummary);
  });
});

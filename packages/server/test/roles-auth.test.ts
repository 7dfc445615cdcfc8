/**
 * Roles through the API, and sign-in provisioning: what a trusted proxy's headers or a JWT's claims
 * tell about a person is stored at sign-in; roles from the identity provider win over an admin's change.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { contractSeed } from '@confab/core/test-kit';
import type { Seed } from '@confab/core';
import { configFromEnv } from '../src/config.js';
import { call, startServer, type TestServer } from './helpers.js';

const seed: Seed = {
  ...contractSeed,
  people: [...contractSeed.people, { id: 'adm', name: 'Ada Admin', roles: ['member', 'admin'], skills: [] }],
};

type Json = Record<string, unknown>;
const person = async (t: TestServer, id: string, headers: Record<string, string>) => (await call<Json>(`${t.api}/people/${id}`, { headers })).json;

describe('header auth: roles header and profile headers', () => {
  let t: TestServer;
  before(async () => { t = await startServer({ auth: 'header', trustedProxies: ['127.0.0.0/8'], seed }); });
  after(async () => { await t.destroy(); });
  const as = (id: string, extra: Record<string, string> = {}) => ({ 'x-confab-user': id, ...extra });

  it('a first sign-in creates the person with name, email, title and department; a change is stored at the next one', async () => {
    const headers = as('newbie', {
      'x-confab-user-name': 'Nia Newbie', 'x-confab-user-email': 'nia@example.com', 'x-confab-user-title': 'Analyst', 'x-confab-user-department': 'Finance',
    });
    assert.equal((await call<Json>(`${t.api}/me`, { headers })).json.name, 'Nia Newbie');
    const p = await person(t, 'newbie', as('adm'));
    assert.deepEqual([p.name, p.email, p.title, p.department, p.roles], ['Nia Newbie', 'nia@example.com', 'Analyst', 'Finance', ['member']]);
    await call(`${t.api}/me`, { headers: { ...headers, 'x-confab-user-title': 'Senior analyst', 'x-confab-user-name': 'Nia N. Newbie' } });
    const changed = await person(t, 'newbie', as('adm'));
    assert.deepEqual([changed.name, changed.title, changed.email], ['Nia N. Newbie', 'Senior analyst', 'nia@example.com'], 'headers left out keep what is stored');
    // UTF-8 from the proxy arrives as Latin-1 bytes and is decoded back.
    await call(`${t.api}/me`, { headers: as('newbie', { 'x-confab-user-department': Buffer.from('Küche', 'utf8').toString('latin1') }) });
    assert.equal((await person(t, 'newbie', as('adm'))).department, 'Küche');
  });

  it('bad profile or roles headers are refused with a message and change nothing', async () => {
    for (const [header, value] of [['x-confab-user-email', 'not an email'], ['x-confab-user-title', 'x'.repeat(201)], ['x-confab-user-roles', 'member,owner']]) {
      const res = await call<Json>(`${t.api}/me`, { headers: as('ben', { [header as string]: value as string }) });
      assert.equal(res.status, 401, header);
      assert.match(String(res.json.detail), new RegExp(header === 'x-confab-user-roles' ? 'x-confab-user-roles' : header as string), 'names the header');
    }
    const ben = await person(t, 'ben', as('adm'));
    assert.deepEqual([ben.title, ben.email, ben.roles], ['Network engineer', undefined, ['member']]);
  });

  it("the proxy's roles win: stored at sign-in, shown to admins, and an admin's change is overridden at the next sign-in", async () => {
    await call(`${t.api}/me`, { headers: as('cyd', { 'x-confab-user-roles': 'moderator' }) });
    let cyd = await person(t, 'cyd', as('adm'));
    assert.deepEqual([cyd.roles, cyd.rolesSource], [['member', 'moderator'], 'identity-provider']);
    const demoted = await call<Json>(`${t.api}/people/cyd/roles`, { method: 'PUT', body: { roles: ['member'] }, headers: as('adm') });
    assert.equal(demoted.status, 200);
    assert.deepEqual([demoted.json.roles, demoted.json.rolesSource], [['member'], 'admin']);
    assert.deepEqual((await call<Json>(`${t.api}/me`, { headers: as('cyd') })).json.roles, ['member'], 'without the header the stored roles apply');
    await call(`${t.api}/me`, { headers: as('cyd', { 'x-confab-user-roles': 'member moderator' }) });
    cyd = await person(t, 'cyd', as('adm'));
    assert.deepEqual([cyd.roles, cyd.rolesSource], [['member', 'moderator'], 'identity-provider'], 'the next sign-in with the header wins');
  });

  it('a sign-in kept from request to request still shows an admin\'s change at the next one', async () => {
    const me = async () => (await call<Json>(`${t.api}/me`, { headers: as('ana', { 'x-confab-user-name': 'Ana Alvarez' }) })).json;
    assert.deepEqual((await me()).roles, ['member']);
    assert.equal((await call(`${t.api}/votes/question/q-vpn`, { method: 'PUT', body: { on: true }, headers: as('ana') })).status, 200);
    assert.deepEqual((await me()).roles, ['member'], 'kept, or read again: the same');
    assert.equal((await call(`${t.api}/people/ana/roles`, { method: 'PUT', body: { roles: ['member', 'moderator'] }, headers: as('adm') })).status, 200);
    assert.deepEqual((await me()).roles, ['member', 'moderator'], 'no roles header: the admin\'s change stands');
  });

  it('PUT /people/:id/roles: admins only, strict body, the last admin stays', async () => {
    assert.equal((await call(`${t.api}/people/ben/roles`, { method: 'PUT', body: { roles: ['moderator'] }, headers: as('ana') })).status, 403);
    assert.equal((await call(`${t.api}/people/ben/roles`, { method: 'PUT', body: { roles: ['moderator'], extra: 1 }, headers: as('adm') })).status, 422);
    const bad = await call<Json>(`${t.api}/people/ben/roles`, { method: 'PUT', body: { roles: ['root'] }, headers: as('adm') });
    assert.equal(bad.status, 422);
    assert.ok((bad.json.fields as Json).roles, 'field message for roles');
    const last = await call<Json>(`${t.api}/people/adm/roles`, { method: 'PUT', body: { roles: ['member'] }, headers: as('adm') });
    assert.equal(last.status, 409);
    assert.match(String(last.json.detail), /last admin/);
    assert.deepEqual((await person(t, 'adm', as('adm'))).roles, ['member', 'admin']);
    assert.equal((await person(t, 'adm', as('ana'))).roles, undefined, 'members do not see roles');
  });
});

describe('dev auth: the acting user is read again after a change to people, not after every write', () => {
  let t: TestServer;
  before(async () => { t = await startServer({ auth: 'dev', seed }); });
  after(async () => { await t.destroy(); });
  const as = (id: string) => ({ 'x-confab-dev-user': id });
  const vote = (id: string, on: boolean) => call(`${t.api}/votes/question/q-vpn`, { method: 'PUT', body: { on }, headers: as(id) });

  it('a role granted, and a name an admin changed, count at the next request however many votes came between', async () => {
    assert.equal((await vote('ana', true)).status, 200);
    assert.deepEqual((await call<Json>(`${t.api}/me`, { headers: as('ana') })).json.roles, ['member']);
    assert.equal((await vote('cyd', true)).status, 200);
    assert.equal((await call(`${t.api}/people/ana/roles`, { method: 'PUT', body: { roles: ['member', 'moderator'] }, headers: as('adm') })).status, 200);
    assert.equal((await vote('cyd', false)).status, 200);
    assert.deepEqual((await call<Json>(`${t.api}/me`, { headers: as('ana') })).json.roles, ['member', 'moderator'], 'the granted role');
    assert.equal((await vote('ana', false)).status, 200);
    const edited = await call(`${t.api}/people/ana`, { method: 'PATCH', body: { name: 'Ana A. Alvarez' }, headers: as('adm') });
    assert.equal(edited.status, 200, JSON.stringify(edited.json));
    assert.equal((await vote('ben', true)).status, 200);
    assert.equal((await call<Json>(`${t.api}/me`, { headers: as('ana') })).json.name, 'Ana A. Alvarez', 'the new name');
  });
});

describe('jwt auth: profile and roles claims', () => {
  const secret = 'test-secret-that-is-long-enough-for-hs256';
  let t: TestServer;
  before(async () => { t = await startServer({ auth: 'jwt', jwt: { secret, audience: 'confab' }, seed }); });
  after(async () => { await t.destroy(); });
  const token = (sub: string, claims: Json) => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).setAudience('confab')
    .setExpirationTime('5m').sign(new TextEncoder().encode(secret));
  const bearer = async (sub: string, claims: Json = {}) => ({ authorization: `Bearer ${await token(sub, claims)}` });

  it('takes name, email, title, department and roles from the token, and updates them when they change', async () => {
    const me = await call<Json>(`${t.api}/me`, { headers: await bearer('jo', { name: 'Jo Jet', email: 'jo@example.com', title: 'Pilot', department: 'Ops', roles: ['admin'] }) });
    assert.deepEqual(me.json, { id: 'jo', name: 'Jo Jet', roles: ['member', 'admin'] });
    let jo = await person(t, 'jo', await bearer('adm'));
    assert.deepEqual([jo.email, jo.title, jo.department, jo.rolesSource], ['jo@example.com', 'Pilot', 'Ops', 'identity-provider']);
    await call(`${t.api}/me`, { headers: await bearer('jo', { title: 'Captain' }) });
    jo = await person(t, 'jo', await bearer('adm'));
    assert.deepEqual([jo.title, jo.email, jo.roles], ['Captain', 'jo@example.com', ['member', 'admin']], 'claims left out keep what is stored');
  });

  it('refuses tokens whose profile claims have the wrong shape, and stores nothing from them', async () => {
    for (const claims of [{ email: 42 }, { email: 'no-at-sign' }, { title: 'x'.repeat(201) }, { department: ['IT'] }, { roles: ['root'] }]) {
      const res = await call<Json>(`${t.api}/me`, { headers: await bearer('zed', claims) });
      assert.equal(res.status, 401, JSON.stringify(claims));
      assert.match(String(res.json.detail), /claim/);
    }
    assert.equal((await call(`${t.api}/people/zed`, { headers: await bearer('adm') })).status, 404, 'no person was created');
  });
});

describe('CONFAB_ROLES_HEADER', () => {
  it('defaults to x-confab-user-roles, takes a header name, refuses anything else', () => {
    assert.equal(configFromEnv({}, '/tmp').config.rolesHeader, 'x-confab-user-roles');
    assert.equal(configFromEnv({ CONFAB_ROLES_HEADER: 'X-Remote-Groups' }, '/tmp').config.rolesHeader, 'x-remote-groups');
    assert.throws(() => configFromEnv({ CONFAB_ROLES_HEADER: 'bad header' }, '/tmp'), /CONFAB_ROLES_HEADER/);
    assert.throws(() => configFromEnv({ CONFAB_ROLES_HEADER: 'x-confab-user' }, '/tmp'), /CONFAB_ROLES_HEADER/);
  });

  it('a configured roles header is the one read', async () => {
    const t = await startServer({ auth: 'header', trustedProxies: ['127.0.0.0/8'], rolesHeader: 'x-groups', seed });
    try {
      const me = await call<Json>(`${t.api}/me`, { headers: { 'x-confab-user': 'ana', 'x-groups': 'moderator', 'x-confab-user-roles': 'admin' } });
      assert.deepEqual(me.json.roles, ['member', 'moderator']);
    } finally {
      await t.destroy();
    }
  });
});

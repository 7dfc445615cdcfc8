/** Auth modes: dev (cookie, header, default), header (trusted proxies only), jwt (HS256, RS256, aud and exp). */
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { call, startServer, type TestServer } from './helpers.js';

const me = async (t: TestServer, headers: Record<string, string> = {}) => (await call(`${t.api}/me`, { headers })).json as unknown as { id: string; roles: string[] } | null;

describe('dev auth', () => {
  let t: TestServer;
  before(async () => { t = await startServer(); });
  after(async () => { await t.destroy(); });

  it('defaults to the seed user; header beats cookie; anonymous signs out', async () => {
    assert.equal((await me(t))?.id, 'ana');
    assert.equal((await me(t, { cookie: 'other=1; confab_dev_user=ben' }))?.id, 'ben');
    assert.equal((await me(t, { cookie: 'confab_dev_user=ben', 'x-confab-dev-user': 'cyd' }))?.id, 'cyd');
    assert.equal(await me(t, { 'x-confab-dev-user': 'anonymous' }), null);
    const write = await call(`${t.api}/votes/idea/i-02`, { method: 'PUT', body: { on: true }, headers: { 'x-confab-dev-user': 'anonymous' } });
    assert.equal(write.status, 401);
  });
});

describe('header auth', () => {
  it('trusts the user header only from configured proxies', async () => {
    const untrusted = await startServer({ auth: 'header', trustedProxies: ['10.0.0.1'] });
    try {
      assert.equal(await me(untrusted, { 'x-confab-user': 'mod' }), null);
      assert.equal((await call(`${untrusted.api}/dev/users`)).status, 404, 'no dev routes outside dev auth');
    } finally {
      await untrusted.destroy();
    }
    const trusted = await startServer({ auth: 'header', trustedProxies: ['127.0.0.0/8'] });
    try {
      assert.deepEqual((await me(trusted, { 'x-confab-user': 'mod' }))?.roles, ['member', 'moderator']);
      assert.equal((await me(trusted, { 'x-confab-user': 'newcomer', 'x-confab-user-name': 'New Comer' }))?.id, 'newcomer', 'first-time users are added');
      const evil = await call(`${trusted.api}/votes/idea/i-02`, { method: 'PUT', body: { on: true }, headers: { 'x-confab-user': 'ben', origin: 'https://evil.example' } });
      assert.equal(evil.status, 403, 'proxy-authenticated writes get CSRF checks');
    } finally {
      await trusted.destroy();
    }
  });
});

describe('jwt auth', () => {
  const secret = 'test-secret-that-is-long-enough-for-hs256';
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let t: TestServer;
  before(async () => {
    t = await startServer({ auth: 'jwt', jwt: { secret, publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(), audience: 'confab' } });
  });
  after(async () => { await t.destroy(); });

  const hs = (claims: Record<string, unknown>, aud = 'confab', exp: string | number = '5m') =>
    new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('ben').setAudience(aud).setExpirationTime(exp).sign(new TextEncoder().encode(secret));
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('HS256: sub is the person, roles from the claim', async () => {
    assert.deepEqual(await me(t, bearer(await hs({ roles: ['moderator'] }))), { id: 'ben', name: 'Ben Okafor', roles: ['member', 'moderator'] });
    const moderated = await call(`${t.api}/ideas/i-02/status`, { method: 'PUT', body: { status: 'planned', note: 'Yes' }, headers: bearer(await hs({ roles: ['moderator'] })) });
    assert.equal(moderated.status, 200);
    const member = await call(`${t.api}/ideas/i-02/status`, { method: 'PUT', body: { status: 'declined', note: 'No' }, headers: bearer(await hs({ roles: [] })) });
    assert.equal(member.status, 403, 'the claim says member only, and it wins over the moderator role stored before');
  });

  it('RS256 works; wrong audience, expired or forged tokens are 401; no token is signed out', async () => {
    const rs = await new SignJWT({}).setProtectedHeader({ alg: 'RS256' }).setSubject('cyd').setAudience('confab').setExpirationTime('5m').sign(privateKey);
    assert.equal((await me(t, bearer(rs)))?.id, 'cyd');
    assert.equal((await call(`${t.api}/me`, { headers: bearer(await hs({}, 'other')) })).status, 401);
    assert.equal((await call(`${t.api}/me`, { headers: bearer(await hs({}, 'confab', Math.floor(Date.now() / 1000) - 60)) })).status, 401);
    assert.equal((await call(`${t.api}/me`, { headers: bearer(`${rs.slice(0, -4)}AAAA`) })).status, 401);
    assert.equal(await me(t), null);
    assert.equal((await call(`${t.api}/votes/idea/i-02`, { method: 'PUT', body: { on: true } })).status, 401);
  });
});

/**
 * Who is acting: `dev` (cookie `confab_dev_user` or header `X-Confab-Dev-User`; the seed's
 * `currentUser` by default; the value `anonymous` or an empty value signs out), `header` (a user id
 * header trusted only from configured proxy addresses) or `jwt` (a bearer token, HS256 or RS256 by key or JWKS,
 * `aud`/`exp` checked; `sub` is the person id, a non-empty string of at most 200 characters; `roles`
 * (a list of member, moderator, admin) and `name` (a string) are optional, and a token whose claims
 * have other shapes is refused).
 * In dev auth only requests whose `Host` is a loopback name or one of `CONFAB_ALLOWED_HOSTS` are
 * served, so a hostile page cannot reach the server through DNS rebinding.
 */
import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import { ForbiddenError, LIMITS, UnauthenticatedError, type Role, type User } from '@confab/core';
import type { FastifyRequest } from 'fastify';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { ServerConfig } from '../config.js';
import type { ServerStore } from '../storage/store.js';

/** How the acting user was identified; `ambient` credentials (cookies, proxy headers) need CSRF checks. */
export interface Identity {
  user: User | null;
  ambient: boolean;
}

/** The name of the dev-mode cookie. */
export const DEV_COOKIE = 'confab_dev_user';
const ROLES: readonly Role[] = ['member', 'moderator', 'admin'];

/** Reads one cookie from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) {
      try { return decodeURIComponent(v.join('=')); } catch { return undefined; }
    }
  }
  return undefined;
}

/**
 * The trusted proxies as a `BlockList`: exact addresses and CIDR ranges, IPv4 or IPv6 (entries are
 * checked by `checkProxyEntry` at start-up). IPv4-mapped IPv6 addresses match IPv4 entries.
 */
export function proxyList(proxies: string[]): BlockList {
  const list = new BlockList();
  for (const entry of proxies) {
    const [address = '', bits] = entry.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  return list;
}

/** Whether a connection's address is in the list. */
export function isTrustedProxy(address: string | undefined, proxies: BlockList): boolean {
  const family = address ? isIP(address) : 0;
  return family !== 0 && proxies.check(address as string, family === 6 ? 'ipv6' : 'ipv4');
}

const LOOPBACK_HOST = /^(localhost|[a-z0-9-]+\.localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i;

/** Whether dev auth may answer a request with this `Host` header. */
export function isAllowedDevHost(host: string | undefined, allowed: readonly string[]): boolean {
  if (!host) return false;
  const name = host.toLowerCase();
  return LOOPBACK_HOST.test(name) || allowed.includes(name) || allowed.includes(name.replace(/:\d+$/, ''));
}

/** Whether a person id from a header, cookie or token can be stored: non-blank, bounded, no NUL. */
function isUsableId(id: string): boolean {
  return id.trim() !== '' && id.length <= LIMITS.id && !id.includes('\u0000');
}

/** The person a verified token names, or an error saying which claim is unusable. */
function claimsOf(payload: Record<string, unknown>): { id: string; name?: string; roles: Role[] } {
  const { sub, name, roles } = payload;
  if (typeof sub !== 'string' || !isUsableId(sub)) throw new UnauthenticatedError(`The token's sub claim must be a non-empty string of at most ${LIMITS.id} characters`);
  if (name !== undefined && (typeof name !== 'string' || name.length > LIMITS.name || name.includes('\u0000'))) throw new UnauthenticatedError(`The token's name claim must be a string of at most ${LIMITS.name} characters`);
  if (roles !== undefined && (!Array.isArray(roles) || roles.length > ROLES.length || !roles.every((r) => ROLES.includes(r as Role)))) {
    throw new UnauthenticatedError(`The token's roles claim must be a list of ${ROLES.join(', ')}`);
  }
  return { id: sub, ...(typeof name === 'string' && name.trim() ? { name: name.trim() } : {}), roles: (roles as Role[] | undefined) ?? [] };
}

/** Resolves the acting user of each request according to the configured mode. */
export class Authenticator {
  private readonly keys: (KeyObject | JWTVerifyGetKey)[] = [];
  private readonly proxies: BlockList;

  constructor(private readonly config: ServerConfig, private readonly store: ServerStore) {
    this.proxies = proxyList(config.trustedProxies);
    if (config.jwt.secret) this.keys.push(createSecretKey(Buffer.from(config.jwt.secret, 'utf8')));
    if (config.jwt.publicKey) this.keys.push(createPublicKey(config.jwt.publicKey));
    if (config.jwt.jwksUrl) this.keys.push(createRemoteJWKSet(new URL(config.jwt.jwksUrl)));
  }

  /** The identity behind a request; throws `UnauthenticatedError` for a bad token. */
  async identify(request: FastifyRequest): Promise<Identity> {
    switch (this.config.auth) {
      case 'dev': return this.dev(request);
      case 'header': return this.header(request);
      case 'jwt': return { user: await this.jwt(request), ambient: false };
    }
  }

  private async dev(request: FastifyRequest): Promise<Identity> {
    if (!isAllowedDevHost(request.headers.host, this.config.allowedHosts)) {
      throw new ForbiddenError('Dev auth answers only loopback host names; add this host to CONFAB_ALLOWED_HOSTS to allow it');
    }
    const header = request.headers['x-confab-dev-user'];
    const fromHeader = typeof header === 'string' ? header : undefined;
    const fromCookie = readCookie(request.headers.cookie, DEV_COOKIE);
    const chosen = fromHeader ?? fromCookie;
    const ambient = fromHeader === undefined;
    if (chosen === undefined) {
      const id = await this.store.defaultUserId();
      return { user: id ? await this.store.repos.people.user(id) : null, ambient };
    }
    if (chosen === '' || chosen === 'anonymous') return { user: null, ambient };
    if (!isUsableId(chosen)) throw new UnauthenticatedError(`A dev user id has 1–${LIMITS.id} characters and no NUL`);
    return { user: await this.store.repos.people.user(chosen), ambient };
  }

  private async header(request: FastifyRequest): Promise<Identity> {
    if (!isTrustedProxy(request.socket.remoteAddress, this.proxies)) return { user: null, ambient: false };
    const value = request.headers[this.config.userHeader];
    const id = typeof value === 'string' ? value.trim() : '';
    if (!id) return { user: null, ambient: true };
    if (!isUsableId(id)) throw new UnauthenticatedError(`The user header must be at most ${LIMITS.id} characters`);
    const nameHeader = request.headers[`${this.config.userHeader}-name`];
    const name = typeof nameHeader === 'string' && nameHeader.trim() ? nameHeader.trim().slice(0, LIMITS.name) : id;
    await this.store.repos.people.ensure(id, name, ['member']);
    return { user: await this.store.repos.people.user(id), ambient: true };
  }

  private async jwt(request: FastifyRequest): Promise<User | null> {
    const auth = request.headers.authorization;
    if (!auth) return null;
    const token = /^Bearer\s+(.+)$/i.exec(auth)?.[1];
    if (!token) throw new UnauthenticatedError('Use an Authorization: Bearer token');
    let payload: Record<string, unknown> | undefined;
    let lastError: unknown = null;
    for (const key of this.keys) {
      const options = {
        algorithms: typeof key !== 'function' && key.type === 'secret' ? ['HS256'] : ['RS256'],
        audience: this.config.jwt.audience, issuer: this.config.jwt.issuer, requiredClaims: ['sub', 'exp'],
      };
      try {
        ({ payload } = typeof key === 'function' ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options));
        break;
      } catch (error) {
        lastError = error;
      }
    }
    if (!payload) throw new UnauthenticatedError('The token is invalid or expired', { cause: lastError });
    const claims = claimsOf(payload);
    await this.store.repos.people.ensure(claims.id, claims.name ?? claims.id, ['member']);
    const stored = await this.store.repos.people.user(claims.id);
    return {
      id: claims.id, name: stored?.name ?? claims.name ?? claims.id, ...(stored?.avatarUrl ? { avatarUrl: stored.avatarUrl } : {}),
      roles: claims.roles.length ? claims.roles : ['member'],
    };
  }
}

/**
 * Who is acting: `dev` (cookie `confab_dev_user` or header `X-Confab-Dev-User`; the seed's
 * `currentUser` by default; the value `anonymous` or an empty value signs out), `header` (a user id
 * header trusted only from configured proxy addresses) or `jwt` (a bearer token, HS256 or RS256 by key or JWKS,
 * `aud`/`exp` checked; `sub` is the person id, `roles` and `name` claims optional).
 */
import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';
import { isIP } from 'node:net';
import { UnauthenticatedError, type Role, type User } from '@confab/core';
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

function ipv4ToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => (n << 8) + Number(part), 0) >>> 0;
}

/** Whether `address` is one of `proxies` (exact addresses, or IPv4 CIDR ranges such as `10.0.0.0/8`). */
export function isTrustedProxy(address: string | undefined, proxies: string[]): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
  return proxies.some((p) => {
    if (p === address || p === plain) return true;
    const [range, bits] = p.split('/');
    if (!range || bits === undefined || isIP(range) !== 4 || isIP(plain) !== 4) return false;
    const mask = Number(bits) === 0 ? 0 : (~0 << (32 - Number(bits))) >>> 0;
    return (ipv4ToInt(range) & mask) === (ipv4ToInt(plain) & mask);
  });
}

/** Resolves the acting user of each request according to the configured mode. */
export class Authenticator {
  private readonly keys: (KeyObject | JWTVerifyGetKey)[] = [];

  constructor(private readonly config: ServerConfig, private readonly store: ServerStore) {
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
    return { user: await this.store.repos.people.user(chosen), ambient };
  }

  private async header(request: FastifyRequest): Promise<Identity> {
    if (!isTrustedProxy(request.socket.remoteAddress, this.config.trustedProxies)) return { user: null, ambient: false };
    const value = request.headers[this.config.userHeader];
    const id = typeof value === 'string' ? value.trim() : '';
    if (!id) return { user: null, ambient: true };
    const nameHeader = request.headers[`${this.config.userHeader}-name`];
    await this.store.repos.people.ensure(id, typeof nameHeader === 'string' && nameHeader ? nameHeader : id, ['member']);
    return { user: await this.store.repos.people.user(id), ambient: true };
  }

  private async jwt(request: FastifyRequest): Promise<User | null> {
    const auth = request.headers.authorization;
    if (!auth) return null;
    const token = /^Bearer\s+(.+)$/i.exec(auth)?.[1];
    if (!token) throw new UnauthenticatedError('Use an Authorization: Bearer token');
    let lastError: unknown = null;
    for (const key of this.keys) {
      try {
        const options = {
          algorithms: typeof key !== 'function' && key.type === 'secret' ? ['HS256'] : ['RS256'],
          audience: this.config.jwt.audience, issuer: this.config.jwt.issuer, requiredClaims: ['sub', 'exp'],
        };
        const { payload } = typeof key === 'function' ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options);
        const id = payload.sub as string;
        const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is Role => ROLES.includes(r as Role)) : [];
        const name = typeof payload.name === 'string' && payload.name ? payload.name : id;
        await this.store.repos.people.ensure(id, name, ['member']);
        const stored = await this.store.repos.people.user(id);
        return { id, name: stored?.name ?? name, ...(stored?.avatarUrl ? { avatarUrl: stored.avatarUrl } : {}), roles: roles.length ? roles : ['member'] };
      } catch (error) {
        lastError = error;
      }
    }
    throw new UnauthenticatedError('The token is invalid or expired', { cause: lastError });
  }
}

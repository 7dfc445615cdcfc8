/**
 * Who is acting: `dev` (cookie `confab_dev_user` or header `X-Confab-Dev-User`; the seed's
 * `currentUser` by default; the value `anonymous` or an empty value signs out), `header` (a user id
 * header trusted only from configured proxy addresses) or `jwt` (a bearer token, HS256 or RS256 by key or JWKS,
 * `aud`/`exp` checked; `sub` is the person id, a non-empty string of at most 200 characters; `roles`
 * (a list of member, moderator, admin), `name`, `email`, `title` and `department` (strings) are
 * optional, and a token whose claims have other shapes is refused).
 * Sign-in provisioning: header and JWT sign-ins create the person and keep their name, email,
 * title and department as the proxy (`<user header>-name`, `-email`, `-title`, `-department`) or
 * the token sends them. Roles the identity provider sends (the `roles` claim, or the roles header
 * `X-Confab-User-Roles` from a trusted proxy) win: they are stored at every sign-in, over an
 * admin's change. Without them the stored roles (seeded or set by an admin) apply.
 * In dev auth only requests whose `Host` is a loopback name or one of `CONFAB_ALLOWED_HOSTS` are
 * served, so a hostile page cannot reach the server through DNS rebinding.
 */
import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import { ForbiddenError, LIMITS, ROLES, UnauthenticatedError, type Role, type User } from '@confab/core';
import { normaliseRoles, type SignInFacts } from '@confab/core/domain';
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

/** Longest email and title/department accepted from an identity provider. */
const MAX_EMAIL = 254;
const MAX_PROFILE_TEXT = 200;
/** Sign-ins kept at most (see `Auth.signIn`); the map starts over when full. */
const MAX_SIGNED_IN = 10_000;

/**
 * One profile fact from a claim or header (`what` names it in the error): absent or blank is
 * undefined; a value that is not a bounded string without NUL (an email also needs one `@` and
 * no spaces) is refused.
 */
function profileFact(value: unknown, what: string, max: number, email = false): string | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  const text = typeof value === 'string' ? value.trim() : null;
  if (text === null || text.length > max || text.includes('\u0000') || (email && !/^[^\s@]+@[^\s@]+$/.test(text))) {
    throw new UnauthenticatedError(`${what} must be ${email ? 'an email address' : 'a string'} of at most ${max} characters`);
  }
  return text;
}

/** A header's text: proxies send UTF-8, which Node hands over as Latin-1; decoded back when it is valid UTF-8. */
function headerText(value: string | string[] | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(value)) return value;
  const decoded = Buffer.from(value, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? value : decoded;
}

/** Roles from the roles header (comma- or space-separated), or undefined when it is absent or blank. */
function rolesFromHeader(value: string | undefined, header: string): Role[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const list = value.split(/[\s,]+/).filter(Boolean).map((r) => r.toLowerCase());
  if (list.length > ROLES.length * 2 || !list.every((r) => ROLES.includes(r as Role))) {
    throw new UnauthenticatedError(`The ${header} header must list roles among ${ROLES.join(', ')}`);
  }
  return normaliseRoles(list);
}

/** The person a verified token names, or an error saying which claim is unusable. */
function claimsOf(payload: Record<string, unknown>): { id: string; name?: string; roles?: Role[]; facts: SignInFacts } {
  const { sub, name, roles } = payload;
  if (typeof sub !== 'string' || !isUsableId(sub)) throw new UnauthenticatedError(`The token's sub claim must be a non-empty string of at most ${LIMITS.id} characters`);
  if (name !== undefined && (typeof name !== 'string' || name.length > LIMITS.name || name.includes('\u0000'))) throw new UnauthenticatedError(`The token's name claim must be a string of at most ${LIMITS.name} characters`);
  if (roles !== undefined && (!Array.isArray(roles) || roles.length > ROLES.length || !roles.every((r) => ROLES.includes(r as Role)))) {
    throw new UnauthenticatedError(`The token's roles claim must be a list of ${ROLES.join(', ')}`);
  }
  const facts: SignInFacts = {
    ...(typeof name === 'string' && name.trim() ? { name: name.trim() } : {}),
    email: profileFact(payload.email, "The token's email claim", MAX_EMAIL, true),
    title: profileFact(payload.title, "The token's title claim", MAX_PROFILE_TEXT),
    department: profileFact(payload.department, "The token's department claim", MAX_PROFILE_TEXT),
    ...(roles !== undefined ? { roles: normaliseRoles(roles) } : {}),
  };
  return { id: sub, ...(facts.name ? { name: facts.name } : {}), ...(facts.roles ? { roles: facts.roles } : {}), facts: withoutUndefined(facts) };
}

/** The facts that were sent. */
function withoutUndefined(facts: SignInFacts): SignInFacts {
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as SignInFacts;
}

/** Resolves the acting user of each request according to the configured mode. */
export class Authenticator {
  private readonly keys: (KeyObject | JWTVerifyGetKey)[] = [];
  private readonly proxies: BlockList;
  private readonly signedIn = new Map<string, { people: string; user: User }>();

  constructor(private readonly config: ServerConfig, private readonly store: ServerStore) {
    this.proxies = proxyList(config.trustedProxies);
    if (config.jwt.secret) this.keys.push(createSecretKey(Buffer.from(config.jwt.secret, 'utf8')));
    if (config.jwt.publicKey) this.keys.push(createPublicKey(config.jwt.publicKey));
    if (config.jwt.jwksUrl) this.keys.push(createRemoteJWKSet(new URL(config.jwt.jwksUrl)));
  }

  /**
   * The identity behind a request; throws `UnauthenticatedError` for a bad token. `version` is the
   * data version the request took (`ServerStore.readVersion()`), under which a looked-up user is kept.
   */
  async identify(request: FastifyRequest, version = this.store.readVersion()): Promise<Identity> {
    switch (this.config.auth) {
      case 'dev': return this.dev(request, version);
      case 'header': return this.header(request, version);
      case 'jwt': return { user: await this.jwt(request, version), ambient: false };
    }
  }

  private async dev(request: FastifyRequest, version: string | null): Promise<Identity> {
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
      return { user: id ? await this.store.userAt(id, version) : null, ambient };
    }
    if (chosen === '' || chosen === 'anonymous') return { user: null, ambient };
    if (!isUsableId(chosen)) throw new UnauthenticatedError(`A dev user id has 1–${LIMITS.id} characters and no NUL`);
    return { user: await this.store.userAt(chosen, version), ambient };
  }

  private async header(request: FastifyRequest, version: string | null): Promise<Identity> {
    if (!isTrustedProxy(request.socket.remoteAddress, this.proxies)) return { user: null, ambient: false };
    const value = request.headers[this.config.userHeader];
    const id = typeof value === 'string' ? value.trim() : '';
    if (!id) return { user: null, ambient: true };
    if (!isUsableId(id)) throw new UnauthenticatedError(`The user header must be at most ${LIMITS.id} characters`);
    const header = (suffix: string) => headerText(request.headers[`${this.config.userHeader}-${suffix}`]);
    const nameHeader = header('name');
    const facts = withoutUndefined({
      ...(nameHeader && nameHeader.trim() ? { name: nameHeader.trim().slice(0, LIMITS.name) } : {}),
      email: profileFact(header('email'), `The ${this.config.userHeader}-email header`, MAX_EMAIL, true),
      title: profileFact(header('title'), `The ${this.config.userHeader}-title header`, MAX_PROFILE_TEXT),
      department: profileFact(header('department'), `The ${this.config.userHeader}-department header`, MAX_PROFILE_TEXT),
      roles: rolesFromHeader(headerText(request.headers[this.config.rolesHeader]), this.config.rolesHeader),
    });
    return { user: await this.signIn(id, facts, version), ambient: true };
  }

  /**
   * Provisions the person who signs in; when the identity provider changed their stored roles, the
   * change is in the audit log (issue 13: 'roles', actor null, with the roles before and after).
   * A sign-in that changed nothing is kept, by person and facts, while people are unchanged
   * (`ServerStore.peopleVersion`): the next request with the same headers or claims reads nothing.
   */
  private async signIn(id: string, facts: SignInFacts, version: string | null): Promise<User> {
    const key = `${id}\u0000${JSON.stringify(facts)}`;
    const people = this.store.peopleVersion(version);
    const kept = people === null ? undefined : this.signedIn.get(key);
    if (kept && kept.people === people) return kept.user;
    const previous = facts.roles ? await this.store.repos.people.user(id) : null;
    const { user, changed } = await this.store.repos.people.provision(id, facts);
    // Kept under the version taken before the read: a change meanwhile makes it old at once.
    if (!changed && people !== null) {
      if (this.signedIn.size >= MAX_SIGNED_IN) this.signedIn.clear();
      this.signedIn.set(key, { people, user });
    }
    if (changed && previous && previous.roles.join(',') !== user.roles.join(',')) {
      await this.store.repos.moderation.audit({
        actorId: null, action: 'roles', target: null, personId: id, reason: null,
        details: { roles: user.roles, previous: previous.roles }, at: new Date().toISOString(),
      });
    }
    return user;
  }

  private async jwt(request: FastifyRequest, version: string | null): Promise<User | null> {
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
    return this.signIn(claims.id, claims.facts, version);
  }
}

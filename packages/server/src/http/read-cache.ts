/**
 * Answers of the hot GET lists and threads, kept per reader and URL while the data behind them is
 * unchanged. The store's `readVersion()`, taken once per request by the auth hook
 * (`request.dataVersion`), names the state of the data (on SQLite: every write of this process
 * and every commit of another; on PostgreSQL, `askVersion()`: the database's snapshot, which moves
 * with every commit of any replica). An answer computed under version V is served again only
 * while the version is still V, so a reader never gets an answer older than the last write,
 * exactly as without the cache. The ETag is kept with it (no hashing on a hit).
 *
 * What keys an answer: the whole acting user (id, roles, …) and the URL. So only routes whose
 * answer depends on nothing else are listed in `CACHED`: campaigns are not (their status follows
 * the clock), and a handler that reads anything else (the clock, the client address, a rate
 * limit such as `limitSearch`) calls `uncached(request)`, which keeps that answer out.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Routes (as registered, under the API prefix) whose answers may be kept. */
const CACHED = new Set(['/questions', '/questions/:id', '/ideas', '/ideas/:id', '/ideas/:id/comments', '/people', '/people/:id'].map((p) => `/api/v1${p}`));
/** Answers kept at most (the oldest go first), the largest answer kept, and all answers together (characters). */
const MAX_ENTRIES = 5000;
const MAX_BYTES = 256 * 1024;
const MAX_TOTAL = 32 * 1024 * 1024;

interface Entry {
  version: string;
  payload: string;
  etag: string;
}

/** What the hooks remember about one request. */
interface Pending {
  key: string;
  version: string;
  /** Set by `uncached`. */
  skip: boolean;
  /** The ETag of a cached answer being sent. */
  etag?: string;
}

const pending = new WeakMap<FastifyRequest, Pending>();

/** The key part of each acting user: the same object comes back while its read is kept (`memo.ts`). */
const userKeys = new WeakMap<object, string>();
function userKey(user: object): string {
  let key = userKeys.get(user);
  if (key === undefined) userKeys.set(user, (key = JSON.stringify(user)));
  return key;
}

/** A weak ETag over a serialised answer. */
export function etagOf(payload: string): string {
  return `W/"${createHash('sha1').update(payload).digest('base64url')}"`;
}

/** Keeps this request's answer out of the cache (it depends on more than the reader, the URL and the data). */
export function uncached(request: FastifyRequest): void {
  const p = pending.get(request);
  if (p) p.skip = true;
}

/** The cache of one server. */
export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private size = 0;

  /** Whether an answer to this request may be kept (a GET of a route in `CACHED`). */
  keeps(request: FastifyRequest): boolean {
    return request.method === 'GET' && CACHED.has(request.routeOptions.url ?? '');
  }

  /**
   * `preHandler`: answers a GET from the cache when it holds a current answer for this reader and
   * URL (the `onSend` hooks then add the ETag and 304); otherwise notes the version the handler reads under.
   */
  lookup(request: FastifyRequest, reply: FastifyReply): FastifyReply | undefined {
    if (!this.keeps(request)) return undefined;
    const version = request.dataVersion; // taken before the user was read: a later write only makes it older
    if (version === null) return undefined;
    const user = request.identity.user;
    const key = `${user ? userKey(user) : '-'}\n${request.url}`;
    const hit = this.entries.get(key);
    if (hit && hit.version === version) {
      pending.set(request, { key, version, skip: true, etag: hit.etag });
      return reply.code(200).type('application/json; charset=utf-8').send(hit.payload);
    }
    if (hit) this.drop(key, hit);
    pending.set(request, { key, version, skip: false });
    return undefined;
  }

  /** The ETag of a 200 answer to a GET list or thread: the cached one, or computed (and the answer kept when it may be). */
  etag(request: FastifyRequest, payload: string): string {
    const p = pending.get(request);
    if (p?.etag) return p.etag;
    const etag = etagOf(payload);
    if (p && !p.skip && payload.length <= MAX_BYTES) {
      const earlier = this.entries.get(p.key);
      if (earlier) this.drop(p.key, earlier);
      while (this.entries.size >= MAX_ENTRIES || (this.size + payload.length > MAX_TOTAL && this.entries.size > 0)) {
        const [oldest, entry] = this.entries.entries().next().value as [string, Entry];
        this.drop(oldest, entry);
      }
      this.entries.set(p.key, { version: p.version, payload, etag });
      this.size += payload.length;
    }
    return etag;
  }

  private drop(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.size -= entry.payload.length;
  }
}

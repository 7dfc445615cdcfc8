/**
 * Issue 13: the `moderation` area of `RestAdapter` over the reference server's routes:
 * `PATCH /{kind-plural}/:id`, `POST /{kind-plural}/:id/{delete|hide|restore|approve|keep|reports}`,
 * `GET /{kind-plural}/:id/versions`, `/moderation/queue`, `/moderation/audit`, `/moderation/policy`,
 * `/people/:id/{moderation|restrict|staff-notes}`.
 */
import type { ModerationArea, RequestOptions, WriteOptions } from '../adapter.js';
import type { ContentKind, ContentRef } from '../types.js';
import type { HttpRequest } from './http.js';

/** How the area reaches the server: the adapter's own reads and writes (retries, outbox, idempotency). */
export interface ModerationTransport {
  get<T>(path: string, query: HttpRequest['query'], options?: RequestOptions): Promise<T>;
  write<T>(method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown, options?: WriteOptions): Promise<T>;
}

/** The collection of each kind in the API's paths. */
export const CONTENT_PATHS: Readonly<Record<ContentKind, string>> = {
  question: 'questions', answer: 'answers', idea: 'ideas', comment: 'comments', feedback: 'feedback',
};

const item = (target: ContentRef) => `/${CONTENT_PATHS[target.kind]}/${encodeURIComponent(target.id)}`;
const person = (id: string) => `/people/${encodeURIComponent(id)}`;

/** The `moderation` area over `transport`. */
export function moderationArea(t: ModerationTransport): ModerationArea {
  return {
    edit: (target, input, options) => t.write('PATCH', item(target), input, options),
    remove: (target, input, options) => t.write('POST', `${item(target)}/delete`, input ?? {}, options),
    hide: (target, input, options) => t.write('POST', `${item(target)}/hide`, input, options),
    restore: (target, input, options) => t.write('POST', `${item(target)}/restore`, input ?? {}, options),
    approve: (target, options) => t.write('POST', `${item(target)}/approve`, {}, options),
    keep: (target, input, options) => t.write('POST', `${item(target)}/keep`, input ?? {}, options),
    versions: (target, options) => t.get(`${item(target)}/versions`, undefined, options),
    report: (target, input, options) => t.write('POST', `${item(target)}/reports`, input, options),
    queue: ({ held, ...rest } = {}, options) => t.get('/moderation/queue', { ...rest, held: held === undefined ? undefined : String(held) }, options),
    record: (personId, options) => t.get(`${person(personId)}/moderation`, undefined, options),
    restrict: (personId, input, options) => t.write('POST', `${person(personId)}/restrict`, input, options),
    addStaffNote: (personId, input, options) => t.write('POST', `${person(personId)}/staff-notes`, input, options),
    staffNotes: (personId, options) => t.get(`${person(personId)}/staff-notes`, undefined, options),
    audit: ({ target, ...rest } = {}, options) => t.get('/moderation/audit', { ...rest, kind: target?.kind, id: target?.id }, options),
    policy: (scope, options) => t.get('/moderation/policy', { kind: scope.kind, id: scope.id }, options),
    setPolicy: (scope, input, options) => t.write('PUT', '/moderation/policy', { scope, holdFirstPosts: input.holdFirstPosts }, options),
  };
}

/**
 * Response schemas of the hot GET routes, so that Fastify serialises them with fast-json-stringify
 * instead of `JSON.stringify`. They are derived from the OpenAPI components (`openapi-types.ts`),
 * the one place where the fields of a response are described: a route gets one when its
 * `returns` is listed in `SERIALISED`.
 *
 * A response schema drops the properties it does not list. So that a field added to a domain type
 * and not (yet) to `COMPONENTS` still reaches the client, every object here keeps
 * `additionalProperties: true` (listed properties are written by the fast path, the others by
 * `JSON.stringify`), and nothing is `required` (a missing field is left out, as `JSON.stringify`
 * would, instead of failing the answer).
 */
import type { RouteOptions } from 'fastify';
import { COMPONENTS, returnsSchema } from './openapi-types.js';

/** The `returns` of the routes serialised by schema: lists and threads read on every page view. */
const SERIALISED = new Set(['Page<Question>', 'QuestionThread', 'Page<Idea>', 'Idea', 'Page<Comment>', 'Person']);

type Schema = Record<string, unknown>;

/** `schema` with `$ref`s resolved, nullable `oneOf`s as type lists, open objects and no `required`. */
function open(schema: unknown, depth = 0): unknown {
  if (depth > 12 || typeof schema !== 'object' || schema === null) return schema;
  if (Array.isArray(schema)) return schema.map((s) => open(s, depth + 1));
  const s = schema as Schema;
  if (typeof s.$ref === 'string') return open(COMPONENTS[s.$ref.replace('#/components/schemas/', '')], depth + 1);
  const options = s.oneOf as Schema[] | undefined;
  if (options?.length === 2 && options.some((o) => o.type === 'null')) {
    const other = open(options.find((o) => o.type !== 'null'), depth + 1) as Schema;
    return typeof other.type === 'string' && other.type !== 'object' ? { ...other, type: [other.type, 'null'] } : { anyOf: [other, { type: 'null' }] };
  }
  const out: Schema = {};
  for (const [key, value] of Object.entries(s)) {
    if (key === 'required') continue;
    out[key] = key === 'properties'
      ? Object.fromEntries(Object.entries(value as Schema).map(([name, v]) => [name, open(v, depth + 1)]))
      : open(value, depth + 1);
  }
  if (out.type === 'object') out.additionalProperties = true;
  // An enum without a type is written as any value; give it the type of its values.
  if (Array.isArray(out.enum) && out.type === undefined && out.enum.every((v) => typeof v === 'string')) out.type = 'string';
  return out;
}

/** `onRoute`: adds the 200 response schema to a GET route whose `returns` is serialised by schema. */
export function addResponseSchema(route: RouteOptions): void {
  const schema = route.schema as (RouteOptions['schema'] & { returns?: string }) | undefined;
  if (!schema?.returns || !SERIALISED.has(schema.returns) || schema.response || route.method !== 'GET') return;
  route.schema = { ...schema, response: { 200: open(returnsSchema(schema.returns)) } };
}

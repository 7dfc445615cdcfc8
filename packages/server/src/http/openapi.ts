/** Builds the OpenAPI 3.1 document from the same JSON schemas the routes validate with. */
import type { FastifyInstance, RouteOptions } from 'fastify';
import { COMPONENTS, returnsSchema } from './openapi-types.js';

declare module 'fastify' {
  interface FastifySchema {
    /** One line for the OpenAPI document. */
    summary?: string;
    /** OpenAPI tags. */
    tags?: readonly string[];
    /** The success body for the OpenAPI document: a component name, `Page<X>`, `X[]` or `X | null`. */
    returns?: string;
  }
}

interface RouteSchema {
  summary?: string;
  tags?: string[];
  params?: { properties?: Record<string, unknown>; required?: string[] };
  querystring?: { properties?: Record<string, unknown>; required?: string[] };
  body?: unknown;
  returns?: string;
}

type Operation = Record<string, unknown>;

const problemRef = { $ref: '#/components/schemas/Problem' };
const PROBLEM = {
  type: 'object', required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, code: { type: 'string' },
    fields: { type: 'object', additionalProperties: { type: 'string' } }, retryAfter: { type: 'integer' },
    restrictedUntil: { type: 'string', format: 'date-time', description: 'A restricted person (403): until when they can read but not post' },
  },
};

/** Collects every route registered under `prefix` after this call; `document()` renders them. */
export function openApiCollector(app: FastifyInstance, prefix: string): { document(): Record<string, unknown> } {
  const paths: Record<string, Record<string, Operation>> = {};
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith(prefix) || route.method === 'HEAD') return;
    const schema = (route.schema ?? {}) as RouteSchema;
    const path = route.url.slice(prefix.length).replace(/:(\w+)/g, '{$1}') || '/';
    const parameters: unknown[] = [];
    for (const [name, s] of Object.entries(schema.params?.properties ?? {})) parameters.push({ name, in: 'path', required: true, schema: s });
    for (const [name, s] of Object.entries(schema.querystring?.properties ?? {})) {
      parameters.push({ name, in: 'query', required: schema.querystring?.required?.includes(name) ?? false, schema: s });
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      const op: Operation = {
        summary: schema.summary, tags: schema.tags, parameters,
        responses: {
          '2XX': schema.returns
            ? { description: 'Success', content: { [schema.returns === 'text/event-stream' ? 'text/event-stream' : 'application/json']: { schema: schema.returns === 'text/event-stream' ? { $ref: '#/components/schemas/ChangeEvent' } : returnsSchema(schema.returns) } } }
            : { description: 'Success (JSON)' },
          default: { description: 'A problem', content: { 'application/problem+json': { schema: problemRef } } },
        },
      };
      if (schema.body) op.requestBody = { required: true, content: { 'application/json': { schema: schema.body } } };
      if (method !== 'GET') op.parameters = [...parameters, { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 200 } }];
      (paths[path] ??= {})[method.toLowerCase()] = op;
    }
  });
  return {
    document: () => ({
      openapi: '3.1.0',
      info: { title: 'Confab reference API', version: '1.0.0', description: 'Every operation of the Confab Adapter contract over REST; live changes as Server-Sent Events.' },
      servers: [{ url: prefix }],
      paths,
      components: { schemas: { Problem: PROBLEM, ...COMPONENTS } },
    }),
  };
}

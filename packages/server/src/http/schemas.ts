/** JSON-schema building blocks shared by the route modules (also the source of the OpenAPI document). */
import { LIMITS } from '@confab/core';

/** No NUL character: PostgreSQL cannot store one, and no text needs it. */
export const NO_NUL = '^[^\\u0000]*$';
/** A string of at most `max` characters, without NUL. */
export const str = (max: number, extra: Record<string, unknown> = {}) => ({ type: 'string', maxLength: max, pattern: NO_NUL, ...extra }) as const;
/** A nullable string of at most `max` characters, without NUL. */
export const nullableStr = (max: number) => ({ type: ['string', 'null'], maxLength: max, pattern: NO_NUL }) as const;
/** A list of tags within the limits. */
export const tagList = { type: 'array', maxItems: LIMITS.tags, items: str(LIMITS.tag) } as const;
/** One or many values of a repeated query parameter. */
export const oneOrMany = (max: number, maxItems = 20) => ({ anyOf: [str(max), { type: 'array', maxItems, items: str(max) }] }) as const;
/** Path parameters `{ id }`. */
export const idParams = { type: 'object', required: ['id'], properties: { id: str(200) } } as const;
/** Cursor paging query parameters. */
export const pageProps = { cursor: str(500), limit: str(6, { pattern: '^[0-9]+$' }) } as const;
/** A JSON object body with these properties; any other property is refused (422), so a typo never passes silently. */
export const body = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required, additionalProperties: false }) as const;

/** A page size from a query string value. */
export function limitOf(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

/** A repeated query parameter as a list. */
export function listOf(value: string | string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : [value];
}

/** Query strings of paged lists. */
export interface PageQs {
  cursor?: string;
  limit?: string;
}

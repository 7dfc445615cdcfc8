import { LIMITS } from '@confab/core';

/** Reason chips per kind of answer. */
export interface Reasons {
  /** After "Yes" or 4–5 stars. */
  yes: string[];
  /** After "No" or 1–3 stars. */
  no: string[];
}

const clean = (list: unknown): string[] | undefined =>
  Array.isArray(list) ? list.filter((r): r is string => typeof r === 'string' && !!r.trim()).map((r) => r.trim().slice(0, LIMITS.reason)) : undefined;

/**
 * Reads the `reasons` attribute over the defaults:
 * - absent: the defaults;
 * - `""`: no chips at all;
 * - `"Outdated|Unclear|Missing information"`: the chips after a negative answer (positive keep the defaults);
 * - `{"yes":["Clear"],"no":["Outdated","Unclear"]}`: per answer; a missing key keeps its defaults.
 * Anything else warns once and keeps the defaults.
 */
export function parseReasons(attr: string | undefined, defaults: Reasons): Reasons {
  if (attr === undefined || attr === null) return defaults;
  const text = attr.trim();
  if (!text) return { yes: [], no: [] };
  if (!text.startsWith('{')) return { yes: defaults.yes, no: clean(text.split('|')) ?? [] };
  try {
    const json = JSON.parse(text) as Partial<Record<keyof Reasons, unknown>>;
    return { yes: clean(json.yes) ?? defaults.yes, no: clean(json.no) ?? defaults.no };
  } catch (error) {
    console.warn('[confab] <confab-feedback> ignores a `reasons` attribute that is not valid JSON:', (error as Error).message);
    return defaults;
  }
}

/**
 * The state line of a question in the list ("Waiting for review", "Hidden" and why, "edited"),
 * its code (`ask-status-line.ts`: `content-status.ts` and its strings) loaded only once a listed question has one
 * (issue 14): most lists show none. The list waits for it before it first shows, so a line never
 * appears late there; a question brought later (live, "Show more") redraws once it is in.
 */
import { nothing, type TemplateResult } from 'lit';
import type { ContentStatus } from '@confab/core';
import type { LocalizeController } from '../internal/localize.js';

type Parts = typeof import('./ask-status-line.js');
let parts: Parts | undefined;
let loading: Promise<Parts> | undefined;

/** Whether `status` draws a line: a visible item never edited draws none. */
export function hasStatus(status: ContentStatus | undefined): boolean {
  return !!status && (status.state !== 'visible' || !!status.editedAt);
}

/** Loads the state line's code once, when one of `statuses` needs it; resolves at once otherwise. */
export function loadStatusFor(statuses: (ContentStatus | undefined)[]): Promise<unknown> {
  if (parts || !statuses.some(hasStatus)) return Promise.resolve();
  loading ??= import('./ask-status-line.js').then(
    (p) => (parts = p),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The state lines' styles once their code is in (for `addStyles`), else undefined. */
export function loadedStatusStyles(): Parts['statusStyles'] | undefined {
  return parts?.statusStyles;
}

/** The state line of `status`, or nothing; when its code is not in yet, `loaded` is called once it is. */
export function statusLine(status: ContentStatus | undefined, localize: LocalizeController, loaded: () => void): TemplateResult | typeof nothing {
  if (!hasStatus(status)) return nothing;
  if (!parts) {
    loadStatusFor([status]).then(loaded, (error: unknown) => console.warn('[confab] <confab-ask> could not load a question\'s state line:', error));
    return nothing;
  }
  return parts.statusLineOf(status, localize);
}

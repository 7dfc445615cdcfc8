/** The state line of a listed question, for `ask-status.ts` to load in one piece (issue 14). */
import type { TemplateResult, nothing } from 'lit';
import type { ContentStatus } from '@confab/core';
import type { LocalizeController } from '../internal/localize.js';
import { contentStatus } from '../internal/content-status.js';
import { contentStrings } from '../internal/content.strings.js';
import { contentStyles } from '../internal/content.styles.js';

/** The line's styles, added to the widget once the line's code is in. */
export const statusStyles = [contentStyles];

/** `contentStatus` in the reader's language. */
export function statusLineOf(status: ContentStatus | undefined, localize: LocalizeController): TemplateResult | typeof nothing {
  return contentStatus(status, localize.strings(contentStrings), localize.lang);
}

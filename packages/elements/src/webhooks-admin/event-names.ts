import { html, type TemplateResult } from 'lit';
import type { ChangeType } from '@confab/core';
import type { WebhooksAdminStrings } from './webhooks-admin.strings.js';

/** An event type in words ("Question asked"), else its type name. */
export function eventName(s: WebhooksAdminStrings, type: ChangeType): string {
  return s.eventNames[type] ?? type;
}

/** Event types in words, as a list of the language ("Question asked, Answer posted"). */
export function eventList(s: WebhooksAdminStrings, lang: string, types: readonly ChangeType[]): string {
  return new Intl.ListFormat(lang, { style: 'short', type: 'unit' }).format(types.map((t) => eventName(s, t)));
}

/** An event type in words followed by its type name in code (what a receiver sees), or the type name alone. */
export function eventLabel(s: WebhooksAdminStrings, type: ChangeType): TemplateResult {
  const name = s.eventNames[type];
  return name ? html`${name} <code dir="ltr">${type}</code>` : html`<code dir="ltr">${type}</code>`;
}

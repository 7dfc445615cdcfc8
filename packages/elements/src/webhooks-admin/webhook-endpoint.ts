import { html, nothing, type TemplateResult } from 'lit';
import type { WebhookEndpoint } from '@confab/core';
import type { CommonStrings } from '../internal/common.strings.js';
import { busy } from '../internal/busy.js';
import { formatDateTime } from '../internal/format.js';
import { heading } from '../internal/heading.js';
import { eventList } from './event-names.js';
import type { ConfirmedAction } from './webhook-actions.js';
import type { WebhooksAdminStrings } from './webhooks-admin.strings.js';

/** What one endpoint's row needs from the widget. */
export interface EndpointView {
  s: WebhooksAdminStrings;
  common: CommonStrings;
  lang: string;
  /** The level of the endpoint's heading. */
  level: number;
  now: number;
  busy: boolean;
  error?: string;
  /** The action awaiting confirmation on this endpoint. */
  confirming?: ConfirmedAction;
  /** The edit form, when this endpoint is being edited. */
  form?: TemplateResult;
  /** The delivery log, when open. */
  log?: TemplateResult;
  edit(): void;
  setEnabled(enabled: boolean): void;
  ask(action: ConfirmedAction): void;
  confirm(): void;
  cancel(): void;
  toggleLog(): void;
}

/**
 * One endpoint: its URL (the heading), description, state (with the reason when it was disabled),
 * event types, the previous secret's end after a rotation, its times, and the buttons, each named
 * with the endpoint's URL ("Remove https://…"). While "Rotate secret" or "Remove" is being
 * confirmed, the question and its two buttons take the buttons' place (Escape cancels).
 */
export function renderEndpoint(v: EndpointView, e: WebhookEndpoint): TemplateResult {
  const { s } = v;
  const when = (iso: string) => formatDateTime(v.lang, iso);
  const previous = e.previousSecretUntil && Date.parse(e.previousSecretUntil) > v.now ? e.previousSecretUntil : null;
  return html`<li part="endpoint" class="endpoint" data-id=${e.id} aria-busy=${v.busy ? 'true' : 'false'}>
    ${heading(v.level, html`<bdi dir="ltr">${e.url}</bdi>`, { id: `endpoint-${e.id}`, class: 'endpoint-url', tabindex: -1 })}
    ${v.form ?? html`
      ${e.description ? html`<p class="description" dir="auto">${e.description}</p>` : nothing}
      <p class="state small">
        <span part="state" class="state-label" data-enabled=${e.enabled ? 'true' : 'false'}>${e.enabled ? s.enabled : s.disabled}</span>
        ${!e.enabled && e.disabledReason ? html` · <span dir="auto">${e.disabledReason}</span>` : nothing}
      </p>
      <p class="small events">${s.events(eventList(s, v.lang, e.events))}</p>
      ${previous ? html`<p class="small">${s.previousUntil(when(previous))}</p>` : nothing}
      <p class="small muted">${s.times(when(e.createdAt), when(e.updatedAt))}</p>
      ${v.confirming ? renderConfirm(v, e, v.confirming) : renderActions(v, e)}
      ${v.error ? html`<p class="message error" role="alert">${v.error}</p>` : nothing}
      ${v.log ?? nothing}`}
  </li>`;
}

function renderActions(v: EndpointView, e: WebhookEndpoint): TemplateResult {
  const { s } = v;
  return html`<div part="actions" class="actions">
    <button type="button" id=${`edit-${e.id}`} aria-label=${s.editFor(e.url)} ${busy(v.busy)} @click=${() => v.edit()}>${s.edit}</button>
    <button type="button" id=${`enable-${e.id}`} aria-label=${e.enabled ? s.disableFor(e.url) : s.enableFor(e.url)} ${busy(v.busy)}
      @click=${() => v.setEnabled(!e.enabled)}>${e.enabled ? s.disable : s.enable}</button>
    <button type="button" id=${`rotate-${e.id}`} aria-label=${s.rotateFor(e.url)} ${busy(v.busy)} @click=${() => v.ask('rotate')}>${s.rotate}</button>
    <button type="button" id=${`log-${e.id}`} aria-label=${s.deliveriesFor(e.url)} aria-expanded=${v.log ? 'true' : 'false'}
      aria-controls=${v.log ? `deliveries-${e.id}` : nothing} @click=${() => v.toggleLog()}>${s.deliveries}</button>
    <button type="button" id=${`remove-${e.id}`} class="danger" aria-label=${s.removeFor(e.url)} ${busy(v.busy)} @click=${() => v.ask('remove')}>${s.remove}</button>
  </div>`;
}

function renderConfirm(v: EndpointView, e: WebhookEndpoint, action: ConfirmedAction): TemplateResult {
  const { s } = v;
  const question = action === 'rotate' ? s.rotateConfirm(e.url) : s.removeConfirm(e.url);
  return html`<div part="confirm" class="confirm" role="group" aria-labelledby=${`confirm-text-${e.id}`}
      @keydown=${(ev: KeyboardEvent) => { if (ev.key === 'Escape') { ev.preventDefault(); v.cancel(); } }}>
    <p id=${`confirm-text-${e.id}`}>${question}</p>
    <div class="actions">
      <button type="button" id=${`confirm-${e.id}`} class=${action === 'remove' ? 'danger' : 'primary'}
        aria-label=${action === 'rotate' ? s.rotateFor(e.url) : s.removeFor(e.url)} ${busy(v.busy)} @click=${() => v.confirm()}>${action === 'rotate' ? s.rotate : s.remove}</button>
      <button type="button" ${busy(v.busy)} @click=${() => v.cancel()}>${v.common.cancel}</button>
    </div>
  </div>`;
}

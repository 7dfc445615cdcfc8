import { html, nothing, type TemplateResult } from 'lit';
import { WEBHOOK_EVENT_TYPES, WEBHOOK_LIMITS, area, type ChangeType, type WebhookEndpoint, type WebhookEndpointWithSecret, type WebhookInput } from '@confab/core';
import { busy } from '../internal/busy.js';
import { errorMessage, fieldErrors } from '../internal/error-message.js';
import { describedBy, fieldError, invalid } from '../internal/field-errors.js';
import { heading } from '../internal/heading.js';
import { eventLabel } from './event-names.js';
import type { WebhooksHost } from './webhooks-host.js';

/** Field errors of the endpoint form, by field name; `form` for a refusal of no one field. */
export interface WebhookErrors {
  url?: string;
  description?: string;
  events?: string;
  form?: string;
}

/** What the form tells the widget. */
export interface WebhookFormOptions {
  /** Saved: created (with its secret, to show once) or changed. */
  saved: (endpoint: WebhookEndpoint | WebhookEndpointWithSecret, created: boolean) => void;
  /** Closed without saving; focus goes back to `opener` (a selector). */
  cancelled: (opener: string) => void;
}

/**
 * The endpoint form of `<confab-webhooks-admin>`: the URL (required), a description, and a
 * checkbox per event type (at least one). "Add endpoint" opens it empty, an endpoint's "Edit" with
 * that endpoint. Errors — the two required fields here, anything else as the adapter refuses it
 * (a malformed or private URL) — are shown on their field, and the widget moves focus to the first
 * invalid one. Escape or "Cancel" closes it and focus goes back to the button that opened it.
 */
export class WebhookFormController {
  open = false;
  /** The endpoint being edited, or null when creating. */
  editing: WebhookEndpoint | null = null;
  url = '';
  description = '';
  events = new Set<string>();
  errors: WebhookErrors = {};
  saving = false;
  private opener = '';
  private key?: { input: string; key: string };

  constructor(private readonly host: WebhooksHost, private readonly options: WebhookFormOptions) {}

  /** Opens the form, empty (`endpoint` null) or with an endpoint to edit; `opener` is the selector focus returns to. */
  show(endpoint: WebhookEndpoint | null, opener: string): void {
    this.open = true;
    this.editing = endpoint;
    this.opener = opener;
    this.url = endpoint?.url ?? '';
    this.description = endpoint?.description ?? '';
    this.events = new Set(endpoint?.events ?? []);
    this.errors = {};
    this.host.requestUpdate();
    void this.host.focuser.to('#webhook-url');
  }

  /** Closes the form without saving. */
  cancel(): void {
    if (!this.open) return;
    this.open = false;
    this.errors = {};
    this.host.requestUpdate();
    this.options.cancelled(this.opener);
  }

  /** Closes the form, without moving focus, when it edits the endpoint `id` (which is gone). */
  forget(id: string): void {
    if (this.editing?.id !== id) return;
    this.open = false;
    this.errors = {};
  }

  private input(): WebhookInput {
    // The event types in the order the form lists them.
    return { url: this.url.trim(), description: this.description.trim(), events: WEBHOOK_EVENT_TYPES.filter((t) => this.events.has(t)) };
  }

  /** The same idempotency key while the same create is retried. */
  private keyFor(input: WebhookInput): string {
    const text = JSON.stringify([this.editing?.id ?? null, input]);
    if (this.key?.input !== text) this.key = { input: text, key: crypto.randomUUID() };
    return this.key.key;
  }

  /** Checks and saves. Resolves true when saved; `errors` says what to fix otherwise. */
  async save(): Promise<boolean> {
    const { s, common } = this.host;
    const backend = this.host.webhooksBackend;
    if (this.saving || !backend) return false;
    const input = this.input();
    const errors: WebhookErrors = {};
    if (!input.url) errors.url = s.urlRequired;
    if (!input.events?.length) errors.events = s.eventsRequired;
    this.errors = errors;
    if (Object.keys(errors).length) {
      this.host.requestUpdate();
      return false;
    }
    const editing = this.editing;
    this.saving = true;
    this.host.requestUpdate();
    try {
      const w = area(backend, 'webhooks');
      const idempotencyKey = this.keyFor(input);
      const saved = editing ? await w.update(editing.id, input, { idempotencyKey }) : await w.create(input, { idempotencyKey });
      this.key = undefined;
      this.open = false;
      this.options.saved(saved, !editing);
      return true;
    } catch (error) {
      const fields = fieldErrors(error);
      const mine: WebhookErrors = {};
      for (const name of ['url', 'description', 'events'] as const) if (fields[name]) mine[name] = fields[name];
      this.errors = Object.keys(mine).length ? mine : { form: errorMessage(error, common) };
      return false;
    } finally {
      this.saving = false;
      this.host.requestUpdate();
    }
  }

  private change(field: keyof WebhookErrors, apply: () => void): void {
    apply();
    if (this.errors[field] || this.errors.form) this.errors = { ...this.errors, [field]: undefined, form: undefined };
    this.host.requestUpdate();
  }

  private toggleEvent(type: ChangeType, on: boolean): void {
    this.change('events', () => {
      const events = new Set(this.events);
      if (on) events.add(type);
      else events.delete(type);
      this.events = events;
    });
  }

  /** The form; `onSubmit` runs `save()` and moves focus. */
  render(level: number, onSubmit: (e: Event) => void): TemplateResult {
    const { s, common } = this.host;
    const e = this.errors;
    const valueOf = (ev: Event) => (ev.target as HTMLInputElement | HTMLTextAreaElement).value;
    const eventsDescribed = describedBy(e.events && 'webhook-events-error', 'webhook-events-hint');
    return html`<form part="form" class="webhook-form" novalidate aria-labelledby="webhook-form-heading" @submit=${onSubmit}
        @keydown=${(ev: KeyboardEvent) => { if (ev.key === 'Escape' && !ev.defaultPrevented) { ev.preventDefault(); this.cancel(); } }}>
      ${heading(level, this.editing ? s.editHeading(this.editing.url) : s.newHeading, { id: 'webhook-form-heading', class: 'subheading' })}
      <div class="field">
        <label for="webhook-url">${s.urlLabel}</label>
        <input id="webhook-url" name="url" type="url" inputmode="url" autocomplete="off" spellcheck="false" dir="ltr" required
          maxlength=${WEBHOOK_LIMITS.url} .value=${this.url} aria-invalid=${invalid(e.url)}
          aria-describedby=${describedBy(e.url && 'webhook-url-error', 'webhook-url-hint')}
          @input=${(ev: Event) => this.change('url', () => { this.url = valueOf(ev); })} />
        ${fieldError('webhook-url-error', e.url)}
        <p id="webhook-url-hint" class="hint muted small">${s.urlHint}</p>
      </div>
      <div class="field">
        <label for="webhook-description">${s.descriptionLabel}</label>
        <textarea id="webhook-description" name="description" rows="2" maxlength=${WEBHOOK_LIMITS.description} .value=${this.description}
          aria-invalid=${invalid(e.description)} aria-describedby=${describedBy(e.description && 'webhook-description-error', 'webhook-description-hint')}
          @input=${(ev: Event) => this.change('description', () => { this.description = valueOf(ev); })}></textarea>
        ${fieldError('webhook-description-error', e.description)}
        <p id="webhook-description-hint" class="hint muted small">${s.descriptionHint}</p>
      </div>
      <fieldset class="event-types" aria-describedby=${eventsDescribed}>
        <legend>${s.eventsLegend}</legend>
        <p id="webhook-events-hint" class="hint muted small">${s.eventsHint}</p>
        <div class="event-grid">
          ${WEBHOOK_EVENT_TYPES.map((type) => {
            const id = `webhook-event-${type}`;
            return html`<div class="check">
              <input id=${id} type="checkbox" name="events" value=${type} .checked=${this.events.has(type)} aria-invalid=${invalid(e.events)}
                aria-describedby=${e.events ? 'webhook-events-error' : nothing}
                @change=${(ev: Event) => this.toggleEvent(type, (ev.target as HTMLInputElement).checked)} />
              <label for=${id}>${eventLabel(s, type)}</label>
            </div>`;
          })}
        </div>
        ${fieldError('webhook-events-error', e.events)}
      </fieldset>
      ${e.form ? html`<p part="message" class="message error" role="alert">${e.form}</p>` : nothing}
      <div class="row">
        <button class="primary" type="submit" ${busy(this.saving)}>${this.editing ? s.save : s.create}</button>
        <button type="button" @click=${() => this.cancel()}>${common.cancel}</button>
      </div>
    </form>`;
  }
}

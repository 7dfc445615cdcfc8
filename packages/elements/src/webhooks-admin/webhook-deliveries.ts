import { html, nothing, type TemplateResult } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { area, type WebhookDelivery, type WebhookEndpoint } from '@confab/core';
import { busy } from '../internal/busy.js';
import { loadErrorMessage } from '../internal/error-message.js';
import { formatDateTime } from '../internal/format.js';
import { heading } from '../internal/heading.js';
import { ShowMoreController } from '../internal/show-more.js';
import { eventLabel } from './event-names.js';
import type { WebhooksHost } from './webhooks-host.js';

/** The first page of an endpoint's log. */
interface FirstPage {
  id: string;
  items: WebhookDelivery[];
}

/**
 * The delivery log of one endpoint at a time, opened on demand: newest first, `pageSize` at a
 * time with "Show more deliveries" (focus moves to the first delivery it brought), and "Refresh"
 * to load it again (pending deliveries are sent by the server's worker meanwhile).
 */
export class DeliveryLog {
  /** The endpoint whose log is open, or null. */
  openId: string | null = null;
  /** The deliveries "Show more" brought after the first page. */
  private extra: WebhookDelivery[] = [];

  private readonly task: Task<readonly [WebhooksHost['webhooksBackend'], string | null, number], FirstPage>;
  private readonly more: ShowMoreController<WebhookDelivery>;

  constructor(private readonly host: WebhooksHost, pageSize: () => number) {
    this.more = new ShowMoreController<WebhookDelivery>(host, {
      fetch: (cursor, signal) => area(this.host.webhooksBackend!, 'webhooks').deliveries(this.openId!, { cursor, limit: pageSize() }, { signal }),
      items: () => this.shown,
      set: (items) => { this.extra = items.slice(this.first.length); },
      shown: (fresh) => fresh[0] && void this.host.focuser.to(`#delivery-${CSS.escape(fresh[0].id)}`),
    });
    this.task = new Task(host, {
      task: async ([adapter, id, limit], { signal }) => {
        if (!adapter || !id) return initialState;
        const page = await area(adapter, 'webhooks').deliveries(id, { limit }, { signal });
        this.more.reset(page.nextCursor);
        return { id, items: page.items };
      },
      args: () => [this.host.webhooksBackend, this.openId, pageSize()] as const,
    });
  }

  private get first(): WebhookDelivery[] {
    const v = this.task.value;
    return v && v.id === this.openId ? v.items : [];
  }

  /** What the log shows: the first page, then what "Show more" brought. */
  get shown(): WebhookDelivery[] {
    return [...this.first, ...this.extra];
  }

  /** Opens the log of `endpoint`, or closes it when it is open. */
  toggle(endpoint: WebhookEndpoint): void {
    this.extra = [];
    this.more.reset(null);
    this.openId = this.openId === endpoint.id ? null : endpoint.id;
    this.host.requestUpdate();
  }

  /** Closes the log of `id` if it is open (the endpoint is gone). */
  close(id: string): void {
    if (this.openId !== id) return;
    this.openId = null;
    this.extra = [];
    this.more.reset(null);
  }

  private refresh(): void {
    if (this.task.status === TaskStatus.PENDING) return;
    this.extra = [];
    void this.task.run();
  }

  /** The open log, inside the row of `endpoint`. */
  render(endpoint: WebhookEndpoint, level: number): TemplateResult {
    const { s, common: c } = this.host;
    const loading = this.task.status === TaskStatus.PENDING;
    const list = () => (this.shown.length
      ? html`<ol class="delivery-list" aria-busy=${loading ? 'true' : 'false'}>${this.shown.map((d) => this.renderDelivery(d))}</ol>`
      : html`<p part="message" class="message">${s.noDeliveries}</p>`);
    return html`<section part="deliveries" class="deliveries" id=${`deliveries-${endpoint.id}`} aria-labelledby=${`deliveries-heading-${endpoint.id}`}>
      <div class="deliveries-head">
        ${heading(level, s.deliveriesHeading(endpoint.url), { id: `deliveries-heading-${endpoint.id}`, class: 'subheading' })}
        <button type="button" ${busy(loading)} @click=${() => this.refresh()}>${s.refresh}</button>
      </div>
      ${this.task.render({
        pending: () => (this.shown.length ? list() : html`<p part="message" class="message" role="status">${c.loading}</p>`),
        complete: () => list(),
        error: (error) => html`<p part="message" class="message error" role="alert">${loadErrorMessage(error, c)}</p>`,
      })}
      ${this.more.error !== undefined ? html`<p part="message" class="message error" role="alert">${loadErrorMessage(this.more.error, c)}</p>` : nothing}
      ${this.more.cursor && !loading ? html`<button type="button" part="more" ${busy(this.more.busy)} @click=${() => void this.more.load()}>${s.showMore}</button>` : nothing}
    </section>`;
  }

  private renderDelivery(d: WebhookDelivery): TemplateResult {
    const { s, locale } = this.host;
    const when = (iso: string) => formatDateTime(locale, iso);
    const facts = [
      s.attempts(d.attempts),
      d.responseStatus !== null ? s.response(d.responseStatus) : d.lastAttemptAt ? s.noResponse : '',
      d.durationMs !== null ? s.duration(d.durationMs) : '',
    ].filter(Boolean);
    const times = [s.recorded(when(d.createdAt)), d.lastAttemptAt ? s.lastAttempt(when(d.lastAttemptAt)) : '', d.nextAttemptAt ? s.nextAttempt(when(d.nextAttemptAt)) : ''].filter(Boolean);
    return html`<li part="delivery" class="delivery" id=${`delivery-${d.id}`} tabindex="-1" data-status=${d.status}>
      <p class="delivery-line">
        <span part="delivery-status" class="status" data-status=${d.status}>${s.statuses[d.status]}</span>
        <span class="event-type">${eventLabel(s, d.eventType)}</span>
        <span>${facts.join(' · ')}</span>
      </p>
      <p class="small muted">${times.join(' · ')} · <code class="delivery-id">${d.id}</code></p>
      ${d.error ? html`<p class="small delivery-error" dir="auto">${d.error}</p>` : nothing}
    </li>`;
  }
}

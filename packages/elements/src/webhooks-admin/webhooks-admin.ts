import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { LIMITS, area, isConfabError, type AreaName, type WebhookEndpoint, type WebhookEndpointWithSecret } from '@confab/core';
import { ConfabElement } from '../internal/confab-element.js';
import { commonStrings, type CommonStrings } from '../internal/common.strings.js';
import { codeLoadMessage, loadErrorMessage } from '../internal/error-message.js';
import { focusFirstInvalid } from '../internal/field-errors.js';
import { FocusController } from '../internal/focus-controller.js';
import { heading } from '../internal/heading.js';
import { LazyModule } from '../internal/lazy-module.js';
import { RetryOnlineController } from '../internal/retry-online-controller.js';
import { baseStyles, themeStyles } from '../internal/widget.styles.js';
import { WebhookActions } from './webhook-actions.js';
import { DeliveryLog } from './webhook-deliveries.js';
import { renderEndpoint } from './webhook-endpoint.js';
import type { WebhookFormController } from './webhook-form.js';
import { copySecret, renderSecret, type ShownSecret } from './webhook-secret.js';
import { webhooksAdminStrings, type WebhooksAdminStrings } from './webhooks-admin.strings.js';
import { webhooksAdminStyles } from './webhooks-admin.styles.js';
import type { WebhooksHost } from './webhooks-host.js';

/** What the widget loaded: the endpoints, or why the reader may not manage them. */
type Access = { access: 'allowed'; endpoints: WebhookEndpoint[] } | { access: 'forbidden' | 'signed-out' };

/**
 * Admins manage the signed webhooks (Standard Webhooks) of their Confab backend: every endpoint
 * with its URL, description, event types, state (and why it was disabled after failures) and
 * times; "Add endpoint" (URL, description, a checkbox per event type); per endpoint "Edit",
 * "Disable"/"Enable", "Rotate secret" and "Remove" (both confirmed first), and its delivery log,
 * newest first, page by page. The `whsec_` secret of a new endpoint or a rotation is shown once,
 * with "Copy secret", until "Hide secret". Every button names its endpoint ("Remove https://…");
 * changes are announced. Anyone but an admin sees a clear "not allowed".
 *
 * @summary Admins add, change, rotate and remove webhook endpoints and read their deliveries.
 *
 * @csspart base - The widget's box.
 * @csspart add - The "Add endpoint" button.
 * @csspart form - The endpoint form (new or edit).
 * @csspart secret - The secret shown once, with its field and buttons.
 * @csspart copy - The "Copy secret" button.
 * @csspart hide-secret - The "Hide secret" button.
 * @csspart list - The list of endpoints.
 * @csspart endpoint - One endpoint.
 * @csspart state - An endpoint's "Enabled" or "Disabled" label.
 * @csspart actions - An endpoint's buttons.
 * @csspart confirm - The question before a rotation or a removal, with its buttons.
 * @csspart deliveries - An endpoint's delivery log.
 * @csspart delivery - One delivery.
 * @csspart delivery-status - A delivery's status label ("Pending", "Delivered", "Failed").
 * @csspart more - The "Show more deliveries" button.
 * @csspart message - Loading, empty, error and not-allowed messages.
 *
 * @cssprop --confab-webhooks-admin-state-disabled - Colour of "Disabled" and "Failed" (default: the danger colour).
 * @cssprop --confab-webhooks-admin-state-enabled - Colour of "Enabled" and "Delivered" (default: the success colour).
 *
 * @example
 * ```html
 * <confab-webhooks-admin></confab-webhooks-admin>
 * <confab-webhooks-admin page-size="50"></confab-webhooks-admin>
 * ```
 */
export class ConfabWebhooksAdmin extends ConfabElement implements WebhooksHost {
  static override styles = [themeStyles, baseStyles, webhooksAdminStyles];
  /** Webhooks (endpoints, secrets, delivery logs). */
  static override areas: readonly AreaName[] = ['webhooks'];

  static override properties: PropertyDeclarations = {
    pageSize: { type: Number, attribute: 'page-size' },
    strings: { attribute: false },
    shownSecret: { state: true, attribute: false },
    formFor: { state: true, attribute: false },
  };

  /** How many deliveries of an endpoint's log to load at a time (1–100). */
  pageSize = 20;

  /** Per-instance string overrides. */
  strings?: Partial<WebhooksAdminStrings>;

  /** The secret shown once, until hidden. */
  private shownSecret?: ShownSecret;
  /** Which form is open or loading: `new`, or the id of the endpoint being edited. */
  private formFor: string | null = null;

  /** @internal */
  readonly focuser = new FocusController(this);
  private readonly formCode = new LazyModule(this, () => import('./webhook-form.js'), 'the endpoint form of <confab-webhooks-admin>');
  private form?: WebhookFormController;
  private readonly actions = new WebhookActions(this);
  private readonly log = new DeliveryLog(this, () => this.pageSize);

  private readonly task = new Task(this, {
    task: async ([adapter], { signal }): Promise<Access | typeof initialState> => {
      if (!adapter) return initialState;
      const user = await adapter.identity.currentUser({ signal });
      if (!user) return { access: 'signed-out' };
      try {
        return { access: 'allowed', endpoints: await area(adapter, 'webhooks').list({ signal }) };
      } catch (error) {
        // The backend decides who manages webhooks: its refusal is "not allowed", not an error.
        if (isConfabError(error) && (error.code === 'forbidden' || error.code === 'unauthenticated')) return { access: error.code === 'forbidden' ? 'forbidden' : 'signed-out' };
        throw error;
      }
    },
    args: () => [this.backend] as const,
  });

  constructor() {
    super();
    new RetryOnlineController(this, () => this.task.status === TaskStatus.ERROR, () => this.task.run());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pageSize') && !(Number.isInteger(this.pageSize) && this.pageSize >= 1 && this.pageSize <= LIMITS.pageSize)) {
      console.warn(`[confab] <confab-webhooks-admin> page-size must be 1–${LIMITS.pageSize}; using 20.`);
      this.pageSize = 20;
    }
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    return this.formCode.whenLoaded(await super.getUpdateComplete(), () => super.getUpdateComplete());
  }

  /** @internal The strings in force. */
  get s(): WebhooksAdminStrings {
    return this.localize.strings(webhooksAdminStrings, this.strings);
  }

  /** @internal */
  get common(): CommonStrings {
    return this.localize.strings(commonStrings);
  }

  /** @internal The language of formatted dates and numbers. */
  get locale(): string {
    return this.localize.lang;
  }

  /** @internal The adapter, when it offers webhooks. */
  get webhooksBackend() {
    return this.backend;
  }

  /** @internal Says `message` through the live region. */
  say(message: string): void {
    this.announce(message);
  }

  /** @internal Loads the endpoints again; what is shown stays in place meanwhile. */
  async reload(): Promise<void> {
    await this.task.run();
    await this.updateComplete;
  }

  /** @internal Forgets the form, delivery log and secret of a removed endpoint. */
  forget(id: string): void {
    this.log.close(id);
    this.form?.forget(id);
    if (this.formFor === id) this.formFor = null;
    if (this.shownSecret?.endpointId === id) this.shownSecret = undefined;
  }

  /** @internal Shows a secret once; focus moves to it. */
  showSecret(endpoint: WebhookEndpointWithSecret): void {
    this.shownSecret = { endpointId: endpoint.id, url: endpoint.url, secret: endpoint.secret };
    void this.focuser.to('#secret');
  }

  private async copy(): Promise<void> {
    const shown = this.shownSecret;
    if (!shown) return;
    const result = await copySecret(shown.secret, this.renderRoot.querySelector<HTMLInputElement>('#secret'));
    if (this.shownSecret !== shown) return;
    this.shownSecret = { ...shown, copy: result };
    this.announce(result === 'copied' ? this.s.copied : this.s.copyManually);
  }

  private hideSecret(): void {
    const shown = this.shownSecret;
    this.shownSecret = undefined;
    if (shown) void this.focuser.to(`#endpoint-${CSS.escape(shown.endpointId)}`, '#add');
  }

  private openForm(endpoint: WebhookEndpoint | null): void {
    const opener = endpoint ? `#edit-${CSS.escape(endpoint.id)}` : '#add';
    this.formFor = endpoint?.id ?? 'new';
    void this.formCode.load().then((code) => {
      if (!code) {
        this.formFor = null;
        this.announce(codeLoadMessage(this.common));
        return;
      }
      this.form ??= new code.WebhookFormController(this, {
        saved: (saved, created) => void this.saved(saved, created),
        cancelled: (back) => {
          this.formFor = null;
          void this.focuser.to(back);
        },
      });
      this.form.show(endpoint, opener);
    });
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    const saved = (await this.form?.save()) ?? false;
    if (!saved) await focusFirstInvalid(this.renderRoot, this.updateComplete, '.webhook-form');
  }

  private async saved(endpoint: WebhookEndpoint | WebhookEndpointWithSecret, created: boolean): Promise<void> {
    this.formFor = null;
    if (created && 'secret' in endpoint) {
      this.showSecret(endpoint);
      this.announce(this.s.created(endpoint.url));
      await this.reload();
      return;
    }
    this.announce(this.s.saved(endpoint.url));
    await this.reload();
    void this.focuser.to(`#edit-${CSS.escape(endpoint.id)}`);
  }

  protected override render(): TemplateResult {
    if (!this.backend) return this.renderUnavailable();
    const c = this.common;
    return html`<section part="base" class="root" dir=${this.localize.dir} aria-labelledby="title">
      ${heading(this.level(), this.s.title, { id: 'title', class: 'title' })}
      ${this.task.render({
        // A reload after a change keeps everything in place (and the focus where it is) until the list arrives.
        pending: () => {
          const last = this.task.value;
          return last && last.access === 'allowed'
            ? this.renderAdmin(last.endpoints, true)
            : html`<p part="message" class="message" role="status">${c.loading}</p>`;
        },
        error: (error) => html`<p part="message" class="message error" role="alert">${loadErrorMessage(error, c)}</p>
          <button type="button" @click=${() => this.task.run()}>${c.retry}</button>`,
        complete: (result) => (result.access === 'allowed'
          ? this.renderAdmin(result.endpoints)
          : html`<p part="message" class="message" role="status">${result.access === 'signed-out' ? this.s.signIn : this.s.notAllowed}</p>`),
      })}
    </section>`;
  }

  private renderAdmin(endpoints: WebhookEndpoint[], loading = false): TemplateResult {
    const s = this.s;
    const creating = this.formFor === 'new';
    return html`<p class="intro muted">${s.intro}</p>
      ${this.shownSecret
        ? renderSecret({ s, level: this.level(1), shown: this.shownSecret, copy: () => void this.copy(), hide: () => this.hideSecret() })
        : nothing}
      <div class="toolbar">
        <button type="button" id="add" part="add" class="primary" aria-expanded=${creating ? 'true' : 'false'}
          @click=${() => (creating ? this.form?.cancel() : this.openForm(null))}>${s.add}</button>
      </div>
      ${creating ? this.renderForm(1) : nothing}
      ${endpoints.length
        ? html`<ul part="list" class="list" aria-busy=${loading ? 'true' : 'false'}>
            ${repeat(endpoints, (e) => e.id, (e) => this.renderEndpoint(e, endpoints))}
          </ul>`
        : html`<p part="message" class="message" role="status">${s.empty}</p>`}`;
  }

  /** The open form, its heading `depth` levels below the widget's (or "Loading…" while its code loads). */
  private renderForm(depth: number): TemplateResult {
    return this.form?.open
      ? this.form.render(this.level(depth), (e) => void this.submit(e))
      : html`<p part="message" class="message" role="status">${this.common.loading}</p>`;
  }

  private renderEndpoint(e: WebhookEndpoint, endpoints: WebhookEndpoint[]): TemplateResult {
    const a = this.actions;
    return renderEndpoint({
      s: this.s, common: this.common, lang: this.localize.lang, level: this.level(1), now: Date.now(),
      busy: a.busy.has(e.id), error: a.errors[e.id] || undefined,
      confirming: a.confirming?.id === e.id ? a.confirming.action : undefined,
      form: this.formFor === e.id ? this.renderForm(2) : undefined,
      log: this.log.openId === e.id ? this.log.render(e, this.level(2)) : undefined,
      edit: () => this.openForm(e),
      setEnabled: (enabled) => void a.setEnabled(e, enabled),
      ask: (action) => a.ask(e, action),
      confirm: () => void a.confirm(e, endpoints),
      cancel: () => a.cancel(),
      toggleLog: () => this.log.toggle(e),
    }, e);
  }
}

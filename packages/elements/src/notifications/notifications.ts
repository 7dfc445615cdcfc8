import { html, nothing, svg, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { LIMITS, area, scopes, type AreaName, type ChangeEvent, type Notification, type NotificationPreferences, type User } from '@confab/core';
import { ConfabElement } from '../internal/confab-element.js';
import { commonStrings } from '../internal/common.strings.js';
import { errorMessage, loadErrorMessage } from '../internal/error-message.js';
import { FocusController } from '../internal/focus-controller.js';
import { ShowMoreController } from '../internal/show-more.js';
import { formatNumber, formatRelative } from '../internal/format.js';
import { heading } from '../internal/heading.js';
import { LiveController } from '../internal/live-controller.js';
import { RetryOnlineController } from '../internal/retry-online-controller.js';
import { safeUrl } from '../internal/safe-url.js';
import { baseStyles, themeStyles } from '../internal/widget.styles.js';
import { notificationsStrings, type NotificationsStrings } from './notifications.strings.js';
import { notificationsStyles } from './notifications.styles.js';
import { renderPreferences } from './preferences-form.js';

const bellIcon = svg`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"/></svg>`;

/**
 * The signed-in person's notifications behind a bell: a button named "Notifications, N unread"
 * that opens a panel with the notifications newest first (unread ones marked), each linking to
 * the page where it happened, "Mark all as read", and "Preferences" (for each type: in the page,
 * in the e-mail digest, e-mail at once, or off; the digest daily or weekly; what to follow
 * automatically). New notifications arrive live and are announced politely. Escape closes the
 * panel and focus returns to the bell. Put it in the page header.
 *
 * @summary Notification bell and panel, with preferences.
 *
 * @csspart bell - The bell button.
 * @csspart count - The unread count on the bell.
 * @csspart panel - The panel the bell opens.
 * @csspart list - The list of notifications.
 * @csspart item - One notification.
 * @csspart preferences - The preferences form.
 * @csspart message - Loading, empty, error and sign-in messages.
 *
 * @cssprop --confab-notifications-panel-width - Width of the panel (default: 24rem, at most the viewport).
 *
 * @example
 * ```html
 * <header>… <confab-notifications></confab-notifications></header>
 * ```
 */
export class ConfabNotifications extends ConfabElement {
  static override styles = [themeStyles, baseStyles, notificationsStyles];
  /** Notifications; `live` is used when present. */
  static override areas: readonly AreaName[] = ['notifications'];

  static override properties: PropertyDeclarations = {
    pageSize: { type: Number, attribute: 'page-size' },
    open: { type: Boolean, reflect: true },
    strings: { attribute: false },
    items: { state: true, attribute: false },
    unread: { state: true, attribute: false },
    view: { state: true, attribute: false },
    prefs: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    error: { state: true, attribute: false },
  };

  /** How many notifications to load at a time (1–100). */
  pageSize = 20;

  /** Whether the panel is open. */
  open = false;

  /** Per-instance string overrides. */
  strings?: Partial<NotificationsStrings>;

  private items: Notification[] = [];
  private unread = 0;
  private view: 'list' | 'preferences' = 'list';
  private prefs: NotificationPreferences | null = null;
  private busy = false;
  private error = '';
  private user: User | null = null;
  private readonly focuser = new FocusController(this);

  /** "Show more": focus moves to the first notification it brought. */
  private readonly more = new ShowMoreController<Notification>(this, {
    fetch: (cursor, signal) => area(this.backend!, 'notifications').list({ cursor, limit: this.pageSize }, { signal }),
    items: () => this.items,
    set: (items) => { this.items = items; },
    shown: (_, first) => void this.focuser.to(`[part~="item"]:nth-child(${first + 1}) a`, `[part~="item"]:nth-child(${first + 1})`),
  });

  private readonly task = new Task(this, {
    task: async ([adapter, limit], { signal }) => {
      if (!adapter) return initialState;
      this.user = await adapter.identity.currentUser({ signal });
      if (!this.user) return 'signed-out' as const;
      const notifications = area(adapter, 'notifications');
      const [page, unread] = await Promise.all([notifications.list({ limit }, { signal }), notifications.unreadCount({ signal })]);
      this.items = page.items;
      this.more.reset(page.nextCursor);
      this.unread = unread;
      this.requestUpdate();
      return 'ready' as const;
    },
    args: () => [this.backend, this.pageSize] as const,
  });

  constructor() {
    super();
    new RetryOnlineController(this, () => this.task.status === TaskStatus.ERROR, () => this.task.run());
    new LiveController(this, {
      adapter: () => this.backend,
      scopes: () => (this.task.value === 'ready' && this.user ? [scopes.inbox(this.user.id)] : []),
      onChange: (event) => this.onChange(event),
      onReset: () => void this.task.run(),
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pageSize') && !(this.pageSize >= 1 && this.pageSize <= LIMITS.pageSize)) {
      console.warn(`[confab] <confab-notifications> page-size must be 1–${LIMITS.pageSize}; using 20.`);
      this.pageSize = 20;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.onDocumentClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.onDocumentClick);
  }

  /** A click outside closes the panel (focus stays where the click put it). */
  private onDocumentClick = (e: MouseEvent) => {
    if (this.open && !e.composedPath().includes(this)) this.open = false;
  };

  private get s(): NotificationsStrings {
    return this.localize.strings(notificationsStrings, this.strings);
  }

  private onChange(event: ChangeEvent): void {
    if (event.type !== 'notification.created' || this.items.some((n) => n.id === event.data.id)) return;
    this.items = [event.data, ...this.items];
    if (!event.data.read) this.unread += 1;
    this.announce(this.s.arrived(this.lineOf(event.data)));
  }

  private lineOf(n: Notification): string {
    const s = this.s;
    return (s.line[n.type] ?? s.line.mention)(n.actor?.name ?? s.someone, n.title);
  }

  private toggle(): void {
    this.open = !this.open;
    if (!this.open) this.view = 'list';
  }

  private close(): void {
    if (!this.open) return;
    this.open = false;
    this.view = 'list';
    void this.focuser.to('[part="bell"]');
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.open) {
      e.stopPropagation();
      this.close();
    }
  }

  private async markAll(): Promise<void> {
    const backend = this.backend;
    if (!backend || this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      this.unread = await area(backend, 'notifications').markRead('all');
      this.items = this.items.map((n) => ({ ...n, read: true }));
      this.announce(this.s.allRead);
    } catch (error) {
      this.error = errorMessage(error, this.localize.strings(commonStrings));
    } finally {
      this.busy = false;
    }
  }

  /** Following a notification's link marks it read (the link itself is followed as usual). */
  private markOne(n: Notification): void {
    const backend = this.backend;
    if (!backend || n.read) return;
    this.items = this.items.map((item) => (item.id === n.id ? { ...item, read: true } : item));
    area(backend, 'notifications').markRead([n.id]).then(
      (unread) => (this.unread = unread),
      (error: unknown) => console.warn('[confab] <confab-notifications> could not mark a notification read:', error),
    );
  }

  private async openPreferences(): Promise<void> {
    const backend = this.backend;
    if (!backend) return;
    this.error = '';
    try {
      this.prefs = await area(backend, 'notifications').preferences();
      this.view = 'preferences';
      void this.focuser.to('[part="preferences"] select');
    } catch (error) {
      this.error = errorMessage(error, this.localize.strings(commonStrings));
    }
  }

  private backToList(): void {
    this.view = 'list';
    this.error = '';
    void this.focuser.to('#prefs-toggle');
  }

  private async savePreferences(): Promise<void> {
    const backend = this.backend;
    if (!backend || !this.prefs || this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      this.prefs = await area(backend, 'notifications').setPreferences(this.prefs);
      this.announce(this.s.saved);
    } catch (error) {
      this.error = errorMessage(error, this.localize.strings(commonStrings));
    } finally {
      this.busy = false;
    }
  }

  protected override render(): TemplateResult {
    if (!this.backend) return this.renderUnavailable();
    const s = this.s;
    return html`<div class="root" dir=${this.localize.dir} @keydown=${(e: KeyboardEvent) => this.onKeydown(e)}>
      <button part="bell" class="bell" aria-expanded=${this.open} aria-controls="panel" aria-label=${s.bell(this.unread)}
        @click=${() => this.toggle()}>
        ${bellIcon}${this.unread ? html`<span part="count" class="count" aria-hidden="true">${formatNumber(this.localize.lang, Math.min(this.unread, 99))}${this.unread > 99 ? '+' : ''}</span>` : nothing}
      </button>
      <div part="panel" id="panel" class="panel" role="region" aria-labelledby="panel-title" ?hidden=${!this.open}>
        ${heading(this.level(), s.title, { id: 'panel-title', class: 'title' })}
        ${this.open ? this.renderPanel() : nothing}
      </div>
    </div>`;
  }

  private renderPanel(): TemplateResult {
    const c = this.localize.strings(commonStrings);
    return this.task.render({
      initial: () => html`<p part="message" class="message" role="status">${c.loading}</p>`,
      pending: () => html`<p part="message" class="message" role="status">${c.loading}</p>`,
      error: (error) => html`<p part="message" class="message error" role="alert">${loadErrorMessage(error, c)}</p>
        <button @click=${() => this.task.run()}>${c.retry}</button>`,
      complete: (value) => (value === 'ready'
        ? (this.view === 'preferences' ? this.renderPreferencesView() : this.renderList())
        : html`<p part="message" class="message">${this.s.signIn}</p>`),
    });
  }

  private renderPreferencesView(): TemplateResult {
    const s = this.s;
    return html`<div class="actions">
        <button id="prefs-toggle" aria-expanded="true" @click=${() => this.backToList()}>${s.back}</button>
      </div>
      ${this.prefs
        ? renderPreferences({
          s, prefs: this.prefs, busy: this.busy, error: this.error,
          change: (update) => { if (this.prefs) this.prefs = update(this.prefs); }, save: () => void this.savePreferences(),
        })
        : nothing}`;
  }

  private renderList(): TemplateResult {
    const s = this.s;
    const c = this.localize.strings(commonStrings);
    return html`<div class="actions">
        <button aria-disabled=${this.busy || this.unread === 0} @click=${() => { if (this.unread) void this.markAll(); }}>${s.markAllRead}</button>
        <button id="prefs-toggle" aria-expanded="false" @click=${() => void this.openPreferences()}>${s.preferences}</button>
      </div>
      ${this.error || this.more.error !== undefined
        ? html`<p part="message" class="message error" role="alert">${this.error || errorMessage(this.more.error, c)}</p>` : nothing}
      ${this.items.length
        ? html`<ol part="list" class="list">${this.items.map((n) => this.renderItem(n))}</ol>`
        : html`<p part="message" class="message">${s.empty}</p>`}
      ${this.more.cursor
        ? html`<button part="more" aria-disabled=${this.more.busy} @click=${() => void this.more.load()}>${this.more.busy ? c.loading : s.showMore}</button>`
        : nothing}`;
  }

  private renderItem(n: Notification): TemplateResult {
    const line = this.lineOf(n);
    const href = safeUrl(n.url);
    return html`<li part=${n.read ? 'item' : 'item unread'} class=${n.read ? 'item' : 'item unread'} data-id=${n.id}>
      ${n.read ? nothing : html`<span class="dot" aria-hidden="true"></span><span class="visually-hidden">${this.s.unread}: </span>`}
      <div class="body">
        ${href
          ? html`<a href=${ifDefined(href)} dir="auto" @click=${() => this.markOne(n)}>${line}</a>`
          : html`<span class="line" dir="auto">${line}</span>`}
        ${n.excerpt ? html`<p class="excerpt muted" dir="auto">${n.excerpt}</p>` : nothing}
        <time class="muted small" datetime=${n.at}>${formatRelative(n.at, this.localize.lang)}</time>
      </div>
    </li>`;
  }
}

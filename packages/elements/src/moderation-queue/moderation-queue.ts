import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import {
  CONTENT_KINDS, LIMITS, REPORT_REASONS, area, isConfabError, scopes,
  type AreaName, type ChangeEvent, type ContentKind, type QueueEntry, type QueueQuery, type ReportReason,
} from '@confab/core';
import { ConfabElement } from '../internal/confab-element.js';
import { commonStrings, type CommonStrings } from '../internal/common.strings.js';
import { contentStrings } from '../internal/content.strings.js';
import { loadErrorMessage } from '../internal/error-message.js';
import { heading } from '../internal/heading.js';
import { busy } from '../internal/busy.js';
import { FocusController } from '../internal/focus-controller.js';
import { LiveController } from '../internal/live-controller.js';
import { MarkdownController } from '../internal/markdown-controller.js';
import { RetryOnlineController } from '../internal/retry-online-controller.js';
import { ShowMoreController } from '../internal/show-more.js';
import { baseStyles, themeStyles } from '../internal/widget.styles.js';
import { moderationQueueStrings, type ModerationQueueStrings, type QueueShow } from './moderation-queue.strings.js';
import { moderationQueueStyles } from './moderation-queue.styles.js';
import { entryKey, renderEntry, type EntryView } from './queue-entry.js';
import { AuditLog, renderHistory } from './queue-history.js';
import { QueueActions } from './queue-actions.js';
import { StaffNotesController } from './staff-notes.js';

const SHOWS: readonly QueueShow[] = ['everything', 'reported', 'held'];

/** What the queue loaded: whether the user may moderate. */
type Access = { access: 'allowed'; admin: boolean } | { access: 'forbidden' };

/**
 * The review queue of moderators: reported items and held first posts, oldest first, filtered by
 * kind, report reason and what to show. Each entry shows the item, its reports with reasons,
 * notes and weights, the score, the author with their record, earlier moderation of that author
 * and staff notes; moderators keep, hide, delete, restore or approve it with a note, restrict
 * its author for some days, and add staff notes. "History" lists the audit log (admins). Updates
 * live as items are reported, held or dealt with by another moderator. Anyone who is not a
 * moderator or an admin sees "Only moderators can see the moderation queue."
 *
 * @summary Reported and held content, actions with notes, staff notes, history.
 *
 * @csspart base - The widget's box.
 * @csspart views - The "Queue" and "History" buttons.
 * @csspart filters - The kind, reason and show filters.
 * @csspart list - The list of entries.
 * @csspart entry - One entry of the queue.
 * @csspart content-status - Where an entry's item stands ("Hidden" with the reason, "Waiting for review", "edited").
 * @csspart content - The item's text.
 * @csspart actions - An entry's action buttons.
 * @csspart history - The audit log of the "History" view.
 * @csspart more - The "Show more" buttons.
 * @csspart message - Loading, empty, error and not-allowed messages.
 *
 * @cssprop --confab-moderation-queue-state-held - Colour of the "Waiting for review" label (default: the warning colour).
 * @cssprop --confab-moderation-queue-state-hidden - Colour of the "Hidden" labels (default: the danger colour).
 *
 * @example
 * ```html
 * <confab-moderation-queue></confab-moderation-queue>
 * <confab-moderation-queue context="https://intranet.example/travel-policy"></confab-moderation-queue>
 * <confab-moderation-queue campaign="c1"></confab-moderation-queue>
 * ```
 */
export class ConfabModerationQueue extends ConfabElement {
  static override styles = [themeStyles, baseStyles, moderationQueueStyles];
  /** Moderation (the queue, actions, notes, audit log); `live` is used when present. */
  static override areas: readonly AreaName[] = ['moderation'];

  static override properties: PropertyDeclarations = {
    context: {},
    campaign: {},
    pageSize: { type: Number, attribute: 'page-size' },
    strings: { attribute: false },
    kind: { state: true, attribute: false },
    reason: { state: true, attribute: false },
    show: { state: true, attribute: false },
    view: { state: true, attribute: false },
    items: { state: true, attribute: false },
  };

  /** Only items of this context (questions and their answers; feedback of this subject). */
  context?: string;

  /** Only items of this campaign (ideas and their comments). */
  campaign?: string;

  /** How many entries to load at a time (1–100). */
  pageSize = 20;

  /** Per-instance string overrides. */
  strings?: Partial<ModerationQueueStrings>;

  private kind: ContentKind | '' = '';
  private reason: ReportReason | '' = '';
  private show: QueueShow = 'everything';
  private view: 'queue' | 'history' = 'queue';
  items: QueueEntry[] = [];

  /** @internal */
  readonly md = new MarkdownController(this);
  /** @internal */
  readonly focuser = new FocusController(this);
  /** @internal */
  readonly notes = new StaffNotesController(this, () => this.backend);
  /** "Show more" of the queue: focus moves to the first entry it brought (else stays on the button, else the last entry). */
  private readonly more = new ShowMoreController<QueueEntry>(this, {
    fetch: (cursor, signal) => area(this.backend!, 'moderation').queue(this.query(this.pageSize, cursor), { signal }),
    items: () => this.items,
    key: (e) => entryKey(e.target),
    set: (items) => { this.items = items; },
    shown: (fresh) => void this.focuser.to(fresh[0] ? `#entry-${CSS.escape(entryKey(fresh[0].target))}` : '[part="more"]', '[part="entry"]:last-child'),
  });
  private readonly log = new AuditLog(this, {
    adapter: () => this.backend,
    pageSize: () => this.pageSize,
    // "Show more" of the log: focus moves to the first entry it brought (else as for the queue).
    shown: (first) => void this.focuser.to(first ? `#audit-${CSS.escape(first.id)}` : '[part="more"]', '[part="history"] > li:last-child'),
  });
  private readonly actions = new QueueActions(this);
  private refreshing?: Promise<void>;
  private refreshAgain = false;

  private readonly task = new Task(this, {
    task: async ([adapter, query], { signal }): Promise<Access | typeof initialState> => {
      if (!adapter) return initialState;
      const user = await adapter.identity.currentUser({ signal });
      if (!user || !(user.roles.includes('moderator') || user.roles.includes('admin'))) return { access: 'forbidden' };
      try {
        const page = await area(adapter, 'moderation').queue(query, { signal });
        this.items = page.items;
        this.more.reset(page.nextCursor);
        return { access: 'allowed', admin: user.roles.includes('admin') };
      } catch (error) {
        // The backend knows better than the roles: a refusal is "not allowed", not an error.
        if (isConfabError(error) && (error.code === 'forbidden' || error.code === 'unauthenticated')) return { access: 'forbidden' };
        throw error;
      }
    },
    args: () => [this.backend, this.query()] as const,
    argsEqual: ([a1, q1], [a2, q2]) => a1 === a2 && JSON.stringify(q1) === JSON.stringify(q2),
  });

  constructor() {
    super();
    new RetryOnlineController(this, () => this.task.status === TaskStatus.ERROR, () => this.task.run());
    new LiveController(this, {
      adapter: () => this.backend,
      scopes: () => (this.allowed ? [scopes.moderation] : []),
      onChange: (event) => this.onChange(event),
      onReset: () => {
        this.notes.reset();
        void this.task.run();
      },
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pageSize') && !(Number.isInteger(this.pageSize) && this.pageSize >= 1 && this.pageSize <= LIMITS.pageSize)) {
      console.warn(`[confab] <confab-moderation-queue> page-size must be 1–${LIMITS.pageSize}; using 20.`);
      this.pageSize = 20;
    }
  }

  protected override updated(): void {
    if (this.allowed && this.view === 'queue') this.notes.ensure(this.items.map((e) => e.author.id));
  }

  /** @internal The strings in force. */
  get s(): ModerationQueueStrings {
    return this.localize.strings(moderationQueueStrings, this.strings);
  }

  /** @internal */
  get common(): CommonStrings {
    return this.localize.strings(commonStrings);
  }

  /** @internal The language of formatted dates and numbers. */
  get locale(): string {
    return this.localize.lang;
  }

  /** @internal The adapter, when it offers moderation. */
  get moderationBackend() {
    return this.backend;
  }

  private get allowed(): boolean {
    const v = this.task.value;
    return !!v && typeof v === 'object' && v.access === 'allowed';
  }

  /** @internal Says `message` through the live region. */
  say(message: string): void {
    this.announce(message);
  }

  /** The query of the filters in force, with `limit`. */
  private query(limit = this.pageSize, cursor?: string | null): QueueQuery {
    const q: QueueQuery = { limit };
    if (this.kind) q.kind = this.kind;
    if (this.reason) q.reason = this.reason;
    if (this.context) q.context = this.context;
    if (this.campaign) q.campaign = this.campaign;
    if (this.show !== 'everything') q.held = this.show === 'held';
    if (cursor) q.cursor = cursor;
    return q;
  }

  private onChange(event: ChangeEvent): void {
    if (event.type !== 'moderation.queue' || !this.allowed) return;
    const { target, change } = event.data;
    const key = entryKey(target);
    if (this.actions.acting(key)) return; // our own action: it already updated the list
    const known = this.items.some((e) => entryKey(e.target) === key);
    if (change === 'removed') {
      if (!known) return;
      void this.actions.drop(key);
      this.announce(this.s.entryResolved);
      return;
    }
    if (change === 'added' && !known) this.announce(this.s.newEntry);
    this.refresh();
  }

  /** Loads what is shown again (at most one load at a time), patching entries in place. */
  private refresh(): void {
    if (this.refreshing) {
      this.refreshAgain = true;
      return;
    }
    this.refreshing = this.reload().finally(() => {
      this.refreshing = undefined;
      if (this.refreshAgain) {
        this.refreshAgain = false;
        this.refresh();
      }
    });
  }

  private async reload(): Promise<void> {
    const backend = this.backend;
    if (!backend) return;
    const limit = Math.min(LIMITS.pageSize, Math.max(this.pageSize, this.items.length));
    try {
      const page = await area(backend, 'moderation').queue(this.query(limit));
      const fresh = new Set(page.items.map((e) => entryKey(e.target)));
      // Entries loaded beyond what one request returns stay as they were.
      const tail = this.items.length > limit ? this.items.slice(limit).filter((e) => !fresh.has(entryKey(e.target))) : [];
      this.items = [...page.items.filter((e) => !this.actions.acting(entryKey(e.target))), ...tail];
      // The next page follows what this load returned; a "Show more" under way goes on.
      if (!tail.length) this.more.cursor = page.nextCursor;
    } catch (error) {
      console.warn('[confab] <confab-moderation-queue> could not refresh the queue:', error);
    }
  }

  private setView(view: 'queue' | 'history'): void {
    if (view === this.view) return;
    this.view = view;
    if (view === 'history') void this.log.load();
  }

  protected override render(): TemplateResult {
    if (!this.backend) return this.renderUnavailable();
    const c = this.common;
    return html`<section part="base" class="root" dir=${this.localize.dir} aria-labelledby="title">
      ${heading(this.level(), this.s.title, { id: 'title', class: 'title' })}
      ${this.task.render({
        // A new filter keeps the filters (and the focus in them) and the list in place until the entries arrive.
        pending: () => (this.allowed ? this.renderAllowed(true) : html`<p part="message" class="message" role="status">${c.loading}</p>`),
        error: (error) => html`<p part="message" class="message error" role="alert">${loadErrorMessage(error, c)}</p>
          <button type="button" @click=${() => this.task.run()}>${c.retry}</button>`,
        complete: (result) => (result.access === 'allowed'
          ? this.renderAllowed()
          : html`<p part="message" class="message" role="status">${this.s.notAllowed}</p>`),
      })}
    </section>`;
  }

  private renderAllowed(loading = false): TemplateResult {
    const s = this.s;
    return html`<div part="views" class="views" role="group" aria-label=${s.views}>
        <button type="button" aria-pressed=${this.view === 'queue' ? 'true' : 'false'} @click=${() => this.setView('queue')}>${s.queue}</button>
        <button type="button" aria-pressed=${this.view === 'history' ? 'true' : 'false'} @click=${() => this.setView('history')}>${s.history}</button>
      </div>
      ${this.view === 'history'
        ? html`<section aria-labelledby="history-title">
            ${heading(this.level(1), s.history, { id: 'history-title', class: 'subheading' })}
            ${renderHistory({ s, common: this.common, lang: this.localize.lang, log: this.log, retry: () => void this.log.load() })}
          </section>`
        : this.renderQueue(loading)}`;
  }

  private renderQueue(loading: boolean): TemplateResult {
    const s = this.s;
    const c = this.common;
    const select = <T extends string>(id: string, label: string, value: T, options: readonly [T, string][], set: (v: T) => void) => html`<div>
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => set((e.target as HTMLSelectElement).value as T)}>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>
    </div>`;
    return html`<div part="filters" class="filters">
        ${select<ContentKind | ''>('kind', s.kindLabel, this.kind, [['', s.allKinds], ...CONTENT_KINDS.map((k) => [k, s.kinds[k]] as [ContentKind, string])], (v) => (this.kind = v))}
        ${select<ReportReason | ''>('reason', s.reasonLabel, this.reason, [['', s.allReasons], ...REPORT_REASONS.map((r) => [r, s.reasons[r]] as [ReportReason, string])], (v) => (this.reason = v))}
        ${select<QueueShow>('show', s.showLabel, this.show, SHOWS.map((v) => [v, s.shows[v]] as [QueueShow, string]), (v) => (this.show = v))}
      </div>
      ${this.items.length
        ? html`<ol part="list" class="list" aria-busy=${loading ? 'true' : 'false'}>${repeat(this.items, (e) => entryKey(e.target), (e) => renderEntry(this.entryView(), e))}</ol>`
        : html`<p part="message" class="message empty" role="status" tabindex="-1">${loading ? c.loading : s.empty}</p>`}
      ${this.more.error !== undefined ? html`<p part="message" class="message error" role="alert">${loadErrorMessage(this.more.error, c)}</p>` : nothing}
      ${this.more.cursor ? html`<button type="button" part="more" ${busy(this.more.busy)} @click=${() => void this.more.load()}>${s.showMore}</button>` : nothing}`;
  }

  private entryView(): EntryView {
    const a = this.actions;
    return {
      s: this.s, common: this.common, content: this.localize.strings(contentStrings), lang: this.localize.lang, md: this.md, level: this.level(1),
      busy: a.busy, errors: a.errors, fields: a.fields, notes: this.notes,
      draft: (key, field) => a.draft(key, field), setDraft: (key, field, text) => a.setDraft(key, field, text),
      staffOpen: (key) => a.staffOpen(key), toggleStaff: (e) => a.toggleStaff(e), saveStaffNote: (e) => void a.saveStaffNote(e),
      act: (e, action) => void a.act(e, action), restrict: (e) => void a.restrict(e),
    };
  }
}

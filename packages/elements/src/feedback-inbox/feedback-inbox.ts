import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import {
  LIMITS, area, isConfabError, isFullFeedback, scopes, type AreaName, type ChangeEvent, type Feedback, type FeedbackState, type FeedbackSummary, type User,
} from '@confab/core';
import { RetryOnlineController } from '../internal/retry-online-controller.js';
import { ConfabElement } from '../internal/confab-element.js';
import { commonStrings } from '../internal/common.strings.js';
import { errorMessage, loadErrorMessage } from '../internal/error-message.js';
import { heading } from '../internal/heading.js';
import { FocusController } from '../internal/focus-controller.js';
import { ShowMoreController } from '../internal/show-more.js';
import { pageKey } from '../internal/page-key.js';
import { formatNumber } from '../internal/format.js';
import { LiveController } from '../internal/live-controller.js';
import { storage } from '../internal/storage.js';
import { baseStyles, themeStyles } from '../internal/widget.styles.js';
import { contentStyles } from '../internal/content.styles.js';
import { feedbackInboxStrings, type FeedbackInboxStrings, type InboxFilter } from './feedback-inbox.strings.js';
import { feedbackInboxStyles } from './feedback-inbox.styles.js';
import { renderItem, type ItemView } from './inbox-item.js';
import { ContentActionsController } from '../internal/content-actions.js';
import '../events/feedback-events.js';

const FILTERS: readonly InboxFilter[] = ['open', 'actioned', 'dismissed', 'all'];

/** What the inbox loaded: whether the user may see feedback at all. */
type Access = 'allowed' | 'forbidden' | 'signed-out';

/**
 * The owner's side of `<confab-feedback>`: feedback for a subject (or for every subject),
 * newest first, with summary figures; respond to a reader (the response appears in their
 * widget), mark feedback actioned or dismissed, or reopen it. For moderators and admins;
 * everyone else sees a clear "not allowed" message. Updates live as feedback arrives.
 *
 * @summary Feedback inbox for page owners: review, respond, mark actioned.
 *
 * @csspart base - The widget's box.
 * @csspart summary - The summary figures.
 * @csspart filters - The state and subject filters.
 * @csspart list - The list of feedback.
 * @csspart item - One piece of feedback.
 * @csspart response - An owner's response shown in an item.
 * @csspart respond - The response box of an item.
 * @csspart more - The "Show more" button.
 * @csspart message - Loading, empty, error and not-allowed messages.
 * @csspart content-status - The moderation line of an item: held, hidden or removed, the reason, "edited".
 * @csspart content-actions - The row of moderation actions under an item (report, edit, remove, hide, restore, earlier versions), for a signed-in reader.
 * @csspart content-action - One button of that row.
 * @csspart content-form - The report, edit, remove or hide form opened from the row.
 * @csspart content-versions - The earlier versions of an item, opened from the row.
 *
 * @cssprop --confab-feedback-inbox-state-open - Colour of the "Open" state label (default: the warning colour).
 *
 * @fires confab-feedback-responded - The owner's response was stored. Detail: `{ feedback, response }`.
 *
 * @example
 * ```html
 * <confab-feedback-inbox subject="https://intranet.example/travel-policy"></confab-feedback-inbox>
 * <confab-feedback-inbox state="all"></confab-feedback-inbox>
 * ```
 */
export class ConfabFeedbackInbox extends ConfabElement {
  static override styles = [themeStyles, baseStyles, contentStyles, feedbackInboxStyles];
  /** Feedback; `live` is used when present. */
  static override areas: readonly AreaName[] = ['feedback'];

  static override properties: PropertyDeclarations = {
    subject: {},
    subjectTitle: { attribute: 'subject-title' },
    state: { reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    strings: { attribute: false },
    subjectFilter: { state: true, attribute: false },
    items: { state: true, attribute: false },
    summary: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    opened: { state: true, attribute: false },
  };

  /** Show feedback on this subject only; without it the inbox lists every subject and offers a subject filter. */
  subject?: string;

  /**
   * The subject's name for the heading ("Feedback for Travel policy"). Without it the page's own
   * title is used when the subject is this page; a raw URL is never the heading.
   */
  subjectTitle?: string;

  /** Which feedback to show: `open` (default), `actioned`, `dismissed` or `all`. */
  state: InboxFilter = 'open';

  /** How many items to load at a time (1–100). */
  pageSize = 20;

  /** Per-instance string overrides. */
  strings?: Partial<FeedbackInboxStrings>;

  private subjectFilter = '';
  private items: Feedback[] = [];
  private summary: FeedbackSummary | null = null;
  private busy = new Set<string>();
  private errors: Record<string, string> = {};
  /** Response boxes the owner opened or closed; the others are open only while they hold a draft. */
  private opened = new Map<string, boolean>();
  private readonly focuser = new FocusController(this);
  /** "Show more": focus moves to the first feedback it brought. */
  private readonly more = new ShowMoreController<Feedback>(this, {
    fetch: (cursor, signal) => area(this.backend!, 'feedback').listFeedback(
      { subject: this.subjectKey, state: this.state === 'all' ? undefined : this.state, limit: this.pageSize, cursor }, { signal },
    ),
    items: () => this.items,
    set: (items) => { this.items = items; },
    shown: (fresh) => { if (fresh[0]) void this.focuser.to(`#item-${CSS.escape(fresh[0].id)}`); },
  });

  /** Idempotency keys of the last attempt per item and action, so that a retry takes effect once. */
  private keys = new Map<string, { input: string; key: string }>();

  private readonly task = new Task(this, {
    task: async ([adapter, subject, filter, limit], { signal }) => {
      if (!adapter) return initialState;
      const user = await adapter.identity.currentUser({ signal });
      this.viewer = user;
      if (!user) return 'signed-out' as Access;
      if (!user.roles.includes('moderator') && !user.roles.includes('admin')) return 'forbidden';
      try {
        const feedback = area(adapter, 'feedback');
        const [page, summary] = await Promise.all([
          feedback.listFeedback({ subject, state: filter === 'all' ? undefined : filter, limit }, { signal }),
          feedback.feedbackSummary(subject ?? null, { signal }),
        ]);
        this.items = page.items;
        this.more.reset(page.nextCursor);
        this.summary = summary;
        return 'allowed';
      } catch (error) {
        // A backend may know better than the roles: a refusal is "not allowed", not an error.
        if (isConfabError(error) && (error.code === 'forbidden' || error.code === 'unauthenticated')) return error.code === 'forbidden' ? 'forbidden' : 'signed-out';
        throw error;
      }
    },
    args: () => [this.backend, this.subjectKey, this.state, this.pageSize] as const,
  });

  /** The signed-in reader, as the last load found them. */
  private viewer: User | null = null;

  /** Issue 13: moderators hide, restore (and edit, delete) a feedback's comment. */
  private readonly content = new ContentActionsController(this, {
    adapter: () => this.backend,
    user: () => this.viewer,
    localize: this.localize,
    announce: (message) => this.announce(message),
    replaced: (c) => { if (c.kind === 'feedback') this.replaceItem(c.item); },
    focus: (...selectors) => void this.focuser.to(...selectors),
    itemSelector: (c) => `#item-${CSS.escape(c.item.id)}`,
  });

  /** Replaces a feedback shown, in place. */
  private replaceItem(f: Feedback): void {
    this.items = this.items.map((item) => (item.id === f.id ? f : item));
  }

  constructor() {
    super();
    new RetryOnlineController(this, () => this.task.status === TaskStatus.ERROR, () => this.task.run());
    new LiveController(this, {
      adapter: () => this.backend,
      scopes: () => [this.subject ? scopes.subject(this.subject) : scopes.feedback],
      onChange: (event) => this.onChange(event),
      onReset: () => void this.task.run(),
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('state') && !FILTERS.includes(this.state)) {
      console.warn(`[confab] <confab-feedback-inbox> has no state "${this.state}"; using "open".`);
      this.state = 'open';
    }
    if (changed.has('pageSize') && !(this.pageSize >= 1 && this.pageSize <= LIMITS.pageSize)) {
      console.warn(`[confab] <confab-feedback-inbox> page-size must be 1–${LIMITS.pageSize}; using 20.`);
      this.pageSize = 20;
    }
  }

  /** The subject shown: the attribute, else the filter typed in, else undefined (every subject). */
  private get subjectKey(): string | undefined {
    return this.subject || this.subjectFilter.trim() || undefined;
  }

  private get s(): FeedbackInboxStrings {
    return this.localize.strings(feedbackInboxStrings, this.strings);
  }

  private shows(f: Feedback): boolean {
    const subject = this.subjectKey;
    return (subject === undefined || f.subject === subject) && (this.state === 'all' || f.state === this.state);
  }

  private onChange(event: ChangeEvent): void {
    const backend = this.backend;
    if (this.task.value !== 'allowed' || !backend) return;
    if (event.type === 'content.updated') {
      const c = event.data.item;
      if (c?.kind === 'feedback') this.replaceItem(c.item);
      else if (event.data.target.kind === 'feedback' && !c) this.items = this.items.filter((f) => f.id !== event.data.target.id);
      return;
    }
    if (event.type !== 'feedback.created' && event.type !== 'feedback.updated') return;
    // Owners receive the whole feedback; a stub (a reader who is not an owner) patches the state only.
    const data = event.data;
    const at = this.items.findIndex((f) => f.id === data.id);
    if (at >= 0) this.items = this.items.map((f, i) => (i === at ? (isFullFeedback(data) ? data : { ...f, state: data.state }) : f));
    else if (event.type === 'feedback.created' && isFullFeedback(data) && this.shows(data)) {
      this.items = [data, ...this.items];
      this.announce(this.s.newFeedback);
    }
    area(backend, 'feedback').feedbackSummary(this.subjectKey ?? null).then(
      (summary) => (this.summary = summary),
      (error: unknown) => console.warn('[confab] <confab-feedback-inbox> could not refresh the summary:', error),
    );
  }

  private draftKey(id: string): string {
    return `confab:draft:feedback-response:${id}`;
  }

  private setDraft(id: string, text: string): void {
    if (text) storage.setItem(this.draftKey(id), text);
    else storage.removeItem(this.draftKey(id));
    if (this.errors[id]) this.errors = { ...this.errors, [id]: '' };
    this.requestUpdate();
  }

  /** The same key while the same write is retried; a new one for a new write. */
  private keyFor(id: string, input: string): string {
    const last = this.keys.get(id);
    if (last?.input === input) return last.key;
    const key = crypto.randomUUID();
    this.keys.set(id, { input, key });
    return key;
  }

  private async act(f: Feedback, input: string, write: (key: string) => Promise<Feedback>, done: (updated: Feedback) => void): Promise<void> {
    if (this.busy.has(f.id)) return;
    this.busy = new Set(this.busy).add(f.id);
    this.errors = { ...this.errors, [f.id]: '' };
    try {
      const updated = await write(this.keyFor(f.id, input));
      this.keys.delete(f.id);
      this.items = this.items.map((item) => (item.id === f.id ? updated : item));
      done(updated);
    } catch (error) {
      this.errors = { ...this.errors, [f.id]: errorMessage(error, this.localize.strings(commonStrings)) };
    } finally {
      const busy = new Set(this.busy);
      busy.delete(f.id);
      this.busy = busy;
    }
  }

  private respond(f: Feedback): void {
    const body = (storage.getItem(this.draftKey(f.id)) ?? '').trim();
    const c = this.localize.strings(commonStrings);
    const problem = !body ? this.s.responseRequired : body.length > LIMITS.note ? c.tooLong(LIMITS.note, body.length) : '';
    if (problem || !this.backend) {
      this.errors = { ...this.errors, [f.id]: problem };
      this.opened = new Map(this.opened).set(f.id, true);
      void this.focuser.to(`#response-${CSS.escape(f.id)}`);
      return;
    }
    const adapter = this.backend;
    void this.act(f, `respond\n${body}`, (idempotencyKey) => area(adapter, 'feedback').respondToFeedback(f.id, { body }, { idempotencyKey }), (updated) => {
      this.setDraft(f.id, '');
      this.opened = new Map(this.opened).set(f.id, false);
      this.announce(this.s.responded);
      // The box closes: focus goes to the response just posted rather than to the page.
      void this.focuser.to(`#item-${CSS.escape(f.id)} [part="response"]`, `#item-${CSS.escape(f.id)}`);
      if (updated.response) this.emit('confab-feedback-responded', { feedback: updated, response: updated.response });
    });
  }

  /** Opens an item's response box (focus moves into it) or closes it (focus stays on the toggle). */
  private toggle(f: Feedback): void {
    const open = !this.isOpen(f.id);
    this.opened = new Map(this.opened).set(f.id, open);
    if (open) void this.focuser.to(`#response-${CSS.escape(f.id)}`);
  }

  /** Whether an item's response box is open: as the owner left it, else while it holds a draft (a draft is never hidden). */
  private isOpen(id: string): boolean {
    return this.opened.get(id) ?? !!storage.getItem(this.draftKey(id));
  }

  /** The heading: the subject's title (given, or this page's), never a raw URL. */
  private get heading(): string {
    const subject = this.subject?.trim();
    if (!subject) return this.s.title;
    const title = this.subjectTitle?.trim() || (subject === pageKey() || subject === location.href ? document.title.trim() : '');
    return title ? this.s.forSubject(title) : this.s.title;
  }

  private setState(f: Feedback, next: FeedbackState): void {
    const adapter = this.backend;
    if (!adapter) return;
    void this.act(f, `state\n${next}`, (idempotencyKey) => area(adapter, 'feedback').setFeedbackState(f.id, next, { idempotencyKey }), async () => {
      this.announce(this.s.stateChanged(this.s.filters[next]));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#item-${CSS.escape(f.id)}`)?.focus();
    });
  }

  protected override render(): TemplateResult {
    if (!this.backend) return this.renderUnavailable();
    const c = this.localize.strings(commonStrings);
    return html`<section part="base" class="root" dir=${this.localize.dir} aria-labelledby="title">
      ${heading(this.level(), this.heading, { id: 'title', class: 'title', dir: 'auto' })}
      ${this.subject && this.heading === this.s.title ? html`<p class="muted small">${this.s.subject}: <span dir="auto">${this.subject}</span></p>` : nothing}
      ${this.task.render({
        pending: () => html`<p part="message" class="message" role="status">${c.loading}</p>`,
        error: (error) => html`<p part="message" class="message error" role="alert">${loadErrorMessage(error, c)}</p>
          <button @click=${() => this.task.run()}>${c.retry}</button>`,
        complete: (access) => (access === 'allowed'
          ? this.renderInbox()
          : html`<p part="message" class="message" role="status">${access === 'signed-out' ? this.s.signIn : this.s.notAllowed}</p>`),
      })}
    </section>`;
  }

  private renderInbox(): TemplateResult {
    const s = this.s;
    const c = this.localize.strings(commonStrings);
    return html`${this.renderSummary()}
      <div part="filters" class="filters">
        <div>
          <label for="filter">${s.filterLabel}</label>
          <select id="filter" .value=${this.state} @change=${(e: Event) => (this.state = (e.target as HTMLSelectElement).value as InboxFilter)}>
            ${FILTERS.map((f) => html`<option value=${f} ?selected=${f === this.state}>${s.filters[f]}</option>`)}
          </select>
        </div>
        ${this.subject
          ? nothing
          : html`<div>
              <label for="subject">${s.subjectLabel}</label>
              <input id="subject" type="search" aria-describedby="subject-hint" .value=${this.subjectFilter}
                @change=${(e: Event) => (this.subjectFilter = (e.target as HTMLInputElement).value)} />
              <p id="subject-hint" class="muted small">${s.subjectHint}</p>
            </div>`}
      </div>
      ${this.items.length
        ? html`<ol part="list" class="list">${this.items.map((f) => renderItem(this.itemView(), f))}</ol>`
        : html`<p part="message" class="message">${s.empty}</p>`}
      ${this.more.error !== undefined ? html`<p part="message" class="message error" role="alert">${errorMessage(this.more.error, c)}</p>` : nothing}
      ${this.more.cursor
        ? html`<button part="more" aria-disabled=${this.more.busy} @click=${() => void this.more.load()}>${this.more.busy ? c.loading : s.showMore}</button>`
        : nothing}`;
  }

  private itemView(): ItemView {
    return {
      s: this.s,
      common: this.localize.strings(commonStrings),
      localize: this.localize,
      showSubject: !this.subject,
      level: this.level(1),
      isOpen: (id) => this.isOpen(id),
      toggle: (f) => this.toggle(f),
      busy: this.busy,
      errors: this.errors,
      draft: (id) => storage.getItem(this.draftKey(id)) ?? '',
      setDraft: (id, text) => this.setDraft(id, text),
      respond: (f) => this.respond(f),
      setState: (f, next) => this.setState(f, next),
      content: this.content,
    };
  }

  private renderSummary(): TemplateResult | typeof nothing {
    const sum = this.summary;
    if (!sum) return nothing;
    const s = this.s;
    const n = (v: number) => formatNumber(this.localize.lang, v);
    return html`<dl part="summary" class="summary">
      <div><dt>${s.summaryCount}</dt><dd>${n(sum.count)}</dd></div>
      <div><dt>${s.summaryOpen}</dt><dd>${n(sum.open)}</dd></div>
      ${sum.helpfulCount ? html`<div><dt>${s.summaryHelpful}</dt><dd>${s.helpfulValue(sum.helpful, sum.helpfulCount)}</dd></div>` : nothing}
      ${sum.average !== null
        ? html`<div><dt>${s.summaryAverage}</dt><dd>${s.averageValue(formatNumber(this.localize.lang, sum.average, { maximumFractionDigits: 1 }), sum.starsCount)}</dd></div>`
        : nothing}
    </dl>`;
  }
}

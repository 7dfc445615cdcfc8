import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import {
  area, scopes, type Adapter, type AreaName, type ChangeEvent, type Id, type Page, type PersonRef, type Question, type QuestionSort, type User,
} from '@confab/core';
import { ConfabElement } from '../internal/confab-element.js';
import { themeStyles, baseStyles } from '../internal/widget.styles.js';
import { addStyles } from '../internal/late-styles.js';
import { commonStrings } from '../internal/common.strings.js';
import { codeLoadMessage, errorMessage, loadErrorMessage } from '../internal/error-message.js';
import { FocusController } from '../internal/focus-controller.js';
import { ShowMoreController } from '../internal/show-more.js';
import { RetryOnlineController } from '../internal/retry-online-controller.js';
import { heading } from '../internal/heading.js';
import { LiveController } from '../internal/live-controller.js';
import { pageKey } from '../internal/page-key.js';
import '../events/ask-events.js';
import { askStrings, type AskHomeStrings, type AskStrings } from './ask.strings.js';
import { askStyles } from './ask.styles.js';
import { AskComposer, parseTags } from './ask-composer.js';
import type { AskThread } from './ask-thread.js';
import { renderList, renderSort } from './ask-list.js';
import { loadedStatusStyles, loadStatusFor } from './ask-status.js';
import { HashRouteController, pushHash } from './ask-route.js';
import { FollowController, followButton } from '../internal/follow-button.js';

const SORTS: readonly QuestionSort[] = ['new', 'votes', 'unanswered'];
const DEFAULT_LIMIT = 10;
/**
 * Ask-a-question for the page it sits on: a composer with "Already asked?" suggestions and
 * "People who may know", the list of questions for this context, and a question's thread with
 * answers, up-votes and acceptance — live, and usable offline.
 *
 * @summary Ask, answer and accept questions where they arise.
 *
 * @csspart base - The widget's box.
 * @csspart heading - The widget's heading.
 * @csspart composer - The "Ask a question" form.
 * @csspart title-input - The question title field.
 * @csspart details-input - The details (Markdown) field.
 * @csspart tags-input - The tags field.
 * @csspart ask-button - The "Ask" button.
 * @csspart similar - The "Already asked?" suggestions.
 * @csspart experts - The "People who may know" checkboxes.
 * @csspart pending - Questions or answers written offline, waiting to be sent.
 * @csspart sort - The sort control.
 * @csspart list - The list of questions.
 * @csspart item - One question in the list (`item-answered` when it has an accepted answer).
 * @csspart item-title - The title link of a question in the list (`#confab-q=<id>`).
 * @csspart answered-mark - The "Answered" mark.
 * @csspart show-more - The "Show more" button.
 * @csspart empty - The "Be the first to ask" message.
 * @csspart thread - The open question's thread.
 * @csspart back - The "Back to questions" button.
 * @csspart question - The open question.
 * @csspart body - A rendered Markdown body.
 * @csspart answers - The list of answers.
 * @csspart answer - One answer (`answer-accepted` when accepted).
 * @csspart accepted-mark - The "Accepted answer" mark.
 * @csspart vote - An up-vote toggle.
 * @csspart accept - The "Accept" button.
 * @csspart answer-composer - The answer form.
 * @csspart answer-input - The answer field.
 * @csspart post-answer - The "Post answer" button.
 * @csspart tags - A list of tags.
 * @csspart tag - One tag.
 * @csspart error - An error message.
 * @csspart retry - A Retry button.
 * @csspart content-status - The moderation line of an item: held, hidden or removed, the reason, "edited".
 * @csspart content-actions - The row of moderation actions under an item (report, edit, remove, hide, restore, earlier versions), for a signed-in reader.
 * @csspart content-action - One button of that row.
 * @csspart content-form - The report, edit, remove or hide form opened from the row.
 * @csspart content-versions - The earlier versions of an item, opened from the row.
 *
 * @cssprop --confab-ask-max-width - The widget's largest width (default: none).
 * @cssprop --confab-ask-answered-color - Color of the "Answered" and "Accepted" marks (default: the success color).
 *
 * @fires confab-question-asked - A question reached the backend. Detail: `{ question }`.
 * @fires confab-answer-posted - An answer reached the backend. Detail: `{ question, answer }`.
 * @fires confab-answer-accepted - An answer was accepted (answer null when withdrawn). Detail: `{ question, answer }`.
 *
 * @example
 * ```html
 * <confab-ask tags="vpn" sort="votes"></confab-ask>
 * ```
 */
export class ConfabAsk extends ConfabElement {
  static override styles = [themeStyles, baseStyles, askStyles];
  /** Questions and votes; `people` (suggested experts) and `live` are used when present. */
  static override areas: readonly AreaName[] = ['questions', 'votes'];

  static override properties: PropertyDeclarations = {
    context: {},
    tags: {},
    limit: { type: Number },
    sort: { reflect: true },
    strings: { attribute: false },
    items: { state: true, attribute: false },
    openId: { state: true, attribute: false },
    threadFailed: { state: true, attribute: false },
  };

  /** Where questions are asked and listed; defaults to the page's canonical URL. */
  context?: string;

  /** Tags, comma-separated (a tag may contain spaces): lists only questions with all of them, and adds them to new questions. */
  tags = '';

  /** Questions per page, 1–100 (default 10). */
  limit = DEFAULT_LIMIT;

  /** List order: `new`, `votes` or `unanswered`. */
  sort: QuestionSort = 'new';

  /** Per-instance overrides of any string (JS property only). */
  strings?: Partial<AskStrings>;

  private items: Question[] = [];
  private openId: Id | null = null;

  private warned = new Set<string>();
  private readonly focuser = new FocusController(this);

  /** "Show more": focus moves to the first question it brought, where reading goes on. */
  private readonly more = new ShowMoreController<Question>(this, {
    fetch: (cursor, signal) => area(this.backend!, 'questions').listQuestions(
      { context: this.ctx, tags: parseTags(this.tags), sort: this.effectiveSort, limit: this.effectiveLimit, cursor }, { signal },
    ),
    items: () => this.items,
    set: (items) => { this.items = items; },
    shown: (fresh) => { if (fresh[0]) void this.focuser.to(`.list [data-open="${CSS.escape(fresh[0].id)}"]`); },
  });

  private readonly listTask = new Task(this, {
    task: async ([adapter, context, tags, sort, limit], { signal }): Promise<Page<Question> | typeof initialState> => {
      if (!adapter) return initialState;
      const page = await area(adapter, 'questions').listQuestions({ context, tags: parseTags(tags), sort, limit }, { signal });
      // The state lines' code, when a question has one, before the list shows (else it redraws when in).
      await loadStatusFor(page.items.map((q) => q.moderation)).catch((error: unknown) => console.warn('[confab] <confab-ask> could not load the state lines:', error));
      return page;
    },
    args: () => [this.backend, this.ctx, this.tags, this.effectiveSort, this.effectiveLimit] as const,
    onComplete: (page) => {
      this.items = page.items;
      this.more.reset(page.nextCursor);
    },
  });

  private readonly userTask = new Task(this, {
    task: async ([adapter]: readonly [Adapter | undefined], { signal }) => (adapter ? adapter.identity.currentUser({ signal }) : initialState),
    args: () => [this.backend] as const,
  });

  /** The signed-in user, once known. */
  private get user(): User | null | undefined {
    return this.userTask.value;
  }

  private readonly composer = new AskComposer(this, {
    localize: this.localize,
    adapter: () => this.backend,
    context: () => this.ctx,
    widgetTags: () => parseTags(this.tags),
    strings: () => this.s,
    common: () => this.c,
    open: (q) => this.open(q.id),
    delivered: (q) => this.delivered(q),
    announce: (m) => this.announce(m),
    focus: (...selectors) => void this.focuser.to(...selectors),
    level: (depth) => this.level(depth),
  });

  /** The open question's thread, Markdown and votes: loaded when a question is first opened. */
  private thread?: AskThread;
  private threadLoading?: Promise<void>;

  private loadThread(): Promise<void> {
    return (this.threadLoading ??= Promise.all([import('./ask-thread.js'), import('../internal/markdown-controller.js')]).then(
      ([{ AskThread }, { MarkdownController }]) => {
        this.thread = new AskThread(this, {
          adapter: () => this.backend,
          context: () => this.ctx,
          openId: () => this.openId,
          user: () => this.user,
          strings: () => this.strings,
          common: () => this.c,
          localize: this.localize,
          markdown: new MarkdownController(this),
          back: () => this.close(),
          announce: (m) => this.announce(m),
          questionChanged: (q) => this.patchItem(q.id, q),
          posted: (question, answer) => this.emit('confab-answer-posted', { question, answer }),
          accepted: (question, answer) => this.emit('confab-answer-accepted', { question, answer }),
          focus: (...selectors) => void this.focuser.to(...selectors),
          level: (depth) => this.level(depth),
        });
        this.requestUpdate();
      },
      (error: unknown) => {
        this.threadLoading = undefined; // tried again when a question is opened next
        this.threadFailed = true;
        console.warn('[confab] <confab-ask> could not load the question view:', error);
      },
    ));
  }

  /** The question view's code could not load (a chunk request failed), until "Retry". */
  private threadFailed = false;

  /** Also waits for the composer's suggestions, and for the question view when a question is open, while their code is on its way. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await this.composer.whenLoaded(await super.getUpdateComplete(), () => super.getUpdateComplete());
    if (!this.openId || this.thread || this.threadFailed) return done;
    await this.loadThread();
    return super.getUpdateComplete();
  }

  /** Follow this page's questions (the context): new answers to any of them reach the follower. */
  private readonly followPage = new FollowController(this, {
    adapter: () => this.backend,
    target: () => ({ kind: 'context', id: this.ctx }),
    announce: (m) => this.announce(m),
    localize: this.localize,
    user: () => this.user,
  });

  constructor() {
    super();
    new LiveController(this, {
      adapter: () => this.backend,
      scopes: () => [scopes.context(this.ctx), ...(this.openId ? [scopes.question(this.openId)] : [])],
      onChange: (e) => this.onChange(e),
      onReset: () => void this.listTask.run(),
    });
    new HashRouteController(this, (id) => this.onRoute(id));
    new RetryOnlineController(this, () => this.listTask.status === TaskStatus.ERROR, () => this.listTask.run());
  }

  /** The context in use: the `context` attribute or the page's canonical URL. */
  get ctx(): string {
    return this.context?.trim() || pageKey();
  }

  private get s(): AskHomeStrings {
    return this.localize.strings(askStrings, this.strings);
  }

  private get c() {
    return this.localize.strings(commonStrings);
  }

  private get effectiveSort(): QuestionSort {
    return SORTS.includes(this.sort) ? this.sort : 'new';
  }

  private get effectiveLimit(): number {
    const n = Number(this.limit);
    return Number.isInteger(n) && n >= 1 && n <= 100 ? n : DEFAULT_LIMIT;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('confab-ask-expert', this.onAskExpert);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('confab-ask-expert', this.onAskExpert);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sort') && !SORTS.includes(this.sort)) this.warnOnce('sort', `unknown sort "${String(this.sort)}"; using "new"`);
    if (changed.has('limit') && this.effectiveLimit !== Number(this.limit)) this.warnOnce('limit', `limit must be 1–100; using ${DEFAULT_LIMIT}`);
  }

  protected override updated(): void {
    // The list's state lines bring their styles with their code (most lists show none).
    const styles = loadedStatusStyles();
    if (styles) addStyles(this, styles);
  }

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`[confab] <confab-ask>: ${message}`);
  }


  /**
   * Opens a question's thread in place. `push` records it in the URL hash (a history entry) and
   * moves focus to the thread; without it (deep link, Back/Forward) the thread is scrolled into view
   * and focus moves only when it already was inside the widget.
   */
  open(id: Id, push = true): void {
    const focusInside = this.matches(':focus-within');
    this.openId = id;
    this.threadFailed = false;
    void this.loadThread();
    if (push) pushHash(id);
    if (push || focusInside) void this.focuser.to('.back');
    else void this.updateComplete.then(() => this.scrollIntoView?.({ block: 'start' }));
  }

  /** Closes the thread, back to the list; `push` clears the URL hash with a history entry. */
  close(push = true): void {
    const focusInside = this.matches(':focus-within');
    const id = this.openId;
    this.openId = null;
    if (push) pushHash(null);
    if (push || focusInside) void this.focuser.to(id ? `[data-open="${CSS.escape(id)}"]` : '#ask-title');
  }

  private onRoute(id: Id | null): void {
    if (id === this.openId) return;
    if (id === null) {
      if (this.openId) this.close(false);
      return;
    }
    const first = document.querySelector('confab-ask') === this;
    if (first || this.items.some((q) => q.id === id)) this.open(id, false);
  }

  private onAskExpert = (e: Event): void => {
    const person = (e as CustomEvent<{ person?: PersonRef } | undefined>).detail?.person;
    if (!person || typeof person.id !== 'string') return;
    const nearest = e.composedPath().find((n): n is Element => n instanceof Element && n.localName === 'confab-ask');
    if (nearest ? nearest !== (this as Element) : document.querySelector('confab-ask') !== this) return;
    if (this.openId) this.close();
    this.composer.addressTo({ id: person.id, name: typeof person.name === 'string' && person.name ? person.name : person.id });
    void this.focuser.to('#ask-title');
  };

  private delivered(q: Question): void {
    if (q.context === this.ctx && !this.items.some((x) => x.id === q.id)) this.items = [q, ...this.items];
    this.emit('confab-question-asked', { question: q });
  }

  private patchItem(id: Id, patch: Partial<Question>): void {
    if (!this.items.some((q) => q.id === id)) return;
    this.items = this.items.map((q) => (q.id === id ? { ...q, ...patch, myVote: patch.myVote ?? q.myVote } : q));
  }

  private inScope(q: Question): boolean {
    const tags = parseTags(this.tags).map((t) => t.toLowerCase());
    return q.context === this.ctx && tags.every((t) => q.tags.some((x) => x.toLowerCase() === t));
  }

  /** The live merge, loaded with the first change that arrives (issue 14); changes apply in order. */
  private live?: Promise<typeof import('./ask-live.js')>;

  private onChange(e: ChangeEvent): void {
    const mine = (!!this.user && e.actorId === this.user.id) || (e.type === 'question.created' && this.composer.isOwnPending(e.data));
    const live = (this.live ??= import('./ask-live.js'));
    live.then(({ mergeChange }) => mergeChange(e, {
      items: this.items,
      setItems: (items) => { this.items = items; },
      patchItem: (id, patch) => this.patchItem(id, patch),
      inScope: (q) => this.inScope(q),
      sort: this.effectiveSort,
      thread: this.thread,
      mine,
      s: this.s,
      announce: (m) => this.announce(m),
    }), (error: unknown) => {
      // Next change tries the chunk again; the list reloads when the live stream resets.
      if (this.live === live) this.live = undefined;
      console.warn('[confab] <confab-ask> could not apply a live change:', error);
    });
  }

  private setSort(sort: QuestionSort): void {
    this.sort = sort;
  }

  private renderListState(): TemplateResult | typeof nothing {
    const s = this.s;
    const c = this.c;
    const list = () => (this.items.length
      ? renderList({
        items: this.items, sort: this.effectiveSort, hasMore: !!this.more.cursor, moreBusy: this.more.busy,
        moreError: this.more.error === undefined ? '' : errorMessage(this.more.error, c),
        s, localize: this.localize, open: (q) => this.open(q.id), setSort: (x) => this.setSort(x), loadMore: () => void this.more.load(),
        redraw: () => this.requestUpdate(),
      })
      : html`<p class="message empty" part="empty">${s.empty}</p>`);
    return this.listTask.render({
      initial: () => html`<p class="message" role="status">${c.loading}</p>`,
      pending: () => html`<p class="message" role="status" aria-busy="true">${c.loading}</p>`,
      complete: list,
      error: (error) => html`<div class="message error" part="error" role="alert">
        <span>${loadErrorMessage(error, c)}</span>
        <button type="button" part="retry" @click=${() => void this.listTask.run()}>${c.retry}</button>
      </div>`,
    });
  }

  /** Stands in for the thread while its code loads, or says it could not load, with "Retry" and "Back". */
  private renderThreadLoading(): TemplateResult {
    const c = this.c;
    return this.threadFailed
      ? html`<div class="message error" part="error" role="alert">
          <span>${codeLoadMessage(c)}</span>
          <button type="button" part="retry" @click=${() => { this.threadFailed = false; void this.loadThread(); }}>${c.retry}</button>
          <button type="button" class="back" @click=${() => this.close()}>${this.s.back}</button>
        </div>`
      : html`<p class="message" role="status" aria-busy="true">${c.loading}</p>`;
  }

  protected override render(): TemplateResult {
    if (!this.backend) return this.renderUnavailable();
    const s = this.s;
    return html`<div class="root" part="base" dir=${this.localize.dir} lang=${this.localize.lang}>
      ${heading(this.level(), s.heading, { class: 'heading', part: 'heading' })}
      ${this.openId ? this.thread?.render() ?? this.renderThreadLoading() : nothing}
      <div class="home" ?hidden=${!!this.openId}>
        ${this.composer.render()}
        <section class="questions" aria-labelledby="ask-list-h">
          <div class="list-header">
            ${heading(this.level(1), s.listHeading, { id: 'ask-list-h' })}
            ${renderSort({ sort: this.effectiveSort, s, setSort: (x) => this.setSort(x) })}
            ${followButton(this.followPage)}
          </div>
          ${this.renderListState()}
        </section>
      </div>
    </div>`;
  }
}

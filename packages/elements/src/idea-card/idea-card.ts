import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { area, canModerateIdeas, scopes, type AreaName, type Campaign, type ChangeEvent, type Comment, type Idea, type User } from '@confab/core';
import { ConfabElement } from '../internal/confab-element.js';
import { LiveController } from '../internal/live-controller.js';
import { commonStrings, type CommonStrings } from '../internal/common.strings.js';
import { codeLoadMessage, errorMessage, loadErrorMessage } from '../internal/error-message.js';
import { heading } from '../internal/heading.js';
import { FocusController } from '../internal/focus-controller.js';
import { RetryOnlineController } from '../internal/retry-online-controller.js';
import { VoteController } from '../internal/vote-controller.js';
import { excerpt } from '../internal/markdown.js';
import { MarkdownController } from '../internal/markdown-controller.js';
import { themeStyles, baseStyles } from '../internal/widget.styles.js';
import { contentStyles } from '../internal/content.styles.js';
import { ideaCardStrings, type IdeaCardStrings } from './idea-card.strings.js';
import { ideaCardStyles } from './idea-card.styles.js';
import { formatDateTime, formatNumber, formatRelative } from '../internal/format.js';
import type { IdeaCommentsController } from './idea-comments.js';
import { OutboxController } from '../internal/outbox-controller.js';
import { renderStatusNote } from './idea-status.js';
import type { IdeaStatusForm } from './idea-status-form.js';
import { LazyModule } from '../internal/lazy-module.js';
import { FollowController, followButton } from '../internal/follow-button.js';
import '../events/idea-events.js';
import { ContentActionsController } from '../internal/content-actions.js';
import { isTombstone, takesComments, takesVotes } from '../internal/content-item.js';
import type { ContentChange } from '@confab/core';

/** True for a user who may move ideas along the pipeline: moderators, and the owners of the idea's campaign. */
export function canModerate(user: User | null | undefined, campaign?: Campaign | null): boolean {
  return canModerateIdeas(user, campaign);
}

/**
 * One idea: title, excerpt that expands to the full Markdown body, author, age, tags, a vote
 * toggle with its count, the comment thread with a composer, and the status chip with the
 * reviewer's latest note. Moderators can change the status, with a required note. Live: votes,
 * comments and status changes by others appear in place.
 *
 * @summary An idea with votes, comments and its status in the review pipeline.
 *
 * @csspart base - The card (`article`).
 * @csspart title - The idea's title.
 * @csspart status - The status chip.
 * @csspart status-note - The latest status note with who set it and when.
 * @csspart body - The excerpt or full description.
 * @csspart tags - The list of tags.
 * @csspart actions - The row of vote, comments and change-status buttons.
 * @csspart vote - The vote toggle.
 * @csspart comments-toggle - The button that shows the comment count and opens the thread.
 * @csspart thread - The comment thread.
 * @csspart comments - The list of comments.
 * @csspart comment - One comment.
 * @csspart composer - The comment form.
 * @csspart status-form - The moderators' change-status form.
 * @csspart message - The status and error messages.
 * @csspart content-status - The moderation line of an item: held, hidden or removed, the reason, "edited".
 * @csspart content-actions - The row of moderation actions under an item (report, edit, remove, hide, restore, earlier versions), for a signed-in reader.
 * @csspart content-action - One button of that row.
 * @csspart content-form - The report, edit, remove or hide form opened from the row.
 * @csspart content-versions - The earlier versions of an item, opened from the row.
 *
 * @cssprop --confab-idea-card-gap - Space between the card's rows (default `--confab-space`).
 * @cssprop --confab-idea-card-chip-background - Background of the status chip.
 *
 * @fires confab-vote-changed - The current user's vote was saved: `{ target: { kind: 'idea', id }, votes, myVote }`.
 * @fires confab-comment-posted - The current user's comment was saved: `{ idea, comment }`.
 * @fires confab-idea-status-changed - A moderator changed the status: `{ idea, status, note }`.
 *
 * @example
 * ```html
 * <confab-idea-card idea="i42"></confab-idea-card>
 * ```
 */
export class ConfabIdeaCard extends ConfabElement {
  static override styles = [themeStyles, baseStyles, contentStyles, ideaCardStyles];
  /** Ideas (with comments and status) and votes; `live` is used when present. */
  static override areas: readonly AreaName[] = ['ideas', 'votes'];

  static override properties: PropertyDeclarations = {
    idea: { reflect: true },
    data: { attribute: false },
    viewer: { attribute: false },
    strings: { attribute: false },
    campaignData: { attribute: false },
    current: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
    threadOpen: { state: true, attribute: false },
    threadFailed: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    noticeIsError: { state: true, attribute: false },
    gone: { state: true, attribute: false },
  };

  /** The id of the idea to show. */
  idea?: string;

  /** An already loaded idea (e.g. passed by a board); when set, the card does not fetch it. */
  data?: Idea;

  /** The signed-in user when the host already knows it (null: signed out); else the card asks the adapter. */
  viewer?: User | null;

  /** Per-instance overrides of any string. */
  strings?: Partial<IdeaCardStrings>;

  /**
   * The idea's campaign when the host already knows it (a board passes its own; null: none), so
   * that its owners get the status control; else the card asks the adapter when it matters.
   */
  campaignData?: Campaign | null;

  private current?: Idea;
  private expanded = false;
  /** Whether the comment thread is open. */
  private threadOpen = false;
  /** The thread's code could not load (offline): shown with "Retry". */
  private threadFailed = false;
  private notice = '';
  private noticeIsError = false;
  /** Issue 13: the idea is no longer visible to this reader (hidden from them, live). */
  private gone = false;
  /** Issue 13: edit, delete, report, hide and restore the idea and each comment. */
  private readonly content = new ContentActionsController(this, {
    adapter: () => this.backend,
    user: () => this.user,
    localize: this.localize,
    announce: (message) => this.announce(message),
    replaced: (c) => this.applyContent({ target: { kind: c.kind, id: c.item.id }, parentId: null, item: c }),
    focus: (...selectors) => void this.focuser.to(...selectors),
    itemSelector: (c) => (c.kind === 'comment' ? `[part="comment"][data-id="${CSS.escape(c.item.id)}"]` : '#title'),
  });
  /** The moderators' "Change status" form, loaded when first opened. */
  private readonly statusCode = new LazyModule(this, () => import('./idea-status-form.js'), 'the status form of <confab-idea-card>');
  private statusForm?: IdeaStatusForm;
  private readonly focuser = new FocusController(this);
  /** Issue 15: follow the idea; only on a card that loads its own idea (a board's cards leave it to the board). */
  private readonly follow = new FollowController(this, {
    adapter: () => this.backend,
    target: () => (this.data || !this.idea ? undefined : { kind: 'idea', id: this.idea }),
    announce: (message) => this.announce(message),
    localize: this.localize,
  });

  private readonly votes = new VoteController(this, {
    adapter: () => this.backend,
    storageKey: () => `idea-card:${this.current?.id ?? this.idea ?? ''}`,
    common: () => this.common,
    apply: (state) => {
      if (this.current?.id === state.id) this.current = { ...this.current, votes: state.votes, myVote: state.myVote };
    },
    announce: (message) => this.announce(message),
    refused: (reason) => this.s.voteRefused(reason),
    delivered: (state) => this.emit('confab-vote-changed', { target: { kind: 'idea', id: state.id }, votes: state.votes, myVote: state.myVote }),
  });

  private readonly ideaTask = new Task(this, {
    task: async ([adapter, id, hasData], { signal }) => {
      if (!adapter || !id || hasData) return initialState;
      const idea = await area(adapter, 'ideas').getIdea(id, { signal });
      this.current = idea;
      return idea;
    },
    args: () => [this.backend, this.idea, !!this.data] as const,
  });

  private readonly userTask = new Task(this, {
    task: async ([adapter, viewer], { signal }) => {
      if (viewer !== undefined) return viewer;
      if (!adapter) return initialState;
      return adapter.identity.currentUser({ signal });
    },
    args: () => [this.backend, this.viewer] as const,
  });

  /** The idea's campaign, for its owners' status control: looked up only for a signed-in member who is not a moderator. */
  private readonly campaignTask = new Task(this, {
    task: async ([adapter, given, campaignId, user], { signal }) => {
      if (given !== undefined) return given;
      if (!adapter || !campaignId || !user || canModerateIdeas(user, null)) return null;
      return area(adapter, 'ideas').getCampaign(campaignId, { signal });
    },
    args: () => [this.backend, this.campaignData, this.current?.campaignId ?? null, this.user ?? null] as const,
  });

  /** The comment thread (comments, paging, composer, offline outbox), loaded when first opened. */
  private readonly threadCode = new LazyModule(this, () => import('./idea-comments.js'), 'the comments of <confab-idea-card>');
  private thread?: IdeaCommentsController;
  /** The idea whose outbox was last looked at for comments kept offline. */
  private checkedOutbox?: string;

  private get ideaId(): string | undefined {
    return this.current?.id ?? this.idea;
  }

  private get commentsKey(): string {
    return `idea-card:${this.ideaId ?? ''}:comments`;
  }

  private async loadThread(): Promise<void> {
    this.threadFailed = false;
    const code = await this.threadCode.load();
    if (!code) {
      this.threadFailed = true;
      return;
    }
    this.thread ??= new code.IdeaCommentsController(this, {
      adapter: () => this.backend,
      ideaId: () => this.ideaId,
      open: () => this.threadOpen,
      outboxKey: () => this.commentsKey,
      delivered: (comment, isNew, fromQueue) => this.commentDelivered(comment, isNew, fromQueue),
      refused: (error) => this.say(errorMessage(error, this.common), true),
      focus: (...selectors) => void this.focuser.to(...selectors),
    });
    this.requestUpdate();
  }

  constructor() {
    super();
    new LiveController(this, {
      adapter: () => this.backend,
      scopes: () => {
        const id = this.current?.id ?? this.idea;
        return id ? [scopes.idea(id)] : [];
      },
      onChange: (event) => this.onLive(event),
      onReset: () => void this.ideaTask.run(),
    });
    new RetryOnlineController(this, () => this.ideaTask.status === TaskStatus.ERROR, () => this.ideaTask.run());
    new RetryOnlineController(this, () => this.threadOpen && this.thread?.task.status === TaskStatus.ERROR, () => this.thread?.task.run());
  }

  private get s(): IdeaCardStrings {
    return this.localize.strings(ideaCardStrings, this.strings);
  }

  private get common(): CommonStrings {
    return this.localize.strings(commonStrings);
  }

  private get user(): User | null | undefined {
    return this.viewer !== undefined ? this.viewer : (this.userTask.value as User | null | undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data) {
      this.current = { ...this.data };
      this.gone = false;
      if (this.idea !== this.data.id) this.idea = this.data.id;
    } else if (changed.has('idea') && !this.data && this.current?.id !== this.idea) {
      this.current = undefined;
    }
    // Comments written offline on an earlier visit are sent without waiting for the thread to open.
    if (!this.thread && this.ideaId && this.ideaId !== this.checkedOutbox) {
      this.checkedOutbox = this.ideaId;
      if (OutboxController.holds(this.commentsKey)) void this.loadThread();
    }
  }

  private onLive(event: ChangeEvent): void {
    const idea = this.current;
    if (!idea) return;
    const me = this.user?.id ?? null;
    if (event.type === 'vote.changed') {
      const v = event.data;
      if (v.kind !== 'idea' || v.id !== idea.id) return;
      this.current = { ...idea, votes: v.votes, myVote: event.actorId !== null && event.actorId === me ? v.myVote : idea.myVote };
    } else if (event.type === 'idea.status-changed') {
      const changed = event.data;
      if (changed.id !== idea.id) return;
      this.current = { ...idea, status: changed.status, statusChange: changed.statusChange };
    } else if (event.type === 'comment.created') {
      const comment = event.data;
      if (comment.ideaId !== idea.id) return;
      if (this.thread?.add(comment) ?? true) this.current = { ...idea, commentCount: idea.commentCount + 1 };
    } else if (event.type === 'content.updated') {
      this.applyContent(event.data);
    }
  }

  /** Issue 13: the idea or one of its comments changed state or text: replaced in place, or removed. */
  private applyContent(change: ContentChange): void {
    const idea = this.current;
    if (!idea) return;
    const c = change.item;
    if (change.target.kind === 'idea' && change.target.id === idea.id) {
      if (c?.kind === 'idea') this.current = { ...c.item, myVote: idea.myVote, commentCount: idea.commentCount };
      else this.gone = true;
    } else if (c?.kind === 'comment' && c.item.ideaId === idea.id && !this.thread?.comments.some((x) => x.id === c.item.id)) {
      // Restored (or approved) while the reader could not see it.
      if (this.thread?.add(c.item) ?? true) this.current = { ...idea, commentCount: idea.commentCount + 1 };
    } else if (change.target.kind === 'comment' && this.thread?.replace(change.target.id, c?.kind === 'comment' ? c.item : null)) {
      if (!c) this.current = { ...idea, commentCount: Math.max(0, idea.commentCount - 1) };
    }
  }

  private say(message: string, isError = false): void {
    this.notice = message;
    this.noticeIsError = isError;
  }

  /** True when the reader proposed this idea: they cannot vote for it. */
  private get own(): boolean {
    return !!this.current && !!this.user && this.user.id === this.current.author.id;
  }

  private toggleVote(): void {
    const idea = this.current;
    if (!idea || this.own) return;
    void this.votes.toggle({ kind: 'idea', id: idea.id }, idea);
  }

  private commentDelivered(comment: Comment, isNew: boolean, fromQueue: boolean): void {
    const idea = this.current;
    if (isNew && idea && idea.id === comment.ideaId) this.current = { ...idea, commentCount: idea.commentCount + 1 };
    // "Waiting to send" is no longer true: say that it went out.
    if (fromQueue) this.say(this.s.commentPosted);
    this.emit('confab-comment-posted', { idea: comment.ideaId, comment });
  }

  private async postComment(e: Event): Promise<void> {
    e.preventDefault();
    if (!this.thread) return;
    const result = await this.thread.post(this.s);
    if (typeof result === 'object') {
      this.say(this.s.commentPosted);
      // Focus goes to the comment posted (or stays in the composer when the list does not show it yet).
      void this.focuser.to(`.comments [data-id="${CSS.escape(result.id)}"]`, '#comment');
    } else if (result === 'queued') {
      this.say(this.s.commentQueued);
      void this.focuser.to('#comment');
    } else void this.focuser.to('#comment');
  }

  private toggleBody(): void {
    this.expanded = !this.expanded;
  }

  private toggleThread(): void {
    this.threadOpen = !this.threadOpen;
    if (this.threadOpen) void this.loadThread();
  }

  /** Opens or closes the status form, loading its code the first time. */
  private async toggleStatusForm(): Promise<void> {
    const code = await this.statusCode.load();
    if (!code) return this.say(codeLoadMessage(this.common), true);
    (this.statusForm ??= new code.IdeaStatusForm(this)).toggle(this.current);
  }

  /** Also waits for the thread and the status form while their code loads, so that their first render is part of the update. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await this.threadCode.whenLoaded(await super.getUpdateComplete(), () => super.getUpdateComplete());
    return this.statusCode.whenLoaded(done, () => super.getUpdateComplete());
  }

  private async saveStatus(e: Event): Promise<void> {
    e.preventDefault();
    const idea = this.current;
    const adapter = this.backend;
    if (!idea || !adapter) return;
    const form = this.statusForm;
    if (!form) return;
    const note = form.note.trim();
    const updated = await form.save(adapter, idea, this.s, this.common);
    await this.updateComplete;
    if (!updated) {
      this.renderRoot.querySelector<HTMLTextAreaElement>('#note')?.focus();
      return;
    }
    this.current = { ...updated, myVote: this.current?.myVote ?? updated.myVote };
    this.say(this.s.statusChanged(this.s.status[updated.status]));
    this.emit('confab-idea-status-changed', { idea: updated, status: updated.status, note });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('#change-status')?.focus();
  }

  /** Idea and comment bodies: sanitised Markdown, loaded on first use. */
  private readonly markdown = new MarkdownController(this);

  protected override render() {
    if (!this.backend) return this.renderUnavailable();
    if (this.gone) return html`<p class="message" part="message" role="status">${this.common.errorNotFound}</p>`;
    if (this.current) return this.renderIdea(this.current);
    if (!this.idea) return html`<p class="message" part="message" role="status">${this.s.noIdea}</p>`;
    return this.ideaTask.render({
      initial: () => html`<p class="message" part="message" role="status">${this.common.loading}</p>`,
      pending: () => html`<p class="message" part="message" role="status">${this.common.loading}</p>`,
      error: (error) => html`<div class="message error" part="message" role="alert">
        <p>${loadErrorMessage(error, this.common)}</p><button @click=${() => void this.ideaTask.run()}>${this.common.retry}</button></div>`,
      complete: () => nothing,
    });
  }

  /** The open thread, or "Loading…" (or why it could not load, with "Retry") while its code comes. */
  private renderThread(idea: Idea): TemplateResult {
    const code = this.threadCode.code;
    if (code && this.thread) {
      return code.renderThread(this.thread, this.s, this.common, this.localize, (source) => this.markdown.render(source), (e) => void this.postComment(e), this.level(1), this.content, takesComments(idea.moderation));
    }
    return html`<section class="thread" id="thread" part="thread">${this.threadFailed
      ? html`<p class="message error" role="alert">${codeLoadMessage(this.common)}
          <button @click=${() => void this.loadThread()}>${this.common.retry}</button></p>`
      : html`<p class="muted" role="status">${this.common.loading}</p>`}</section>`;
  }

  /** The vote toggle; its note (queued, refused) or why the reader cannot vote sits right after it. */
  private renderVote(idea: Idea): TemplateResult {
    const s = this.s;
    const target = { kind: 'idea' as const, id: idea.id };
    const shown = this.votes.shown(target, idea);
    const own = this.own;
    return html`<button class="vote" part="vote" aria-pressed=${shown.myVote ? 'true' : 'false'} title=${s.votes(shown.votes)}
        aria-disabled=${own ? 'true' : nothing} aria-describedby=${this.votes.describedBy(target, own && 'vote-own')}
        @click=${() => this.toggleVote()}><span class="visually-hidden">${s.voteFor(idea.title)}, </span><span
        aria-hidden="true">▲</span><span class="count">${formatNumber(this.localize.lang, shown.votes)}</span></button>
      ${own ? html`<span id="vote-own" class="muted vote-note">${s.ownIdea}</span>` : nothing}
      ${this.votes.renderNote(target)}`;
  }

  private renderIdea(idea: Idea): TemplateResult {
    const s = this.s;
    const lang = this.localize.lang;
    if (this.thread) this.thread.common = this.common;
    // Tags in the Markdown source would show as literal text in the plain excerpt: drop them there.
    const removed = isTombstone(idea.moderation, idea.title);
    const cs = this.content.s;
    const short = excerpt(idea.body, 200);
    const expandable = idea.body.trim() !== '' && idea.body.trim() !== short;
    return html`<article part="base" class="root" aria-labelledby="title" dir=${this.localize.dir} lang=${lang}>
      <header>
        ${heading(this.level(), removed ? (idea.moderation?.by === 'author' ? cs.removedByAuthor : cs.removedByModerator) : idea.title, { id: 'title', part: 'title', class: 'idea-title', dir: 'auto' })}
        <span class="chip" part="status" data-status=${idea.status}><span class="visually-hidden">${s.statusLabel}: </span>${s.status[idea.status]}</span>
      </header>
      <p class="meta">
        <span>${s.proposedBy}</span>
        ${customElements.get('confab-expert-badge')
          ? html`<confab-expert-badge person=${idea.author.id} compact></confab-expert-badge>`
          : html`<span class="name">${idea.author.name}</span>`}
        <span aria-hidden="true">·</span>
        <time datetime=${idea.createdAt} title=${formatDateTime(lang, idea.createdAt)}>${formatRelative(idea.createdAt, lang)}</time>
      </p>
      ${idea.body.trim() ? html`<div part="body" id="body">
        ${this.expanded ? this.markdown.render(idea.body) : html`<p class="excerpt" dir="auto">${short}</p>`}
        ${expandable ? html`<button class="link" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="body"
          @click=${this.toggleBody}>${this.expanded ? s.readLess : s.readMore}</button>` : nothing}
      </div>` : nothing}
      ${idea.tags.length ? html`<ul class="tags" part="tags" aria-label=${s.tags}>${idea.tags.map((t) => html`<li dir="auto">${t}</li>`)}</ul>` : nothing}
      ${removed ? nothing : this.content.status({ kind: 'idea', item: idea })}
      ${renderStatusNote(idea, s, lang)}
      ${this.content.render({ kind: 'idea', item: idea })}
      <div class="actions" part="actions">
        ${takesVotes(idea.moderation) ? this.renderVote(idea) : nothing}
        <button part="comments-toggle" aria-expanded=${this.threadOpen ? 'true' : 'false'} aria-controls="thread"
          @click=${this.toggleThread}>${s.comments(idea.commentCount)}</button>
        ${removed ? nothing : followButton(this.follow)}
        ${!removed && canModerate(this.user, this.campaignTask.value as Campaign | null | undefined) ? html`<button id="change-status" aria-expanded=${this.statusForm?.open ? 'true' : 'false'}
          aria-controls="status-form" @click=${() => void this.toggleStatusForm()}>${s.changeStatus}</button>` : nothing}
      </div>
      <div role="status" part="message">${this.notice
        ? html`<p class=${this.noticeIsError ? 'message error' : 'message'}>${this.notice}</p>` : nothing}</div>
      ${this.statusForm?.open && canModerate(this.user, this.campaignTask.value as Campaign | null | undefined) ? this.statusForm.render(s, (e) => void this.saveStatus(e)) : nothing}
      ${this.threadOpen ? this.renderThread(idea) : nothing}
    </article>`;
  }
}

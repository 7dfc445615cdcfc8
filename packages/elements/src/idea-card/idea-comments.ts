import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { pageUrl } from '../internal/page-key.js';
import { MentionCompletion } from '../internal/mention-completion.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Task, initialState } from '@lit/task';
import { LIMITS, area, type Adapter, type Comment, type Id } from '@confab/core';
import { DraftController } from '../internal/draft-controller.js';
import { OutboxController } from '../internal/outbox-controller.js';
import { ShowMoreController } from '../internal/show-more.js';
import { errorMessage, loadErrorMessage } from '../internal/error-message.js';
import { busy } from '../internal/busy.js';
import { heading } from '../internal/heading.js';
import type { CommonStrings } from '../internal/common.strings.js';
import type { LocalizeController } from '../internal/localize.js';
import type { IdeaCardStrings } from './idea-card.strings.js';
import { formatDateTime, formatRelative } from '../internal/format.js';
import type { ContentActionsController } from '../internal/content-actions.js';
import { isTombstone } from '../internal/content-item.js';

/** A comment waiting to be sent. */
export interface CommentPayload {
  idea: Id;
  body: string;
}

/** What the comment thread needs from its card. */
export interface IdeaCommentsOptions {
  adapter: () => Adapter | undefined;
  ideaId: () => Id | undefined;
  /** Whether the thread is expanded: comments load only then. */
  open: () => boolean;
  /** Where comments written offline wait (`OutboxController` storage key). */
  outboxKey: () => string;
  /**
   * A comment of the current user was saved (first try or retry); `isNew` is false when a live
   * event already counted it, `fromQueue` true when it was kept offline and went out later.
   */
  delivered: (comment: Comment, isNew: boolean, fromQueue: boolean) => void;
  /** A comment kept offline was refused for good when retried. */
  refused: (error: unknown) => void;
  /** Moves focus to the first element found, once the card is rendered. */
  focus: (...selectors: string[]) => void;
}

const PAGE = 50;

/**
 * The comment thread of one idea: loads comments when opened, pages through them, keeps the
 * composer's draft, and posts through an outbox so a comment written offline is sent once later.
 * The card loads this module when the thread is first opened, or at once when comments written
 * offline are still waiting to be sent (issue 14).
 */
export class IdeaCommentsController {
  comments: Comment[] = [];
  /** The composer's error, shown under the textarea. */
  error = '';
  posting = false;
  /** Common strings, set by the card before each render so errors are localised. */
  common!: CommonStrings;
  /** Ids of comments already counted, so a live event for one is not counted twice. */
  readonly seen = new Set<Id>();
  readonly draft: DraftController;
  /** Issue 15: @mention completion in the comment box. */
  readonly mentions: MentionCompletion;
  readonly outbox: OutboxController<CommentPayload, Comment>;
  readonly task: Task<[Adapter | undefined, Id | undefined, boolean], Comment[]>;
  /** "Show more": focus moves to the first comment it brought. */
  readonly more: ShowMoreController<Comment>;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: IdeaCommentsOptions) {
    this.draft = new DraftController(host, () => `idea-card:${options.ideaId() ?? ''}:comment`);
    this.mentions = new MentionCompletion(host, { adapter: options.adapter, id: 'comment' });
    this.outbox = new OutboxController<CommentPayload, Comment>(host, {
      storageKey: options.outboxKey,
      ready: () => !!options.adapter(),
      send: (payload, key) => area(options.adapter()!, 'ideas').addComment(payload.idea, { body: payload.body, url: pageUrl() }, { idempotencyKey: key }),
      delivered: (comment, _payload, fromQueue) => options.delivered(comment, this.add(comment), fromQueue),
      refused: (error) => options.refused(error),
    });
    this.task = new Task(host, {
      task: async ([adapter, id, open], { signal }) => {
        if (!adapter || !id || !open) return initialState;
        const page = await area(adapter, 'ideas').listComments(id, { limit: PAGE }, { signal });
        this.comments = page.items;
        this.more.reset(page.nextCursor);
        for (const c of page.items) this.seen.add(c.id);
        return page.items;
      },
      args: () => [options.adapter(), options.ideaId(), options.open()],
    });
    this.more = new ShowMoreController<Comment>(host, {
      fetch: (cursor, signal) => area(options.adapter()!, 'ideas').listComments(options.ideaId()!, { limit: PAGE, cursor }, { signal }),
      items: () => this.comments,
      set: (comments) => {
        this.comments = comments;
        for (const c of comments) this.seen.add(c.id);
      },
      shown: (fresh) => { if (fresh[0]) options.focus(`[part="comment"][data-id="${CSS.escape(fresh[0].id)}"]`); },
    });
  }

  /** Adds a comment (own or live) once; returns true when it was new. */
  add(comment: Comment): boolean {
    const isNew = !this.seen.has(comment.id);
    this.seen.add(comment.id);
    if (this.options.open() && !this.comments.some((c) => c.id === comment.id) && !this.more.cursor) this.comments = [...this.comments, comment];
    this.host.requestUpdate();
    return isNew;
  }

  /** Issue 13: replaces a shown comment in place (edited, hidden, deleted, restored), or removes it (null). True when it was shown. */
  replace(id: Id, comment: Comment | null): boolean {
    if (!this.comments.some((c) => c.id === id)) return false;
    this.comments = comment ? this.comments.map((c) => (c.id === id ? comment : c)) : this.comments.filter((c) => c.id !== id);
    this.host.requestUpdate();
    return true;
  }

  /**
   * Posts the draft. Resolves with the comment posted, `'queued'` (kept offline), `'invalid'`
   * (empty or too long: `error` says why) or `'failed'`.
   */
  async post(s: IdeaCardStrings): Promise<Comment | 'queued' | 'invalid' | 'failed'> {
    const id = this.options.ideaId();
    const body = this.draft.value.trim();
    if (!id || this.posting) return 'invalid';
    if (!body) this.error = s.commentRequired;
    else if (body.length > LIMITS.comment) this.error = this.common.tooLong(LIMITS.comment, body.length);
    else this.error = '';
    if (this.error) {
      this.host.requestUpdate();
      return 'invalid';
    }
    this.posting = true;
    this.host.requestUpdate();
    try {
      const result = await this.outbox.submit({ idea: id, body });
      this.draft.clear();
      return result;
    } catch (error) {
      this.error = errorMessage(error, this.common);
      return 'failed';
    } finally {
      this.posting = false;
      this.host.requestUpdate();
    }
  }
}

/** Renders the thread: comments, paging, pending comments and (when the idea takes comments) the composer. */
export function renderThread(
  c: IdeaCommentsController,
  s: IdeaCardStrings,
  common: CommonStrings,
  localize: LocalizeController,
  body: (source: string) => TemplateResult,
  onPost: (e: Event) => void,
  level = 3,
  content?: ContentActionsController,
  /** False for a removed or hidden idea: the comments stay readable, without a composer. */
  open = true,
): TemplateResult {
  const list = c.task.render({
    initial: () => html`<p class="muted" role="status">${common.loading}</p>`,
    pending: () => html`<p class="muted" role="status">${common.loading}</p>`,
    error: (error) => html`<p class="message error" role="alert">${loadErrorMessage(error, common)}
      <button @click=${() => void c.task.run()}>${common.retry}</button></p>`,
    complete: () => (c.comments.length
      ? html`<ul class="comments" part="comments">${c.comments.map((comment) => html`<li part="comment" data-id=${comment.id} tabindex="-1">
          <p class="meta"><span class="name">${comment.author.name}</span>
            <time datetime=${comment.createdAt} title=${formatDateTime(localize.lang, comment.createdAt)}>${formatRelative(comment.createdAt, localize.lang)}</time></p>
          ${content?.status({ kind: 'comment', item: comment }) ?? nothing}
          ${isTombstone(comment.moderation, comment.body) ? nothing : body(comment.body)}
          ${content?.render({ kind: 'comment', item: comment }) ?? nothing}</li>`)}</ul>
        ${c.more.cursor ? html`<button ${busy(c.more.busy)} @click=${() => void c.more.load()}>${s.moreComments}</button>` : nothing}
        ${c.more.error !== undefined ? html`<p class="message error" role="alert">${errorMessage(c.more.error, common)}</p>` : nothing}`
      : html`<p class="muted">${s.noComments}</p>`),
  });
  const pending = c.outbox.pending;
  const draft = c.draft.value;
  return html`<section class="thread" id="thread" part="thread" aria-labelledby="thread-heading">
    ${heading(level, s.commentsHeading, { id: 'thread-heading', class: 'thread-heading' })}
    ${list}
    ${pending.length ? html`<ul class="comments pending">${pending.map((p) => html`<li><span dir="auto">${p.payload.body}</span>
      <span class="muted">(${common.queued})</span></li>`)}</ul>` : nothing}
    ${open ? html`<form part="composer" @submit=${onPost} novalidate>
      <label for="comment">${s.commentLabel}</label>
      <textarea id="comment" name="comment" maxlength=${LIMITS.comment}
        aria-invalid=${c.error ? 'true' : 'false'} aria-describedby="comment-help"
        aria-autocomplete="list" aria-controls=${ifDefined(c.mentions.open ? c.mentions.listId : undefined)} aria-activedescendant=${ifDefined(c.mentions.activeId)} @keydown=${c.mentions.onKeydown}
        .value=${draft} @input=${(e: Event) => { c.draft.set((e.target as HTMLTextAreaElement).value); c.mentions.onInput(e); }}></textarea>
      ${c.mentions.render(localize)}
      <div id="comment-help">
        ${c.error ? html`<p class="field-error">${c.error}</p>` : nothing}
        <p class="hint muted">${common.charactersLeft(Math.max(0, LIMITS.comment - draft.length))}</p>
      </div>
      <div class="row"><button class="primary" type="submit" ${busy(c.posting)}>${s.comment}</button></div>
    </form>` : nothing}
  </section>`;
}

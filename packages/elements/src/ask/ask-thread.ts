import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { addStyles } from '../internal/late-styles.js';
import { contentStyles } from '../internal/content.styles.js';
import { threadStyles } from './ask-thread.styles.js';
import { pageUrl } from '../internal/page-key.js';
import { MentionCompletion } from '../internal/mention-completion.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, initialState } from '@lit/task';
import {
  LIMITS, area, type Adapter, type Answer, type Id, type Question, type QuestionThread, type User, type VoteState, type VoteTargetKind,
} from '@confab/core';
import { TaskStatus } from '@lit/task';
import { DraftController } from '../internal/draft-controller.js';
import { OutboxController } from '../internal/outbox-controller.js';
import { RetryOnlineController } from '../internal/retry-online-controller.js';
import { VoteController } from '../internal/vote-controller.js';
import { FollowController, followButton } from '../internal/follow-button.js';
import { busy } from '../internal/busy.js';
import { heading } from '../internal/heading.js';
import { describedBy, fieldError, invalid } from '../internal/field-errors.js';
import { errorMessage, loadErrorMessage } from '../internal/error-message.js';
import type { CommonStrings } from '../internal/common.strings.js';
import type { LocalizeController } from '../internal/localize.js';
import type { AskStrings } from './ask.strings.js';
import { askThreadStrings } from './ask-thread.strings.js';
import type { MarkdownController } from '../internal/markdown-controller.js';
import { renderTags, renderTime } from './ask-list.js';
import { ContentActionsController } from '../internal/content-actions.js';
import { isTombstone, takesVotes } from '../internal/content-item.js';
import type { ContentChange, ContentItem } from '@confab/core';

/** An answer kept until it is delivered, with the question it answers. */
export interface AnswerPayload {
  questionId: Id;
  body: string;
  question: Question;
}

/** Answers accepted first, then by votes, then oldest first (as the contract promises; kept for any adapter). */
export function sortAnswers(answers: Answer[]): Answer[] {
  return [...answers].sort((x, y) => Number(y.accepted) - Number(x.accepted) || y.votes - x.votes || x.createdAt.localeCompare(y.createdAt));
}

/** What the thread view needs from its widget. */
export interface ThreadOptions {
  adapter: () => Adapter | undefined;
  context: () => string;
  /** The question shown, or null. */
  openId: () => Id | null;
  user: () => User | null | undefined;
  /** The widget's per-instance string overrides. */
  strings: () => Partial<AskStrings> | undefined;
  common: () => CommonStrings;
  localize: LocalizeController;
  markdown: MarkdownController;
  back: () => void;
  announce: (message: string) => void;
  /** The question changed (votes, answers, acceptance): update it in the list. */
  questionChanged: (q: Question) => void;
  posted: (question: Question, answer: Answer) => void;
  accepted: (question: Question, answer: Answer | null) => void;
  /** Moves focus to the first element found, once the widget is rendered. */
  focus: (...selectors: string[]) => void;
  /** The heading level `depth` steps inside the widget. */
  level: (depth: number) => number;
}

/**
 * One question's thread inside `<confab-ask>`: the question, its answers (accepted first, then
 * by votes, then oldest), up-vote toggles with optimistic updates rolled back visibly, "Accept"
 * for the asker or a moderator, and the answer composer (draft kept, outbox when offline).
 * Live changes are merged in place so the reader's focus stays where it is.
 */
export class AskThread {
  /** The thread as currently shown; patched by live changes and the reader's own actions. */
  thread?: QuestionThread;
  /** Why accepting an answer failed, shown beside that answer's Accept button. */
  private acceptError?: { id: Id; text: string };
  private error = '';
  /** The answer field's own message (empty, too long), linked to the field. */
  private fieldError = '';
  private busy = false;
  private readonly draft: DraftController;
  private readonly outbox: OutboxController<AnswerPayload, Answer>;
  private readonly votes: VoteController;
  /** Issue 15: follow the open question. */
  private readonly follow: FollowController;
  /** Issue 15: @mention completion in the answer box. */
  private readonly mentions: MentionCompletion;
  readonly task: Task<[Adapter | undefined, Id | null], QuestionThread>;
  /** Issue 13: edit, delete, report, hide and restore the question and each answer. */
  private readonly content: ContentActionsController;
  /** The open question is gone for this reader (hidden from them, live). */
  private gone = false;

  /** Every string of the widget (the question view's own load with this module). */
  private get s(): AskStrings {
    return this.options.localize.strings(askThreadStrings, this.options.strings());
  }

  constructor(private readonly host: ReactiveElement, private readonly options: ThreadOptions) {
    addStyles(host, [contentStyles, threadStyles]);
    this.content = new ContentActionsController(host, {
      adapter: options.adapter,
      user: options.user,
      localize: options.localize,
      announce: options.announce,
      replaced: (c) => this.applyContent({ target: { kind: c.kind, id: c.item.id }, parentId: null, item: c }),
      focus: (...selectors) => options.focus(...selectors),
      itemSelector: (c) => (c.kind === 'answer' ? `.answer[data-id="${CSS.escape(c.item.id)}"]` : '#ask-thread-title'),
    });
    this.draft = new DraftController(host, () => `ask:${options.context()}:answer:${options.openId() ?? ''}`);
    this.outbox = new OutboxController<AnswerPayload, Answer>(host, {
      storageKey: () => `ask:${options.context()}:answers`,
      ready: () => !!options.adapter(),
      send: (p, idempotencyKey) => {
        const adapter = options.adapter();
        if (!adapter) throw new Error('[confab] <confab-ask> has no adapter');
        return area(adapter, 'questions').answerQuestion(p.questionId, { body: p.body, url: pageUrl() }, { idempotencyKey });
      },
      delivered: (answer, p, fromQueue) => {
        this.mergeAnswer(answer);
        const question = this.thread?.question.id === p.questionId ? this.thread.question : { ...p.question, answerCount: p.question.answerCount + 1 };
        options.posted(question, answer);
        if (fromQueue) options.announce(this.s.answerPosted);
      },
      refused: (error) => {
        this.error = errorMessage(error, options.common());
        host.requestUpdate();
      },
    });
    this.mentions = new MentionCompletion(host, { adapter: options.adapter, id: 'ask-answer', localize: options.localize });
    this.follow = new FollowController(host, {
      adapter: options.adapter,
      target: () => { const id = options.openId(); return id ? { kind: 'question', id } : undefined; },
      announce: options.announce,
      localize: options.localize,
      user: options.user,
    });
    this.votes = new VoteController(host, {
      adapter: options.adapter,
      storageKey: () => `ask:${options.context()}`,
      common: options.common,
      apply: (state) => this.applyVote(state, true),
      announce: options.announce,
      refused: (reason) => `${this.s.voteFailed} ${reason}`,
      delivered: (state) => {
        if (state.kind === 'question' && this.thread?.question.id === state.id) options.questionChanged(this.thread.question);
      },
    });
    this.task = new Task(host, {
      task: async ([adapter, id], { signal }) => {
        if (!adapter || !id) return initialState;
        return area(adapter, 'questions').getQuestion(id, { signal });
      },
      args: () => [options.adapter(), options.openId()],
      onComplete: (thread) => {
        this.gone = false;
        this.thread = { question: thread.question, answers: sortAnswers(thread.answers) };
        this.acceptError = undefined;
        this.error = '';
      },
    });
    new RetryOnlineController(host, () => this.task.status === TaskStatus.ERROR, () => this.task.run());
  }

  /** True when the reader may accept answers on `q`: its asker or a moderator. */
  private mayAccept(q: Question): boolean {
    const user = this.options.user();
    return !!user && (user.id === q.author.id || user.roles.includes('moderator') || user.roles.includes('admin'));
  }

  /** Adds an answer (from a live event or a delivery) once, at the end, keeping the others in place. */
  mergeAnswer(answer: Answer): void {
    const t = this.thread;
    if (!t || t.question.id !== answer.questionId || t.answers.some((a) => a.id === answer.id)) return;
    t.answers = [...t.answers, answer];
    t.question = { ...t.question, answerCount: t.answers.length };
    this.options.questionChanged(t.question);
    this.host.requestUpdate();
  }

  /** Applies a vote count; `mine` also sets whether the reader voted (their own action elsewhere). */
  applyVote(state: VoteState, mine: boolean): void {
    const t = this.thread;
    if (!t) return;
    const patch = <T extends { votes: number; myVote: boolean }>(item: T): T =>
      ({ ...item, votes: state.votes, myVote: mine ? state.myVote : item.myVote });
    if (state.kind === 'question' && t.question.id === state.id) t.question = patch(t.question);
    else if (state.kind === 'answer') t.answers = t.answers.map((a) => (a.id === state.id ? patch(a) : a));
    else return;
    this.host.requestUpdate();
  }

  /** Applies an acceptance without moving the answers (a live change must not move the reader's focus). */
  applyAccepted(thread: QuestionThread): void {
    const t = this.thread;
    if (!t || t.question.id !== thread.question.id) return;
    const acceptedId = thread.question.acceptedAnswerId;
    t.question = { ...t.question, acceptedAnswerId: acceptedId };
    t.answers = t.answers.map((a) => ({ ...a, accepted: a.id === acceptedId }));
    this.host.requestUpdate();
  }

  /** Applies an edited question (e.g. routed to more people), keeping the reader's vote. */
  applyQuestion(q: Question): void {
    const t = this.thread;
    if (!t || t.question.id !== q.id) return;
    t.question = { ...q, myVote: t.question.myVote, answerCount: t.question.answerCount };
    this.host.requestUpdate();
  }

  /**
   * Issue 13: a question or answer of this thread was edited, hidden, deleted or restored (live,
   * or the reader's own action): replaced in place, or removed when the reader may no longer see
   * it. A tombstone stays in place and says who removed it.
   */
  applyContent(change: ContentChange): void {
    const t = this.thread;
    if (!t) return;
    const c: ContentItem | null = change.item;
    if (change.target.kind === 'question' && change.target.id === t.question.id) {
      if (c?.kind === 'question') t.question = { ...c.item, myVote: t.question.myVote, answerCount: t.question.answerCount };
      else this.gone = true;
    } else if (change.target.kind === 'answer' && c?.kind === 'answer' && c.item.questionId === t.question.id && !t.answers.some((a) => a.id === c.item.id)) {
      this.mergeAnswer(c.item); // restored (or approved) while the reader could not see it
      return;
    } else if (change.target.kind === 'answer' && t.answers.some((a) => a.id === change.target.id)) {
      if (c?.kind === 'answer') t.answers = t.answers.map((a) => (a.id === c.item.id ? { ...c.item, myVote: a.myVote } : a));
      else t.answers = t.answers.filter((a) => a.id !== change.target.id);
      const acceptedId = t.answers.find((a) => a.accepted)?.id ?? null;
      t.question = { ...t.question, answerCount: t.answers.length, acceptedAnswerId: acceptedId };
      this.options.questionChanged(t.question);
    } else return;
    this.host.requestUpdate();
  }

  private async accept(answer: Answer): Promise<void> {
    const adapter = this.options.adapter();
    const t = this.thread;
    if (!adapter || !t) return;
    this.acceptError = undefined;
    try {
      const result = await area(adapter, 'questions').acceptAnswer(t.question.id, answer.accepted ? null : answer.id, { idempotencyKey: crypto.randomUUID() });
      if (this.thread?.question.id !== result.question.id) return;
      // The reader's own action: take the server's order (accepted first) and keep focus on the same answer.
      this.thread = { question: { ...result.question }, answers: sortAnswers(result.answers) };
      this.options.questionChanged(result.question);
      this.options.accepted(result.question, result.answers.find((a) => a.accepted) ?? null);
      this.host.requestUpdate();
      this.options.focus(`[data-accept="${CSS.escape(answer.id)}"]`);
    } catch (error) {
      this.acceptError = { id: answer.id, text: errorMessage(error, this.options.common()) };
      this.host.requestUpdate();
    }
  }

  private async post(e: Event): Promise<void> {
    e.preventDefault();
    const t = this.thread;
    if (!t || this.busy) return;
    const s = this.s;
    const body = this.draft.value.trim();
    this.fieldError = !body ? s.answerRequired : body.length > LIMITS.body ? this.options.common().tooLong(LIMITS.body, body.length) : '';
    if (this.fieldError) {
      this.host.requestUpdate();
      this.options.focus('#ask-answer');
      return;
    }
    this.busy = true;
    this.error = '';
    this.host.requestUpdate();
    try {
      const result = await this.outbox.submit({ questionId: t.question.id, body, question: t.question });
      this.draft.clear();
      this.options.announce(result === 'queued' ? s.answerQueued : s.answerPosted);
      // Focus goes to what was posted; a kept answer leaves it in the composer, with the confirmation.
      if (result === 'queued') this.options.focus('#ask-answer');
      else this.options.focus(`.answer[data-id="${CSS.escape(result.id)}"]`, '#ask-answer');
    } catch (error) {
      this.error = errorMessage(error, this.options.common());
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  private voteButton(kind: VoteTargetKind, item: { id: Id; votes: number; myVote: boolean; author: { id: Id; name: string } }): TemplateResult {
    const s = this.s;
    const target = { kind, id: item.id };
    const shown = this.votes.shown(target, item);
    const own = kind === 'answer' && this.options.user()?.id === item.author.id;
    const ownId = `vote-own-${item.id}`;
    // The name says whose item it is and the count: "Upvote Kwame Mensah's answer, 5 votes".
    return html`<button type="button" class="vote" part="vote" data-vote=${`${kind}:${item.id}`} aria-pressed=${shown.myVote ? 'true' : 'false'}
      aria-disabled=${own ? 'true' : nothing} aria-describedby=${this.votes.describedBy(target, own && ownId)}
      @click=${() => { if (!own) void this.votes.toggle(target, item); }}><span class="visually-hidden">${kind === 'question' ? s.upvoteQuestion : s.upvoteAnswerOf(item.author.name)}, </span><span
      aria-hidden="true">▲</span> <span class="vote-count">${s.votes(shown.votes)}</span></button>
      ${own ? html`<span id=${ownId} class="muted vote-note">${s.ownAnswer}</span>` : nothing}
      ${this.votes.renderNote(target)}`;
  }

  private renderAnswer(a: Answer, q: Question): TemplateResult {
    const s = this.s;
    const { localize, markdown } = this.options;
    return html`<li class="answer ${a.accepted ? 'accepted' : ''}" part="answer${a.accepted ? ' answer-accepted' : ''}" data-id=${a.id} tabindex="-1">
      ${a.accepted ? html`<p class="accepted-mark" part="accepted-mark"><span aria-hidden="true">✓ </span>${s.acceptedMark}</p>` : nothing}
      ${this.content.status({ kind: 'answer', item: a })}
      ${isTombstone(a.moderation, a.body) ? nothing : markdown.render(a.body, 'body')}
      <div class="meta muted">${s.answeredBy(a.author.name)} · ${renderTime(a.createdAt, localize)}</div>
      ${this.content.render({ kind: 'answer', item: a })}
      <div class="actions">
        ${takesVotes(a.moderation) ? this.voteButton('answer', a) : nothing}
        ${this.mayAccept(q) && takesVotes(a.moderation)
          ? html`<button type="button" part="accept" data-accept=${a.id} aria-label=${a.accepted ? s.unacceptAnswer(a.author.name) : s.acceptAnswer(a.author.name)}
              @click=${() => this.accept(a)}>${a.accepted ? s.unaccept : s.accept}</button>`
          : nothing}
        ${this.acceptError?.id === a.id ? html`<span class="field-error" part="error" role="alert">${this.acceptError.text}</span>` : nothing}
      </div>
    </li>`;
  }

  private renderThread(t: QuestionThread): TemplateResult {
    const s = this.s;
    const { localize, markdown } = this.options;
    const q = t.question;
    const removed = isTombstone(q.moderation, q.title);
    const answer = this.draft.value;
    const over = answer.length > LIMITS.body;
    const pending = this.outbox.pending.filter((w) => w.payload.questionId === q.id);
    return html`<article class="question" part="question">
        ${heading(this.options.level(1), removed ? (q.moderation?.by === 'author' ? this.content.s.removedByAuthor : this.content.s.removedByModerator) : q.title,
          { id: 'ask-thread-title', class: 'thread-title', tabindex: -1, dir: 'auto' })}
        ${removed ? nothing : this.content.status({ kind: 'question', item: q })}
        <div class="meta muted">${s.askedBy(q.author.name)} · ${renderTime(q.createdAt, localize)}
          ${q.acceptedAnswerId ? html`· <span class="answered" part="answered-mark"><span aria-hidden="true">✓ </span>${s.answered}</span>` : nothing}</div>
        ${renderTags(q.tags)}
        ${q.body ? markdown.render(q.body, 'body') : nothing}
        ${q.routedTo.length ? html`<p class="muted">${s.routedTo(q.routedTo.map((p) => p.name).join(', '))}</p>` : nothing}
        <div class="actions">${takesVotes(q.moderation) ? this.voteButton('question', q) : nothing}${removed ? nothing : followButton(this.follow)}</div>
        ${this.content.render({ kind: 'question', item: q })}
      </article>
      ${heading(this.options.level(2), s.answers(t.answers.length), { id: 'ask-answers-h' })}
      ${t.answers.length
        ? html`<ol class="answers" part="answers" aria-labelledby="ask-answers-h">${repeat(t.answers, (a) => a.id, (a) => this.renderAnswer(a, q))}</ol>`
        : html`<p class="muted">${s.noAnswers}</p>`}
      ${pending.length
        ? html`<ul class="pending" part="pending">${pending.map((w) => html`<li><span dir="auto">${w.payload.body}</span> <span class="muted">(${s.pendingQuestions})</span></li>`)}</ul>`
        : nothing}
      <form class="answer-composer" part="answer-composer" novalidate @submit=${(e: Event) => this.post(e)}>
        <label for="ask-answer">${s.answerLabel}</label>
        <textarea id="ask-answer" part="answer-input" dir="auto" .value=${answer} aria-invalid=${invalid(over || this.fieldError || this.error)}
          aria-describedby=${describedBy('ask-answer-count', !!this.fieldError && 'ask-answer-error', !!this.error && 'ask-answer-failed')}
          aria-autocomplete="list" aria-controls=${ifDefined(this.mentions.open ? this.mentions.listId : undefined)} aria-activedescendant=${ifDefined(this.mentions.activeId)} @keydown=${this.mentions.onKeydown}
          @input=${(e: Event) => { this.draft.set((e.target as HTMLTextAreaElement).value); this.error = ''; this.fieldError = ''; this.mentions.onInput(e); }}></textarea>
        ${this.mentions.render()}
        <p id="ask-answer-count" class=${over ? 'field-error' : 'muted hint'}>${over ? this.options.common().tooLong(LIMITS.body, answer.length) : nothing}</p>
        ${over ? nothing : fieldError('ask-answer-error', this.fieldError)}
        ${this.error ? html`<p id="ask-answer-failed" class="message error" part="error" role="alert">${this.error}</p>` : nothing}
        <button type="submit" class="primary" part="post-answer" ${busy(this.busy)}>${s.postAnswer}</button>
      </form>`;
  }

  /** The thread view: Back control, then the thread in its loading, error or loaded state. */
  render(): TemplateResult {
    const s = this.s;
    const c = this.options.common();
    return html`<section class="thread" part="thread" aria-labelledby="ask-thread-title">
      <button type="button" class="back" part="back" @click=${() => this.options.back()}><span aria-hidden="true">${this.options.localize.dir === 'rtl' ? '→' : '←'} </span>${s.back}</button>
      ${this.task.render({
        initial: () => html`<p class="message" role="status" id="ask-thread-title">${c.loading}</p>`,
        pending: () => (this.thread && this.thread.question.id === this.options.openId()
          ? this.renderThread(this.thread)
          : html`<p class="message" role="status" id="ask-thread-title">${c.loading}</p>`),
        complete: () => (this.gone ? html`<p class="message" role="status" id="ask-thread-title">${c.errorNotFound}</p>`
          : this.thread ? this.renderThread(this.thread) : nothing),
        error: (error) => html`<div class="message error" role="alert" id="ask-thread-title">${loadErrorMessage(error, c)}
          <button type="button" part="retry" @click=${() => void this.task.run()}>${c.retry}</button></div>`,
      })}
    </section>`;
  }
}

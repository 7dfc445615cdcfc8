import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { addStyles } from '../internal/late-styles.js';
import { pageUrl } from '../internal/page-key.js';
import { LIMITS, area, isFullFeedback, type Adapter, type ChangeEvent, type Feedback, type FeedbackInput } from '@confab/core';
import { commonStrings, type CommonStrings } from '../internal/common.strings.js';
import { errorMessage } from '../internal/error-message.js';
import { DraftController } from '../internal/draft-controller.js';
import { RetryOnlineController } from '../internal/retry-online-controller.js';
import { formatDateTime, formatRelative } from '../internal/format.js';
import type { LocalizeController } from '../internal/localize.js';
import { OutboxController } from '../internal/outbox-controller.js';
import type { ConfabFeedbackSentDetail } from '../events/feedback-events.js';
import type { ConfabFeedback } from './feedback.js';
import type { FeedbackStrings } from './feedback.strings.js';
import { feedbackFlowStrings } from './feedback.flow.strings.js';
import { flowStyles } from './feedback.flow.styles.js';
import { parseReasons, type Reasons } from './reasons.js';
import { ContentActionsController } from '../internal/content-actions.js';

/** What the flow needs of the element's protected members. */
export interface FlowBridge {
  adapter: () => Adapter | undefined;
  localize: LocalizeController;
  emit: (detail: ConfabFeedbackSentDetail) => void;
  /** Says a message through the widget's live region. */
  announce: (message: string) => void;
}

/** The "error" of a comment over the limit, caught before sending. */
const TOO_LONG = Symbol('too-long');

/**
 * Everything of `<confab-feedback>` after the question, loaded lazily when the element connects:
 * the follow-up (reasons, comment, Send/Skip), sending with the offline outbox, the thanks and
 * already-answered views with the owner’s response (live), the summary kept up to date, and error messages.
 */
export class FeedbackFlow implements ReactiveController {
  /** A write is on its way. */
  sending = false;
  /** The error to show: of the last send, a retried send refused for good, or a comment over the limit. */
  error?: unknown;
  /** Just sent: "thanks" rather than "you gave feedback". */
  private justSent = false;
  /** The reader asked to give new feedback over an earlier one. */
  private again = false;
  private lastKey: string;
  private parsed?: { from: unknown[]; value: Reasons };

  private readonly comment: DraftController;
  /** Issue 13: the reader edits or deletes the comment of their own feedback. */
  private readonly content: ContentActionsController;
  private readonly outbox: OutboxController<FeedbackInput, Feedback>;

  constructor(private readonly host: ConfabFeedback, private readonly bridge: FlowBridge) {
    this.lastKey = host.key;
    this.comment = new DraftController(host, () => `feedback:${host.key}:comment`);
    this.outbox = new OutboxController<FeedbackInput, Feedback>(host, {
      storageKey: () => `feedback:${host.key}`,
      send: (input, idempotencyKey) => area(bridge.adapter()!, 'feedback').sendFeedback({ ...input, url: pageUrl() }, { idempotencyKey }),
      delivered: (feedback, input) => this.delivered(feedback, input),
      ready: () => !!bridge.adapter(),
      refused: (error) => this.set(() => (this.error = error)),
    });
    this.content = new ContentActionsController(host, {
      adapter: bridge.adapter,
      // The feedback shown is the reader's own: its author is the reader (authors always receive themselves).
      user: () => { const author = host.mine?.author; return author ? { id: author.id, name: author.name, roles: [] } : null; },
      localize: bridge.localize,
      announce: bridge.announce,
      replaced: (c) => { if (c.kind === 'feedback') this.set(() => (this.host.mine = { ...c.item })); },
      focus: (...selectors) => void host.updateComplete.then(() => {
        for (const selector of selectors) {
          const el = host.renderRoot.querySelector<HTMLElement>(selector);
          if (el) return el.focus();
        }
        host.renderRoot.querySelector<HTMLElement>('#result')?.focus();
      }),
    });
    new RetryOnlineController(host, () => host.status === 'error', () => host.reload());
    host.addController(this);
    addStyles(host, flowStyles);
  }

  hostUpdate(): void {
    if (this.host.key !== this.lastKey) {
      this.lastKey = this.host.key;
      this.justSent = this.again = false;
    }
  }

  private get s(): FeedbackStrings {
    return this.bridge.localize.strings(feedbackFlowStrings, this.host.strings);
  }

  private get c(): CommonStrings {
    return this.bridge.localize.strings(commonStrings);
  }

  /** Changes state and re-renders. */
  private set(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  /** A change in the subject's scope (followed by the host): the response to the reader's feedback, or its moderation. */
  onChange(event: ChangeEvent): void {
    const mine = this.host.mine;
    if (event.type === 'feedback.updated' && mine && event.data.id === mine.id) {
      // The author receives the whole feedback; a stub (never expected here) still carries the state.
      const data = event.data;
      this.host.mine = { ...mine, state: data.state, response: isFullFeedback(data) ? data.response : mine.response };
    } else if (event.type === 'content.updated' && mine && event.data.target.kind === 'feedback' && event.data.target.id === mine.id) {
      const item = event.data.item;
      if (item?.kind === 'feedback') this.host.mine = { ...item.item };
    }
  }

  private reasonList(rating: number): string[] {
    const s = this.s;
    const from = [this.host.reasons, s.reasonsYes, s.reasonsNo];
    if (!this.parsed || this.parsed.from.some((v, i) => v !== from[i])) {
      this.parsed = { from, value: parseReasons(this.host.reasons, { yes: s.reasonsYes, no: s.reasonsNo }) };
    }
    return rating >= 4 ? this.parsed.value.yes : this.parsed.value.no;
  }

  private async send(withDetails: boolean): Promise<void> {
    const { host } = this;
    const rating = host.rating;
    if (rating === null || this.sending || !this.bridge.adapter()) return;
    const comment = withDetails ? this.comment.value.trim() : '';
    if (comment.length > LIMITS.feedbackComment) {
      this.set(() => (this.error = TOO_LONG));
      host.renderRoot.querySelector('textarea')?.focus();
      return;
    }
    this.set(() => {
      this.sending = true;
      this.error = undefined;
    });
    try {
      const result = await this.outbox.submit({
        subject: host.key, variant: host.variant, rating, reason: withDetails ? host.reason : null, comment: comment || null, anonymous: host.anonymous,
      });
      if (result === 'queued') void this.focus('#result');
    } catch (error) {
      this.error = error;
    } finally {
      this.set(() => (this.sending = false));
    }
  }

  private delivered(feedback: Feedback, input: FeedbackInput): void {
    this.host.mine = feedback;
    this.justSent = true;
    this.again = false;
    this.error = undefined;
    this.comment.clear();
    this.host.choice.clear();
    this.host.refreshSummary();
    this.bridge.emit({
      subject: input.subject, variant: input.variant, rating: input.rating, reason: input.reason ?? null, comment: input.comment ?? null, feedback,
    });
    void this.focus('#result');
  }

  private onInput = (e: Event) => {
    if (this.error === TOO_LONG) this.error = undefined;
    this.comment.set((e.target as HTMLTextAreaElement).value);
  };

  private askAgain = () => {
    this.set(() => {
      this.again = true;
      this.justSent = false;
    });
    void this.focus('fieldset button, fieldset input');
  };

  private async focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The load error, with a Retry button. */
  renderError(error: unknown): TemplateResult {
    const c = this.c;
    return html`<p part="message" class="message error" role="alert">${errorMessage(error, c)}</p>
      <button @click=${() => this.host.reload()}>${c.retry}</button>`;
  }

  /** Once loaded: a write kept offline, the earlier feedback, or the question. */
  renderLoaded(): TemplateResult {
    const pending = this.outbox.pending[0];
    if (pending) {
      return html`<div id="result" tabindex="-1">
        <p part="message" class="message" role="status">${this.c.offline}</p>
        ${this.renderSent(pending.payload)}
        <button @click=${() => this.outbox.flush()}>${this.s.sendNow}</button>
      </div>`;
    }
    const mine = this.host.mine;
    return mine && !this.again ? this.renderAnswered(mine) : this.host.renderAsk();
  }

  /** Reasons, comment, Send and Skip after a rating. */
  renderFollowUp(rating: number): TemplateResult {
    const s = this.s;
    const c = this.c;
    const chosen = this.host.reason;
    const reasons = this.reasonList(rating);
    const text = this.comment.value;
    const length = text.trim().length;
    const max = LIMITS.feedbackComment;
    const over = length > max;
    return html`<div part="follow-up" class="follow-up">
      ${reasons.length
        ? html`<fieldset class="reasons" ?disabled=${this.sending}><legend>${s.reasonLabel}</legend>
            ${reasons.map((r) => html`<button part="reason" type="button" aria-pressed=${r === chosen} @click=${() => this.host.choose(rating, r === chosen ? null : r)}>${r}</button>`)}
          </fieldset>`
        : nothing}
      <label for="comment">${s.commentLabel}</label>
      <textarea id="comment" part="comment" aria-describedby="count" aria-invalid=${over} ?readonly=${this.sending}
        .value=${text} @input=${this.onInput}></textarea>
      <p id="count" class=${over ? 'field-error' : 'muted small'}>${over ? c.tooLong(max, length) : c.charactersLeft(max - length)}</p>
      ${this.host.anonymous ? html`<p class="muted small">${s.anonymousNote}</p>` : nothing}
      ${this.error ? html`<p part="message" class="message error" role="alert">${over ? c.tooLong(max, length) : errorMessage(this.error, c)}</p>` : nothing}
      <div class="actions">
        <button part="send" class="primary" aria-disabled=${this.sending} @click=${() => this.send(true)}>${s.send}</button>
        <button part="skip" aria-disabled=${this.sending} @click=${() => this.send(false)}>${s.skip}</button>
      </div>
      <p role="status" class="muted small">${this.sending ? s.sending : ''}</p>
    </div>`;
  }

  private renderSent(f: Pick<FeedbackInput, 'variant' | 'rating' | 'reason' | 'comment'>): TemplateResult {
    const s = this.s;
    return html`<dl part="sent">
      <dt>${s.yourAnswer}</dt><dd>${f.variant === 'stars' ? s.starsValue(f.rating) : f.rating === 5 ? s.yes : s.no}</dd>
      ${f.reason ? html`<dt>${s.reason}</dt><dd>${f.reason}</dd>` : nothing}
      ${f.comment ? html`<dt>${s.comment}</dt><dd class="text">${f.comment}</dd>` : nothing}
    </dl>`;
  }

  private renderAnswered(f: Feedback): TemplateResult {
    const s = this.s;
    const lang = this.bridge.localize.lang;
    const response = f.response;
    return html`<div id="result" tabindex="-1">
        <p class="title">${this.justSent ? s.thanks : s.answered(formatRelative(f.createdAt, lang))}</p>
        ${this.renderSent(f)}
        ${f.comment ? html`${this.content.status({ kind: 'feedback', item: f })}${this.content.render({ kind: 'feedback', item: f })}` : nothing}
        ${f.anonymous ? html`<p class="muted small">${s.anonymousNote}</p>` : nothing}
      </div>
      <div part="response" class="response" role="status">
        ${response
          ? html`<p class="title">${s.responseFrom(response.by.name)}
                <time class="muted small" datetime=${response.at} title=${formatDateTime(lang, response.at)}>${formatRelative(response.at, lang)}</time></p>
              <p class="text">${response.body}</p>`
          : html`<p class="muted small">${s.noResponse}</p>`}
      </div>
      <button class="link" @click=${this.askAgain}>${s.again}</button>
      ${this.host.renderSummary()}`;
  }
}

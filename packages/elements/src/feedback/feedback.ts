import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { area, scopes, type Adapter, type AreaName, type ChangeEvent, type Feedback, type FeedbackSummary, type FeedbackVariant } from '@confab/core';
import { ConfabElement, statusStrings } from '../internal/confab-element.js';
import { DraftController } from '../internal/draft-controller.js';
import { formatNumber } from '../internal/format-number.js';
import { LiveController } from '../internal/live-controller.js';
import { pageKey } from '../internal/page-key.js';
import { buttonStyles, coreThemeStyles, messageStyles, rootStyles, visuallyHiddenStyles } from '../internal/theme.styles.js';
import { feedbackStrings, type FeedbackStrings } from './feedback.strings.js';
import { feedbackStyles } from './feedback.styles.js';
import type { FeedbackFlow } from './feedback.flow.js';
import '../events/feedback-events.js';

/**
 * Asks a reader "Was this page helpful?" (or for 1–5 stars), then offers reason chips and a
 * comment, and later shows the reader the page owner's response to their feedback — live.
 * Feedback typed while offline is kept and sent once the backend is reachable again.
 *
 * Only the question and the summary are loaded with the element; the follow-up, the results and the
 * offline outbox (`feedback.flow.ts`) are loaded when the reader shows intent (a pointer over the
 * widget, focus or a touch inside it, a rating chosen), or at once when the reader's earlier
 * feedback or a restored draft must be shown.
 *
 * @summary Inline feedback prompt whose owner responds.
 *
 * @csspart base - The widget's box.
 * @csspart question - The question (legend of the rating controls).
 * @csspart choice - The "Yes" and "No" buttons.
 * @csspart stars - The star rating group.
 * @csspart stars-value - The chosen rating as text, e.g. "2 of 5 stars".
 * @csspart follow-up - Reasons, comment and actions after a rating.
 * @csspart reason - A reason chip (toggle button).
 * @csspart comment - The comment box.
 * @csspart send - The "Send" button.
 * @csspart skip - The "Skip" button.
 * @csspart sent - What the reader sent (thanks and already-answered states).
 * @csspart response - The owner's response.
 * @csspart summary - The "N of M found this helpful" line.
 * @csspart message - Loading, error and offline messages.
 * @csspart content-status - The moderation line of an item: held, hidden or removed, the reason, "edited".
 * @csspart content-actions - The row of moderation actions under an item (report, edit, remove, hide, restore, earlier versions), for a signed-in reader.
 * @csspart content-action - One button of that row.
 * @csspart content-form - The report, edit, remove or hide form opened from the row.
 * @csspart content-versions - The earlier versions of an item, opened from the row.
 *
 * @cssprop --confab-feedback-star-color - Colour of chosen stars (default: the accent colour).
 * @cssprop --confab-feedback-star-size - Size of a star (default: 1.75rem).
 *
 * @fires confab-feedback-sent - Feedback was stored (also when it was delivered later after being offline). Detail: `{ subject, variant, rating, reason, comment, feedback }`.
 *
 * @example
 * ```html
 * <confab-feedback show-summary reasons="Outdated|Unclear|Missing information"></confab-feedback>
 * <confab-feedback variant="stars" subject="policy:travel" anonymous></confab-feedback>
 * ```
 */
export class ConfabFeedback extends ConfabElement {
  // `static properties` rather than decorators, in every widget: the decorators' runtime and
  // each chunk's helper for them cost ~0.5–1 KB gzip per page (issues 3 and 14). `attribute: false`
  // beside `state: true` keeps the manifest analyzer from listing internal state as attributes.
  static override properties: PropertyDeclarations = {
    subject: {},
    variant: {},
    reasons: {},
    anonymous: { type: Boolean, reflect: true },
    showSummary: { type: Boolean, attribute: 'show-summary' },
    strings: { attribute: false },
    mine: { state: true, attribute: false },
    summary: { state: true, attribute: false },
    flow: { state: true, attribute: false },
  };

  // Only what the question uses: the flow adopts the state tokens (danger, on-accent…), `.muted`
  // and the form styles with its own code.
  static override styles = [coreThemeStyles, rootStyles, buttonStyles, messageStyles, visuallyHiddenStyles, feedbackStyles];

  /** Feedback; `live` (the owner's response arriving) is used when present. */
  static override areas: readonly AreaName[] = ['feedback'];

  /** What the feedback is about; defaults to the page's canonical URL, else its location without query and hash. */
  declare subject?: string;

  /** `helpful` (Yes/No) or `stars` (1–5); anything else falls back to `helpful` with a warning. */
  variant: FeedbackVariant = 'helpful';

  /** Reason chips: `"A|B|C"` sets those after a negative answer, a JSON object `{"yes":[…],"no":[…]}` sets both, `""` shows none. */
  declare reasons?: string;

  /** Send without the reader's name: the owner does not see who sent it. */
  anonymous = false;

  /** Shows "N of M found this helpful" (or the average of the stars) for the subject, following new feedback live. */
  showSummary = false;

  /** Per-instance string overrides, e.g. `{ question: 'Did this answer your question?' }`. */
  declare strings?: Partial<FeedbackStrings>;

  /** @internal The reader's earlier feedback, shared with the flow. */
  mine: Feedback | null = null;
  /** @internal The figures of `show-summary`, shared with the flow. */
  summary: FeedbackSummary | null = null;
  /** @internal The follow-up, results and outbox, once loaded. */
  declare flow?: FeedbackFlow;

  /** @internal The subject in use. */
  get key(): string {
    return this.subject || pageKey();
  }

  /** @internal The chosen rating and reason, kept with the comment so a reload restores the whole form. */
  readonly choice = new DraftController(this, () => `feedback:${this.key}:choice`);

  private flowLoading?: Promise<void>;

  // Data loading deviates from convention 7 (@lit/task) for the size budget of issue 3: Task
  // costs ~590 B min+gzip in the first view, this the few lines it needs here. Same states
  // (initial without an adapter, pending, complete, error), one AbortController per load, aborted
  // when the arguments change and on disconnect. Other widgets keep @lit/task.

  /** @internal Where the load of the reader's earlier feedback (and the summary) stands. */
  status: 'initial' | 'pending' | 'complete' | 'error' = 'initial';
  private loadError?: unknown;
  private loadArgs?: readonly [Adapter | undefined, string, boolean];
  private loadAbort?: AbortController;

  /** @internal Loads the reader's earlier feedback (and the summary) again, aborting a load in flight. */
  async reload(): Promise<void> {
    this.loadAbort?.abort();
    const [adapter, subject, withSummary] = this.loadArgs!;
    if (!adapter) {
      this.status = 'initial';
      return;
    }
    const { signal } = (this.loadAbort = new AbortController());
    this.status = 'pending';
    this.requestUpdate();
    try {
      const feedback = area(adapter, 'feedback');
      const [mine, summary] = await Promise.all([
        feedback.myFeedback(subject, { signal }),
        withSummary ? feedback.feedbackSummary(subject, { signal }) : null,
      ]);
      // Earlier feedback and a restored draft are shown by the flow: then wait for it (it has
      // been loading since the element connected); else the question (and summary) shows at once.
      if (mine || this.rating) await this.loadFlow();
      if (signal.aborted) return;
      this.mine = mine;
      this.summary = summary;
      this.status = 'complete';
    } catch (error: unknown) {
      if (signal.aborted) return; // superseded by a newer load, or disconnected
      await this.loadFlow(); // the error view is part of the flow
      if (signal.aborted) return;
      this.loadError = error;
      this.status = 'error';
    }
    this.requestUpdate();
  }

  constructor() {
    super();
    // The subject's changes: the summary's new feedback, and (once the flow is there) the
    // response to the reader's own. Without either there is nothing to follow.
    new LiveController(this, {
      adapter: () => this.backend,
      scopes: () => (this.showSummary || this.flow ? [scopes.subject(this.key)] : []),
      onChange: (event) => this.onChange(event),
      onReset: () => void this.reload(),
    });
    // Intent to answer loads the follow-up before the rating is chosen, so it is there on the click.
    const intent = (): void => {
      void this.loadFlow();
    };
    for (const type of ['pointerover', 'focusin', 'touchstart'] as const) this.addEventListener(type, intent, { passive: true });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate(); // loads again if a disconnection aborted a load
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.status === 'pending') {
      this.loadAbort?.abort();
      this.loadArgs = undefined;
    }
  }

  private onChange(event: ChangeEvent): void {
    this.flow?.onChange(event);
    this.refreshSummary();
  }

  /** @internal Reloads the summary in place (no loading state); on failure the figures shown stay. */
  refreshSummary(): void {
    const adapter = this.backend;
    if (!this.showSummary || !adapter) return;
    area(adapter, 'feedback').feedbackSummary(this.key).then(
      (summary) => (this.summary = summary),
      (error: unknown) => console.warn('[confab] <confab-feedback> could not refresh the summary:', error),
    );
  }

  /** Loads the follow-up, results and outbox (once), in parallel with the data. */
  private loadFlow(): Promise<void> {
    return (this.flowLoading ??= import('./feedback.flow.js').then(
      ({ FeedbackFlow }) => {
        this.flow = new FeedbackFlow(this, { adapter: () => this.backend, localize: this.localize, emit: (detail) => this.emit('confab-feedback-sent', detail), announce: (message) => this.announce(message) });
      },
      (error: unknown) => {
        this.flowLoading = undefined; // tried again on the next connection or data load
        console.warn('[confab] <confab-feedback> could not load its follow-up:', error);
      },
    ));
  }

  /**
   * Also waits for the lazily loaded flow when the current view needs it (a rating was chosen
   * before it arrived, and "Loading…" stands in for the follow-up meanwhile).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.flow || !this.rating) return done;
    await this.loadFlow();
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant') && this.variant !== 'helpful' && this.variant !== 'stars') {
      console.warn(`[confab] <confab-feedback> has no variant "${this.variant}"; using "helpful".`);
      this.variant = 'helpful';
    }
    const args = [this.backend, this.key, this.showSummary] as const;
    if (!this.loadArgs || args.some((arg, i) => arg !== this.loadArgs![i])) {
      this.loadArgs = args;
      void this.reload();
    }
  }

  /** @internal The chosen rating (from the draft), or null. */
  get rating(): number | null {
    const n = parseInt(this.choice.value, 10);
    return n >= 1 && n <= 5 && (this.variant === 'stars' || n === 1 || n === 5) ? n : null;
  }

  /** @internal The chosen reason (from the draft), or null. */
  get reason(): string | null {
    return this.choice.value.split('\n')[1] || null;
  }

  /** @internal Chooses a rating and reason. */
  choose(rating: number, reason: string | null = null): void {
    this.choice.set(`${rating}\n${reason ?? ''}`);
    if (this.flow) this.flow.error = undefined;
    else void this.loadFlow();
  }

  private loading(): TemplateResult {
    return html`<p part="message" class="message" role="status">${this.localize.strings(statusStrings).loading}</p>`;
  }

  protected override render(): TemplateResult {
    if (!this.backend) return this.renderUnavailable();
    const flow = this.flow;
    return html`<div part="base" class="root" dir=${this.localize.dir}>
      ${this.status === 'complete'
        ? flow?.renderLoaded() ?? this.renderAsk()
        : this.status === 'error'
          ? flow?.renderError(this.loadError) ?? this.loading()
          : this.loading()}
    </div>`;
  }

  /** @internal The question, then the follow-up and the summary. */
  renderAsk(): TemplateResult {
    const s = this.localize.strings(feedbackStrings, this.strings);
    const rating = this.rating;
    const flow = this.flow;
    const stars = this.variant === 'stars';
    return html`<fieldset class="rating" ?disabled=${flow?.sending}>
        <legend part="question" class="title">${stars ? s.starsQuestion : s.question}</legend>
        ${stars
          ? html`<div part="stars" class="stars">${[1, 2, 3, 4, 5].map((n) => html`<input type="radio" name="stars" id="star-${n}" class="visually-hidden"
                .checked=${rating === n} @change=${() => this.choose(n)} /><label for="star-${n}" class=${rating && n <= rating ? 'on' : ''}
                ><span aria-hidden="true">${rating && n <= rating ? '★' : '☆'}</span><span class="visually-hidden">${s.stars(n)}</span></label>`)}</div>
              ${rating ? html`<span part="stars-value" class="stars-value">${s.starsValue(rating)}</span>` : nothing}`
          : [5, 1].map((n) => html`<button part="choice" type="button" aria-pressed=${rating === n} @click=${() => this.choose(n)}>${n > 1 ? s.yes : s.no}</button>`)}
      </fieldset>
      ${rating ? flow?.renderFollowUp(rating) ?? this.loading() : nothing}
      ${this.renderSummary()}`;
  }

  /** @internal "N of M found this helpful" or the average of the stars, with `show-summary`. */
  renderSummary(): TemplateResult | typeof nothing {
    const sum = this.summary;
    if (!this.showSummary || !sum) return nothing;
    const s = this.localize.strings(feedbackStrings, this.strings);
    const text = this.variant === 'stars'
      ? sum.average === null ? s.summaryNone : s.summaryStars(formatNumber(this.localize.lang, sum.average, { maximumFractionDigits: 1 }), sum.starsCount)
      : sum.helpfulCount ? s.summaryHelpful(sum.helpful, sum.helpfulCount) : s.summaryNone;
    return html`<p part="summary" class="summary">${text}</p>`;
  }
}

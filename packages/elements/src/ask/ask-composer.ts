import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { pageUrl } from '../internal/page-key.js';
import { MentionCompletion } from '../internal/mention-completion.js';
import type { LocalizeController } from '../internal/localize.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LIMITS, area, type Adapter, type AskInput, type PersonRef, type Question } from '@confab/core';
import { DraftController } from '../internal/draft-controller.js';
import { OutboxController } from '../internal/outbox-controller.js';
import { LazyModule } from '../internal/lazy-module.js';
import { errorMessage, fieldErrors } from '../internal/error-message.js';
import { busy } from '../internal/busy.js';
import { heading } from '../internal/heading.js';
import { describedBy, fieldError, invalid } from '../internal/field-errors.js';
import type { CommonStrings } from '../internal/common.strings.js';
import type { AskHomeStrings } from './ask.strings.js';
import type { AskSuggestions } from './ask-suggestions.js';

/** Splits a comma-separated tag field ("travel booking, visas") into distinct tags; tags may contain spaces, like skills. */
export function parseTags(text: string | null | undefined): string[] {
  return [...new Set((text ?? '').split(',').map((t) => t.trim().replace(/\s+/g, ' ')).filter(Boolean))];
}

/** What the composer needs from its widget. */
export interface ComposerOptions {
  adapter: () => Adapter | undefined;
  /** Issue 15: for the @mention completion's strings. */
  localize: LocalizeController;
  context: () => string;
  /** The widget's own `tags`: every question asked here carries them. */
  widgetTags: () => string[];
  strings: () => AskHomeStrings;
  common: () => CommonStrings;
  /** Opens a similar question's thread. */
  open: (q: Question) => void;
  /** A question reached the backend (first try or after an offline wait). */
  delivered: (q: Question) => void;
  announce: (message: string) => void;
  /** Moves focus to the first element found, once the widget is rendered. */
  focus: (...selectors: string[]) => void;
  /** The heading level `depth` steps inside the widget. */
  level: (depth: number) => number;
}

/**
 * The "Ask a question" form of `<confab-ask>`: title, details and tags kept as drafts, similar
 * questions and suggested experts looked up while typing (`ask-suggestions.ts`, loaded with the
 * first keystroke), people ticked to notify, and an outbox so a question written offline is sent
 * once when back.
 */
export class AskComposer implements ReactiveController {
  private readonly title: DraftController;
  private readonly body: DraftController;
  /** Issue 15: @mention completion in the details. */
  private readonly mentions: MentionCompletion;
  private readonly tags: DraftController;
  private readonly outbox: OutboxController<AskInput, Question>;
  private error = '';
  private fields: Record<string, string> = {};
  private busy = false;
  /** "Already asked?" and "People who may know", looked up while the question is typed. */
  private readonly suggestCode: LazyModule<typeof import('./ask-suggestions.js')>;
  private suggestions?: AskSuggestions;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: ComposerOptions) {
    this.mentions = new MentionCompletion(host, { adapter: options.adapter, id: 'ask-details', localize: options.localize });
    host.addController(this);
    const key = (field: string) => () => `ask:${options.context()}:${field}`;
    this.title = new DraftController(host, key('title'));
    this.body = new DraftController(host, key('body'));
    this.tags = new DraftController(host, key('tags'));
    this.outbox = new OutboxController<AskInput, Question>(host, {
      storageKey: () => `ask:${options.context()}:questions`,
      ready: () => !!options.adapter(),
      send: (input, idempotencyKey) => area(this.requireAdapter(), 'questions').askQuestion({ ...input, url: pageUrl() }, { idempotencyKey }),
      delivered: (question, _input, fromQueue) => {
        options.delivered(question);
        if (fromQueue) options.announce(options.strings().questionPosted);
      },
      refused: (error) => {
        this.error = errorMessage(error, options.common());
        host.requestUpdate();
      },
    });
    this.suggestCode = new LazyModule(host, () => import('./ask-suggestions.js'), 'the suggestions of <confab-ask>');
  }

  hostConnected(): void {
    if (this.title.value || this.body.value) this.withSuggestions((s) => s.schedule());
  }

  /** Runs `then` on the suggestions, once their code is in. */
  private withSuggestions(then: (suggestions: AskSuggestions) => void): void {
    void this.suggestCode.load().then((code) => {
      if (!code) return;
      this.suggestions ??= new code.AskSuggestions(this.host, {
        ...this.options,
        title: () => this.title.value.trim(),
        text: () => `${this.title.value.trim()}\n${this.body.value}`.trim(),
        tags: () => [...this.options.widgetTags(), ...parseTags(this.tags.value)],
      });
      then(this.suggestions);
    });
  }

  /** `done` at once, or, while the suggestions' code loads, the update after it (for the host's `getUpdateComplete`). */
  whenLoaded(done: boolean, again: () => Promise<boolean>): Promise<boolean> {
    return this.suggestCode.whenLoaded(done, again);
  }

  /** Questions written offline, still waiting to be sent. */
  get pending(): AskInput[] {
    return this.outbox.pending.map((w) => w.payload);
  }

  /** True when `q` is one of the reader's own questions on its way (first try or from the offline queue): not someone else's news. */
  isOwnPending(q: Pick<Question, 'title' | 'context'>): boolean {
    return this.outbox.holds((p) => p.title === q.title && p.context === q.context);
  }

  /** Addresses the question to `person`: listed and ticked under "People who may know". */
  addressTo(person: PersonRef): void {
    this.withSuggestions((s) => s.addressTo(person));
  }

  /** Retries the questions kept offline now (e.g. when the adapter changed). */
  flush(): Promise<void> {
    return this.outbox.flush();
  }

  private requireAdapter(): Adapter {
    const adapter = this.options.adapter();
    if (!adapter) throw new Error('[confab] <confab-ask> has no adapter');
    return adapter;
  }

  private input(draft: DraftController, e: Event): void {
    draft.set((e.target as HTMLInputElement | HTMLTextAreaElement).value);
    this.fields = {};
    this.error = '';
    this.withSuggestions((s) => s.schedule());
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.busy) return;
    const s = this.options.strings();
    const title = this.title.value.trim();
    const c = this.options.common();
    this.fields = {};
    if (!title) this.fields.title = s.titleRequired;
    else if (title.length > LIMITS.title) this.fields.title = c.tooLong(LIMITS.title, title.length);
    if (this.body.value.length > LIMITS.body) this.fields.body = c.tooLong(LIMITS.body, this.body.value.length);
    if (Object.keys(this.fields).length) {
      this.host.requestUpdate();
      this.options.focus('.composer [aria-invalid="true"]');
      return;
    }
    const input: AskInput = {
      context: this.options.context(),
      title,
      body: this.body.value.trim() || undefined,
      tags: [...new Set([...this.options.widgetTags(), ...parseTags(this.tags.value)])],
      notify: this.suggestions?.notified() ?? [],
    };
    this.busy = true;
    this.error = '';
    this.host.requestUpdate();
    try {
      const result = await this.outbox.submit(input);
      this.reset();
      this.options.announce(result === 'queued' ? s.questionQueued : s.questionPosted);
      // Focus goes to the question posted; one kept offline leaves it in the composer, with the confirmation.
      if (result === 'queued') this.options.focus('#ask-title');
      else this.options.focus(`.list [data-open="${CSS.escape(result.id)}"]`, '#ask-title');
    } catch (error) {
      this.error = errorMessage(error, this.options.common());
      this.fields = fieldErrors(error);
      this.options.focus('.composer [aria-invalid="true"]');
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  private reset(): void {
    this.title.clear();
    this.body.clear();
    this.tags.clear();
    this.suggestions?.reset();
  }

  private counter(id: string, length: number, max: number): TemplateResult {
    const c = this.options.common();
    const over = length > max;
    return html`<p id=${id} class=${over ? 'field-error' : 'muted hint'} aria-live=${over ? 'polite' : 'off'}>
      ${over ? c.tooLong(max, length) : max - length <= max * 0.1 ? c.charactersLeft(max - length) : nothing}
    </p>`;
  }


  /** The composer form. */
  render(): TemplateResult {
    const s = this.options.strings();
    const title = this.title.value;
    const body = this.body.value;
    const pending = this.pending;
    return html`<form class="composer" part="composer" aria-labelledby="ask-composer-h" novalidate @submit=${(e: Event) => this.submit(e)}>
      ${heading(this.options.level(1), s.composerHeading, { id: 'ask-composer-h' })}
      <div class="field">
        <label for="ask-title">${s.titleLabel}</label>
        <input id="ask-title" part="title-input" name="title" dir="auto" autocomplete="off" .value=${title}
          aria-invalid=${invalid(this.fields.title || title.length > LIMITS.title)}
          aria-describedby=${describedBy('ask-title-count', !!this.fields.title && 'ask-title-error')}
          @input=${(e: Event) => this.input(this.title, e)} />
        ${this.counter('ask-title-count', title.length, LIMITS.title)}
        ${fieldError('ask-title-error', this.fields.title)}
      </div>
      <div class="field">
        <label for="ask-details">${s.detailsLabel}</label>
        <textarea id="ask-details" part="details-input" dir="auto" name="details" .value=${body}
          aria-invalid=${invalid(this.fields.body || body.length > LIMITS.body)}
          aria-describedby=${describedBy('ask-details-count', !!this.fields.body && 'ask-details-error')}
          aria-autocomplete="list" aria-controls=${ifDefined(this.mentions.open ? this.mentions.listId : undefined)} aria-activedescendant=${ifDefined(this.mentions.activeId)} @keydown=${this.mentions.onKeydown}
          @input=${(e: Event) => { this.input(this.body, e); this.mentions.onInput(e); }}></textarea>
        ${this.mentions.render()}
        ${this.counter('ask-details-count', body.length, LIMITS.body)}
        ${fieldError('ask-details-error', this.fields.body)}
      </div>
      <div class="field">
        <label for="ask-tags">${s.tagsLabel}</label>
        <input id="ask-tags" part="tags-input" name="tags" autocomplete="off" .value=${this.tags.value}
          aria-invalid=${invalid(this.fields.tags)}
          aria-describedby=${describedBy('ask-tags-hint', !!this.fields.tags && 'ask-tags-error')}
          @input=${(e: Event) => this.input(this.tags, e)} />
        <p id="ask-tags-hint" class="muted hint">${s.tagsHint}</p>
        ${fieldError('ask-tags-error', this.fields.tags)}
      </div>
      ${this.suggestions?.render()}
      ${this.error ? html`<p class="message error" part="error" role="alert">${this.error}</p>` : nothing}
      <button type="submit" class="primary" part="ask-button" ${busy(this.busy)}>${s.ask}</button>
      ${pending.length
        ? html`<section class="pending" part="pending" aria-label=${s.pendingQuestions}>
            <p class="message">${s.questionQueued}</p>
            <ul>${pending.map((p) => html`<li><span dir="auto">${p.title}</span> <span class="muted">(${s.pendingQuestions})</span></li>`)}</ul>
          </section>`
        : nothing}
    </form>`;
  }
}

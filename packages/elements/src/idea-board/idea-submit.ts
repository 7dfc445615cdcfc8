import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { pageUrl } from '../internal/page-key.js';
import { MentionCompletion } from '../internal/mention-completion.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LIMITS, area, type Adapter, type Id, type Idea, type IdeaInput } from '@confab/core';
import { DraftController } from '../internal/draft-controller.js';
import { OutboxController } from '../internal/outbox-controller.js';
import { LazyModule } from '../internal/lazy-module.js';
import { errorMessage, fieldErrors } from '../internal/error-message.js';
import type { CommonStrings } from '../internal/common.strings.js';
import type { LocalizeController } from '../internal/localize.js';
import type { IdeaCardStrings } from '../idea-card/idea-card.strings.js';
import type { IdeaBoardStrings } from './idea-board.strings.js';
import { busy } from '../internal/busy.js';
import { heading } from '../internal/heading.js';
import type { SimilarIdeas } from './idea-similar.js';

/** What the submit form needs from its board. */
export interface IdeaSubmitOptions {
  adapter: () => Adapter | undefined;
  /** The board's campaign, or null for ideas without one. */
  campaign: () => Id | null;
  /** An idea of the current user was saved (first try or a retry after being offline). */
  delivered: (idea: Idea) => void;
  /** An idea kept offline was refused for good when retried. */
  refused: (error: unknown) => void;
  /** Says something through the board's live region. */
  announce: (message: string) => void;
  /** Milliseconds to wait after typing before looking for similar ideas. */
  debounce?: number;
}

/** Field errors of the submit form. */
export interface SubmitErrors {
  title?: string;
  body?: string;
  tags?: string;
  form?: string;
}

/** Splits a comma-separated tag list. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];
}

/**
 * The board's submit form: drafts kept per campaign, similar ideas looked up while the title is
 * typed (`idea-similar.ts`, loaded with the first keystrokes), and an outbox so an idea submitted
 * offline is kept and sent once when the connection is back.
 */
export class IdeaSubmitController implements ReactiveController {
  readonly title: DraftController;
  readonly body: DraftController;
  readonly tags: DraftController;
  /** Issue 15: @mention completion in the description. */
  readonly mentions: MentionCompletion;
  readonly outbox: OutboxController<IdeaInput, Idea>;
  errors: SubmitErrors = {};
  posting = false;
  /** Strings for the votes' messages, set by the board before each render. */
  strings?: { s: IdeaBoardStrings; common: CommonStrings };
  /** Similar ideas, looked up while the title is typed: their code loads with the first keystrokes. */
  private readonly similarCode: LazyModule<typeof import('./idea-similar.js')>;
  similar?: SimilarIdeas;
  private checkedKey?: string;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: IdeaSubmitOptions) {
    host.addController(this);
    const key = () => this.key;
    this.similarCode = new LazyModule(host, () => import('./idea-similar.js'), 'the similar ideas of <confab-idea-board>');
    this.title = new DraftController(host, () => `${key()}:title`);
    this.body = new DraftController(host, () => `${key()}:description`);
    this.tags = new DraftController(host, () => `${key()}:tags`);
    this.mentions = new MentionCompletion(host, { adapter: options.adapter, id: 'idea-description' });
    this.outbox = new OutboxController<IdeaInput, Idea>(host, {
      storageKey: key,
      ready: () => !!options.adapter(),
      send: (input, idempotencyKey) => area(options.adapter()!, 'ideas').submitIdea({ ...input, url: pageUrl() }, { idempotencyKey }),
      delivered: (idea) => options.delivered(idea),
      refused: (error) => options.refused(error),
    });
  }

  /** Where this campaign's drafts, outbox and votes on similar ideas are kept. */
  get key(): string {
    return `idea-board:${this.options.campaign() ?? 'none'}`;
  }

  hostUpdate(): void {
    // Votes on similar ideas cast offline on an earlier visit are sent without waiting for a keystroke.
    const key = this.key;
    if (this.similar || key === this.checkedKey) return;
    this.checkedKey = key;
    if (OutboxController.holds(`${key}:votes`)) this.withSimilar(() => {});
  }

  /** Runs `then` on the similar ideas, once their code is in. */
  private withSimilar(then: (similar: SimilarIdeas) => void): void {
    void this.similarCode.load().then((code) => {
      if (!code) return;
      then((this.similar ??= new code.SimilarIdeas(this.host, this, this.options)));
    });
  }

  /** The signed-in reader's id (null: unknown or signed out), set by the board. */
  viewerId: Id | null = null;

  /** Keeps the title draft and looks for similar ideas after a pause in typing. */
  typeTitle(text: string): void {
    this.title.set(text);
    if (this.errors.title && text.trim()) this.errors = { ...this.errors, title: undefined };
    if (text.trim().length >= 3) return this.withSimilar((s) => s.schedule());
    this.similar?.clear();
    this.host.requestUpdate();
  }

  /** True when `idea` is the reader's own, on its way (first try or from the offline queue). */
  isOwn(idea: Pick<Idea, 'title' | 'campaignId'>): boolean {
    return this.outbox.holds((p) => p.title === idea.title && (p.campaign ?? null) === (idea.campaignId ?? null));
  }

  /** Applies a live vote count to a similar idea. */
  liveVote(id: Id, votes: number): void {
    this.similar?.liveVote(id, votes);
  }

  /** Validates and submits. Resolves with what happened; `errors` says what to fix. */
  async submit(s: IdeaBoardStrings, common: CommonStrings): Promise<'submitted' | 'queued' | 'invalid' | 'failed'> {
    if (this.posting) return 'invalid';
    const title = this.title.value.trim();
    const body = this.body.value.trim();
    const tags = parseTags(this.tags.value);
    const errors: SubmitErrors = {};
    if (!title) errors.title = s.titleRequired;
    else if (title.length > LIMITS.title) errors.title = common.tooLong(LIMITS.title, title.length);
    if (body.length > LIMITS.body) errors.body = common.tooLong(LIMITS.body, body.length);
    if (tags.length > LIMITS.tags) errors.tags = s.tooManyTags(LIMITS.tags);
    else if (tags.some((t) => t.length > LIMITS.tag)) errors.tags = common.tooLong(LIMITS.tag, Math.max(...tags.map((t) => t.length)));
    this.errors = errors;
    if (Object.keys(errors).length) {
      this.host.requestUpdate();
      return 'invalid';
    }
    this.posting = true;
    this.host.requestUpdate();
    try {
      const result = await this.outbox.submit({ campaign: this.options.campaign(), title, body, tags });
      this.title.clear();
      this.body.clear();
      this.tags.clear();
      this.similar?.clear();
      return result === 'queued' ? 'queued' : 'submitted';
    } catch (error) {
      const fields = fieldErrors(error);
      this.errors = Object.keys(fields).length
        ? { title: fields.title, body: fields.body, tags: fields.tags, form: fields.title || fields.body || fields.tags ? undefined : errorMessage(error, common) }
        : { form: errorMessage(error, common) };
      return 'failed';
    } finally {
      this.posting = false;
      this.host.requestUpdate();
    }
  }
}

/** Renders the submit form with its similar ideas and the ideas waiting to be sent. */
export function renderSubmitForm(
  c: IdeaSubmitController,
  s: IdeaBoardStrings,
  cs: IdeaCardStrings,
  common: CommonStrings,
  localize: LocalizeController,
  onSubmit: (e: Event) => void,
  level: (depth: number) => number = (d) => 2 + d,
): TemplateResult {
  const title = c.title.value;
  const e = c.errors;
  const field = (id: string, error: string | undefined, hint?: string) => html`<div id=${`${id}-help`}>
    ${error ? html`<p class="field-error">${error}</p>` : nothing}${hint ? html`<p class="hint muted">${hint}</p>` : nothing}</div>`;
  const pending = c.outbox.pending;
  c.strings = { s, common };
  return html`<form part="form" class="form" @submit=${onSubmit} novalidate aria-labelledby="form-heading">
    ${heading(level(1), s.formHeading, { id: 'form-heading' })}
    <div>
      <label for="idea-title">${s.titleLabel}</label>
      <input id="idea-title" name="title" autocomplete="off" maxlength=${LIMITS.title} .value=${title}
        aria-invalid=${e.title ? 'true' : 'false'} aria-describedby="idea-title-help"
        @input=${(ev: Event) => c.typeTitle((ev.target as HTMLInputElement).value)} />
      ${field('idea-title', e.title, common.charactersLeft(Math.max(0, LIMITS.title - title.length)))}
    </div>
    <div>
      <label for="idea-description">${s.descriptionLabel}</label>
      <textarea id="idea-description" name="description" maxlength=${LIMITS.body} .value=${c.body.value}
        aria-invalid=${e.body ? 'true' : 'false'} aria-describedby="idea-description-help"
        aria-autocomplete="list" aria-controls=${ifDefined(c.mentions.open ? c.mentions.listId : undefined)} aria-activedescendant=${ifDefined(c.mentions.activeId)} @keydown=${c.mentions.onKeydown}
        @input=${(ev: Event) => { c.body.set((ev.target as HTMLTextAreaElement).value); c.mentions.onInput(ev); }}></textarea>
      ${c.mentions.render(localize)}
      ${field('idea-description', e.body, s.descriptionHint)}
    </div>
    <div>
      <label for="idea-tags">${s.tagsLabel}</label>
      <input id="idea-tags" name="tags" autocomplete="off" .value=${c.tags.value}
        aria-invalid=${e.tags ? 'true' : 'false'} aria-describedby="idea-tags-help"
        @input=${(ev: Event) => c.tags.set((ev.target as HTMLInputElement).value)} />
      ${field('idea-tags', e.tags, s.tagsHint)}
    </div>
    ${c.similar?.render(s, cs, localize, level) ?? nothing}
    ${e.form ? html`<p class="message error" role="alert">${e.form}</p>` : nothing}
    <div class="row"><button class="primary" type="submit" ${busy(c.posting)}>${s.submit}</button></div>
    ${pending.length ? html`<div part="pending">${heading(level(2), s.pendingHeading)}
      <ul>${pending.map((p) => html`<li><span dir="auto">${p.payload.title}</span> <span class="muted">(${common.queued})</span></li>`)}</ul></div>` : nothing}
  </form>`;
}

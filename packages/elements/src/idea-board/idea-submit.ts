import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LIMITS, area, isConfabError, type Adapter, type Id, type Idea, type IdeaInput } from '@confab/core';
import { DraftController } from '../internal/draft-controller.js';
import { OutboxController } from '../internal/outbox-controller.js';
import { LookupController } from '../internal/lookup-controller.js';
import { errorMessage, fieldErrors } from '../internal/error-message.js';
import type { CommonStrings } from '../internal/common.strings.js';
import type { LocalizeController } from '../internal/localize.js';
import type { IdeaCardStrings } from '../idea-card/idea-card.strings.js';
import type { IdeaBoardStrings } from './idea-board.strings.js';
import { formatNumber } from '../internal/format.js';

/** What the submit form needs from its board. */
export interface IdeaSubmitOptions {
  adapter: () => Adapter | undefined;
  /** The board's campaign, or null for ideas without one. */
  campaign: () => Id | null;
  /** An idea of the current user was saved (first try or a retry after being offline). */
  delivered: (idea: Idea) => void;
  /** An idea kept offline was refused for good when retried. */
  refused: (error: unknown) => void;
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
 * typed (debounced; a stale look-up is aborted), and an outbox so an idea submitted offline is
 * kept and sent once when the connection is back.
 */
export class IdeaSubmitController {
  readonly title: DraftController;
  readonly body: DraftController;
  readonly tags: DraftController;
  readonly outbox: OutboxController<IdeaInput, Idea>;
  errors: SubmitErrors = {};
  posting = false;
  similar: Idea[] = [];
  /** Message about a vote cast on a similar idea. */
  similarNotice = '';
  /** Similar ideas, looked up while the title is typed. */
  private readonly similarLookup: LookupController<Idea[]>;
  private voting = new Set<Id>();

  constructor(private readonly host: ReactiveControllerHost, private readonly options: IdeaSubmitOptions) {
    const key = () => `idea-board:${options.campaign() ?? 'none'}`;
    this.title = new DraftController(host, () => `${key()}:title`);
    this.body = new DraftController(host, () => `${key()}:description`);
    this.tags = new DraftController(host, () => `${key()}:tags`);
    this.outbox = new OutboxController<IdeaInput, Idea>(host, {
      storageKey: key,
      ready: () => !!options.adapter(),
      send: (input, idempotencyKey) => area(options.adapter()!, 'ideas').submitIdea(input, { idempotencyKey }),
      delivered: (idea) => options.delivered(idea),
      refused: (error) => options.refused(error),
    });
    this.similarLookup = new LookupController(host, {
      delay: options.debounce ?? 250,
      run: (signal) => {
        const adapter = options.adapter();
        return adapter ? area(adapter, 'ideas').similarIdeas(this.title.value, { campaign: options.campaign(), limit: 5 }, { signal }) : Promise.resolve([]);
      },
      done: (ideas) => (this.similar = ideas),
      failed: (error) => {
        // Suggestions are a help, not a requirement: without them (e.g. offline) the form still works.
        if (!isConfabError(error) || error.code !== 'unavailable') console.warn('[confab] similar ideas could not be loaded', error);
        this.similar = [];
      },
    });
  }

  /** Keeps the title draft and looks for similar ideas after a pause in typing. */
  typeTitle(text: string): void {
    this.title.set(text);
    if (this.errors.title && text.trim()) this.errors = { ...this.errors, title: undefined };
    if (text.trim().length >= 3) return this.similarLookup.schedule();
    this.similarLookup.cancel();
    this.similar = [];
    this.host.requestUpdate();
  }

  /** Toggles the current user's vote on a similar idea, optimistically. */
  async vote(idea: Idea, s: IdeaBoardStrings, common: CommonStrings): Promise<void> {
    const adapter = this.options.adapter();
    if (!adapter || this.voting.has(idea.id)) return;
    const on = !idea.myVote;
    const patch = (votes: number, myVote: boolean) => {
      this.similar = this.similar.map((i) => (i.id === idea.id ? { ...i, votes, myVote } : i));
      this.host.requestUpdate();
    };
    this.voting.add(idea.id);
    this.similarNotice = '';
    patch(idea.votes + (on ? 1 : -1), on);
    try {
      const state = await area(adapter, 'votes').setVote({ kind: 'idea', id: idea.id }, on);
      patch(state.votes, state.myVote);
    } catch (error) {
      patch(idea.votes, idea.myVote);
      this.similarNotice = s.voteRefused(errorMessage(error, common));
    } finally {
      this.voting.delete(idea.id);
    }
  }

  /** Applies a live vote count to a similar idea. */
  liveVote(id: Id, votes: number): void {
    if (!this.similar.some((i) => i.id === id)) return;
    this.similar = this.similar.map((i) => (i.id === id ? { ...i, votes } : i));
    this.host.requestUpdate();
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
      this.similar = [];
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
): TemplateResult {
  const title = c.title.value;
  const e = c.errors;
  const field = (id: string, error: string | undefined, hint?: string) => html`<div id=${`${id}-help`}>
    ${error ? html`<p class="field-error">${error}</p>` : nothing}${hint ? html`<p class="hint muted">${hint}</p>` : nothing}</div>`;
  const pending = c.outbox.pending;
  return html`<form part="form" class="form" @submit=${onSubmit} novalidate aria-labelledby="form-heading">
    <h3 id="form-heading">${s.formHeading}</h3>
    <div>
      <label for="idea-title">${s.titleLabel}</label>
      <input id="idea-title" name="title" autocomplete="off" maxlength=${LIMITS.title} .value=${title}
        aria-invalid=${e.title ? 'true' : 'false'} aria-describedby="idea-title-help"
        @input=${(ev: Event) => c.typeTitle((ev.target as HTMLInputElement).value)} />
      ${field('idea-title', e.title, common.charactersLeft(Math.max(0, LIMITS.title - title.length)))}
    </div>
    <div role="status" class="visually-hidden">${c.similar.length ? s.similarFound(c.similar.length) : ''}</div>
    ${c.similar.length ? html`<section class="similar" part="similar" aria-labelledby="similar-heading">
      <h4 id="similar-heading">${s.similarHeading}</h4>
      <p class="hint muted">${s.similarHint}</p>
      <ul>${c.similar.map((idea) => html`<li>
        <span class="similar-title" dir="auto">${idea.title}</span>
        <span class="chip">${cs.status[idea.status]}</span>
        <button type="button" class="vote" aria-pressed=${idea.myVote ? 'true' : 'false'} title=${s.votes(idea.votes)}
          @click=${() => void c.vote(idea, s, common)}><span class="visually-hidden">${s.voteFor(idea.title)}, </span><span
          aria-hidden="true">▲</span><span class="count">${formatNumber(localize.lang, idea.votes)}</span></button>
      </li>`)}</ul>
      ${c.similarNotice ? html`<p class="message error" role="alert">${c.similarNotice}</p>` : nothing}
    </section>` : nothing}
    <div>
      <label for="idea-description">${s.descriptionLabel}</label>
      <textarea id="idea-description" name="description" maxlength=${LIMITS.body} .value=${c.body.value}
        aria-invalid=${e.body ? 'true' : 'false'} aria-describedby="idea-description-help"
        @input=${(ev: Event) => c.body.set((ev.target as HTMLTextAreaElement).value)}></textarea>
      ${field('idea-description', e.body, s.descriptionHint)}
    </div>
    <div>
      <label for="idea-tags">${s.tagsLabel}</label>
      <input id="idea-tags" name="tags" autocomplete="off" .value=${c.tags.value}
        aria-invalid=${e.tags ? 'true' : 'false'} aria-describedby="idea-tags-help"
        @input=${(ev: Event) => c.tags.set((ev.target as HTMLInputElement).value)} />
      ${field('idea-tags', e.tags, s.tagsHint)}
    </div>
    ${e.form ? html`<p class="message error" role="alert">${e.form}</p>` : nothing}
    <div class="row"><button class="primary" type="submit" aria-busy=${c.posting ? 'true' : 'false'}>${s.submit}</button></div>
    ${pending.length ? html`<div part="pending"><h4>${s.pendingHeading}</h4>
      <ul>${pending.map((p) => html`<li><span dir="auto">${p.payload.title}</span> <span class="muted">(${common.queued})</span></li>`)}</ul></div>` : nothing}
  </form>`;
}

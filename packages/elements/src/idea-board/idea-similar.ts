/**
 * The similar ideas under the board's submit form, loaded with the title's first keystrokes (or
 * at once when votes on them, cast offline, still wait to be sent) (issue 14): looked up while
 * the title is typed (debounced; a stale look-up is aborted), each with its vote toggle (votes
 * queued offline, messages beside the toggle).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { area, isConfabError, type Id, type Idea } from '@confab/core';
import { LookupController } from '../internal/lookup-controller.js';
import { VoteController } from '../internal/vote-controller.js';
import { formatNumber } from '../internal/format.js';
import { heading } from '../internal/heading.js';
import type { LocalizeController } from '../internal/localize.js';
import type { IdeaCardStrings } from '../idea-card/idea-card.strings.js';
import type { IdeaBoardStrings } from './idea-board.strings.js';
import type { IdeaSubmitController, IdeaSubmitOptions } from './idea-submit.js';

/** The similar ideas of one submit form. */
export class SimilarIdeas {
  ideas: Idea[] = [];
  /** Votes on similar ideas: queued offline, messages beside the toggle. */
  readonly votes: VoteController;
  private readonly lookup: LookupController<Idea[]>;

  constructor(private readonly host: ReactiveControllerHost, private readonly form: IdeaSubmitController, options: IdeaSubmitOptions) {
    this.votes = new VoteController(host, {
      adapter: options.adapter,
      storageKey: () => form.key,
      common: () => form.strings!.common,
      apply: (state) => {
        this.ideas = this.ideas.map((i) => (i.id === state.id ? { ...i, votes: state.votes, myVote: state.myVote } : i));
        host.requestUpdate();
      },
      announce: options.announce,
      refused: (reason) => form.strings!.s.voteRefused(reason),
    });
    this.lookup = new LookupController(host, {
      delay: options.debounce ?? 250,
      run: (signal) => {
        const adapter = options.adapter();
        return adapter ? area(adapter, 'ideas').similarIdeas(form.title.value, { campaign: options.campaign(), limit: 5 }, { signal }) : Promise.resolve([]);
      },
      done: (ideas) => {
        const before = this.ideas.map((i) => i.id).join();
        this.ideas = ideas;
        if (ideas.length && ideas.map((i) => i.id).join() !== before) options.announce(form.strings?.s.similarFound(ideas.length) ?? '');
      },
      failed: (error) => {
        // Suggestions are a help, not a requirement: without them (e.g. offline) the form still works.
        if (!isConfabError(error) || error.code !== 'unavailable') console.warn('[confab] similar ideas could not be loaded', error);
        this.ideas = [];
      },
    });
  }

  /** Looks for similar ideas after a pause in typing. */
  schedule(): void {
    this.lookup.schedule();
  }

  /** Forgets the ideas shown (the title got short, or the idea was sent). */
  clear(): void {
    this.lookup.cancel();
    this.ideas = [];
    this.host.requestUpdate();
  }

  /** Applies a live vote count to a similar idea. */
  liveVote(id: Id, votes: number): void {
    if (!this.ideas.some((i) => i.id === id)) return;
    this.ideas = this.ideas.map((i) => (i.id === id ? { ...i, votes } : i));
    this.host.requestUpdate();
  }

  /** The vote toggle of a similar idea, with its message beside it; the reader's own idea says why it takes no vote. */
  private renderVote(idea: Idea, s: IdeaBoardStrings, cs: IdeaCardStrings, localize: LocalizeController): TemplateResult {
    const target = { kind: 'idea' as const, id: idea.id };
    const shown = this.votes.shown(target, idea);
    const viewer = this.form.viewerId;
    const own = viewer !== null && viewer === idea.author.id;
    const ownId = `similar-own-${idea.id}`;
    return html`<button type="button" class="vote" aria-pressed=${shown.myVote ? 'true' : 'false'} title=${s.votes(shown.votes)}
        aria-disabled=${own ? 'true' : nothing} aria-describedby=${this.votes.describedBy(target, own && ownId)}
        @click=${() => { if (!own) void this.votes.toggle(target, idea); }}><span class="visually-hidden">${s.voteFor(idea.title)}, </span><span
        aria-hidden="true">▲</span><span class="count">${formatNumber(localize.lang, shown.votes)}</span></button>
      ${own ? html`<span id=${ownId} class="muted vote-note">${cs.ownIdea}</span>` : nothing}
      ${this.votes.renderNote(target)}`;
  }

  /** The "Similar ideas" section, or nothing. */
  render(s: IdeaBoardStrings, cs: IdeaCardStrings, localize: LocalizeController, level: (depth: number) => number): TemplateResult | typeof nothing {
    if (!this.ideas.length) return nothing;
    return html`<section class="similar" part="similar" aria-labelledby="similar-heading">
      ${heading(level(2), s.similarHeading, { id: 'similar-heading' })}
      <p class="hint muted">${s.similarHint}</p>
      <ul>${this.ideas.map((idea) => html`<li>
        <span class="similar-title" dir="auto">${idea.title}</span>
        <span class="chip">${cs.status[idea.status]}</span>
        ${this.renderVote(idea, s, cs, localize)}
      </li>`)}</ul>
    </section>`;
  }
}

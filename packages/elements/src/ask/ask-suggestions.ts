/**
 * "Already asked?" and "People who may know" of the ask composer, loaded with the asker's first
 * keystroke (issue 14): looked up while the question is typed (debounced, stale requests
 * aborted), and people ticked to be notified.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { area, type PersonRef, type Question, type RankedPerson } from '@confab/core';
import { LookupController } from '../internal/lookup-controller.js';
import { errorMessage } from '../internal/error-message.js';
import { heading } from '../internal/heading.js';
import { openOnPlainClick, questionHref } from './ask-route.js';
import type { ComposerOptions } from './ask-composer.js';

/** Milliseconds of quiet typing before "Already asked?" and "People who may know" are looked up. */
const SUGGEST_DEBOUNCE_MS = 250;

/** What the suggestions read from the composer's draft, beside the composer's own options. */
export interface SuggestionOptions extends ComposerOptions {
  title: () => string;
  /** Title and details. */
  text: () => string;
  /** The widget's tags and the draft's. */
  tags: () => string[];
}

type Found = { similar: Question[]; ranked: RankedPerson[] } | null;

/** The suggestions under the composer's fields. */
export class AskSuggestions {
  private similar: Question[] = [];
  private experts: PersonRef[] = [];
  private readonly notify = new Set<string>();
  private error = '';
  private readonly lookup: LookupController<Found>;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: SuggestionOptions) {
    this.lookup = new LookupController(host, {
      delay: SUGGEST_DEBOUNCE_MS,
      run: (signal) => this.suggest(signal),
      done: (found) => this.show(found),
      failed: (error) => (this.error = errorMessage(error, options.common())),
    });
  }

  /** Looks up again after a pause in typing. */
  schedule(): void {
    this.lookup.schedule();
  }

  /** Lists `person` under "People who may know", ticked. */
  addressTo(person: PersonRef): void {
    if (!this.experts.some((p) => p.id === person.id)) this.experts = [person, ...this.experts];
    this.notify.add(person.id);
    this.host.requestUpdate();
  }

  /** The ids of the people ticked to be notified. */
  notified(): string[] {
    return this.experts.filter((p) => this.notify.has(p.id)).map((p) => p.id);
  }

  /** Clears everything (the question was sent). */
  reset(): void {
    this.notify.clear();
    this.similar = [];
    this.experts = [];
    this.lookup.cancel();
  }

  /** Looks up similar questions and (when the adapter offers `people`) experts for the draft; null when there is nothing to look up. */
  private async suggest(signal: AbortSignal): Promise<Found> {
    const adapter = this.options.adapter();
    const title = this.options.title();
    const text = this.options.text();
    const tags = this.options.tags();
    if (!adapter || (!text && !tags.length)) return null;
    const [similar, ranked] = await Promise.all([
      title ? area(adapter, 'questions').similarQuestions(title, { context: this.options.context(), limit: 5 }, { signal }) : Promise.resolve([]),
      adapter.people ? adapter.people.suggestExperts({ text, tags, limit: 5 }, { signal }) : Promise.resolve([]),
    ]);
    return { similar, ranked };
  }

  /** Shows what was found, keeping experts the asker already ticked. */
  private show(found: Found): void {
    const ranked = found?.ranked ?? [];
    const before = this.similar.map((q) => q.id).join();
    this.similar = found?.similar ?? [];
    // Announced as the idea board does, and only when what is suggested changed.
    if (this.similar.length && this.similar.map((q) => q.id).join() !== before) this.options.announce(this.options.strings().similarFound(this.similar.length));
    const ticked = this.experts.filter((p) => this.notify.has(p.id) && !ranked.some((r) => r.person.id === p.id));
    this.experts = [...ticked, ...ranked.map((r) => ({ id: r.person.id, name: r.person.name }))];
    this.error = '';
  }

  private toggle(id: string, on: boolean): void {
    if (on) this.notify.add(id);
    else this.notify.delete(id);
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    const s = this.options.strings();
    return html`
      ${this.similar.length
        ? html`<section class="similar" part="similar" aria-labelledby="ask-similar-h">
            ${heading(this.options.level(2), s.similarHeading, { id: 'ask-similar-h' })}
            <ul>${repeat(this.similar, (q) => q.id, (q) => html`<li>
              <a class="link" dir="auto" href=${questionHref(q.id)} @click=${(e: MouseEvent) => openOnPlainClick(e, () => this.options.open(q))}>${q.title}</a>
              <span class="muted">· ${s.answers(q.answerCount)}${q.acceptedAnswerId ? html` · ${s.answered}` : nothing}</span>
            </li>`)}</ul>
          </section>`
        : nothing}
      ${this.experts.length
        ? html`<fieldset class="experts" part="experts">
            <legend>${s.expertsHeading}</legend>
            <ul>${repeat(this.experts, (p) => p.id, (p) => html`<li class="expert">
              <input type="checkbox" id=${`ask-notify-${p.id}`} .checked=${this.notify.has(p.id)}
                @change=${(e: Event) => this.toggle(p.id, (e.target as HTMLInputElement).checked)} />
              <label for=${`ask-notify-${p.id}`}>${s.notify(p.name)}</label>
              <confab-expert-badge person=${p.id} compact></confab-expert-badge>
            </li>`)}</ul>
          </fieldset>`
        : nothing}
      ${this.error ? html`<p class="muted">${this.error}</p>` : nothing}`;
  }
}

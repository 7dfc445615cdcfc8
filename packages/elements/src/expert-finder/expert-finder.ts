import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { LIMITS, area, type Adapter, type AreaName, type ExpertReason, type Page, type RankedPerson } from '@confab/core';
import { RetryOnlineController } from '../internal/retry-online-controller.js';
import { ShowMoreController } from '../internal/show-more.js';
import { ConfabElement } from '../internal/confab-element.js';
import { themeStyles, baseStyles } from '../internal/widget.styles.js';
import { commonStrings } from '../internal/common.strings.js';
import { errorMessage, isOffline } from '../internal/error-message.js';
import { storePerson } from '../internal/people-loader.js';
import '../events/expert-events.js';
import { expertFinderStrings, type ExpertFinderStrings } from './expert-finder.strings.js';
import { expertFinderStyles } from './expert-finder.styles.js';

/** How long typing must pause before the search runs. */
export const SEARCH_DEBOUNCE_MS = 300;
const DEFAULT_LIMIT = 10;


/** The search in force: a skill (exact) and/or free text. */
interface Search {
  skill: string;
  query: string;
}

/**
 * Finds people by skill or topic, ranked by evidence (accepted answers and endorsements in the
 * matching skills, then declared skills — `rankExperts`, applied by the adapter). Each result is
 * an expert badge with the reason it ranks, e.g. "8 endorsements for Kubernetes".
 *
 * @summary Search people by skill or topic, ranked by evidence.
 *
 * @csspart form - The search form.
 * @csspart label - The search box's label.
 * @csspart input - The search box.
 * @csspart search-button - The "Search" button.
 * @csspart status - The hint, "Searching…", result count or "No experts found" line.
 * @csspart results - The list of results.
 * @csspart result - One result: a badge and its reason.
 * @csspart reason - Why a person ranks.
 * @csspart more - The "Show more" button.
 * @csspart error - An error message.
 * @csspart retry - The retry button after an error.
 *
 * @cssprop --confab-expert-finder-gap - Space between results (default: the theme spacing).
 *
 * @fires confab-ask-expert - From a result's profile card: "Ask <first name>" was chosen; detail `{ person }`.
 * @fires confab-endorsed - From a result's profile card: a skill was endorsed or the endorsement withdrawn.
 *
 * @example
 * ```html
 * <confab-expert-finder skill="Kubernetes"></confab-expert-finder>
 * ```
 */
export class ConfabExpertFinder extends ConfabElement {
  static override styles = [themeStyles, baseStyles, expertFinderStyles];
  /** People search. */
  static override areas: readonly AreaName[] = ['people'];

  static override properties: PropertyDeclarations = {
    skill: { reflect: true },
    query: { reflect: true },
    limit: { type: Number },
    strings: { attribute: false },
    text: { state: true, attribute: false },
    search: { state: true, attribute: false },
    moreResults: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** Searches for this skill (exact name, ignoring case) as soon as the finder shows. */
  skill = '';

  /** Searches for this free text (names, titles, departments, skills) as soon as the finder shows. */
  query = '';

  /** Results per page, 1–100 (default 10); "Show more" loads the next page. */
  limit = DEFAULT_LIMIT;

  /** Per-instance overrides of the finder's strings. */
  strings?: Partial<ExpertFinderStrings>;

  private text = '';
  private search: Search | null = null;
  /** The results "Show more" brought, after the first page's. */
  private moreResults: RankedPerson[] = [];
  private announcement = '';

  private debounce?: ReturnType<typeof setTimeout>;

  /** "Show more": says how many it brought, and focus moves to the first of them (never to the page). */
  private readonly more = new ShowMoreController<RankedPerson>(this, {
    fetch: async (cursor, signal) => {
      const people = area(this.backend!, 'people');
      const search = this.search!;
      const page = await people.searchPeople({ skill: search.skill || undefined, query: search.query || undefined, limit: this.pageSize, cursor }, { signal });
      storePerson(people, ...page.items.map((r) => r.person));
      return page;
    },
    items: () => this.moreResults,
    key: (r) => r.person.id,
    set: (results) => { this.moreResults = results; },
    shown: (fresh, first) => {
      this.announcement = this.s.more(fresh.length);
      const before = (this.task.value as Page<RankedPerson> | undefined)?.items.length ?? 0;
      void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('confab-expert-badge')[before + first]?.focus());
    },
  });

  private readonly task = new Task(this, {
    task: async ([adapter, skill, query, limit]: readonly [Adapter | undefined, string, string, number], { signal }) => {
      if (!adapter || (!skill && !query)) return initialState;
      const people = area(adapter, 'people');
      const page = await people.searchPeople({ skill: skill || undefined, query: query || undefined, limit }, { signal });
      storePerson(people, ...page.items.map((r) => r.person));
      return page;
    },
    args: () => [this.backend, this.search?.skill ?? '', this.search?.query ?? '', this.pageSize] as const,
    onComplete: (page: Page<RankedPerson>) => {
      this.moreResults = [];
      this.more.reset(page.nextCursor);
      this.announcement = '';
    },
  });

  constructor() {
    super();
    new RetryOnlineController(this, () => this.task.status === TaskStatus.ERROR, () => this.task.run());
  }

  private get pageSize(): number {
    const n = Math.floor(this.limit);
    return Number.isFinite(n) && n >= 1 && n <= LIMITS.pageSize ? n : DEFAULT_LIMIT;
  }

  private get s(): ExpertFinderStrings {
    return this.localize.strings(expertFinderStrings, this.strings);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('limit') && this.pageSize !== this.limit) {
      console.warn(`[confab] <confab-expert-finder> limit="${this.limit}" is not a whole number from 1 to ${LIMITS.pageSize}; using ${DEFAULT_LIMIT}.`);
    }
    if (changed.has('skill') || changed.has('query')) {
      const skill = this.skill.trim().slice(0, LIMITS.query);
      const query = this.query.trim().slice(0, LIMITS.query);
      this.text = query || skill;
      this.search = skill || query ? { skill, query } : null;
      this.resetMore();
    }
  }

  /** The status line said last, so each change is said once through the one live region. */
  private said = '';

  protected override updated(): void {
    // The status line changes with the state (searching, found, none, more shown); the base
    // class's single live region says it, instead of a new live region per state.
    const text = this.search ? this.renderRoot.querySelector('[part="status"]')?.textContent?.trim() ?? '' : '';
    if (text !== this.said) {
      this.said = text;
      if (text) this.announce(text);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.debounce);
  }

  private resetMore(): void {
    this.moreResults = [];
    this.more.reset(null);
  }

  private onInput(event: InputEvent): void {
    this.text = (event.target as HTMLInputElement).value;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.runSearch(false), SEARCH_DEBOUNCE_MS);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    clearTimeout(this.debounce);
    this.runSearch(true);
  }

  /** Searches for the typed text; `force` runs again even when the text did not change. */
  private runSearch(force: boolean): void {
    const query = this.text.trim().slice(0, LIMITS.query);
    const same = this.search?.query === query && !this.search.skill;
    if (same && !force) return;
    this.resetMore();
    this.search = query ? { skill: '', query } : null;
    if (same && query) void this.task.run();
  }

  /** Why a person ranks: up to two matching skills, e.g. "8 endorsements for Kubernetes". */
  private reason(result: RankedPerson): string {
    const s = this.s;
    if (result.reasons.length === 0) return s.nameMatch;
    const parts = result.reasons.slice(0, 2).flatMap((r: ExpertReason) => {
      const out: string[] = [];
      if (r.acceptedAnswers > 0) out.push(s.acceptedAnswersIn(r.acceptedAnswers, r.skill));
      if (r.endorsements > 0) out.push(s.endorsementsFor(r.endorsements, r.skill));
      if (out.length === 0 && r.declared) out.push(s.declared(r.skill));
      return out;
    });
    return new Intl.ListFormat(this.localize.lang, { type: 'conjunction', style: 'long' }).format(parts);
  }

  private errorText(error: unknown): string {
    return isOffline(error) ? this.s.offline : errorMessage(error, this.localize.strings(commonStrings));
  }

  protected override render(): TemplateResult {
    if (!this.backend) return this.renderUnavailable();
    const s = this.s;
    return html`<div class="root">
      <form part="form" role="search" @submit=${this.onSubmit}>
        <label part="label" for="q">${s.label}</label>
        <div class="row">
          <input id="q" part="input" type="search" autocomplete="off" maxlength=${LIMITS.query} placeholder=${s.placeholder}
            .value=${this.text} @input=${this.onInput} />
          <button part="search-button" type="submit" class="primary">${s.search}</button>
        </div>
      </form>
      ${this.renderBody()}
    </div>`;
  }

  private renderBody(): TemplateResult {
    const s = this.s;
    if (this.task.status === TaskStatus.INITIAL || !this.search) {
      return html`<p part="status" class="status muted">${s.hint}</p>`;
    }
    return this.task.render({
      pending: () => html`<p part="status" class="status">${s.searching}</p>`,
      error: (error) => html`<p part="status" class="status"></p>
        <div part="error" class="message error" role="alert">
          <span>${this.errorText(error)}</span>
          <button part="retry" @click=${() => void this.task.run()}>${this.localize.strings(commonStrings).retry}</button>
        </div>`,
      complete: (page: Page<RankedPerson>) => this.renderResults(page),
    }) as TemplateResult;
  }

  private renderResults(page: Page<RankedPerson>): TemplateResult {
    const s = this.s;
    const results = [...page.items, ...this.moreResults];
    const searched = this.search?.query || this.search?.skill || '';
    if (results.length === 0) return html`<p part="status" class="status message">${s.empty(searched)}</p>`;
    const moreError = this.more.error;
    return html`
      <p part="status" class="status muted">${this.announcement || s.found(results.length)}</p>
      <ol part="results" class="results" aria-label=${s.results}>
        ${results.map((r) => html`<li part="result" class="result">
          <confab-expert-badge person=${r.person.id} theme=${this.theme}></confab-expert-badge>
          <span part="reason" class="reason muted">${this.reason(r)}</span>
        </li>`)}
      </ol>
      ${moreError !== undefined ? html`<p part="error" class="message error" role="alert">${this.errorText(moreError)}</p>` : nothing}
      ${this.more.cursor ? html`<button part="more" class="more" aria-busy=${this.more.busy ? 'true' : 'false'}
        @click=${() => void this.more.load()}>${moreError !== undefined ? this.localize.strings(commonStrings).retry : s.showMore}</button>` : nothing}`;
  }
}

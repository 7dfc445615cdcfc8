import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { area, isConfabError, type Adapter, type PersonRef } from '@confab/core';
import { LookupController } from '../internal/lookup-controller.js';
import { describedBy, fieldError, invalid } from '../internal/field-errors.js';
import type { CampaignStrings } from './campaign.strings.js';

/** What the owner picker needs from its form. */
export interface OwnerPickerOptions {
  adapter: () => Adapter | undefined;
  /** Says something through the widget's live region. */
  announce: (message: string) => void;
  /** Moves focus to an element of the widget (after it renders). */
  focus: (selector: string) => void;
  strings: () => CampaignStrings;
  debounce?: number;
}

/**
 * The campaign form's owners: a people search combobox (ARIA 1.2: the text box keeps focus,
 * arrow keys move through the suggestions, Enter chooses, Escape closes) and the chosen people,
 * each with a "Remove <name>" button.
 */
export class OwnerPicker {
  chosen: PersonRef[] = [];
  query = '';
  results: PersonRef[] = [];
  expanded = false;
  active = -1;
  private readonly lookup: LookupController<PersonRef[]>;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: OwnerPickerOptions) {
    this.lookup = new LookupController(host, {
      delay: options.debounce ?? 200,
      run: async (signal) => {
        const adapter = options.adapter();
        if (!adapter?.people) return [];
        const page = await area(adapter, 'people').searchPeople({ query: this.query.trim(), limit: 8 }, { signal });
        return page.items.map(({ person }) => ({ id: person.id, name: person.name, ...(person.avatarUrl ? { avatarUrl: person.avatarUrl } : {}) }));
      },
      done: (people) => {
        this.results = people.filter((p) => !this.chosen.some((c) => c.id === p.id));
        this.expanded = this.query.trim() !== '';
        this.active = -1;
        const s = options.strings();
        options.announce(this.results.length ? s.peopleFound(this.results.length) : s.noPeopleFound);
      },
      failed: (error) => {
        if (!isConfabError(error) || error.code !== 'unavailable') console.warn('[confab] people search failed', error);
        this.results = [];
        this.expanded = false;
      },
    });
  }

  /** Starts over with these owners. */
  reset(owners: PersonRef[]): void {
    this.chosen = owners.map((o) => ({ ...o }));
    this.query = '';
    this.results = [];
    this.expanded = false;
    this.active = -1;
    this.lookup.cancel();
  }

  /** True while the suggestions are shown (Escape closes them, not the form). */
  get open(): boolean {
    return this.expanded && this.results.length > 0;
  }

  private type(text: string): void {
    this.query = text;
    if (text.trim()) this.lookup.schedule();
    else {
      this.lookup.cancel();
      this.results = [];
      this.expanded = false;
    }
    this.host.requestUpdate();
  }

  private choose(person: PersonRef): void {
    if (!this.chosen.some((c) => c.id === person.id)) this.chosen = [...this.chosen, person];
    this.query = '';
    this.results = [];
    this.expanded = false;
    this.active = -1;
    this.host.requestUpdate();
    this.options.focus('#campaign-owners');
  }

  private remove(person: PersonRef): void {
    const index = this.chosen.findIndex((c) => c.id === person.id);
    this.chosen = this.chosen.filter((c) => c.id !== person.id);
    this.host.requestUpdate();
    // Focus goes to the next owner's remove button, else back to the search box.
    const next = this.chosen[Math.min(index, this.chosen.length - 1)];
    this.options.focus(next ? `[data-owner="${CSS.escape(next.id)}"]` : '#campaign-owners');
  }

  private keydown(e: KeyboardEvent): void {
    const n = this.results.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!n) return;
      e.preventDefault();
      this.expanded = true;
      this.active = e.key === 'ArrowDown' ? (this.active + 1) % n : (this.active - 1 + n) % n;
      this.host.requestUpdate();
    } else if (e.key === 'Enter') {
      // Enter chooses the highlighted person and never submits the form from this box.
      e.preventDefault();
      const person = this.results[this.active] ?? (n === 1 ? this.results[0] : undefined);
      if (this.open && person) this.choose(person);
    } else if (e.key === 'Escape' && this.open) {
      e.preventDefault();
      e.stopPropagation();
      this.expanded = false;
      this.active = -1;
      this.host.requestUpdate();
    }
  }

  render(s: CampaignStrings, error: string | undefined): TemplateResult {
    const available = !!this.options.adapter()?.people;
    const open = this.open;
    const activeId = open && this.active >= 0 ? `owner-option-${this.active}` : undefined;
    return html`<div class="owners">
      <label for="campaign-owners">${s.ownersLabel}</label>
      <input id="campaign-owners" name="owners" role="combobox" autocomplete="off" aria-autocomplete="list"
        aria-expanded=${open ? 'true' : 'false'} aria-controls="owner-options" aria-activedescendant=${activeId ?? nothing}
        ?disabled=${!available} .value=${this.query} aria-invalid=${invalid(error)}
        aria-describedby=${describedBy(error && 'campaign-owners-error', 'campaign-owners-hint')}
        @input=${(e: Event) => this.type((e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => this.keydown(e)}
        @blur=${() => { if (this.expanded) { this.expanded = false; this.host.requestUpdate(); } }} />
      <ul id="owner-options" role="listbox" aria-label=${s.ownersLabel} class="options" ?hidden=${!open}>
        ${open ? this.results.map((p, i) => html`<li id=${`owner-option-${i}`} role="option" aria-selected=${i === this.active ? 'true' : 'false'}
          dir="auto" @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.choose(p)}>${p.name}</li>`) : nothing}
      </ul>
      ${fieldError('campaign-owners-error', error)}
      <p id="campaign-owners-hint" class="hint muted">${available ? s.ownersHint : s.peopleUnavailable}</p>
      ${this.chosen.length
        ? html`<ul class="chosen" aria-label=${s.ownersChosen}>${this.chosen.map((p) => html`<li><span dir="auto">${p.name}</span>
            <button type="button" data-owner=${p.id} @click=${() => this.remove(p)}>${s.removeOwner(p.name)}</button></li>`)}</ul>`
        : html`<p class="muted">${s.noOwners}</p>`}
    </div>`;
  }
}

/**
 * Completion of people's names while typing `@` in a Markdown composer, shared by the ask
 * composer, the answer box, the idea form and the comment box. Typing `@` and a few letters
 * looks people up (`people.searchPeople`) and offers them in a listbox tied to the textarea
 * (`aria-autocomplete="list"`, `aria-controls`, `aria-activedescendant`): ArrowDown/ArrowUp move,
 * Enter or Tab picks, Escape closes. Picking writes the token `@[Name](person:ID)`, which the
 * domain recognises as a mention (see `mentionedIds` in `@confab/core/domain`) and Markdown shows
 * as the name.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Adapter, PersonRef } from '@confab/core';
import type { LocalizeController } from './localize.js';
import { mentionStrings } from './mention.strings.js';

/** The `@query` just before the caret: at the start or after a space, letters, digits, `.`, `_`, `-`. */
const QUERY = /(^|\s)@([\p{L}\p{N}._-]{1,40})$/u;

/** The token written for a mention. */
export function mentionToken(person: PersonRef): string {
  return `@[${person.name.replace(/[\]\n]/g, ' ').slice(0, 100)}](person:${person.id})`;
}

/** What the controller needs from its composer. */
export interface MentionOptions {
  adapter: () => Adapter | undefined;
  /** A prefix unique in the widget, for the listbox's and options' ids. */
  id: string;
  /** For the listbox's name; or pass it to `render()`. */
  localize?: LocalizeController;
}

/** One composer's completion state. */
export class MentionController implements ReactiveController {
  people: PersonRef[] = [];
  active = 0;
  private field?: HTMLTextAreaElement;
  private start = -1;
  private end = -1;
  private seq = 0;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: MentionOptions) {
    host.addController(this);
  }

  hostConnected(): void {}

  get open(): boolean {
    return this.people.length > 0;
  }

  get listId(): string {
    return `${this.options.id}-mentions`;
  }

  /** The id of the highlighted option (for `aria-activedescendant`), or undefined. */
  get activeId(): string | undefined {
    return this.open ? `${this.listId}-${this.active}` : undefined;
  }

  private close(): void {
    if (!this.open) return;
    this.people = [];
    this.host.requestUpdate();
  }

  /** Bind to the textarea's `input` event (beside the composer's own handler). */
  readonly onInput = (e: Event): void => {
    const field = e.target as HTMLTextAreaElement;
    this.field = field;
    const caret = field.selectionStart ?? field.value.length;
    const m = QUERY.exec(field.value.slice(0, caret));
    const people = this.options.adapter()?.people;
    if (!m || !people) return this.close();
    this.start = caret - (m[2] as string).length - 1;
    this.end = caret;
    const seq = ++this.seq;
    people.searchPeople({ query: m[2], limit: 5 }).then(
      (page) => {
        if (seq !== this.seq) return;
        this.people = page.items.map((r) => ({ id: r.person.id, name: r.person.name }));
        this.active = 0;
        this.host.requestUpdate();
      },
      () => this.close(),
    );
  };

  /** Bind to the textarea's `keydown` event: moves, picks and closes while the list is open. */
  readonly onKeydown = (e: KeyboardEvent): void => {
    if (!this.open) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = this.people.length;
      this.active = (this.active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
      this.host.requestUpdate();
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      this.pick(this.people[this.active] as PersonRef);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.close();
    }
  };

  /** Replaces the typed `@query` with the person's token and tells the composer (an `input` event). */
  pick(person: PersonRef): void {
    const field = this.field;
    if (!field) return;
    const token = `${mentionToken(person)} `;
    field.value = field.value.slice(0, this.start) + token + field.value.slice(this.end);
    const caret = this.start + token.length;
    field.setSelectionRange(caret, caret);
    this.people = [];
    this.seq++;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field.focus();
    this.host.requestUpdate();
  }

  /** The listbox, right after the textarea (nothing while closed). */
  render(localize = this.options.localize): TemplateResult | typeof nothing {
    if (!this.open || !localize) return nothing;
    return html`<ul part="mentions" class="mentions" role="listbox" id=${this.listId} aria-label=${localize.strings(mentionStrings).label}>
      ${this.people.map((p, i) => html`<li role="option" id=${`${this.listId}-${i}`} aria-selected=${i === this.active ? 'true' : 'false'}
        @mousedown=${(e: Event) => { e.preventDefault(); this.pick(p); }}>${p.name}</li>`)}
    </ul>`;
  }
}

/**
 * The @mention completion as the composers use it, loaded on first use (issue 14): the same
 * surface as `MentionController` (`mention-controller.ts`), whose module (and its strings) is
 * imported only when the reader first types `@` in a composer. Until then the list is closed, so
 * nothing is drawn and keys go to the textarea as usual.
 */
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocalizeController } from './localize.js';
import type { MentionController, MentionOptions } from './mention-controller.js';

/** One composer's completion, its controller made on the first `@`. */
export class MentionCompletion {
  private real?: MentionController;
  private loading?: Promise<MentionController>;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: MentionOptions) {}

  get open(): boolean {
    return this.real?.open ?? false;
  }

  get listId(): string {
    return `${this.options.id}-mentions`;
  }

  /** The id of the highlighted option (for `aria-activedescendant`), or undefined. */
  get activeId(): string | undefined {
    return this.real?.activeId;
  }

  /** Bind to the textarea's `input` event: the first `@` loads the completion, which then looks the name up. */
  readonly onInput = (e: Event): void => {
    if (this.real) return this.real.onInput(e);
    const field = e.target as HTMLTextAreaElement;
    if (!field.value.includes('@')) return;
    // The event's target is cleared once dispatch ends (a shadow tree): hand the field on.
    void this.load().then((real) => real.onInput({ target: field } as unknown as Event), (error: unknown) => console.warn('[confab] could not load @mention completion:', error));
  };

  /** Bind to the textarea's `keydown` event: moves, picks and closes while the list is open. */
  readonly onKeydown = (e: KeyboardEvent): void => {
    this.real?.onKeydown(e);
  };

  /** The listbox, right after the textarea (nothing while closed or not loaded). */
  render(localize?: LocalizeController): TemplateResult | typeof nothing {
    return this.real ? this.real.render(localize) : nothing;
  }

  private load(): Promise<MentionController> {
    this.loading ??= import('./mention-controller.js').then(({ MentionController }) => (this.real = new MentionController(this.host, this.options)));
    return this.loading;
  }
}

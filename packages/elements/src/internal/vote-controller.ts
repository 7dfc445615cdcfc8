import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { area, type Adapter, type VoteState, type VoteTarget } from '@confab/core';
import { OutboxController } from './outbox-controller.js';
import { errorMessage } from './error-message.js';
import type { CommonStrings } from './common.strings.js';

/** What a vote toggle shows. */
export interface VoteShown {
  votes: number;
  myVote: boolean;
}

/** A vote kept until it is delivered. */
interface VotePayload {
  target: VoteTarget;
  on: boolean;
}

/** What the vote controller needs from its widget. */
export interface VoteOptions {
  adapter: () => Adapter | undefined;
  /** Where this widget's offline votes are kept, e.g. `ask:<context>`. */
  storageKey: () => string;
  common: () => CommonStrings;
  /** Shows a vote state (the optimistic one, the server's, or the one rolled back to). */
  apply: (state: VoteState) => void;
  /** Says something through the widget's live region. */
  announce: (message: string) => void;
  /** The message for a refused vote, from the reason; e.g. "Your vote was not saved and has been undone. …". */
  refused: (reason: string) => string;
  /** The reader's own vote was stored (first try or from the queue). */
  delivered?: (state: VoteState) => void;
}

const key = (t: VoteTarget) => `${t.kind}:${t.id}`;

/**
 * The one way a widget casts votes: optimistic, and honest when it fails. A vote made offline is
 * queued like any other write (the outbox), shown pressed with "Will count when you are back
 * online", and announced as counted when delivered; a refused vote is rolled back with its
 * reason. Messages sit next to the control they are about (`renderNote`, linked with
 * `aria-describedby` through `describedBy`), never under another one.
 *
 * @example
 * ```ts
 * private votes = new VoteController(this, { adapter: () => this.backend, storageKey: () => `idea:${id}`, … });
 * html`<button aria-pressed=${shown.myVote} aria-describedby=${this.votes.describedBy(t)} @click=${() => this.votes.toggle(t, idea)}>…</button>
 *   ${this.votes.renderNote(t)}`
 * ```
 */
export class VoteController {
  private readonly notes = new Map<string, { text: string; error: boolean }>();
  private readonly busy = new Set<string>();
  private readonly outbox: OutboxController<VotePayload, VoteState>;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: VoteOptions) {
    this.outbox = new OutboxController<VotePayload, VoteState>(host, {
      storageKey: () => `${options.storageKey()}:votes`,
      ready: () => !!options.adapter(),
      send: (p, idempotencyKey) => area(options.adapter()!, 'votes').setVote(p.target, p.on, { idempotencyKey }),
      delivered: (state, p, fromQueue) => {
        options.apply(state);
        options.delivered?.(state);
        if (fromQueue) {
          this.notes.delete(key(p.target));
          options.announce(options.common().voteCounted);
        }
      },
      refused: (error, p) => this.note(p.target, options.refused(errorMessage(error, options.common())), true),
    });
  }

  /** The vote queued for `target` (the last one), if any. */
  private queued(target: VoteTarget): boolean | undefined {
    const mine = this.outbox.pending.filter((w) => key(w.payload.target) === key(target));
    return mine.length ? mine[mine.length - 1]!.payload.on : undefined;
  }

  /** What to show for `item`: its state with a vote still queued for it on top. */
  shown(target: VoteTarget, item: VoteShown): VoteShown {
    const on = this.queued(target);
    if (on === undefined || on === item.myVote) return { votes: item.votes, myVote: item.myVote };
    return { votes: Math.max(0, item.votes + (on ? 1 : -1)), myVote: on };
  }

  /** Toggles the reader's vote on `target`, whose state is shown as `item` (with `shown()`). */
  async toggle(target: VoteTarget, item: VoteShown): Promise<void> {
    const k = key(target);
    if (!this.options.adapter() || this.busy.has(k)) return;
    const before = this.shown(target, item);
    const on = !before.myVote;
    this.busy.add(k);
    this.notes.delete(k);
    this.options.apply({ ...target, votes: Math.max(0, before.votes + (on ? 1 : -1)), myVote: on });
    try {
      const result = await this.outbox.submit({ target, on });
      if (result === 'queued') {
        // Shown through `shown()` until delivered: the item itself keeps the server's state.
        this.options.apply({ ...target, votes: item.votes, myVote: item.myVote });
        this.note(target, this.options.common().voteQueued, false);
      }
    } catch (error) {
      this.options.apply({ ...target, votes: item.votes, myVote: item.myVote });
      this.note(target, this.options.refused(errorMessage(error, this.options.common())), true);
    } finally {
      this.busy.delete(k);
      this.host.requestUpdate();
    }
  }

  private note(target: VoteTarget, text: string, error: boolean): void {
    this.notes.set(key(target), { text, error });
    this.host.requestUpdate();
  }

  /** The message about `target`'s vote: a refusal, or "Will count when you are back online" while queued. */
  noteFor(target: VoteTarget): { text: string; error: boolean } | undefined {
    const note = this.notes.get(key(target));
    if (note?.error) return note;
    return this.queued(target) !== undefined ? { text: this.options.common().voteQueued, error: false } : undefined;
  }

  /** The id of the note element for `target`. */
  noteId(target: VoteTarget): string {
    return `vote-note-${target.kind}-${target.id}`;
  }

  /** `aria-describedby` for the toggle of `target`: its note, and `extra` ids (e.g. why one cannot vote). */
  describedBy(target: VoteTarget, ...extra: (string | false | undefined)[]): string | typeof nothing {
    const ids = [this.noteFor(target) ? this.noteId(target) : '', ...extra].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  /** The note beside the toggle of `target` (an error is also announced, as an alert). */
  renderNote(target: VoteTarget): TemplateResult | typeof nothing {
    const note = this.noteFor(target);
    if (!note) return nothing;
    return html`<span id=${this.noteId(target)} class=${note.error ? 'vote-note field-error' : 'vote-note muted'} part="vote-note"
      role=${note.error ? 'alert' : nothing}>${note.text}</span>`;
  }
}

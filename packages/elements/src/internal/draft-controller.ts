import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { storage } from './storage.js';

/**
 * Keeps unsent text in `localStorage` per widget, context and field until it is sent, so that
 * nothing typed is lost to a reload, a crash or a failed request.
 *
 * @example
 * ```ts
 * private draft = new DraftController(this, () => `confab-feedback:${this.subject}:comment`);
 * html`<textarea .value=${this.draft.value} @input=${(e) => this.draft.set(e.target.value)}></textarea>`;
 * // after a successful send:
 * this.draft.clear();
 * ```
 */
export class DraftController implements ReactiveController {
  private currentKey = '';
  private text = '';

  constructor(private readonly host: ReactiveControllerHost, private readonly key: () => string) {
    host.addController(this);
  }

  /** The draft text for the current key. */
  get value(): string {
    this.load();
    return this.text;
  }

  /** Saves the draft (an empty draft is removed). */
  set(text: string): void {
    this.load();
    this.text = text;
    const key = this.storageKey();
    if (text) storage.setItem(key, text);
    else storage.removeItem(key);
    this.host.requestUpdate();
  }

  /** Forgets the draft, after it was sent. */
  clear(): void {
    this.set('');
  }

  hostConnected(): void {
    this.load();
  }

  hostUpdate(): void {
    this.load();
  }

  private storageKey(): string {
    return `confab:draft:${this.key()}`;
  }

  private load(): void {
    const key = this.storageKey();
    if (key === this.currentKey) return;
    this.currentKey = key;
    this.text = storage.getItem(key) ?? '';
  }
}

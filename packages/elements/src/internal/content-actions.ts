import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { area, isModerator, type Adapter, type ContentItem, type ContentVersion, type ReportReason, type User } from '@confab/core';
import { contentStrings, type ContentStrings } from './content.strings.js';
import { contentFacts, contentKey, type ContentFacts } from './content-item.js';
import { contentStatus } from './content-status.js';
import { commonStrings } from './common.strings.js';
import { errorMessage } from './error-message.js';
import type { LocalizeController } from './localize.js';

/** The forms the actions row opens; each loads with `content-forms.ts` on first use. */
export type ContentForm = 'report' | 'edit' | 'remove' | 'hide' | 'versions';

/** The lazily loaded forms module. */
type Forms = typeof import('./content-forms.js');

/** What the actions row needs from its widget. */
export interface ContentActionsOptions {
  adapter: () => Adapter | undefined;
  /** The signed-in reader (null signed out, undefined while unknown). */
  user: () => User | null | undefined;
  localize: LocalizeController;
  announce: (message: string) => void;
  /**
   * The reader's own action changed an item: the optimistic edit, its rollback, or what the
   * backend returned. Replace the item in place (as a `content.updated` event would).
   */
  replaced: (content: ContentItem) => void;
  /** Moves focus to the first selector found (inside the widget's shadow root), once rendered. */
  focus: (...selectors: string[]) => void;
  /** A selector for the item itself (focus goes there when its buttons are gone, e.g. after a delete). */
  itemSelector?: (content: ContentItem) => string | undefined;
}

/** Which actions `user` has on an item (the backend enforces the same rules). */
export function contentActions(facts: ContentFacts, user: User | null | undefined) {
  const state = facts.status.state;
  const mine = !!user && facts.authorId === user.id;
  const mod = isModerator(user);
  return {
    report: !!user && !mine && state === 'visible',
    edit: (mine && (state === 'visible' || state === 'held')) || (mod && state !== 'deleted'),
    remove: (mine || mod) && state !== 'deleted',
    hide: mod && state === 'visible',
    restore: mod && (state === 'hidden' || state === 'deleted'),
    versions: mod && !!facts.status.editedAt,
    mine,
    mod,
  };
}

/**
 * The content lifecycle of every item a widget shows, written once: the actions row ("Report
 * answer", "Edit answer", "Delete answer", "Hide answer", "Restore answer", "Earlier versions")
 * for the reader's rights, the state labels (`contentStatus`), and the forms (report, edit,
 * author delete confirm, moderator reason, versions), loaded with a dynamic import on first use
 * so the first view carries only labels and buttons. One form is open at a time. Focus moves
 * into a form when it opens and back to its button (or the item) after save or cancel.
 *
 * @example
 * ```ts
 * private readonly content = new ContentActionsController(this, { adapter: () => this.backend, user: () => this.user,
 *   localize: this.localize, announce: (m) => this.announce(m), replaced: (c) => this.replace(c), focus: (...s) => void this.focuser.to(...s) });
 * html`${this.content.status({ kind: 'answer', item: answer })} ${this.content.render({ kind: 'answer', item: answer })}`;
 * ```
 */
export class ContentActionsController implements ReactiveController {
  /** The open form: which item and which form. */
  open?: { key: string; form: ContentForm; content: ContentItem };
  /** A request under way. */
  busy = false;
  /** The open form's error (role=alert), and per-field messages. */
  error = '';
  fields: Record<string, string> = {};
  /** Report form values. */
  reportReason: ReportReason | '' = '';
  note = '';
  /** The moderator's reason (hide, delete, edit of someone else's item). */
  reason = '';
  /** The versions shown (moderators), by item key. */
  versions?: { key: string; list?: ContentVersion[]; error?: string };
  /** Why a one-click action (Restore) failed, beside the item's buttons. */
  rowError?: { key: string; text: string };
  /** The forms module, once loaded. */
  forms?: Forms;
  private loading?: Promise<Forms>;

  constructor(readonly host: ReactiveControllerHost, readonly options: ContentActionsOptions) {
    host.addController(this);
  }

  hostConnected(): void {}

  get s(): ContentStrings {
    return this.options.localize.strings(contentStrings);
  }

  /** The selector of an action button of the item with `key`. */
  button(action: ContentForm | 'restore', key: string): string {
    return `[data-content-action="${action}"][data-content-key="${CSS.escape(key)}"]`;
  }

  /** The state labels of an item (see `contentStatus`). */
  status(content: ContentItem): TemplateResult | typeof nothing {
    return contentStatus(content.item.moderation, this.s, this.options.localize.lang);
  }

  /** Opens `form` for an item (loading the forms first), or closes it when it is open already. */
  async toggle(form: ContentForm, content: ContentItem): Promise<void> {
    const key = contentKey(contentFacts(content).ref);
    if (this.open?.key === key && this.open.form === form) return this.close(true);
    this.open = { key, form, content };
    this.error = '';
    this.fields = {};
    this.host.requestUpdate();
    try {
      this.forms ??= await (this.loading ??= import('./content-forms.js'));
    } catch (error) {
      this.loading = undefined;
      this.error = errorMessage(error, this.options.localize.strings(commonStrings));
      this.host.requestUpdate();
      return;
    }
    this.forms.opened(this);
    this.host.requestUpdate();
  }

  /** Closes the open form; `refocus` moves focus back to the button that opened it. */
  close(refocus: boolean): void {
    const open = this.open;
    this.open = undefined;
    this.error = '';
    this.fields = {};
    this.host.requestUpdate();
    if (refocus && open) this.options.focus(this.button(open.form, open.key));
  }

  private async restore(content: ContentItem): Promise<void> {
    const adapter = this.options.adapter();
    const facts = contentFacts(content);
    if (!adapter || this.busy) return;
    this.busy = true;
    this.rowError = undefined;
    this.host.requestUpdate();
    const key = contentKey(facts.ref);
    try {
      const result = await area(adapter, 'moderation').restore(facts.ref, {}, { idempotencyKey: crypto.randomUUID() });
      this.options.replaced(result);
      this.options.announce(this.s.restored);
      this.options.focus(this.button('hide', key), this.button('report', key));
    } catch (error) {
      this.rowError = { key, text: errorMessage(error, this.options.localize.strings(commonStrings)) };
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** The actions row of an item for the current reader, and its open form. Nothing signed out, or when the adapter has no `moderation` area. */
  render(content: ContentItem): TemplateResult | typeof nothing {
    const user = this.options.user();
    if (!user || !this.options.adapter()?.moderation) return nothing;
    const facts = contentFacts(content);
    const can = contentActions(facts, user);
    const key = contentKey(facts.ref);
    const kind = facts.ref.kind;
    const s = this.s;
    const open = this.open?.key === key ? this.open.form : undefined;
    const button = (action: ContentForm, label: string) => html`<button type="button" class="link content-action" part="content-action"
      data-content-action=${action} data-content-key=${key} aria-expanded=${open === action ? 'true' : 'false'}
      @click=${() => void this.toggle(action, content)}>${label}</button>`;
    if (!can.report && !can.edit && !can.remove && !can.hide && !can.restore && !can.versions) return nothing;
    return html`<div class="content-actions" part="content-actions">
        ${can.edit ? button('edit', s.edit[kind]) : nothing}
        ${can.remove ? button('remove', s.remove[kind]) : nothing}
        ${can.hide ? button('hide', s.hide[kind]) : nothing}
        ${can.restore ? html`<button type="button" class="link content-action" part="content-action" data-content-action="restore" data-content-key=${key}
          aria-disabled=${this.busy ? 'true' : nothing} @click=${() => void this.restore(content)}>${s.restore[kind]}</button>` : nothing}
        ${can.report ? button('report', s.report[kind]) : nothing}
        ${can.versions ? button('versions', s.earlierVersions) : nothing}
        ${this.rowError?.key === key ? html`<span class="field-error" role="alert">${this.rowError.text}</span>` : nothing}
      </div>
      ${open ? this.forms?.render(this, content, can) ?? (this.error ? html`<p class="message error" role="alert">${this.error}</p>` : nothing) : nothing}`;
  }
}

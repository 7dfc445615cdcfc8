import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { IDEA_STATUSES, LIMITS, area, type Adapter, type Idea, type IdeaStatus } from '@confab/core';
import { errorMessage, fieldErrors } from '../internal/error-message.js';
import type { CommonStrings } from '../internal/common.strings.js';
import type { IdeaCardStrings } from './idea-card.strings.js';

/**
 * The moderators' "Change status" form of an idea card: the chosen status, the required note,
 * and the save that refuses an empty note with a message before any request. Loaded when a
 * moderator first opens it (issue 14).
 */
export class IdeaStatusForm {
  open = false;
  choice: IdeaStatus = 'new';
  note = '';
  error = '';
  saving = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Opens (starting from the idea's current status) or closes the form. */
  toggle(idea: Idea | undefined): void {
    this.open = !this.open;
    if (this.open && idea) {
      this.choice = idea.status;
      this.error = '';
    }
    this.host.requestUpdate();
  }

  /** Saves the change; resolves with the updated idea, or null when `error` says what to fix. */
  async save(adapter: Adapter, idea: Idea, s: IdeaCardStrings, common: CommonStrings): Promise<Idea | null> {
    if (this.saving) return null;
    const note = this.note.trim();
    this.error = !note ? s.noteRequired : note.length > LIMITS.note ? common.tooLong(LIMITS.note, note.length) : '';
    if (this.error) {
      this.host.requestUpdate();
      return null;
    }
    this.saving = true;
    this.host.requestUpdate();
    try {
      const updated = await area(adapter, 'ideas').changeIdeaStatus(idea.id, { status: this.choice, note });
      this.note = '';
      this.open = false;
      return updated;
    } catch (error) {
      this.error = fieldErrors(error).note ?? errorMessage(error, common);
      return null;
    } finally {
      this.saving = false;
      this.host.requestUpdate();
    }
  }

  /** The form: status select, note (required) and "Save". */
  render(s: IdeaCardStrings, onSave: (e: Event) => void): TemplateResult {
    return html`<form id="status-form" part="status-form" @submit=${onSave} novalidate>
      <div>
        <label for="status-select">${s.newStatus}</label>
        <select id="status-select" name="status" .value=${this.choice}
          @change=${(e: Event) => { this.choice = (e.target as HTMLSelectElement).value as IdeaStatus; this.host.requestUpdate(); }}>
          ${IDEA_STATUSES.map((st) => html`<option value=${st} ?selected=${st === this.choice}>${s.status[st]}</option>`)}
        </select>
      </div>
      <div>
        <label for="note">${s.note}</label>
        <textarea id="note" name="note" required maxlength=${LIMITS.note} aria-invalid=${this.error ? 'true' : 'false'}
          aria-describedby="note-help" .value=${this.note}
          @input=${(e: Event) => { this.note = (e.target as HTMLTextAreaElement).value; }}></textarea>
        <div id="note-help">
          ${this.error ? html`<p class="field-error" role="alert">${this.error}</p>` : nothing}
          <p class="hint muted">${s.noteHint}</p>
        </div>
      </div>
      <div class="row"><button class="primary" type="submit" aria-busy=${this.saving ? 'true' : 'false'}>${s.save}</button></div>
    </form>`;
  }
}

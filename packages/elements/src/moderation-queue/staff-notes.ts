import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { area, type Adapter, type Id, type StaffNote } from '@confab/core';
import type { CommonStrings } from '../internal/common.strings.js';
import { errorMessage } from '../internal/error-message.js';
import { formatDateTime, formatRelative } from '../internal/format.js';
import { heading } from '../internal/heading.js';
import type { ModerationQueueStrings } from './moderation-queue.strings.js';

/**
 * The staff notes of the authors shown in the queue, loaded once per person (`ensure()`), with
 * the notes a moderator adds here put first at once (`add()`). Only moderators read them.
 *
 * @example
 * ```ts
 * private readonly notes = new StaffNotesController(this, () => this.backend);
 * updated() { this.notes.ensure(this.items.map((e) => e.author.id)); }
 * ```
 */
export class StaffNotesController implements ReactiveController {
  private readonly notes = new Map<Id, StaffNote[]>();
  private readonly errors = new Map<Id, unknown>();
  private readonly loading = new Set<Id>();
  private adapter?: Adapter;

  constructor(private readonly host: ReactiveControllerHost, private readonly backend: () => Adapter | undefined) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Loads the notes of every person in `ids` not loaded yet (a new adapter forgets every note). */
  ensure(ids: Iterable<Id>): void {
    const adapter = this.backend();
    if (!adapter) return;
    if (adapter !== this.adapter) this.reset(adapter);
    for (const id of new Set(ids)) {
      if (this.notes.has(id) || this.loading.has(id) || this.errors.has(id)) continue;
      this.loading.add(id);
      area(adapter, 'moderation').staffNotes(id).then(
        (notes) => this.notes.set(id, notes),
        (error: unknown) => this.errors.set(id, error),
      ).finally(() => {
        this.loading.delete(id);
        if (adapter === this.adapter) this.host.requestUpdate();
      });
    }
  }

  /** A person's notes, newest first; undefined while loading. */
  get(id: Id): readonly StaffNote[] | undefined {
    return this.notes.get(id);
  }

  /** Why a person's notes could not be loaded, if they could not. */
  error(id: Id): unknown {
    return this.errors.get(id);
  }

  /** Puts a note just saved first. */
  add(note: StaffNote): void {
    this.notes.set(note.personId, [note, ...(this.notes.get(note.personId) ?? []).filter((n) => n.id !== note.id)]);
    this.host.requestUpdate();
  }

  /** Forgets every note, e.g. after the live stream could not resume. */
  reset(adapter = this.backend()): void {
    this.adapter = adapter;
    this.notes.clear();
    this.errors.clear();
    this.loading.clear();
  }
}

/** What the staff-notes part of an entry needs. */
export interface StaffNotesView {
  s: ModerationQueueStrings;
  common: CommonStrings;
  lang: string;
  level: number;
}

/** A person's staff notes under a heading ("Staff notes on Ben Okafor"), newest first. */
export function renderStaffNotes(v: StaffNotesView, key: string, name: string, notes: readonly StaffNote[] | undefined, error: unknown): TemplateResult {
  const { s, common } = v;
  const body = error
    ? html`<p class="error-line" role="alert">${errorMessage(error, common)}</p>`
    : !notes
      ? html`<p class="muted small">${common.loading}</p>`
      : notes.length
        ? html`<ul class="notes">${notes.map((n) => html`<li>
            <p class="text" dir="auto">${n.body}</p>
            <p class="muted small"><bdi>${n.author.name}</bdi> · <time datetime=${n.at} title=${formatDateTime(v.lang, n.at)}>${formatRelative(n.at, v.lang)}</time></p>
          </li>`)}</ul>`
        : html`<p class="muted small">${s.noStaffNotes}</p>`;
  return html`<section class="staff" aria-labelledby="staff-heading-${key}">
    ${heading(v.level, s.staffNotes(name), { id: `staff-heading-${key}`, class: 'subheading' })}
    ${body}
  </section>`;
}

/** The "Add staff note" toggle and, when open, its form (textbox "Staff note", button "Save note"). */
export function renderStaffForm(v: StaffNotesView & {
  open: boolean; draft: string; error?: string; busy: boolean;
  toggle: () => void; input: (text: string) => void; save: () => void;
}, key: string): TemplateResult {
  const { s } = v;
  return html`<div class="staff-form">
    <button type="button" id="staff-toggle-${key}" aria-expanded=${v.open ? 'true' : 'false'} aria-controls="staff-box-${key}" @click=${v.toggle}>${s.addStaffNote}</button>
    <div id="staff-box-${key}" class="staff-box" ?hidden=${!v.open}>
      <label for="staff-${key}">${s.staffNoteLabel}</label>
      <textarea id="staff-${key}" dir="auto" aria-invalid=${v.error ? 'true' : 'false'} aria-describedby=${v.error ? `staff-error-${key}` : nothing}
        ?readonly=${v.busy} .value=${v.draft} @input=${(e: Event) => v.input((e.target as HTMLTextAreaElement).value)}></textarea>
      ${v.error ? html`<p id="staff-error-${key}" class="field-error">${v.error}</p>` : nothing}
      <button type="button" class="primary" aria-disabled=${v.busy ? 'true' : 'false'} @click=${v.save}>${s.saveNote}</button>
    </div>
  </div>`;
}

import type { ReactiveControllerHost } from 'lit';
import { LIMITS, area, type Adapter, type ModerationArea, type QueueEntry } from '@confab/core';
import type { CommonStrings } from '../internal/common.strings.js';
import { errorMessage, fieldErrors, isOffline } from '../internal/error-message.js';
import type { FocusController } from '../internal/focus-controller.js';
import { formatDateTime } from '../internal/format.js';
import type { ModerationQueueStrings } from './moderation-queue.strings.js';
import { entryKey, type EntryAction, type EntryErrors } from './queue-entry.js';
import type { StaffNotesController } from './staff-notes.js';

/** What the actions need from the queue. */
export interface QueueHost extends ReactiveControllerHost {
  items: QueueEntry[];
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly moderationBackend: Adapter | undefined;
  readonly s: ModerationQueueStrings;
  readonly common: CommonStrings;
  readonly locale: string;
  readonly focuser: FocusController;
  readonly notes: StaffNotesController;
  say(message: string): void;
}

type Field = 'note' | 'days' | 'staff';

/** The days a restriction lasts unless the moderator types another number. */
const DEFAULT_DAYS = '7';

/**
 * The decisions of the queue: keep, hide, delete, restore and approve an entry (a note is
 * required to hide or delete, and the author sees it), restrict its author, add a staff note.
 * It keeps each entry's drafts, busy state, refusals and field errors; a field left empty gets
 * its error and the focus. After a decision the entry leaves the list and focus moves to the
 * next entry (or the previous, or the "Nothing to review" message). A retried write keeps its
 * idempotency key, so it takes effect once.
 */
export class QueueActions {
  busy = new Set<string>();
  errors: Record<string, string> = {};
  fields: Record<string, EntryErrors> = {};
  private readonly drafts = new Map<string, string>();
  private readonly open = new Set<string>();
  private readonly keys = new Map<string, { input: string; key: string }>();

  constructor(private readonly host: QueueHost) {}

  /** True while this widget is acting on the entry `key` (its own changes need no live update). */
  acting(key: string): boolean {
    return this.busy.has(key);
  }

  draft(key: string, field: Field): string {
    return this.drafts.get(`${field}:${key}`) ?? (field === 'days' ? DEFAULT_DAYS : '');
  }

  setDraft(key: string, field: Field, text: string): void {
    this.drafts.set(`${field}:${key}`, text);
    if (this.fields[key]?.[field]) this.fields = { ...this.fields, [key]: { ...this.fields[key], [field]: undefined } };
    this.host.requestUpdate();
  }

  staffOpen(key: string): boolean {
    return this.open.has(key) || !!this.draft(key, 'staff');
  }

  /** Opens the staff-note box (focus moves into it) or closes it (focus stays on the toggle). */
  toggleStaff(entry: QueueEntry): void {
    const key = entryKey(entry.target);
    if (this.staffOpen(key)) {
      this.open.delete(key);
      this.drafts.delete(`staff:${key}`);
    } else {
      this.open.add(key);
      void this.host.focuser.to(`#staff-${CSS.escape(key)}`);
    }
    this.host.requestUpdate();
  }

  /** Removes an entry from the list; focus moves to the next one when it was in the entry (or `always`). */
  async drop(key: string, always = false): Promise<void> {
    const items = this.host.items;
    const at = items.findIndex((e) => entryKey(e.target) === key);
    if (at < 0) return;
    const el = this.host.renderRoot.querySelector(`#entry-${CSS.escape(key)}`);
    const hadFocus = always || !!el?.matches(':focus-within');
    const next = items[at + 1] ?? items[at - 1];
    this.host.items = items.filter((_, i) => i !== at);
    if (hadFocus) await this.host.focuser.to(...(next ? [`#entry-${CSS.escape(entryKey(next.target))}`] : []), '.empty', '#title');
  }

  /** Keeps, hides, deletes, restores or approves an entry. */
  async act(entry: QueueEntry, action: EntryAction): Promise<void> {
    const s = this.host.s;
    const key = entryKey(entry.target);
    const note = this.draft(key, 'note').trim();
    const needsNote = action === 'hide' || action === 'delete';
    if (!this.checkNote(key, note, needsNote)) return;
    const done = { keep: s.kept, hide: s.hiddenDone, delete: s.deleted, restore: s.restored, approve: s.approved }[action];
    await this.write(key, `${action}\n${note}`, (m, idempotencyKey) => {
      const t = entry.target;
      switch (action) {
        case 'keep': return m.keep(t, note ? { note } : {}, { idempotencyKey });
        case 'hide': return m.hide(t, { reason: note }, { idempotencyKey });
        case 'delete': return m.remove(t, { reason: note }, { idempotencyKey });
        case 'restore': return m.restore(t, note ? { note } : {}, { idempotencyKey });
        case 'approve': return m.approve(t, { idempotencyKey });
      }
    }, async () => {
      this.drafts.delete(`note:${key}`);
      this.host.say(done);
      await this.drop(key, true);
    });
  }

  /** Restricts the author of an entry for the days typed (0 lifts a restriction); a note is required. */
  async restrict(entry: QueueEntry): Promise<void> {
    const s = this.host.s;
    const key = entryKey(entry.target);
    const note = this.draft(key, 'note').trim();
    const text = this.draft(key, 'days').trim();
    const days = Number(text);
    const daysOk = text !== '' && Number.isInteger(days) && days >= 0 && days <= 365;
    if (!daysOk) {
      this.fields = { ...this.fields, [key]: { ...this.fields[key], days: s.daysInvalid } };
      if (note) return void this.host.focuser.to(`#days-${CSS.escape(key)}`);
    }
    if (!this.checkNote(key, note, true) || !daysOk) return;
    const person = entry.author;
    await this.write(key, `restrict\n${days}\n${note}`, (m, idempotencyKey) => m.restrict(person.id, { days, note }, { idempotencyKey }), (record) => {
      this.drafts.delete(`note:${key}`);
      this.host.items = this.host.items.map((e) => (e.author.id === person.id ? { ...e, authorRecord: record } : e));
      const until = record.restrictedUntil;
      this.host.say(days > 0 && until ? s.restricted(person.name, formatDateTime(this.host.locale, until)) : s.unrestricted(person.name));
    });
  }

  /** Saves the staff note typed for the author of an entry. */
  async saveStaffNote(entry: QueueEntry): Promise<void> {
    const s = this.host.s;
    const key = entryKey(entry.target);
    const body = this.draft(key, 'staff').trim();
    const problem = !body ? s.staffNoteRequired : body.length > LIMITS.note ? this.host.common.tooLong(LIMITS.note, body.length) : '';
    if (problem) {
      this.fields = { ...this.fields, [key]: { ...this.fields[key], staff: problem } };
      this.host.requestUpdate();
      return void this.host.focuser.to(`#staff-${CSS.escape(key)}`);
    }
    await this.write(key, `staff\n${body}`, (m, idempotencyKey) => m.addStaffNote(entry.author.id, { body }, { idempotencyKey }), (note) => {
      this.drafts.delete(`staff:${key}`);
      this.open.delete(key);
      this.host.notes.add(note);
      this.host.say(s.staffNoteSaved);
      void this.host.focuser.to(`#staff-toggle-${CSS.escape(key)}`);
    });
  }

  /** True when the note is fine; else its field error is set and the note field focused. */
  private checkNote(key: string, note: string, required: boolean): boolean {
    const problem = required && !note ? this.host.s.noteRequired : note.length > LIMITS.note ? this.host.common.tooLong(LIMITS.note, note.length) : '';
    this.fields = { ...this.fields, [key]: { ...this.fields[key], note: problem || undefined } };
    this.host.requestUpdate();
    if (problem) void this.host.focuser.to(`#note-${CSS.escape(key)}`);
    return !problem;
  }

  /** The same key while the same write is retried; a new one for a new write. */
  private keyFor(key: string, input: string): string {
    const last = this.keys.get(key);
    if (last?.input === input) return last.key;
    const made = crypto.randomUUID();
    this.keys.set(key, { input, key: made });
    return made;
  }

  private async write<T>(key: string, input: string, call: (m: ModerationArea, idempotencyKey: string) => Promise<T>, done: (result: T) => void | Promise<void>): Promise<void> {
    const backend = this.host.moderationBackend;
    if (!backend || this.busy.has(key)) return;
    this.busy = new Set(this.busy).add(key);
    this.errors = { ...this.errors, [key]: '' };
    this.host.requestUpdate();
    try {
      const result = await call(area(backend, 'moderation'), this.keyFor(key, input));
      this.keys.delete(key);
      await done(result);
    } catch (error) {
      const fields = fieldErrors(error);
      const onNote = fields.reason ?? fields.note;
      if (onNote) {
        this.fields = { ...this.fields, [key]: { ...this.fields[key], note: onNote } };
        void this.host.focuser.to(`#note-${CSS.escape(key)}`);
      } else if (fields.days) {
        this.fields = { ...this.fields, [key]: { ...this.fields[key], days: fields.days } };
        void this.host.focuser.to(`#days-${CSS.escape(key)}`);
      } else if (fields.body) {
        this.fields = { ...this.fields, [key]: { ...this.fields[key], staff: fields.body } };
        void this.host.focuser.to(`#staff-${CSS.escape(key)}`);
      }
      this.errors = { ...this.errors, [key]: isOffline(error) ? this.host.s.actionOffline : errorMessage(error, this.host.common) };
    } finally {
      const busy = new Set(this.busy);
      busy.delete(key);
      this.busy = busy;
      this.host.requestUpdate();
    }
  }

}

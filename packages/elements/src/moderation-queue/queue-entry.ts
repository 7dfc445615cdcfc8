import { html, nothing, type TemplateResult } from 'lit';
import type { ContentItem, ContentRef, ContentStatus, QueueEntry } from '@confab/core';
import { busy as busyAttrs } from '../internal/busy.js';
import type { CommonStrings } from '../internal/common.strings.js';
import { describedBy, invalid } from '../internal/field-errors.js';
import { formatDateTime, formatNumber, formatRelative } from '../internal/format.js';
import { heading } from '../internal/heading.js';
import { contentStatus } from '../internal/content-status.js';
import type { ContentStrings } from '../internal/content.strings.js';
import type { MarkdownController } from '../internal/markdown-controller.js';
import type { ModerationQueueStrings } from './moderation-queue.strings.js';
import { auditLine } from './queue-history.js';
import { renderStaffForm, renderStaffNotes, type StaffNotesController } from './staff-notes.js';

/** What a moderator can do with an entry (besides "Restrict author" and staff notes). */
export type EntryAction = 'keep' | 'hide' | 'delete' | 'restore' | 'approve';

/** The field errors of one entry. */
export interface EntryErrors {
  note?: string;
  days?: string;
  staff?: string;
}

/** What an entry needs from the queue. */
export interface EntryView {
  s: ModerationQueueStrings;
  common: CommonStrings;
  lang: string;
  md: MarkdownController;
  /** The shared labels of an item's state ("Hidden", "Waiting for review", "edited"). */
  content: ContentStrings;
  /** The level of each entry's heading. */
  level: number;
  busy: ReadonlySet<string>;
  /** A refusal per entry, shown under its actions. */
  errors: Readonly<Record<string, string>>;
  fields: Readonly<Record<string, EntryErrors>>;
  notes: StaffNotesController;
  draft: (key: string, field: 'note' | 'days' | 'staff') => string;
  setDraft: (key: string, field: 'note' | 'days' | 'staff', text: string) => void;
  staffOpen: (key: string) => boolean;
  toggleStaff: (entry: QueueEntry) => void;
  saveStaffNote: (entry: QueueEntry) => void;
  act: (entry: QueueEntry, action: EntryAction) => void;
  restrict: (entry: QueueEntry) => void;
}

/** The DOM-id-safe key of an item: `answer-a1`. */
export const entryKey = (ref: ContentRef): string => `${ref.kind}-${ref.id}`.replace(/[^\w-]/g, '_');

/** The status of an item (absent: visible). */
export const statusOf = (item: ContentItem): ContentStatus => item.item.moderation ?? { state: 'visible', by: null, reason: null, editedAt: null };

/** The actions an entry offers, in order, from where its item stands. */
export function actionsFor(entry: QueueEntry): EntryAction[] {
  const { state, by } = statusOf(entry.item);
  const out: EntryAction[] = [];
  if (entry.held || state === 'held') out.push('approve');
  else out.push('keep');
  if (state === 'visible' || (state === 'hidden' && by === 'community')) out.push('hide');
  if (state !== 'deleted') out.push('delete');
  if (state === 'hidden' || state === 'deleted') out.push('restore');
  return out;
}

/** The label of an action's button. */
export function actionLabel(s: ModerationQueueStrings, action: EntryAction): string {
  return { keep: s.keep, hide: s.hide, delete: s.delete, restore: s.restore, approve: s.approve }[action];
}

/** The item's own text: its title (questions, ideas), its Markdown body, or a feedback comment as text. */
function content(v: EntryView, item: ContentItem): TemplateResult {
  switch (item.kind) {
    case 'question':
    case 'idea':
      return html`<p class="item-title" dir="auto">${item.item.title}</p>${v.md.render(item.item.body, 'content')}`;
    case 'answer':
    case 'comment':
      return v.md.render(item.item.body, 'content');
    case 'feedback':
      return html`<p class="text" part="content" dir="auto">${item.item.comment ?? ''}</p>`;
  }
}

function time(lang: string, iso: string): TemplateResult {
  return html`<time datetime=${iso} title=${formatDateTime(lang, iso)}>${formatRelative(iso, lang)}</time>`;
}

function reports(v: EntryView, entry: QueueEntry, key: string): TemplateResult {
  const { s, lang } = v;
  const n = (x: number) => formatNumber(lang, x, { maximumFractionDigits: 2 });
  return html`<section class="reports" aria-labelledby="reports-${key}">
    ${heading(v.level + 1, html`${s.reports(entry.reports.length)} · ${s.score(n(entry.score))}`, { id: `reports-${key}`, class: 'subheading' })}
    ${entry.reports.length
      ? html`<ul class="report-list">${entry.reports.map((r) => html`<li>
          <p class="small">${s.report(s.reasons[r.reason], r.reporter.name, n(r.weight))} · ${time(lang, r.createdAt)}</p>
          ${r.note ? html`<p class="text small" dir="auto">${r.note}</p>` : nothing}
        </li>`)}</ul>`
      : html`<p class="muted small">${s.noReports}</p>`}
  </section>`;
}

function author(v: EntryView, entry: QueueEntry, key: string): TemplateResult {
  const { s, lang } = v;
  const r = entry.authorRecord;
  const n = (x: number) => formatNumber(lang, x);
  const restricted = r.restrictedUntil && new Date(r.restrictedUntil).getTime() > Date.now() ? r.restrictedUntil : null;
  return html`<section class="author" aria-labelledby="author-${key}">
    ${heading(v.level + 1, html`${s.author(entry.author.name)}`, { id: `author-${key}`, class: 'subheading', dir: 'auto' })}
    <dl class="record">
      <div><dt>${s.reportsAgreed}</dt><dd>${n(r.reportsAgreed)}</dd></div>
      <div><dt>${s.reportsDismissed}</dt><dd>${n(r.reportsDismissed)}</dd></div>
      <div><dt>${s.removed}</dt><dd>${n(r.removed)}</dd></div>
      <div><dt>${s.approvedPosts}</dt><dd>${n(r.approvedPosts)}</dd></div>
      ${restricted
        ? html`<div><dt>${s.restrictedUntil}</dt><dd><time datetime=${restricted}>${formatDateTime(lang, restricted)}</time></dd></div>`
        : html`<div><dt>${s.restrictedUntil}</dt><dd>${s.notRestricted}</dd></div>`}
    </dl>
    <section class="author-history" aria-labelledby="history-${key}">
      ${heading(v.level + 2, s.historyOf(entry.author.name), { id: `history-${key}`, class: 'subheading', dir: 'auto' })}
      ${entry.history.length
        ? html`<ul class="history">${entry.history.map((h) => html`<li>${auditLine(s, lang, h)}</li>`)}</ul>`
        : html`<p class="muted small">${s.noHistory}</p>`}
    </section>
    ${renderStaffNotes({ s, common: v.common, lang, level: v.level + 2 }, key, entry.author.name, v.notes.get(entry.author.id), v.notes.error(entry.author.id))}
  </section>`;
}

function actions(v: EntryView, entry: QueueEntry, key: string): TemplateResult {
  const { s } = v;
  const busy = v.busy.has(key);
  const errs = v.fields[key] ?? {};
  const error = v.errors[key];
  return html`<div class="decide">
    <div class="field">
      <label for="note-${key}">${s.noteLabel}</label>
      <textarea id="note-${key}" dir="auto" aria-invalid=${invalid(errs.note)} aria-describedby=${describedBy(errs.note && `note-error-${key}`, `note-hint-${key}`)}
        ?readonly=${busy} .value=${v.draft(key, 'note')} @input=${(e: Event) => v.setDraft(key, 'note', (e.target as HTMLTextAreaElement).value)}></textarea>
      <p id="note-hint-${key}" class="muted small">${s.noteHint}</p>
      ${errs.note ? html`<p id="note-error-${key}" class="field-error">${errs.note}</p>` : nothing}
    </div>
    <div part="actions" class="actions">
      ${actionsFor(entry).map((a) => html`<button type="button" data-action=${a} class=${a === 'approve' || a === 'keep' ? 'primary' : ''} ${busyAttrs(busy)}
        @click=${() => v.act(entry, a)}>${actionLabel(s, a)}</button>`)}
    </div>
    <div class="restrict">
      <div class="field days">
        <label for="days-${key}">${s.daysLabel}</label>
        <input id="days-${key}" type="number" min="0" max="365" step="1" inputmode="numeric" aria-invalid=${invalid(errs.days)}
          aria-describedby=${describedBy(errs.days && `days-error-${key}`, `days-hint-${key}`)} ?readonly=${busy}
          .value=${v.draft(key, 'days')} @input=${(e: Event) => v.setDraft(key, 'days', (e.target as HTMLInputElement).value)} />
        <p id="days-hint-${key}" class="muted small">${s.daysHint}</p>
        ${errs.days ? html`<p id="days-error-${key}" class="field-error">${errs.days}</p>` : nothing}
      </div>
      <button type="button" data-action="restrict" ${busyAttrs(busy)} @click=${() => v.restrict(entry)}>${s.restrictAuthor}</button>
    </div>
    ${error ? html`<p class="message error" role="alert">${error}</p>` : nothing}
    ${renderStaffForm({
      s, common: v.common, lang: v.lang, level: v.level + 1, open: v.staffOpen(key), draft: v.draft(key, 'staff'), error: errs.staff, busy,
      toggle: () => v.toggleStaff(entry), input: (text) => v.setDraft(key, 'staff', text), save: () => v.saveStaffNote(entry),
    }, key)}
  </div>`;
}

/**
 * One queue entry, headed by its kind and title so moderators can jump between entries: where
 * the item stands (with the reason), its text, its reports with reasons, notes and weights, the
 * score, the author with their record, earlier moderation and staff notes, then the decision —
 * a note, the actions, "Restrict author" with its days, and "Add staff note".
 */
export function renderEntry(v: EntryView, entry: QueueEntry): TemplateResult {
  const { s, lang } = v;
  const key = entryKey(entry.target);
  return html`<li part="entry" class="entry" id="entry-${key}" tabindex="-1" aria-labelledby="title-${key}" aria-busy=${v.busy.has(key) ? 'true' : 'false'}
      data-kind=${entry.target.kind} data-id=${entry.target.id}>
    ${heading(v.level, s.entryTitle(s.kinds[entry.target.kind], entry.title), { id: `title-${key}`, class: 'entry-title', dir: 'auto' })}
    ${contentStatus(entry.item.item.moderation, v.content, lang)}
    <p class="muted small">${s.queued(formatRelative(entry.since, lang))}</p>
    <div class="content">${content(v, entry.item)}</div>
    ${reports(v, entry, key)}
    ${author(v, entry, key)}
    ${actions(v, entry, key)}
  </li>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import { LIMITS, REPORT_REASONS, area, isConfabError, type ContentEdit, type ContentItem } from '@confab/core';
import { commonStrings } from './common.strings.js';
import { contentFormStrings, type ContentFormStrings } from './content-forms.strings.js';
import { contentFacts, withEdit } from './content-item.js';
import type { ContentActionsController, contentActions } from './content-actions.js';
import { describedBy, fieldError, invalid } from './field-errors.js';
import { errorMessage, fieldErrors } from './error-message.js';
import { busy } from './busy.js';
import { storage } from './storage.js';
import { formatDateTime, formatRelative } from './format.js';

/**
 * The forms of the content lifecycle, loaded by `ContentActionsController` on first use: the
 * report form, the edit form (drafts kept per field, optimistic save rolled back visibly), the
 * author's delete confirmation, the moderator's reason for hide and delete, and the earlier
 * versions. Not imported anywhere else, so it stays out of every widget's first view.
 */

type Can = ReturnType<typeof contentActions>;
type C = ContentActionsController;

const fs = (c: C): ContentFormStrings => c.options.localize.strings(contentFormStrings);
/** Ids inside the widget's shadow root, one set per item. */
const idOf = (c: C, field: string) => `cf-${(c.open?.key ?? '').replace(/[^\w-]/g, '_')}-${field}`;
const draftKey = (key: string, field: string) => `confab:draft:edit:${key}:${field}`;

/** The edit form's current values: the kept draft, else the item's text. */
function editValues(c: C, content: ContentItem) {
  const f = contentFacts(content);
  const key = c.open?.key ?? '';
  return {
    title: storage.getItem(draftKey(key, 'title')) ?? f.title ?? '',
    body: storage.getItem(draftKey(key, 'body')) ?? f.body,
    tags: storage.getItem(draftKey(key, 'tags')) ?? (f.tags ?? []).join(', '),
  };
}

function keep(c: C, field: string, value: string): void {
  storage.setItem(draftKey(c.open?.key ?? '', field), value);
  c.fields = { ...c.fields, [field]: '' };
  c.host.requestUpdate();
}

function forget(key: string): void {
  for (const field of ['title', 'body', 'tags']) storage.removeItem(draftKey(key, field));
}

/** Called when a form opens: resets its values, loads versions, and moves focus into it. */
export function opened(c: C): void {
  const open = c.open;
  if (!open) return;
  c.reportReason = '';
  c.note = '';
  c.reason = '';
  if (open.form === 'versions') void loadVersions(c, open.content);
  const first = open.form === 'report' ? `#${idOf(c, 'reason-spam')}` : open.form === 'edit' ? `#${idOf(c, contentFacts(open.content).title !== null ? 'title' : 'body')}`
    : open.form === 'versions' ? `#${idOf(c, 'versions')}` : `#${idOf(c, 'confirm')}`;
  c.options.focus(`#${idOf(c, 'reason')}`, first);
}

async function loadVersions(c: C, content: ContentItem): Promise<void> {
  const key = c.open?.key ?? '';
  c.versions = { key };
  try {
    const list = await area(c.options.adapter()!, 'moderation').versions(contentFacts(content).ref);
    if (c.versions?.key === key) c.versions = { key, list };
  } catch (error) {
    if (c.versions?.key === key) c.versions = { key, error: errorMessage(error, c.options.localize.strings(commonStrings)) };
  }
  c.host.requestUpdate();
}

/** Runs a write with the busy state and the form's error; resolves with its result or undefined. */
async function write<T>(c: C, run: () => Promise<T>): Promise<T | undefined> {
  if (c.busy) return undefined;
  c.busy = true;
  c.error = '';
  c.host.requestUpdate();
  try {
    return await run();
  } catch (error) {
    c.fields = fieldErrors(error);
    c.error = isConfabError(error) && error.code === 'conflict' && c.open?.form === 'report' ? fs(c).alreadyReported : errorMessage(error, c.options.localize.strings(commonStrings));
    return undefined;
  } finally {
    c.busy = false;
    c.host.requestUpdate();
  }
}

async function sendReport(c: C, e: Event, content: ContentItem): Promise<void> {
  e.preventDefault();
  const s = fs(c);
  const note = c.note.trim();
  c.fields = {
    reason: c.reportReason ? '' : s.reasonRequired,
    note: c.reportReason === 'other' && !note ? s.noteRequired : note.length > LIMITS.note ? c.options.localize.strings(commonStrings).tooLong(LIMITS.note, note.length) : '',
  };
  if (c.fields.reason || c.fields.note) {
    c.host.requestUpdate();
    c.options.focus(c.fields.reason ? `#${idOf(c, 'reason-spam')}` : `#${idOf(c, 'note')}`);
    return;
  }
  const ref = contentFacts(content).ref;
  const done = await write(c, () => area(c.options.adapter()!, 'moderation').report(ref, { reason: c.reportReason as Exclude<typeof c.reportReason, ''>, ...(note ? { note } : {}) }, { idempotencyKey: crypto.randomUUID() }));
  if (!done) return c.options.focus(`#${idOf(c, 'error')}`);
  c.options.announce(s.reported);
  c.close(true);
}

async function confirm(c: C, e: Event, content: ContentItem, can: Can, action: 'remove' | 'hide'): Promise<void> {
  e.preventDefault();
  const s = fs(c);
  const needsReason = action === 'hide' || !can.mine;
  const reason = c.reason.trim();
  c.fields = { reason: needsReason && !reason ? s.reasonRequired : '' };
  if (c.fields.reason) {
    c.host.requestUpdate();
    return c.options.focus(`#${idOf(c, 'reason')}`);
  }
  const ref = contentFacts(content).ref;
  const moderation = area(c.options.adapter()!, 'moderation');
  const key = { idempotencyKey: crypto.randomUUID() };
  const result = await write(c, () => (action === 'hide' ? moderation.hide(ref, { reason }, key) : moderation.remove(ref, needsReason ? { reason } : {}, key)));
  if (!result) return c.options.focus(`#${idOf(c, 'error')}`);
  const openKey = c.open?.key ?? '';
  c.close(false);
  c.options.replaced(result);
  c.options.announce(action === 'hide' ? s.hiddenDone : s.removedDone);
  c.options.focus(c.button('restore', openKey), ...[c.options.itemSelector?.(result)].filter((x): x is string => !!x));
}

async function save(c: C, e: Event, content: ContentItem, can: Can): Promise<void> {
  e.preventDefault();
  const s = fs(c);
  const common = c.options.localize.strings(commonStrings);
  const facts = contentFacts(content);
  const v = editValues(c, content);
  const [title, body] = [v.title.trim(), v.body.trim()];
  const max = facts.ref.kind === 'comment' || facts.ref.kind === 'feedback' ? LIMITS.comment : LIMITS.body;
  const reason = c.reason.trim();
  const needsReason = !can.mine;
  c.fields = {
    title: facts.title !== null && !title ? s.titleRequired : title.length > LIMITS.title ? common.tooLong(LIMITS.title, title.length) : '',
    body: facts.title === null && !body ? s.bodyRequired : body.length > max ? common.tooLong(max, body.length) : '',
    reason: needsReason && !reason ? s.reasonRequired : '',
  };
  if (c.fields.title || c.fields.body || c.fields.reason) {
    c.host.requestUpdate();
    return c.options.focus(...['title', 'body', 'reason'].filter((f) => c.fields[f]).map((f) => `#${idOf(c, f)}`));
  }
  const edit: ContentEdit = { body, ...(facts.title !== null ? { title, tags: v.tags.split(',').map((t) => t.trim()).filter(Boolean) } : {}), ...(needsReason ? { reason } : {}) };
  const open = c.open!;
  // Optimistic: the item shows the new text at once; a refusal puts the old text back and reopens the form with the draft.
  c.close(false);
  c.options.replaced(withEdit(content, edit, new Date().toISOString()));
  c.options.focus(c.button('edit', open.key));
  try {
    const result = await area(c.options.adapter()!, 'moderation').edit(facts.ref, edit, { idempotencyKey: crypto.randomUUID() });
    forget(open.key);
    c.options.replaced(result);
    c.options.announce(s.saved);
  } catch (error) {
    c.options.replaced(content);
    c.open = open;
    c.reason = reason;
    c.fields = fieldErrors(error);
    c.error = s.notSaved(errorMessage(error, common));
    c.host.requestUpdate();
    c.options.focus(`#${idOf(c, 'error')}`);
  }
}

function errorLine(c: C): TemplateResult | typeof nothing {
  return c.error ? html`<p id=${idOf(c, 'error')} class="message error" role="alert" tabindex="-1">${c.error}</p>` : nothing;
}

function buttons(c: C, label: string): TemplateResult {
  return html`<div class="row"><button type="submit" class="primary" id=${idOf(c, 'confirm')} ${busy(c.busy)}>${label}</button>
    <button type="button" @click=${() => c.close(true)}>${fs(c).cancel}</button></div>`;
}

/** The moderator's required "Reason" textbox. */
function reasonField(c: C): TemplateResult {
  const id = idOf(c, 'reason');
  const err = c.fields.reason;
  return html`<label for=${id}>${fs(c).moderatorReason}</label>
    <textarea id=${id} required maxlength=${LIMITS.note} dir="auto" .value=${c.reason} aria-invalid=${invalid(err)} aria-describedby=${describedBy(err && `${id}-error`)}
      @input=${(e: Event) => { c.reason = (e.target as HTMLTextAreaElement).value; c.fields = { ...c.fields, reason: '' }; }}></textarea>
    ${fieldError(`${id}-error`, err)}`;
}

function reportForm(c: C, content: ContentItem): TemplateResult {
  const s = fs(c);
  const noteId = idOf(c, 'note');
  return html`<form class="content-form" part="content-form" novalidate @submit=${(e: Event) => void sendReport(c, e, content)}>
    <fieldset role="radiogroup" aria-invalid=${invalid(c.fields.reason)} aria-describedby=${describedBy(c.fields.reason && idOf(c, 'reason-error'))}>
      <legend>${s.reasonLegend}</legend>
      ${REPORT_REASONS.map((r) => html`<label class="choice"><input type="radio" name=${idOf(c, 'reason')} id=${idOf(c, `reason-${r}`)} value=${r}
        .checked=${c.reportReason === r} @change=${() => { c.reportReason = r; c.fields = {}; c.host.requestUpdate(); }} /> ${s.reasons[r]}</label>`)}
    </fieldset>
    ${fieldError(idOf(c, 'reason-error'), c.fields.reason)}
    <label for=${noteId}>${s.note}</label>
    <textarea id=${noteId} maxlength=${LIMITS.note} dir="auto" ?required=${c.reportReason === 'other'} .value=${c.note}
      aria-invalid=${invalid(c.fields.note)} aria-describedby=${describedBy(c.fields.note && `${noteId}-error`)}
      @input=${(e: Event) => { c.note = (e.target as HTMLTextAreaElement).value; }}></textarea>
    ${fieldError(`${noteId}-error`, c.fields.note)}
    ${errorLine(c)}
    ${buttons(c, s.sendReport)}
  </form>`;
}

function editForm(c: C, content: ContentItem, can: Can): TemplateResult {
  const s = fs(c);
  const facts = contentFacts(content);
  const v = editValues(c, content);
  const field = (name: 'title' | 'body' | 'tags', label: string, multiline: boolean) => {
    const id = idOf(c, name);
    const err = c.fields[name];
    const input = (e: Event) => keep(c, name, (e.target as HTMLInputElement).value);
    return html`<label for=${id}>${label}</label>
      ${multiline
        ? html`<textarea id=${id} dir="auto" .value=${v[name]} aria-invalid=${invalid(err)} aria-describedby=${describedBy(err && `${id}-error`)} @input=${input}></textarea>`
        : html`<input id=${id} dir="auto" .value=${v[name]} aria-invalid=${invalid(err)} aria-describedby=${describedBy(err && `${id}-error`)} @input=${input} />`}
      ${fieldError(`${id}-error`, err)}`;
  };
  return html`<form class="content-form" part="content-form" novalidate @submit=${(e: Event) => void save(c, e, content, can)}>
    ${facts.title !== null ? field('title', s.title, false) : nothing}
    ${field('body', s.body, true)}
    ${facts.tags !== null ? field('tags', s.tags, false) : nothing}
    ${can.mine ? nothing : reasonField(c)}
    ${errorLine(c)}
    ${buttons(c, s.saveChanges)}
  </form>`;
}

function confirmForm(c: C, content: ContentItem, can: Can, action: 'remove' | 'hide'): TemplateResult {
  const s = fs(c);
  const byAuthor = action === 'remove' && can.mine;
  return html`<form class="content-form" part="content-form" novalidate @submit=${(e: Event) => void confirm(c, e, content, can, action)}>
    ${byAuthor ? html`<p>${s.confirmRemove[contentFacts(content).ref.kind]}</p>` : reasonField(c)}
    ${errorLine(c)}
    ${buttons(c, action === 'hide' ? s.hide : s.remove)}
  </form>`;
}

function versionsList(c: C): TemplateResult {
  const s = fs(c);
  const lang = c.options.localize.lang;
  const v = c.versions;
  const common = c.options.localize.strings(commonStrings);
  return html`<div class="content-versions" part="content-versions" id=${idOf(c, 'versions')} tabindex="-1">
    ${!v?.list && !v?.error ? html`<p class="muted" role="status">${common.loading}</p>` : nothing}
    ${v?.error ? html`<p class="message error" role="alert">${v.error}</p>` : nothing}
    ${v?.list && !v.list.length ? html`<p class="muted">${s.noVersions}</p>` : nothing}
    ${v?.list?.length ? html`<ol>${v.list.map((ver) => html`<li>
      <p class="meta muted">${s.version(ver.version, ver.editor.name)} · <time datetime=${ver.at} title=${formatDateTime(lang, ver.at)}>${formatRelative(ver.at, lang)}</time></p>
      ${ver.title ? html`<p dir="auto"><strong>${ver.title}</strong></p>` : nothing}
      <p class="version-body" dir="auto">${ver.body}</p>
    </li>`)}</ol>` : nothing}
  </div>`;
}

/** The open form of `content` (the controller says which one is open). */
export function render(c: C, content: ContentItem, can: Can): TemplateResult | typeof nothing {
  switch (c.open?.form) {
    case 'report': return reportForm(c, content);
    case 'edit': return editForm(c, content, can);
    case 'remove': return confirmForm(c, content, can, 'remove');
    case 'hide': return confirmForm(c, content, can, 'hide');
    case 'versions': return versionsList(c);
    default: return nothing;
  }
}

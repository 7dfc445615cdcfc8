import { html, nothing, type TemplateResult } from 'lit';
import { LIMITS, type Feedback, type FeedbackState } from '@confab/core';
import type { CommonStrings } from '../internal/common.strings.js';
import { formatDateTime, formatRelative } from '../internal/format.js';
import type { LocalizeController } from '../internal/localize.js';
import { safeUrl } from '../internal/safe-url.js';
import { busy as busyAttrs } from '../internal/busy.js';
import { heading } from '../internal/heading.js';
import { describedBy, invalid } from '../internal/field-errors.js';
import type { FeedbackInboxStrings } from './feedback-inbox.strings.js';
import type { ContentActionsController } from '../internal/content-actions.js';

/** What an inbox item needs from the inbox. */
export interface ItemView {
  s: FeedbackInboxStrings;
  common: CommonStrings;
  localize: LocalizeController;
  /** True when the inbox lists several subjects, so each item names its own. */
  showSubject: boolean;
  /** The level of each item's heading. */
  level: number;
  busy: ReadonlySet<string>;
  errors: Readonly<Record<string, string>>;
  /** Whether an item's response box is open (boxes start collapsed, unless they hold a draft). */
  isOpen: (id: string) => boolean;
  draft: (id: string) => string;
  setDraft: (id: string, text: string) => void;
  /** Opens or closes an item's response box. */
  toggle: (f: Feedback) => void;
  respond: (f: Feedback) => void;
  setState: (f: Feedback, state: FeedbackState) => void;
  /** Issue 13: the actions row and labels of the feedback's comment. */
  content?: ContentActionsController;
}

function time(v: ItemView, iso: string): TemplateResult {
  const lang = v.localize.lang;
  return html`<time datetime=${iso} title=${formatDateTime(lang, iso)}>${formatRelative(iso, lang)}</time>`;
}

function subject(v: ItemView, f: Feedback): TemplateResult {
  const href = /^https?:\/\//i.test(f.subject) ? safeUrl(f.subject) : undefined;
  return html`<p class="muted small">${v.s.subject}: ${href ? html`<a href=${href} dir="auto">${f.subject}</a>` : html`<span dir="auto">${f.subject}</span>`}</p>`;
}

/** The response form of an item, shown once its box is opened (or while it holds a draft). */
function respondBox(v: ItemView, f: Feedback, context: string, open: boolean): TemplateResult {
  const { s, common } = v;
  const id = f.id;
  const draft = v.draft(id);
  const length = draft.trim().length;
  const over = length > LIMITS.note;
  const busy = v.busy.has(id);
  const error = v.errors[id];
  return html`<div part="respond" class="respond" id="respond-${id}" ?hidden=${!open}>
    <label for="response-${id}">${s.responseLabel}<span class="visually-hidden">, ${context}</span></label>
    <textarea id="response-${id}" dir="auto" aria-describedby=${describedBy(`count-${id}`, !!error && `error-${id}`)}
      aria-invalid=${invalid(over || error)} ?readonly=${busy}
      .value=${draft} @input=${(e: Event) => v.setDraft(id, (e.target as HTMLTextAreaElement).value)}></textarea>
    <p id="count-${id}" class=${over ? 'field-error' : 'muted small'}>${over ? common.tooLong(LIMITS.note, length) : common.charactersLeft(LIMITS.note - length)}</p>
    ${error ? html`<p id="error-${id}" class="message error" role="alert">${error}</p>` : nothing}
    <button class="primary" ${busyAttrs(busy)} aria-label=${`${s.respond}, ${context}`} @click=${() => v.respond(f)}>${s.respond}</button>
  </div>`;
}

/**
 * One piece of feedback, headed (so people can jump between items) by who sent it and what they
 * answered. Its response box starts collapsed behind "Write a response"; every control names the
 * item it acts on ("Mark actioned, feedback from Kwame Mensah"); what readers wrote is `dir="auto"`.
 */
export function renderItem(v: ItemView, f: Feedback): TemplateResult {
  const { s } = v;
  const id = f.id;
  const busy = v.busy.has(id);
  const who = f.author?.name ?? s.anonymous;
  const context = s.feedbackFrom(who);
  const rating = f.variant === 'stars' ? s.starsValue(f.rating) : f.rating === 5 ? s.yes : s.no;
  const open = v.isOpen(id);
  const button = (label: string, next: FeedbackState) =>
    f.state === next ? nothing : html`<button ${busyAttrs(busy)} aria-label=${`${label}, ${context}`} @click=${() => v.setState(f, next)}>${label}</button>`;
  return html`<li part="item" class="item" id="item-${id}" tabindex="-1" aria-labelledby="heading-${id}">
    ${heading(v.level, html`<bdi>${who}</bdi>: ${rating}`, { id: `heading-${id}`, class: `item-heading ${f.rating >= 4 ? 'good' : 'bad'}` })}
    <p class="head">
      ${f.reason ? html`<span class="chip" dir="auto">${f.reason}</span>` : nothing}
      <span class="state state-${f.state}">${s.filters[f.state]}</span>
    </p>
    ${v.showSubject ? subject(v, f) : nothing}
    ${f.comment ? v.content?.status({ kind: 'feedback', item: f }) ?? nothing : nothing}
    <p class=${f.comment ? 'text' : 'muted'} dir=${f.comment ? 'auto' : nothing}>${f.comment ?? s.noComment}</p>
    ${f.comment ? v.content?.render({ kind: 'feedback', item: f }) ?? nothing : nothing}
    <p class="muted small"><bdi>${who}</bdi> · ${time(v, f.createdAt)}</p>
    ${f.response
      ? html`<div part="response" class="response">
          <p class="small"><strong>${s.responseFrom(f.response.by.name)}</strong> · ${time(v, f.response.at)}</p>
          <p class="text" dir="auto">${f.response.body}</p>
        </div>`
      : nothing}
    <div class="actions">
      <button class="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="respond-${id}" aria-label=${`${s.writeResponse}, ${context}`}
        @click=${() => v.toggle(f)}>${s.writeResponse}</button>
      ${button(s.markActioned, 'actioned')}
      ${button(s.dismiss, 'dismissed')}
      ${button(s.reopen, 'open')}
    </div>
    ${respondBox(v, f, context, open)}
  </li>`;
}

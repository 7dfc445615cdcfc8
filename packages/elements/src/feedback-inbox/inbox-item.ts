import { html, nothing, type TemplateResult } from 'lit';
import { LIMITS, type Feedback, type FeedbackState } from '@confab/core';
import type { CommonStrings } from '../internal/common.strings.js';
import { formatDateTime, formatRelative } from '../internal/format.js';
import type { LocalizeController } from '../internal/localize.js';
import { safeUrl } from '../internal/safe-url.js';
import type { FeedbackInboxStrings } from './feedback-inbox.strings.js';

/** What an inbox item needs from the inbox. */
export interface ItemView {
  s: FeedbackInboxStrings;
  common: CommonStrings;
  localize: LocalizeController;
  /** True when the inbox lists several subjects, so each item names its own. */
  showSubject: boolean;
  busy: ReadonlySet<string>;
  errors: Readonly<Record<string, string>>;
  draft: (id: string) => string;
  setDraft: (id: string, text: string) => void;
  respond: (f: Feedback) => void;
  setState: (f: Feedback, state: FeedbackState) => void;
}

function time(v: ItemView, iso: string): TemplateResult {
  const lang = v.localize.lang;
  return html`<time datetime=${iso} title=${formatDateTime(lang, iso)}>${formatRelative(iso, lang)}</time>`;
}

function subject(v: ItemView, f: Feedback): TemplateResult {
  const href = /^https?:\/\//i.test(f.subject) ? safeUrl(f.subject) : undefined;
  return html`<p class="muted small">${v.s.subject}: ${href ? html`<a href=${href}>${f.subject}</a>` : f.subject}</p>`;
}

/** One piece of feedback with its response form and state actions. */
export function renderItem(v: ItemView, f: Feedback): TemplateResult {
  const { s, common } = v;
  const id = f.id;
  const draft = v.draft(id);
  const length = draft.trim().length;
  const over = length > LIMITS.note;
  const busy = v.busy.has(id);
  const error = v.errors[id];
  const rating = f.variant === 'stars' ? s.starsValue(f.rating) : f.rating === 5 ? s.yes : s.no;
  const button = (label: string, next: FeedbackState) =>
    f.state === next ? nothing : html`<button aria-disabled=${busy} @click=${() => v.setState(f, next)}>${label}</button>`;
  return html`<li part="item" class="item" id="item-${id}" tabindex="-1" aria-labelledby="rating-${id}">
    <p class="head">
      <strong id="rating-${id}" class=${f.rating >= 4 ? 'good' : 'bad'}>${rating}</strong>
      ${f.reason ? html`<span class="chip">${f.reason}</span>` : nothing}
      <span class="state state-${f.state}">${s.filters[f.state]}</span>
    </p>
    ${v.showSubject ? subject(v, f) : nothing}
    <p class=${f.comment ? 'text' : 'muted'}>${f.comment ?? s.noComment}</p>
    <p class="muted small">${f.author?.name ?? s.anonymous} · ${time(v, f.createdAt)}</p>
    ${f.response
      ? html`<div part="response" class="response">
          <p class="small"><strong>${s.responseFrom(f.response.by.name)}</strong> · ${time(v, f.response.at)}</p>
          <p class="text">${f.response.body}</p>
        </div>`
      : nothing}
    <div part="respond" class="respond">
      <label for="response-${id}">${s.responseLabel}</label>
      <textarea id="response-${id}" aria-describedby="count-${id}" aria-invalid=${over || !!error} ?readonly=${busy}
        .value=${draft} @input=${(e: Event) => v.setDraft(id, (e.target as HTMLTextAreaElement).value)}></textarea>
      <p id="count-${id}" class=${over ? 'field-error' : 'muted small'}>${over ? common.tooLong(LIMITS.note, length) : common.charactersLeft(LIMITS.note - length)}</p>
      ${error ? html`<p class="message error" role="alert">${error}</p>` : nothing}
    </div>
    <div class="actions">
      <button class="primary" aria-disabled=${busy} @click=${() => v.respond(f)}>${s.respond}</button>
      ${button(s.markActioned, 'actioned')}
      ${button(s.dismiss, 'dismissed')}
      ${button(s.reopen, 'open')}
    </div>
  </li>`;
}

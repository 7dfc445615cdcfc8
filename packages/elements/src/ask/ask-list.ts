import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Question, QuestionSort } from '@confab/core';
import { formatDateTime, formatRelative } from '../internal/format.js';
import type { LocalizeController } from '../internal/localize.js';
import type { AskHomeStrings } from './ask.strings.js';
import { busy } from '../internal/busy.js';
import { openOnPlainClick, questionHref } from './ask-route.js';
import { statusLine } from './ask-status.js';

/** A `<time>` with a relative label and the full date as its title. */
export function renderTime(iso: string, localize: LocalizeController): TemplateResult {
  const lang = localize.lang;
  return html`<time datetime=${iso} title=${formatDateTime(lang, iso)}>${formatRelative(iso, lang)}</time>`;
}

/** The tags of a question as a list of chips. */
export function renderTags(tags: string[]): TemplateResult | typeof nothing {
  if (!tags.length) return nothing;
  return html`<ul class="tags" part="tags">${tags.map((t) => html`<li class="tag" part="tag">${t}</li>`)}</ul>`;
}

/** What the question list needs to render. */
export interface ListView {
  items: Question[];
  sort: QuestionSort;
  hasMore: boolean;
  moreBusy: boolean;
  moreError: string;
  s: AskHomeStrings;
  localize: LocalizeController;
  open: (q: Question) => void;
  setSort: (sort: QuestionSort) => void;
  loadMore: () => void;
  /** Redraws the list (a question's state line whose code just came in). */
  redraw: () => void;
}

/** The sort control; rendered above the list in every state. */
export function renderSort(v: Pick<ListView, 'sort' | 's' | 'setSort'>): TemplateResult {
  const options: [QuestionSort, string][] = [['new', v.s.sortNew], ['votes', v.s.sortVotes], ['unanswered', v.s.sortUnanswered]];
  return html`<div class="sort" part="sort">
    <label for="ask-sort">${v.s.sortLabel}</label>
    <select id="ask-sort" @change=${(e: Event) => v.setSort((e.target as HTMLSelectElement).value as QuestionSort)}>
      ${options.map(([value, label]) => html`<option value=${value} ?selected=${value === v.sort}>${label}</option>`)}
    </select>
  </div>`;
}

/**
 * One question in the list: title (opens the thread), asker, age, votes, answers, answered mark,
 * and the same state line as the thread (issue 13: "Waiting for review" or "Hidden" and why for
 * its author and moderators, "edited").
 */
function renderItem(q: Question, v: ListView): TemplateResult {
  const { s, localize } = v;
  const answered = q.acceptedAnswerId !== null;
  return html`<li class="item" part="item${answered ? ' item-answered' : ''}" data-id=${q.id}>
    <a class="link title" part="item-title" dir="auto" data-open=${q.id} href=${questionHref(q.id)}
      @click=${(e: MouseEvent) => openOnPlainClick(e, () => v.open(q))}>${q.title}</a>
    <div class="meta muted">
      <span>${s.askedBy(q.author.name)}</span> · ${renderTime(q.createdAt, localize)}
      · <span class="count" part="item-votes">${s.votes(q.votes)}</span>
      · <span class="count" part="item-answers">${s.answers(q.answerCount)}</span>
      ${answered ? html`· <span class="answered" part="answered-mark"><span aria-hidden="true">✓ </span>${s.answered}</span>` : nothing}
    </div>
    ${statusLine(q.moderation, localize, v.redraw)}
    ${renderTags(q.tags)}
  </li>`;
}

/** The list of questions with "Show more" paging; the caller renders the empty state. */
export function renderList(v: ListView): TemplateResult {
  return html`<ul class="list" part="list">${repeat(v.items, (q) => q.id, (q) => renderItem(q, v))}</ul>
    ${v.moreError ? html`<p class="message error" role="alert">${v.moreError}</p>` : nothing}
    ${v.hasMore
      ? html`<button type="button" class="more" part="show-more" ${busy(v.moreBusy)} @click=${() => v.loadMore()}>${v.s.showMore}</button>`
      : nothing}`;
}

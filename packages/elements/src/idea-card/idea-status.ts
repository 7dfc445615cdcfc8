import { html, nothing, type TemplateResult } from 'lit';
import type { Idea } from '@confab/core';
import type { IdeaCardStrings } from './idea-card.strings.js';
import { formatDateTime, formatRelative } from '../internal/format.js';

/** The latest status note, who set it and when; nothing while the idea is unreviewed. */
export function renderStatusNote(idea: Idea, s: IdeaCardStrings, lang: string): TemplateResult | typeof nothing {
  const change = idea.statusChange;
  if (!change) return nothing;
  return html`<div class="status-note" part="status-note">
    <blockquote dir="auto">${change.note}</blockquote>
    <p class="meta">${s.statusSetBy} <span class="name">${change.by.name}</span> <span aria-hidden="true">·</span>
      <time datetime=${change.at} title=${formatDateTime(lang, change.at)}>${formatRelative(change.at, lang)}</time></p>
  </div>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import type { ContentStatus } from '@confab/core';
import { formatDateTime, formatRelative } from './format.js';
import type { ContentStrings } from './content.strings.js';

/**
 * The labels of an item's state, one line: "Waiting for review" (held), "Hidden" with the
 * reason, "Removed by its author" / "Removed by a moderator", and "edited <time>". Renders
 * nothing for a visible item never edited. The reason of a hide or delete reaches only its
 * author and moderators, so it shows exactly where the backend sent it. Reports hiding an item
 * carry the backend's English reason: it is replaced by the localised text.
 *
 * @example
 * ```ts
 * html`${contentStatus(answer.moderation, this.localize.strings(contentStrings), this.localize.lang)}`
 * ```
 */
export function contentStatus(status: ContentStatus | undefined, s: ContentStrings, lang: string): TemplateResult | typeof nothing {
  if (!status || (status.state === 'visible' && !status.editedAt)) return nothing;
  const reason = status.by === 'community' ? s.hiddenByCommunity : status.reason ? s.reason(status.reason) : '';
  let label: TemplateResult | typeof nothing = nothing;
  if (status.state === 'held') label = html`<strong class="content-label" data-state="held">${s.held}</strong>`;
  else if (status.state === 'hidden') label = html`<strong class="content-label" data-state="hidden">${s.hidden}</strong>`;
  else if (status.state === 'deleted') {
    label = html`<strong class="content-label" data-state="deleted">${status.by === 'author' ? s.removedByAuthor : s.removedByModerator}</strong>`;
  }
  const showReason = (status.state === 'hidden' || status.state === 'deleted') && reason;
  return html`<p class="content-status muted" part="content-status">${label}${showReason ? html` <span class="content-reason" dir="auto">${reason}</span>` : nothing}${status.editedAt
    ? html`${label === nothing ? nothing : ' · '}<span class="content-edited">${s.edited} <time datetime=${status.editedAt}
        title=${formatDateTime(lang, status.editedAt)}>${formatRelative(status.editedAt, lang)}</time></span>`
    : nothing}</p>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import type { Campaign } from '@confab/core';
import { busy } from '../internal/busy.js';
import { formatDateTime } from '../internal/format.js';
import type { MarkdownController } from '../internal/markdown-controller.js';
import type { CampaignBoardStrings } from './campaign.strings.js';

/** A campaign's description (sanitised Markdown), closing date and owners, under its purpose. */
export function renderCampaignInfo(c: Campaign, s: CampaignBoardStrings, lang: string, md: MarkdownController): TemplateResult {
  return html`${c.description ? html`<div class="description">${md.render(c.description, 'description')}</div>` : nothing}
    ${c.closesAt || c.owners.length ? html`<p class="muted campaign-facts">
      ${c.closesAt ? html`<span>${(c.status === 'closed' ? s.closedOn : s.closesOn)(formatDateTime(lang, c.closesAt))}</span>` : nothing}
      ${c.owners.length ? html`<span dir="auto">${s.ownersShown(c.owners.map((o) => o.name).join(', '))}</span>` : nothing}
    </p>` : nothing}`;
}

/** What the admins' buttons do. */
export interface AdminBarView {
  s: CampaignBoardStrings;
  /** The board's campaign, or null (listing, or a board without campaign). */
  campaign: Campaign | null;
  /** The form is open: the buttons that open it say so with `aria-expanded`. */
  formOpen: 'new' | 'edit' | null;
  closing: boolean;
  onNew: () => void;
  onEdit: () => void;
  onClose: () => void;
}

/** The admins' buttons: "New campaign", and on a campaign's board "Edit campaign" and "Close campaign" (while open). */
export function renderAdminBar(v: AdminBarView): TemplateResult {
  const { s, campaign } = v;
  return html`<div class="row admin" part="admin">
    <button type="button" id="new-campaign" aria-expanded=${v.formOpen === 'new' ? 'true' : 'false'} @click=${v.onNew}>${s.newCampaign}</button>
    ${campaign ? html`<button type="button" id="edit-campaign" aria-expanded=${v.formOpen === 'edit' ? 'true' : 'false'} @click=${v.onEdit}>${s.editCampaign}</button>` : nothing}
    ${campaign && campaign.status === 'open'
      ? html`<button type="button" id="close-campaign" ${busy(v.closing)} @click=${v.onClose}>${s.closeCampaign}</button>` : nothing}
  </div>`;
}

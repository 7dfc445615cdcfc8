import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Campaign, ChangeEvent, Id } from '@confab/core';
import { campaignStatus } from '@confab/core';
import { heading } from '../internal/heading.js';
import { safeUrl } from '../internal/safe-url.js';
import { formatDateTime } from '../internal/format.js';
import type { CampaignBoardStrings } from './campaign.strings.js';

/**
 * The `href` of a campaign from a `campaign-href` template such as `/ideas.html?campaign={id}`
 * (the id URL-encoded), or undefined when the template is missing or its URL is not safe.
 */
export function campaignHref(template: string | undefined, id: Id): string | undefined {
  if (!template) return undefined;
  return safeUrl(template.split('{id}').join(encodeURIComponent(id)));
}

/**
 * The open campaigns the listing shows, kept in creation order: a live `campaign.created` or
 * `campaign.updated` adds, replaces or (once closed) removes its campaign in place. Returns
 * whether the list changed.
 */
export function applyCampaignEvent(list: readonly Campaign[], event: ChangeEvent, now = Date.now()): Campaign[] | null {
  if (event.type !== 'campaign.created' && event.type !== 'campaign.updated') return null;
  const c = event.data;
  const open = campaignStatus(c, now) === 'open';
  const index = list.findIndex((x) => x.id === c.id);
  if (index >= 0) return open ? list.map((x) => (x.id === c.id ? c : x)) : list.filter((x) => x.id !== c.id);
  if (!open) return null;
  return [...list, c].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** What the listing renders with. */
export interface CampaignListView {
  campaigns: readonly Campaign[];
  s: CampaignBoardStrings;
  lang: string;
  level: number;
  /** `campaign-href`: entries are links when set, else buttons. */
  href?: string;
  pick: (campaign: Campaign) => void;
}

/** The listing of open campaigns, each with its title (a link or a button) and its purpose. */
export function renderCampaignList(v: CampaignListView): TemplateResult {
  const { s } = v;
  if (!v.campaigns.length) return html`<p class="message" part="message">${s.listEmpty}</p>`;
  return html`<ul class="campaigns" part="campaigns">${repeat(v.campaigns, (c) => c.id, (c) => {
    const href = campaignHref(v.href, c.id);
    const title = href
      ? html`<a href=${href} data-campaign=${c.id} dir="auto">${c.title}</a>`
      : html`<button type="button" class="link" data-campaign=${c.id} aria-label=${s.openCampaign(c.title)}
          @click=${() => v.pick(c)}><span dir="auto">${c.title}</span></button>`;
    return html`<li part="campaign">
      ${heading(v.level, title)}
      <p class="campaign-purpose" dir="auto">${c.purpose}</p>
      ${c.closesAt ? html`<p class="muted">${s.closesOn(formatDateTime(v.lang, c.closesAt))}</p>` : nothing}
    </li>`;
  })}</ul>`;
}

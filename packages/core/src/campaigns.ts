/**
 * The two campaign rules a widget needs as well as the domain: whether a campaign is open now,
 * and who may moderate its ideas. The domain (`domain/campaigns.ts`, `domain/ideas.ts`) uses
 * the same functions, so a board shows exactly what the backend will allow.
 */
import { isModerator } from './permissions.js';
import type { Campaign, CampaignStatus, User } from './types.js';

/**
 * Whether a campaign takes ideas at `now` (ms since the epoch): closed when an admin closed it
 * (`stored`) or once its `closesAt` has passed.
 *
 * @example
 * ```ts
 * campaignStatus({ status: 'open', closesAt: '2020-01-01T00:00:00.000Z' }); // 'closed'
 * ```
 */
export function campaignStatus(campaign: Pick<Campaign, 'status' | 'closesAt'>, now: number = Date.now()): CampaignStatus {
  if (campaign.status === 'closed') return 'closed';
  if (campaign.closesAt && Date.parse(campaign.closesAt) <= now) return 'closed';
  return 'open';
}

/**
 * Who may move an idea along the pipeline: moderators and admins, and the owners of the idea's
 * campaign (`campaign` null for an idea without one).
 */
export function canModerateIdeas(user: User | null | undefined, campaign: Pick<Campaign, 'owners'> | null | undefined): boolean {
  if (!user) return false;
  return isModerator(user) || (!!campaign && campaign.owners.some((o) => o.id === user.id));
}

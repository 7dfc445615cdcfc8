/**
 * The rules of campaigns: admins create, edit, close and reopen them; a campaign's status is
 * computed from `closesAt` against the clock on every read and write (`campaignStatus`); every
 * change is announced as `campaign.created` / `campaign.updated` in `campaignScopes`.
 */
import type { CampaignInput, CampaignQuery, CampaignUpdate } from '../adapter.js';
import { campaignStatus } from '../campaigns.js';
import { isAdmin } from '../permissions.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../errors.js';
import { campaignScopes } from '../scopes.js';
import type { Campaign, Id, User } from '../types.js';
import { checkCampaign, checkCampaignUpdate, type CheckedCampaign } from '../validation/campaign-input.js';
import type { ReadCtx, WriteCtx } from './context.js';

const QUERY_STATUSES = ['open', 'closed', 'all'] as const;

/** The campaign as every reader sees it now: its status with `closesAt` applied. */
export function current(campaign: Campaign, now: number = Date.now()): Campaign {
  return { ...campaign, status: campaignStatus(campaign, now) };
}

function requireAdmin(user: User | null, what: string): void {
  if (!user) throw new UnauthenticatedError();
  if (!isAdmin(user)) throw new ForbiddenError(`Only admins can ${what}`);
}

/** Campaigns in the order they were created: all of them, or only the `open` or `closed` ones. */
export async function listCampaigns(ctx: ReadCtx, query: CampaignQuery = {}): Promise<Campaign[]> {
  const status = query?.status ?? 'all';
  if (!QUERY_STATUSES.includes(status)) throw new ValidationError({ status: `Choose one of: ${QUERY_STATUSES.join(', ')}` });
  const now = Date.now();
  const all = (await ctx.repos.ideas.campaigns()).map((c) => current(c, now));
  return status === 'all' ? all : all.filter((c) => c.status === status);
}

/** One campaign, as it stands now, or a `NotFoundError`. */
export async function getCampaign(ctx: ReadCtx, id: Id): Promise<Campaign> {
  const c = typeof id === 'string' ? await ctx.repos.ideas.campaign(id) : null;
  if (!c) throw new NotFoundError('This campaign does not exist');
  return current(c);
}

const known = (ctx: ReadCtx) => async (ids: Id[]) => ctx.repos.people.existing(ids);

/** Checks owner ids against the people repository, then runs the synchronous check. */
async function withKnownOwners<T>(ctx: ReadCtx, owners: unknown, check: (found: ReadonlySet<Id>) => T): Promise<T> {
  const ids = Array.isArray(owners) ? [...new Set(owners.filter((o): o is string => typeof o === 'string'))].slice(0, 1000) : [];
  const found = ids.length ? await known(ctx)(ids) : new Set<Id>();
  return check(found);
}

/** Creates a campaign (`campaign.created`). Admins only; the purpose is required. */
export async function createCampaign(ctx: WriteCtx, input: CampaignInput): Promise<Campaign> {
  requireAdmin(ctx.user, 'create campaigns');
  const checked = await withKnownOwners(ctx, input?.owners, (found) => checkCampaign(input, () => found, Date.now()));
  const campaign = current(await ctx.repos.ideas.createCampaign(checked));
  ctx.emit('campaign.created', campaignScopes(campaign), campaign);
  return campaign;
}

function stored(c: Campaign): CheckedCampaign {
  return { title: c.title, purpose: c.purpose, description: c.description, closesAt: c.closesAt, owners: c.owners.map((o) => o.id), reviewTargetDays: c.reviewTargetDays ?? null };
}

/** Edits a campaign; `status: 'open'` reopens it, `'closed'` closes it (`campaign.updated`). Admins only. */
export async function updateCampaign(ctx: WriteCtx, id: Id, input: CampaignUpdate): Promise<Campaign> {
  requireAdmin(ctx.user, 'edit campaigns');
  const before = await getCampaign(ctx, id);
  const checked = await withKnownOwners(ctx, input?.owners, (found) => checkCampaignUpdate(stored(before), input, () => found, Date.now()));
  await ctx.repos.ideas.updateCampaign(before.id, checked);
  const campaign = await getCampaign(ctx, before.id);
  ctx.emit('campaign.updated', campaignScopes(campaign), campaign);
  return campaign;
}

/** Closes a campaign: it takes no new ideas (`campaign.updated`). Admins only; closing a closed campaign changes nothing. */
export async function closeCampaign(ctx: WriteCtx, id: Id): Promise<Campaign> {
  requireAdmin(ctx.user, 'close campaigns');
  const before = await getCampaign(ctx, id);
  const raw = await ctx.repos.ideas.campaign(before.id);
  if (raw?.status === 'closed') return before;
  await ctx.repos.ideas.updateCampaign(before.id, { ...stored(before), status: 'closed' });
  const campaign = await getCampaign(ctx, before.id);
  ctx.emit('campaign.updated', campaignScopes(campaign), campaign);
  return campaign;
}

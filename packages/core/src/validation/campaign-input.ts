/**
 * The checks of a campaign an admin creates or edits, shared by `MemoryAdapter` and the
 * reference server: trimmed texts within `LIMITS`, a required purpose, a closing date that is a
 * valid ISO 8601 time in the future, and owners who are known people.
 */
import type { CampaignInput, CampaignUpdate } from '../adapter.js';
import { LIMITS } from '../limits.js';
import type { CampaignStatus, Id, IsoDate } from '../types.js';
import type { KnownPeople } from './inputs.js';
import { Validator } from './validate.js';

/** A date (`2030-01-31`, midnight UTC) or a time with its zone (`2030-01-31T17:00:00Z`, `…+02:00`). */
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** A campaign as stored: every field present and normalised. */
export interface CheckedCampaign {
  title: string;
  purpose: string;
  description: string;
  closesAt: IsoDate | null;
  owners: Id[];
  /** Days an idea may stay "new" before the owners are reminded, or null. */
  reviewTargetDays?: number | null;
}

/** A review target: a whole number of days from 1 to 365, or null/absent for none. */
function reviewTarget(v: Validator, value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 365) {
    v.fail('reviewTargetDays', 'The review target is a whole number of days from 1 to 365');
    return null;
  }
  return value;
}

function closingDate(v: Validator, value: unknown, now: number, mustBeFuture: boolean): IsoDate | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || !ISO.test(value) || Number.isNaN(Date.parse(value))) {
    v.fail('closesAt', 'The closing date must be a date such as 2030-01-31 or a time such as 2030-01-31T17:00:00Z');
    return null;
  }
  const at = new Date(Date.parse(value)).toISOString();
  if (mustBeFuture && Date.parse(at) <= now) v.fail('closesAt', 'The closing date must be in the future');
  return at;
}

function owners(v: Validator, ids: unknown, known: KnownPeople): Id[] {
  if (ids === undefined || ids === null) return [];
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
    v.fail('owners', 'Choose owners from the people search');
    return [];
  }
  const unique = [...new Set(ids as string[])];
  if (unique.length > LIMITS.owners) {
    v.fail('owners', `At most ${LIMITS.owners} owners`);
    return unique;
  }
  const found = known(unique);
  const unknown = unique.filter((id) => !found.has(id));
  if (unknown.length > 0) v.fail('owners', `Unknown person: ${unknown.join(', ')}`);
  return unique;
}

/**
 * A new campaign: title and purpose required, description optional, `closesAt` in the future
 * (at `now`, ms since the epoch), owners known and de-duplicated.
 *
 * @example
 * ```ts
 * checkCampaign({ title: 'Greener offices', purpose: '' }, known, Date.now()); // throws { purpose: 'Purpose is required' }
 * ```
 */
export function checkCampaign(input: CampaignInput, known: KnownPeople, now: number): CheckedCampaign {
  const v = new Validator();
  const i = (input ?? {}) as Partial<CampaignInput>;
  const title = v.text('title', i.title, { label: 'Title', max: LIMITS.title, required: true });
  const purpose = v.text('purpose', i.purpose, { label: 'Purpose', max: LIMITS.purpose, required: true });
  const description = v.text('description', i.description, { label: 'Description', max: LIMITS.campaignDescription });
  const closesAt = closingDate(v, i.closesAt, now, true);
  const people = owners(v, i.owners, known);
  const reviewTargetDays = reviewTarget(v, i.reviewTargetDays);
  v.done();
  return { title, purpose, description, closesAt, owners: people, reviewTargetDays };
}

/**
 * An edit of `current`: only the fields given change. A new closing date must be in the future;
 * reopening (`status: 'open'`) needs a closing date in the future or none.
 */
export function checkCampaignUpdate(current: CheckedCampaign, input: CampaignUpdate, known: KnownPeople, now: number): CheckedCampaign & { status?: CampaignStatus } {
  const v = new Validator();
  const i = (input ?? {}) as CampaignUpdate;
  const has = (key: keyof CampaignUpdate) => Object.prototype.hasOwnProperty.call(i, key) && i[key] !== undefined;
  const title = has('title') ? v.text('title', i.title, { label: 'Title', max: LIMITS.title, required: true }) : current.title;
  const purpose = has('purpose') ? v.text('purpose', i.purpose, { label: 'Purpose', max: LIMITS.purpose, required: true }) : current.purpose;
  const description = has('description') ? v.text('description', i.description, { label: 'Description', max: LIMITS.campaignDescription }) : current.description;
  let closesAt = current.closesAt;
  if (Object.prototype.hasOwnProperty.call(i, 'closesAt') && i.closesAt !== undefined) {
    const next = closingDate(v, i.closesAt, now, false);
    // An unchanged date may lie in the past (the campaign closed by itself); a new one may not.
    if (next !== null && next !== current.closesAt && Date.parse(next) <= now) v.fail('closesAt', 'The closing date must be in the future');
    closesAt = next;
  }
  let status: CampaignStatus | undefined;
  if (has('status')) {
    if (i.status !== 'open' && i.status !== 'closed') v.fail('status', 'A campaign is open or closed');
    else status = i.status;
    if (status === 'open' && closesAt !== null && Date.parse(closesAt) <= now) {
      v.fail('closesAt', 'To reopen the campaign, choose a closing date in the future or none');
    }
  }
  const people = has('owners') ? owners(v, i.owners, known) : current.owners;
  const reviewTargetDays = Object.prototype.hasOwnProperty.call(i, 'reviewTargetDays') && i.reviewTargetDays !== undefined
    ? reviewTarget(v, i.reviewTargetDays) : current.reviewTargetDays ?? null;
  v.done();
  return { title, purpose, description, closesAt, owners: people, reviewTargetDays, ...(status ? { status } : {}) };
}

/** Campaigns in SQL: the `campaigns` row and its owners (`campaign_owners`, in the order chosen). */
import type { Campaign, CampaignStatus, Id } from '@confab/core';
import type { Selectable } from 'kysely';
import type { SqlContext } from './context.js';
import type { CampaignsTable } from './schema.js';
import { groupBy, newId, now, refOf } from './util.js';

/** A campaign's stored fields (create, edit and seeding). */
export interface CampaignFields {
  title: string;
  purpose: string;
  description: string;
  closesAt: string | null;
  owners: Id[];
  /** Migration 8: days an idea may stay "new" before the owners are reminded, or null. */
  reviewTargetDays?: number | null;
}

/** The campaign rows and owners of one unit of work. */
export class SqlCampaigns {
  constructor(private readonly ctx: SqlContext) {}

  /** Every campaign in creation order; `status` as stored. */
  async all(): Promise<Campaign[]> {
    return this.toCampaigns(await this.ctx.db.selectFrom('campaigns').selectAll().orderBy('seq').execute());
  }

  async get(id: Id): Promise<Campaign | null> {
    const row = await this.ctx.db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? (await this.toCampaigns([row]))[0] ?? null : null;
  }

  /** Stores a campaign with its own id, time and status (create and seeding). */
  async insert(c: CampaignFields & { id?: Id; status?: CampaignStatus; createdAt?: string }): Promise<Id> {
    const id = c.id ?? newId('cp');
    await this.ctx.db.insertInto('campaigns').values({
      id, title: c.title, purpose: c.purpose, status: c.status ?? 'open', created_at: c.createdAt ?? now(),
      description: c.description, closes_at: c.closesAt, review_target_days: c.reviewTargetDays ?? null,
    }).execute();
    await this.setOwners(id, c.owners);
    return id;
  }

  async update(id: Id, fields: CampaignFields & { status?: CampaignStatus }): Promise<void> {
    await this.ctx.db.updateTable('campaigns').set({
      title: fields.title, purpose: fields.purpose, description: fields.description, closes_at: fields.closesAt,
      review_target_days: fields.reviewTargetDays ?? null,
      ...(fields.status ? { status: fields.status } : {}),
    }).where('id', '=', id).execute();
    await this.ctx.db.deleteFrom('campaign_owners').where('campaign_id', '=', id).execute();
    await this.setOwners(id, fields.owners);
  }

  private async setOwners(id: Id, owners: Id[]): Promise<void> {
    const unique = [...new Set(owners)];
    if (unique.length) await this.ctx.db.insertInto('campaign_owners').values(unique.map((person_id) => ({ campaign_id: id, person_id }))).execute();
  }

  private async toCampaigns(rows: Selectable<CampaignsTable>[]): Promise<Campaign[]> {
    if (rows.length === 0) return [];
    const ownerRows = await this.ctx.db.selectFrom('campaign_owners').select(['campaign_id', 'person_id'])
      .where('campaign_id', 'in', rows.map((r) => r.id)).orderBy('seq').execute();
    const owners = groupBy(ownerRows, (r) => r.campaign_id, (r) => r.person_id);
    const refs = await this.ctx.refs.get(this.ctx.db, [...new Set(ownerRows.map((r) => r.person_id))]);
    return rows.map((r) => ({
      id: r.id, title: r.title, purpose: r.purpose, status: r.status === 'closed' ? 'closed' : 'open', createdAt: r.created_at,
      description: r.description ?? '', closesAt: r.closes_at ?? null, owners: (owners.get(r.id) ?? []).map((p) => refOf(refs, p)),
      ...(r.review_target_days ? { reviewTargetDays: Number(r.review_target_days) } : {}),
    }));
  }
}

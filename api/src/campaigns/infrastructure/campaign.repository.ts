import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignNotFoundError } from '../domain/errors.js';
import { type KeysetPage, type KeysetPageRequest, keysetPage } from '../../shared/pagination.js';
import { campaignCursor, campaignPageStatement, campaignTotalStatement } from './campaign-page.sql.js';
import type { Campaign } from '../domain/models/campaign.js';
import type * as Ports from '../domain/repositories.js';
import type { CampaignListFilter, NewCampaign, ParticipationCounts } from '../domain/repositories.js';
import { CampaignEntity } from './campaign.entity.js';
import { campaignColumns, type CampaignRow, toCampaign } from './campaign-rows.js';

export class CampaignRepository implements Ports.CampaignRepository {
  constructor(private readonly em: EntityManager) {}

  async get(id: string): Promise<Campaign> {
    const [campaign] = await this.select('c.id = ?', [id]);
    if (!campaign) throw new CampaignNotFoundError();
    return campaign;
  }

  async findByCode(code: string): Promise<Campaign | null> {
    const [campaign] = await this.select('c.code = ?', [code]);
    return campaign ?? null;
  }

  async findByIds(ids: readonly string[]): Promise<Campaign[]> {
    return ids.length === 0 ? [] : this.select('c.id in (?)', [[...ids]]);
  }

  /** Plain rows, not managed entities: campaign-rows.ts says why. */
  private async select(condition: string, params: unknown[]): Promise<Campaign[]> {
    const rows = await this.em.execute<CampaignRow[]>(`select ${campaignColumns('c')} from campaigns.campaigns c where ${condition} and c.deleted_at is null`, params);
    return rows.map(toCampaign);
  }

  /** Inserts unless the code is taken (then null: draw another). The unique index decides. */
  async createUnlessCodeTaken(data: NewCampaign, now: Date): Promise<Campaign | null> {
    const rows = await this.em.execute<{ id: string }[]>(
      `insert into campaigns.campaigns (id, organization_id, type, name, code, title, welcome_text, external_id_label, external_id_type,
         multiple_sendings, target_profile_id, owner_id, creator_id, created_at, updated_at)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (code) do nothing returning id`,
      [data.organizationId, data.type, data.name, data.code, data.title, data.welcomeText, data.externalIdLabel, data.externalIdType,
        data.multipleSendings, data.targetProfileId, data.ownerId, data.creatorId, now, now],
    );
    return rows[0] ? this.get(rows[0].id) : null;
  }

  async update(id: string, patch: Partial<Campaign>, now: Date): Promise<Campaign> {
    const campaign = await this.em.findOneOrFail(CampaignEntity, { id });
    this.em.assign(campaign, { ...patch, updatedAt: now });
    await this.em.flush();
    return campaign;
  }

  async markAsArchived(id: string, by: string | null, now: Date): Promise<Campaign> {
    return this.update(id, { archivedAt: now, archivedById: by } as Partial<Campaign>, now);
  }

  async markAsUnarchived(id: string, now: Date): Promise<Campaign> {
    return this.update(id, { archivedAt: null, archivedById: null } as Partial<Campaign>, now);
  }

  async markAsDeleted(id: string, by: string, now: Date): Promise<void> {
    await this.em.nativeUpdate(CampaignEntity, { id }, { deletedAt: now, deletedById: by, updatedAt: now });
  }

  /** Archiving an organisation archives its active campaigns (returns how many). */
  async archiveAllOfOrganization(organizationId: string, now: Date): Promise<number> {
    return this.em.nativeUpdate(CampaignEntity, { organizationId, archivedAt: null, deletedAt: null }, { archivedAt: now, updatedAt: now });
  }

  async list(organizationId: string, filter: CampaignListFilter, page: KeysetPageRequest): Promise<KeysetPage<Campaign>> {
    const rows = campaignPageStatement(organizationId, filter, page);
    const total = campaignTotalStatement(organizationId, filter);
    const [found, [{ count }]] = await Promise.all([
      this.em.execute<(CampaignRow & { created_at_key: string })[]>(rows.sql, rows.params),
      this.em.execute<{ count: string }[]>(total.sql, total.params),
    ]);
    const read = keysetPage(page, found, Number(count), campaignCursor);
    return { ...read, items: read.items.map(toCampaign) };
  }

  /**
   * People, people with a result ("résultats reçus") and certifiable results per campaign, once
   * each whatever their sendings: the kept counts (read-side.sql.ts), a whole page in one statement.
   */
  async countParticipations(campaignIds: readonly string[]): Promise<Map<string, ParticipationCounts>> {
    const rows = await this.em.execute<{ campaign_id: string; participants: number; shared: number; certifiable: number }[]>(
      'select campaign_id, participants, shared, certifiable from campaigns.campaign_counts where campaign_id in (?)',
      [[...campaignIds]],
    );
    return new Map(rows.map((row) => [row.campaign_id, { participants: Number(row.participants), shared: Number(row.shared), certifiable: Number(row.certifiable) }]));
  }

  async hasParticipations(campaignId: string): Promise<boolean> {
    return (await this.withParticipations([campaignId])).has(campaignId);
  }

  /** Of these campaigns, those with any participation row (anonymised ones too): what freezes the identifier. */
  async withParticipations(campaignIds: readonly string[]): Promise<Set<string>> {
    // One probe a campaign (`exists` stops at the first row), not a distinct over its participations.
    const rows = await this.em.execute<{ campaign_id: string }[]>(
      `select c.id as campaign_id from campaigns.campaigns c
        where c.id in (?) and exists (select 1 from campaigns.participations p where p.campaign_id = c.id)`,
      [[...campaignIds]],
    );
    return new Set(rows.map((row) => row.campaign_id));
  }
}

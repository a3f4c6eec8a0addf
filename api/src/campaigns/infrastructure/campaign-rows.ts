import type { Campaign, CampaignType, ExternalIdType } from '../domain/models/campaign.js';

/**
 * A campaign as the read paths select it: plain columns under the model's names, made a model by
 * `toCampaign`. Not MikroORM's `find`: every request reads campaigns (the guard of each campaign
 * screen, the list of 50, the landing page by code), and hydrating managed entities (identity map,
 * change-set snapshots) cost more CPU than the rest of a list request. Writes keep the entity.
 */
export const campaignColumns = (alias: string) =>
  `${alias}.id, ${alias}.organization_id as "organizationId", ${alias}.type, ${alias}.name, ${alias}.code, ${alias}.title,
   ${alias}.welcome_text as "welcomeText", ${alias}.external_id_label as "externalIdLabel", ${alias}.external_id_type as "externalIdType",
   ${alias}.multiple_sendings as "multipleSendings", ${alias}.target_profile_id as "targetProfileId", ${alias}.owner_id as "ownerId",
   ${alias}.creator_id as "creatorId", ${alias}.created_at as "createdAt", ${alias}.updated_at as "updatedAt",
   ${alias}.archived_at as "archivedAt", ${alias}.deleted_at as "deletedAt"`;

/** The row under `campaignColumns`' names; timestamps arrive as PostgreSQL's text (MikroORM's pg setting). */
export interface CampaignRow {
  id: string;
  organizationId: string;
  type: string;
  name: string;
  code: string;
  title: string | null;
  welcomeText: string | null;
  externalIdLabel: string | null;
  externalIdType: string | null;
  multipleSendings: boolean;
  targetProfileId: string | null;
  ownerId: string;
  creatorId: string;
  createdAt: string | Date;
  updatedAt: string | Date;
  archivedAt: string | Date | null;
  deletedAt: string | Date | null;
}

export function toCampaign(row: CampaignRow): Campaign {
  return {
    id: row.id,
    organizationId: row.organizationId,
    type: row.type as CampaignType,
    name: row.name,
    code: row.code,
    title: row.title,
    welcomeText: row.welcomeText,
    externalIdLabel: row.externalIdLabel,
    externalIdType: row.externalIdType as ExternalIdType | null,
    multipleSendings: row.multipleSendings,
    targetProfileId: row.targetProfileId,
    ownerId: row.ownerId,
    creatorId: row.creatorId,
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
    archivedAt: row.archivedAt === null ? null : new Date(row.archivedAt),
    deletedAt: row.deletedAt === null ? null : new Date(row.deletedAt),
  };
}

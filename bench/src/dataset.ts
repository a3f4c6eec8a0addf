import type pg from 'pg';

/** What the scenarios read: found in the scale manifest or, without one, in the database itself. */
export interface BenchDataset {
  bigCampaign: { id: string; code: string; organizationId: string; targetProfileId: string; participations: number };
  bigOrganization: { id: string; campaigns: number };
  /** An active ADMIN of the big organisation: reads are made as this person. */
  adminUserId: string;
}

/** The part of the seeds' ScaleManifest the bench uses (see seeds/src/scale/README.md). */
export interface ManifestHint {
  bigCampaign: { id: string };
  bigOrganization: { id: string };
  admin: { email: string };
}

/**
 * The manifest names the big campaign, the big organisation and its admin; without it the
 * biggest ones are looked up, so that the bench runs on any database of this schema.
 */
export async function findDataset(pool: pg.Pool, hint?: ManifestHint): Promise<BenchDataset> {
  const campaign = await one<{ id: string; code: string; organization_id: string; target_profile_id: string; participations: string }>(
    pool,
    `select c.id, c.code, c.organization_id, c.target_profile_id, count(p.id) as participations
       from campaigns.campaigns c join campaigns.participations p on p.campaign_id = c.id
      where c.deleted_at is null and c.target_profile_id is not null ${hint ? 'and c.id = $1' : ''}
      group by c.id order by count(p.id) desc limit 1`,
    hint ? [hint.bigCampaign.id] : [],
    'no campaign with participations: is this the scale database?',
  );
  const organization = await one<{ id: string; campaigns: string }>(
    pool,
    `select organization_id as id, count(*) as campaigns from campaigns.campaigns
      where deleted_at is null ${hint ? 'and organization_id = $1' : ''}
      group by organization_id order by count(*) desc limit 1`,
    hint ? [hint.bigOrganization.id] : [],
    'no organisation with campaigns',
  );
  const admin = await one<{ user_id: string }>(
    pool,
    `select m.user_id from organizations.memberships m join organizations.users u on u.id = m.user_id
      where m.organization_id = $1 and m.role = 'ADMIN' and m.disabled_at is null ${hint ? 'and lower(u.email) = lower($2)' : ''}
      order by m.created_at limit 1`,
    hint ? [organization.id, hint.admin.email] : [organization.id],
    'the big organisation has no active ADMIN',
  );
  return {
    bigCampaign: {
      id: campaign.id,
      code: campaign.code,
      organizationId: campaign.organization_id,
      targetProfileId: campaign.target_profile_id,
      participations: Number(campaign.participations),
    },
    bigOrganization: { id: organization.id, campaigns: Number(organization.campaigns) },
    adminUserId: admin.user_id,
  };
}

async function one<T extends pg.QueryResultRow>(pool: pg.Pool, sql: string, params: unknown[], missing: string): Promise<T> {
  const { rows } = await pool.query<T>(sql, params);
  if (!rows[0]) throw new Error(missing);
  return rows[0];
}

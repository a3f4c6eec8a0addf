import type pg from 'pg';

/** The big campaign or its small twin, and the organisation (big or twin) the scenarios read. */
export interface SizedData {
  campaign: { id: string; code: string; organizationId: string; participations: number };
  organization: { id: string; campaigns: number };
  /** Active ADMINs of the campaign's organisation and of the organisation: reads are made as them. */
  campaignAdminUserId: string;
  organizationAdminUserId: string;
}

export type Size = 'big' | 'small';
export const SIZES: readonly Size[] = ['big', 'small'];

/** What the scenarios read: found in the scale manifest or, without one, in the database itself. */
export interface BenchDataset {
  bigCampaign: { id: string; code: string; organizationId: string; targetProfileId: string; participations: number };
  bigOrganization: { id: string; campaigns: number };
  /** An active ADMIN of the big organisation: reads are made as this person. */
  adminUserId: string;
  /** The same reads on a small twin: a 500–1,000-participant campaign on the same profile, an organisation of ~20 campaigns. */
  sized: Record<Size, SizedData>;
  /** How the small twins were found: the manifest's, or the closest campaign and organisation. */
  twinsFrom: 'manifest' | 'closest';
}

/** The part of the seeds' ScaleManifest the bench uses (see seeds/src/scale/README.md). */
export interface ManifestHint {
  bigCampaign: { id: string };
  bigOrganization: { id: string };
  admin: { email: string };
  twinCampaign?: { id: string };
  twinOrganization?: { id: string };
  twinAdmin?: { email: string };
}

/**
 * The manifest names the big campaign, the big organisation and its admin, and their small twins;
 * without it the biggest ones are looked up, and without twins the closest campaign (same profile,
 * 500–1,000 current participants, nearest to 1,000) and organisation (nearest to 20 campaigns), so
 * that the bench runs on any database of this schema.
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
  const adminUserId = await adminOf(pool, organization.id, hint?.admin.email);

  const twinsFrom = hint?.twinCampaign && hint.twinOrganization ? 'manifest' : 'closest';
  const twinCampaign = await one<{ id: string; code: string; organization_id: string; participations: string }>(
    pool,
    `select c.id, c.code, c.organization_id, count(p.id) as participations
       from campaigns.campaigns c join campaigns.participations p on p.campaign_id = c.id
      where c.deleted_at is null and ${twinsFrom === 'manifest' ? 'c.id = $1' : `c.target_profile_id = $1 and c.archived_at is null and c.id <> $2`}
      group by c.id ${twinsFrom === 'manifest' ? '' : 'having count(p.id) between 500 and 1000 order by abs(count(p.id) - 1000), c.id'} limit 1`,
    twinsFrom === 'manifest' ? [hint!.twinCampaign!.id] : [campaign.target_profile_id, campaign.id],
    'no small twin of the big campaign (same profile, 500–1,000 participations)',
  );
  const twinOrganization = await one<{ id: string; campaigns: string }>(
    pool,
    `select c.organization_id as id, count(*) as campaigns from campaigns.campaigns c
      where c.deleted_at is null ${twinsFrom === 'manifest' ? 'and c.organization_id = $1' : 'and c.organization_id <> $1'}
        and exists (select 1 from organizations.memberships m where m.organization_id = c.organization_id and m.role = 'ADMIN' and m.disabled_at is null)
      group by c.organization_id order by abs(count(*) - 20), c.organization_id limit 1`,
    [twinsFrom === 'manifest' ? hint!.twinOrganization!.id : organization.id],
    'no small twin of the big organisation',
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
    adminUserId,
    sized: {
      big: {
        campaign: { id: campaign.id, code: campaign.code, organizationId: campaign.organization_id, participations: Number(campaign.participations) },
        organization: { id: organization.id, campaigns: Number(organization.campaigns) },
        campaignAdminUserId: await adminOf(pool, campaign.organization_id, campaign.organization_id === organization.id ? hint?.admin.email : undefined),
        organizationAdminUserId: adminUserId,
      },
      small: {
        campaign: { id: twinCampaign.id, code: twinCampaign.code, organizationId: twinCampaign.organization_id, participations: Number(twinCampaign.participations) },
        organization: { id: twinOrganization.id, campaigns: Number(twinOrganization.campaigns) },
        // The manifest's twin campaign is inside the twin organisation, whose admin it names.
        campaignAdminUserId: await adminOf(pool, twinCampaign.organization_id, twinCampaign.organization_id === twinOrganization.id ? hint?.twinAdmin?.email : undefined),
        organizationAdminUserId: await adminOf(pool, twinOrganization.id, hint?.twinAdmin?.email),
      },
    },
    twinsFrom,
  };
}

/** An active ADMIN of the organisation (the given address when there is one). */
async function adminOf(pool: pg.Pool, organizationId: string, email?: string): Promise<string> {
  const admin = await one<{ user_id: string }>(
    pool,
    `select m.user_id from organizations.memberships m join organizations.users u on u.id = m.user_id
      where m.organization_id = $1 and m.role = 'ADMIN' and m.disabled_at is null ${email ? 'and lower(u.email) = lower($2)' : ''}
      order by m.created_at, m.id limit 1`,
    email ? [organizationId, email] : [organizationId],
    `the organisation ${organizationId} has no active ADMIN`,
  );
  return admin.user_id;
}

async function one<T extends pg.QueryResultRow>(pool: pg.Pool, sql: string, params: unknown[], missing: string): Promise<T> {
  const { rows } = await pool.query<T>(sql, params);
  if (!rows[0]) throw new Error(missing);
  return rows[0];
}

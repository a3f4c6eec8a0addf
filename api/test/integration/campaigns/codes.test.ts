import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrm } from '../../support/database.js';
import type { Orm } from '../../../src/shared/database/orm.js';
import { buildCampaignsDependencies } from '../../../src/campaigns/application/dependencies.js';
import { createCampaign } from '../../../src/campaigns/domain/usecases/create-campaign.usecase.js';
import { CampaignAccess } from '../../../src/campaigns/domain/campaign-access.js';
import { CampaignType, CODE_PATTERN } from '../../../src/campaigns/domain/models/campaign.js';
import { OrganizationAccess } from '../../../src/organizations/domain/organization-access.js';
import { MembershipRole, type Membership } from '../../../src/organizations/domain/models/membership.js';

describe('campaign codes at volume', () => {
  let orm: Orm;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ orm, close } = await createTestOrm());
  });
  afterAll(() => close?.());

  it('gives 10,000 campaigns 10,000 distinct codes of the guide', async () => {
    const userId = '00000000-0000-4000-8000-000000000001';
    const organizationId = '00000000-0000-4000-8000-000000000002';
    // The use case itself, with a member's access: the code drawing and the unique index are what is tested.
    const membership = { organizationId, userId, role: MembershipRole.MEMBER } as Membership;
    const access = new CampaignAccess(OrganizationAccess.of({ kind: 'user', userId, sessionId: 's', supportRole: null }, membership));
    const codes: string[] = [];
    // As many at once as the pool has connections: more would only queue, and on a loaded machine
    // wait past the pool's acquire timeout (what this test measures is the codes, not the pool).
    const atOnce = 10;
    for (let batch = 0; batch < 10_000 / atOnce; batch += 1) {
      const created = await Promise.all(
        Array.from({ length: atOnce }, (_, index) =>
          createCampaign(
            { access, organizationId, type: CampaignType.PROFILES_COLLECTION, targetProfileId: null, fields: { name: `Campagne ${batch * atOnce + index}` } },
            buildCampaignsDependencies(orm.em.fork()),
          ),
        ),
      );
      codes.push(...created.map((campaign) => campaign.code));
    }
    expect(codes).toHaveLength(10_000);
    expect(new Set(codes).size).toBe(10_000);
    expect(codes.every((code) => CODE_PATTERN.test(code))).toBe(true);
  }, 300_000);
});

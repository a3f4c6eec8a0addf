import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } from '../../../src/certification/api/index.js';
import { addMember, createOrganization, startTestServer, supportClient, type GraphQLClient, type TestServer } from '../../support/index.js';

const LIST = `query ($id: ID!) { organization(id: $id) { campaigns(first: 100) { nodes { code targetProfileId targetProfile { id name skillsCount } } } } }`;

/** Campaign.targetProfile: the campaigns subgraph hands a reference, the certification subgraph resolves it (API.md). */
describe('a campaign’s target profile, across subgraphs', () => {
  let server: TestServer;
  const organizations: { id: string; client: GraphQLClient }[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    for (const [count, letter] of [[3, 'S'], [60, 'L']] as const) {
      const id = (await createOrganization(support)).id;
      const admin = await addMember(server, support, id);
      // Assessments on both Pix emploi profiles and a profiles collection (no profile), in turn.
      await server.orm.em.getConnection().execute(
        `insert into campaigns.campaigns (id, organization_id, type, name, code, target_profile_id, owner_id, creator_id, created_at, updated_at)
         select gen_random_uuid(), ?, case when n % 3 = 0 then 'PROFILES_COLLECTION' else 'ASSESSMENT' end::campaigns.campaign_type, 'Campagne ' || n, 'PROF' || ? || lpad(n::text, 4, '0'),
                case n % 3 when 1 then ?::uuid when 2 then ?::uuid end, ?, ?, now() - n * interval '1 minute', now()
           from generate_series(1, ?) n`,
        [id, letter, PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID, PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, admin.person.user.id, admin.person.user.id, count],
      );
      organizations.push({ id, client: admin.client });
    }
  });
  afterAll(() => server?.close());

  it('reads each campaign’s profile through the gateway, null for a profiles collection, in as many statements for 60 campaigns as for 3', async () => {
    const [small, large] = organizations;
    const few = await small!.client.request(LIST, { id: small!.id });
    const many = await large!.client.request(LIST, { id: large!.id });
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    const nodes = many.data!.organization.campaigns.nodes as { code: string; targetProfileId: string | null; targetProfile: { id: string; name: string; skillsCount: number } | null }[];
    expect(nodes).toHaveLength(60);
    const names = new Map<string | null, string | null>();
    for (const node of nodes) {
      expect(node.targetProfile?.id ?? null).toBe(node.targetProfileId);
      if (node.targetProfile) expect(node.targetProfile.skillsCount).toBeGreaterThan(0);
      names.set(node.targetProfileId, node.targetProfile?.name ?? null);
    }
    expect(names.get(null)).toBeNull();
    expect(names.get(PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID)).toMatch(/Pix emploi/);
    expect(names.get(PIX_EMPLOI_CLEA_TARGET_PROFILE_ID)).toMatch(/CléA/);
    expect(many.headers.get('x-sql-statements')).toBe(few.headers.get('x-sql-statements'));
  });
});

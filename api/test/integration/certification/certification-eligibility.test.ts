import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import {
  getTargetProfileSkills,
  PIX_EMPLOI_CLEA_TARGET_PROFILE_ID,
  recordEngineReport,
  type KnowledgeElementInput,
} from '../../../src/certification/api/index.js';
import { addMember, createOrganization, signUpAs, startTestServer, supportClient, type GraphQLClient, type TestServer } from '../../support/index.js';

const MY_ELIGIBILITY = /* GraphQL */ `
  {
    me {
      id
      certificationEligibility {
        isCertifiable certifiableCompetencesCount requiredCompetencesCount missingCompetencesCount
        competences { competence { code } level pixScore }
        complementary { key label isEligible }
      }
    }
  }
`;
const TEAM_ELIGIBILITY = /* GraphQL */ `
  query ($id: ID!) { organization(id: $id) { members(first: 100) { nodes { user { id certificationEligibility { isCertifiable certifiableCompetencesCount } } } } } }
`;

describe('certification eligibility through the gateway', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  /** What the assessment engine reports, recorded through the use case the campaigns mutation will call. */
  async function record(userId: string, elements: KnowledgeElementInput[]) {
    await recordEngineReport({ em: server.orm.em.fork() as EntityManager }, { participation: { id: randomUUID(), userId }, elements, finished: true });
  }

  /** Validates every level 1 skill of these competences: 8 pix, level 1 in each. */
  async function reachLevelOne(userId: string, competences: string[]) {
    const skills = await server.orm.em.getConnection().execute<{ id: string }[]>('select id from certification.skills where level = 1 and competence_id in (?) order by id', [competences]);
    await record(userId, skills.map((skill) => ({ skillId: skill.id, status: 'VALIDATED' })));
  }

  async function eligibilityOf(client: GraphQLClient) {
    const result = await client.request(MY_ELIGIBILITY);
    expect(result.errors).toBeUndefined();
    return (result.data as any).me.certificationEligibility;
  }

  it('explains to a new person that 5 competences are missing and that CléA numérique is not open yet', async () => {
    const client = server.client();
    await signUpAs(client);
    expect(await eligibilityOf(client)).toEqual({
      isCertifiable: false,
      certifiableCompetencesCount: 0,
      requiredCompetencesCount: 5,
      missingCompetencesCount: 5,
      competences: [],
      complementary: [{ key: 'CLEA_NUMERIQUE', label: 'CléA numérique', isEligible: false }],
    });
  });

  it('becomes certifiable when recorded elements bring a fifth competence to level 1, not at the fourth', async () => {
    const client = server.client();
    const person = await signUpAs(client);
    await reachLevelOne(person.user.id, ['1.1', '2.3', '3.2', '4.3']);
    expect(await eligibilityOf(client)).toMatchObject({ isCertifiable: false, certifiableCompetencesCount: 4, missingCompetencesCount: 1 });

    await reachLevelOne(person.user.id, ['5.2']);
    const eligibility = await eligibilityOf(client);
    expect(eligibility).toMatchObject({ isCertifiable: true, certifiableCompetencesCount: 5, missingCompetencesCount: 0 });
    expect(eligibility.competences).toEqual(['1.1', '2.3', '3.2', '4.3', '5.2'].map((code) => ({ competence: { code }, level: 1, pixScore: 8 })));

    // A later invalidation takes a competence back under level 1.
    await record(person.user.id, [{ skillId: 'skill-portUsb1', status: 'INVALIDATED' }]);
    expect(await eligibilityOf(client)).toMatchObject({ isCertifiable: false, certifiableCompetencesCount: 4 });
  });

  it('opens CléA numérique with the badge (85 % of the CléA profile, 75 % in every area), from the latest elements', async () => {
    const client = server.client();
    const person = await signUpAs(client);
    const skills = await getTargetProfileSkills({ em: server.orm.em.fork() as EntityManager }, PIX_EMPLOI_CLEA_TARGET_PROFILE_ID);
    const area3 = skills.filter((skill) => skill.areaId === '3').map((skill) => skill.skillId);
    expect(area3).toHaveLength(11);
    // Everything but 3 skills of area 3: 109 of 112 is 97 % globally, but area 3 is at 8 of 11 (72.7 %).
    const missed = area3.slice(0, 3);
    await record(person.user.id, skills.map((skill) => ({ skillId: skill.skillId, status: missed.includes(skill.skillId) ? 'INVALIDATED' : 'VALIDATED' })));
    const before = await eligibilityOf(client);
    expect(before.complementary).toEqual([{ key: 'CLEA_NUMERIQUE', label: 'CléA numérique', isEligible: false }]);
    expect(before).toMatchObject({ isCertifiable: true, certifiableCompetencesCount: 12 });

    // A later assessment validates one of them: area 3 at 9 of 11 (81.8 %).
    await record(person.user.id, [{ skillId: missed[0]!, status: 'VALIDATED' }]);
    expect((await eligibilityOf(client)).complementary).toEqual([{ key: 'CLEA_NUMERIQUE', label: 'CléA numérique', isEligible: true }]);
  });

  it('reads the profile and the eligibility together in a few statements', async () => {
    const client = server.client();
    const person = await signUpAs(client);
    await reachLevelOne(person.user.id, ['1.1']);
    const result = await client.request(`{ me { profile { pixScore } certificationEligibility { certifiableCompetencesCount complementary { isEligible } } } }`);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).me).toEqual({ profile: { pixScore: 8 }, certificationEligibility: { certifiableCompetencesCount: 1, complementary: [{ isEligible: false }] } });
    // The session, the knowledge elements, areas and competences, the CléA badge, its skills.
    expect(Number(result.headers.get('x-sql-statements'))).toBeLessThanOrEqual(6);
  });

  describe('who may read it', () => {
    let organizationId: string;
    let admin: Awaited<ReturnType<typeof addMember>>;
    let colleague: Awaited<ReturnType<typeof addMember>>;

    beforeAll(async () => {
      const { client: support } = await supportClient(server, SupportRole.SUPPORT);
      ({ id: organizationId } = await createOrganization(support));
      admin = await addMember(server, support, organizationId);
      colleague = await addMember(server, admin.client, organizationId);
      await reachLevelOne(colleague.person.user.id, ['1.1', '1.2', '1.3', '2.1', '2.2']);
    });

    it('refuses a colleague with FORBIDDEN on that field only', async () => {
      const result = await admin.client.request(TEAM_ELIGIBILITY, { id: organizationId });
      const forbidden = result.errors?.filter((error) => error.extensions?.code === 'FORBIDDEN') ?? [];
      expect(forbidden).toHaveLength(1);
      expect(forbidden[0]!.path).toEqual(expect.arrayContaining(['user', 'certificationEligibility']));
      const byUser = Object.fromEntries((result.data as any).organization.members.nodes.map((node: any) => [node.user.id, node.user.certificationEligibility]));
      expect(byUser[colleague.person.user.id]).toBeNull();
      expect(byUser[admin.person.user.id]).toEqual({ isCertifiable: false, certifiableCompetencesCount: 0 });
    });

    it('lets the person and a CERTIF agent read it', async () => {
      expect(await eligibilityOf(colleague.client)).toMatchObject({ isCertifiable: true, certifiableCompetencesCount: 5 });
      const agent = await addMember(server, admin.client, organizationId);
      await server.orm.em.getConnection().execute(`update organizations.users set support_role = 'CERTIF' where id = ?`, [agent.person.user.id]);
      const { organization } = await agent.client.ok(TEAM_ELIGIBILITY, { id: organizationId });
      const byUser = Object.fromEntries(organization.members.nodes.map((node: any) => [node.user.id, node.user.certificationEligibility]));
      expect(byUser[colleague.person.user.id]).toEqual({ isCertifiable: true, certifiableCompetencesCount: 5 });
    });
  });
});

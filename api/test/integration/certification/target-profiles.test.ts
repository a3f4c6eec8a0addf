import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, competenceTargetProfileId } from '../../../src/certification/api/index.js';
import { addMember, createOrganization, startTestServer, supportClient, type GraphQLClient, type TestServer } from '../../support/index.js';

const TARGET_PROFILES = /* GraphQL */ `
  query ($organizationId: ID!, $first: Int) {
    targetProfiles(organizationId: $organizationId, first: $first) { totalCount pageInfo { hasNextPage } nodes { id name category isPublic skillsCount } }
  }
`;
const TARGET_PROFILES_WITH_CONTENT = /* GraphQL */ `
  query ($organizationId: ID!, $first: Int) {
    targetProfiles(organizationId: $organizationId, first: $first) {
      nodes { id areas { area { code } competences { competence { code } skills { id } } } badges { key criteria { scope threshold } } }
    }
  }
`;
const TARGET_PROFILE = /* GraphQL */ `
  query ($id: ID!) {
    targetProfile(id: $id) {
      id name description category isPublic canResetKnowledgeElements skillsCount
      areas { area { code title } skillsCount competences { competence { code name } skillsCount skills { id name level pixValue topic } } }
      badges { key title message criteria { scope threshold } }
    }
  }
`;

describe('target profiles through the gateway', () => {
  let server: TestServer;
  let support: GraphQLClient;
  let organizationA: string;
  let organizationB: string;
  let memberOfA: GraphQLClient;
  let memberOfB: GraphQLClient;
  const sharedWithA = randomUUID();
  const sharedWithB = randomUUID();

  beforeAll(async () => {
    server = await startTestServer();
    ({ client: support } = await supportClient(server, SupportRole.SUPPORT));
    ({ id: organizationA } = await createOrganization(support));
    ({ id: organizationB } = await createOrganization(support));
    ({ client: memberOfA } = await addMember(server, support, organizationA));
    ({ client: memberOfB } = await addMember(server, support, organizationB));
    // Shared profiles are made by support (METIER) through SQL until they have their own screen.
    const sql = (statement: string, params: unknown[]) => server.orm.em.getConnection().execute(statement, params);
    for (const [id, name, organizationId] of [[sharedWithA, 'Zéro déchet numérique (A)', organizationA], [sharedWithB, 'Profil réservé à B', organizationB]] as const) {
      await sql(`insert into certification.target_profiles (id, name, category) values (?, ?, 'OTHER')`, [id, name]);
      await sql(`insert into certification.target_profile_skills (target_profile_id, skill_id) values (?, 'skill-navigateur1'), (?, 'skill-portUsb1')`, [id, id]);
      await sql(`insert into certification.target_profile_shares (target_profile_id, organization_id) values (?, ?)`, [id, organizationId]);
    }
  });
  afterAll(() => server?.close());

  it('lists for a member the public profiles and those shared with their organisation, Pix emploi first, not those of another organisation', async () => {
    const { targetProfiles } = await memberOfA.ok(TARGET_PROFILES, { organizationId: organizationA });
    const names = targetProfiles.nodes.map((profile: { name: string }) => profile.name);
    expect(targetProfiles.totalCount).toBe(2 + 16 + 1);
    expect(names.slice(0, 3)).toEqual(['Pix emploi – Diagnostic initial', 'Pix emploi – Parcours CléA numérique', "Compétence 1.1 – Mener une recherche et une veille d'information"]);
    expect(names.at(-1)).toBe('Zéro déchet numérique (A)');
    expect(names).not.toContain('Profil réservé à B');
    expect(targetProfiles.nodes[1]).toMatchObject({ id: PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, category: 'PIX_EMPLOI', isPublic: true, skillsCount: 112 });
    expect(targetProfiles.nodes.at(-1)).toMatchObject({ id: sharedWithA, category: 'OTHER', isPublic: false, skillsCount: 2 });

    const forB = await memberOfB.ok(TARGET_PROFILES, { organizationId: organizationB });
    expect(forB.targetProfiles.nodes.map((profile: { id: string }) => profile.id)).toContain(sharedWithB);
    expect(forB.targetProfiles.nodes.map((profile: { id: string }) => profile.id)).not.toContain(sharedWithA);
  });

  it("answers the list of another organisation as an unknown one (NOT_FOUND), refuses an anonymous caller (UNAUTHENTICATED); support reads any organisation's", async () => {
    expect(await memberOfA.errorCodes(TARGET_PROFILES, { organizationId: organizationB })).toEqual(['NOT_FOUND']);
    expect(await server.client().errorCodes(TARGET_PROFILES, { organizationId: organizationA })).toEqual(['UNAUTHENTICATED']);
    const { targetProfiles } = await support.ok(TARGET_PROFILES, { organizationId: organizationB });
    expect(targetProfiles.nodes.map((profile: { id: string }) => profile.id)).toContain(sharedWithB);
  });

  it('pages the list (at most 100)', async () => {
    const { targetProfiles } = await memberOfA.ok(TARGET_PROFILES, { organizationId: organizationA, first: 2 });
    expect(targetProfiles).toMatchObject({ totalCount: 19, pageInfo: { hasNextPage: true } });
    expect(targetProfiles.nodes).toHaveLength(2);
    expect(await memberOfA.errorCodes(TARGET_PROFILES, { organizationId: organizationA, first: 101 })).toEqual(['BAD_USER_INPUT']);
  });

  it('shows a profile shared only with B to B, to support, and to nobody in A (NOT_FOUND, as an unknown id)', async () => {
    expect((await memberOfB.ok(TARGET_PROFILE, { id: sharedWithB })).targetProfile).toMatchObject({ id: sharedWithB, isPublic: false, skillsCount: 2 });
    const { client: metier } = await supportClient(server, SupportRole.METIER);
    expect((await metier.ok(TARGET_PROFILE, { id: sharedWithB })).targetProfile.id).toBe(sharedWithB);
    expect(await memberOfA.errorCodes(TARGET_PROFILE, { id: sharedWithB })).toEqual(['NOT_FOUND']);
    expect(await memberOfA.errorCodes(TARGET_PROFILE, { id: randomUUID() })).toEqual(['NOT_FOUND']);
    // Not an id at all: refused at the edge (isUUID) for everyone alike, so it tells nothing either.
    expect(await memberOfA.errorCodes(TARGET_PROFILE, { id: 'not-a-uuid' })).toEqual(['BAD_USER_INPUT']);
    expect(await server.client().errorCodes(TARGET_PROFILE, { id: PIX_EMPLOI_CLEA_TARGET_PROFILE_ID })).toEqual(['UNAUTHENTICATED']);
  });

  it('gives the CléA profile its skills by area and competence, and its badge', async () => {
    const { targetProfile } = await memberOfA.ok(TARGET_PROFILE, { id: PIX_EMPLOI_CLEA_TARGET_PROFILE_ID });
    expect(targetProfile).toMatchObject({ name: 'Pix emploi – Parcours CléA numérique', category: 'PIX_EMPLOI', canResetKnowledgeElements: false, skillsCount: 112 });
    expect(targetProfile.areas.map((area: any) => [area.area.code, area.competences.map((competence: any) => competence.competence.code)])).toEqual([
      ['1', ['1.1', '1.2', '1.3']],
      ['2', ['2.1', '2.2', '2.3', '2.4']],
      ['3', ['3.1']],
      ['4', ['4.1', '4.2']],
      ['5', ['5.1', '5.2']],
    ]);
    const counts = targetProfile.areas.flatMap((area: any) => area.competences.map((competence: any) => competence.skillsCount));
    expect(counts.reduce((sum: number, count: number) => sum + count, 0)).toBe(112);
    expect(targetProfile.areas.reduce((sum: number, area: any) => sum + area.skillsCount, 0)).toBe(112);
    const search = targetProfile.areas[0].competences[0];
    expect(search.skills[0]).toEqual({ id: 'skill-navigateur1', name: '@navigateur1', level: 1, pixValue: 2, topic: "Être familier d'un navigateur internet" });
    expect(Math.max(...search.skills.map((skill: any) => skill.level))).toBe(4);
    expect(targetProfile.badges).toEqual([
      {
        key: 'PIX_EMPLOI_CLEA',
        title: 'Pix emploi – Prêt pour le CléA numérique !',
        message: expect.stringContaining('CléA numérique'),
        criteria: [{ scope: 'GLOBAL', threshold: 85 }, { scope: 'EVERY_AREA', threshold: 75 }],
      },
    ]);
  });

  it('reads a profile with all its skills in a bounded number of statements, the same for 10 skills or 112', async () => {
    const small = await memberOfA.request(TARGET_PROFILE, { id: competenceTargetProfileId('4.3') });
    const large = await memberOfA.request(TARGET_PROFILE, { id: PIX_EMPLOI_CLEA_TARGET_PROFILE_ID });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect((small.data as any).targetProfile.skillsCount).toBe(10);
    expect(large.headers.get('x-sql-statements')).toBe(small.headers.get('x-sql-statements'));
    // The session, the profile, areas and competences, the skills, the badges.
    expect(Number(large.headers.get('x-sql-statements'))).toBeLessThanOrEqual(6);
  });

  it('lists profiles with their whole content in as many statements for 2 profiles as for 19', async () => {
    const two = await memberOfA.request(TARGET_PROFILES_WITH_CONTENT, { organizationId: organizationA, first: 2 });
    const all = await memberOfA.request(TARGET_PROFILES_WITH_CONTENT, { organizationId: organizationA, first: 100 });
    expect(two.errors).toBeUndefined();
    expect(all.errors).toBeUndefined();
    expect((all.data as any).targetProfiles.nodes).toHaveLength(19);
    expect(all.headers.get('x-sql-statements')).toBe(two.headers.get('x-sql-statements'));
    // The session, the memberships, the page and its count, areas and competences, the skills, the badges.
    expect(Number(all.headers.get('x-sql-statements'))).toBeLessThanOrEqual(8);
  });

  it('keeps the referential query bounded with the seeded skills', async () => {
    const result = await server.client().request(`{ referential { code competences { code skills { id } } } }`);
    expect(result.errors).toBeUndefined();
    const skills = (result.data as any).referential.flatMap((area: any) => area.competences.flatMap((competence: any) => competence.skills));
    expect(skills.length).toBeGreaterThanOrEqual(201);
    expect(Number(result.headers.get('x-sql-statements'))).toBeLessThanOrEqual(3);
  });
});

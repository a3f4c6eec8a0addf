import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../src/shared/auth/principal.js';
import { addMember, createOrganization, signUpAs, startTestServer, supportClient, type GraphQLClient, type TestServer } from '../support/index.js';

const REFERENTIAL = /* GraphQL */ `{ referential { code title competences { code name } } }`;
const MY_PROFILE = /* GraphQL */ `{ me { email profile { pixScore maxReachableLevel competences { competence { code } pixScore level } } } }`;
const TEAM_PROFILES = /* GraphQL */ `
  query ($id: ID!) { organization(id: $id) { members(first: 100) { nodes { user { id email profile { pixScore } } } } } }
`;
const SUPPORT_PROFILES = /* GraphQL */ `
  query ($search: String) { users(search: $search, first: 100) { nodes { id profile { pixScore competences { competence { code } level } } } } }
`;

const COMPETENCE_CODES = ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '5.1', '5.2'];

let sequence = 0;

describe('certification: referential and profiles, through the gateway', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  const sql = <T extends object[] = object[]>(statement: string, params: unknown[] = []) => server.orm.em.getConnection().execute<T>(statement, params);

  /** A skill of a competence worth `pix`, inserted as the referential seed would. */
  async function insertSkill(competenceId: string, pix: number, level = 1): Promise<string> {
    sequence += 1;
    const id = `testSkill${sequence}`;
    await sql(`insert into certification.skills (id, competence_id, name, level, pix_value, topic) values (?, ?, ?, ?, ?, 'Sujet de test')`, [id, competenceId, `@test${sequence}${level}`, level, pix]);
    return id;
  }

  /** What the assessment engine would append: one element about one skill, at a given minute. */
  async function insertKnowledgeElement(userId: string, skillId: string, status: 'VALIDATED' | 'INVALIDATED', earnedPix: number, minute: number) {
    const [skill] = await sql<{ competence_id: string }[]>('select competence_id from certification.skills where id = ?', [skillId]);
    await sql(
      `insert into certification.knowledge_elements (id, user_id, skill_id, competence_id, status, earned_pix, created_at)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, timestamptz '2026-01-05 09:00:00+00' + make_interval(mins => ?))`,
      [userId, skillId, skill!.competence_id, status, earnedPix, minute],
    );
  }

  /** Validated elements worth `pix` in one competence, on skills of their own. */
  async function earn(userId: string, competenceId: string, pix: number, perSkill = 4) {
    for (let earned = 0; earned < pix; earned += perSkill) {
      const value = Math.min(perSkill, pix - earned);
      await insertKnowledgeElement(userId, await insertSkill(competenceId, value), 'VALIDATED', value, sequence);
    }
  }

  const levels = (profile: { competences: { competence: { code: string }; level: number }[] }) =>
    Object.fromEntries(profile.competences.map((score) => [score.competence.code, score.level]));

  it('serves the referential publicly: 5 areas and 16 competences in order, in at most two statements', async () => {
    const result = await server.client().request(REFERENTIAL);
    expect(result.errors).toBeUndefined();
    const areas = result.data!.referential as { code: string; title: string; competences: { code: string; name: string }[] }[];
    expect(areas.map((area) => area.code)).toEqual(['1', '2', '3', '4', '5']);
    expect(areas[0]!.title).toBe('Informations et données');
    expect(areas.flatMap((area) => area.competences.map((competence) => competence.code))).toEqual(COMPETENCE_CODES);
    expect(areas[0]!.competences[0]!.name).toBe("Mener une recherche et une veille d'information");
    expect(areas[4]!.competences[1]!.name).toBe('Construire un environnement numérique');
    expect(Number(result.headers.get('x-sql-statements'))).toBeLessThanOrEqual(2);
  });

  it('gives each competence its description and area, and its skills (seeded and added) in one more statement', async () => {
    const skillId = await insertSkill('1.2', 2.5, 2);
    const result = await server.client().request(`{ referential { competences { code description area { code } skills { id level pixValue topic } } } }`);
    expect(result.errors).toBeUndefined();
    const competences = (result.data!.referential as any[]).flatMap((area) => area.competences);
    const managingData = competences.find((competence) => competence.code === '1.2');
    expect(managingData.description).toMatch(/^Stocker et organiser des données/);
    expect(managingData.area).toEqual({ code: '1' });
    expect(managingData.skills).toContainEqual({ id: skillId, level: 2, pixValue: 2.5, topic: 'Sujet de test' });
    // With the skills the target-profiles migration seeds from the guide.
    expect(managingData.skills).toContainEqual({ id: 'skill-retrouverFichier1', level: 1, pixValue: 1.6, topic: "Retrouver un fichier dans l'explorateur de fichiers" });
    expect(Number(result.headers.get('x-sql-statements'))).toBeLessThanOrEqual(3);
  });

  it('answers me with the e-mail (organizations) and the profile (certification): all 16 competences at 0 for a new person', async () => {
    const client = server.client();
    const person = await signUpAs(client);
    const { me } = await client.ok(MY_PROFILE);
    expect(me.email).toBe(person.email.toLowerCase());
    expect(me.profile).toMatchObject({ pixScore: 0, maxReachableLevel: 5 });
    expect(me.profile.competences.map((score: any) => [score.competence.code, score.pixScore, score.level])).toEqual(COMPETENCE_CODES.map((code) => [code, 0, 0]));
  });

  it('computes pix and levels from the latest element of each skill, capped at the reachable level', async () => {
    const client = server.client();
    const person = await signUpAs(client);
    const userId = person.user.id;
    await earn(userId, '1.1', 15); // level 1
    await earn(userId, '1.2', 16); // level 2
    await earn(userId, '2.1', 60); // level 7 in pix, capped at 5
    // Validated, then invalidated on a later assessment: counts nothing.
    const lost = await insertSkill('3.1', 8);
    await insertKnowledgeElement(userId, lost, 'VALIDATED', 8, 1000);
    await insertKnowledgeElement(userId, lost, 'INVALIDATED', 0, 2000);
    // Invalidated, then validated: counts.
    const regained = await insertSkill('4.1', 8);
    await insertKnowledgeElement(userId, regained, 'INVALIDATED', 0, 1000);
    await insertKnowledgeElement(userId, regained, 'VALIDATED', 8, 2000);

    const { me } = await client.ok(MY_PROFILE);
    expect(levels(me.profile)).toMatchObject({ '1.1': 1, '1.2': 2, '2.1': 5, '3.1': 0, '4.1': 1, '5.2': 0 });
    const pix = Object.fromEntries(me.profile.competences.map((score: any) => [score.competence.code, score.pixScore]));
    expect(pix).toMatchObject({ '1.1': 15, '1.2': 16, '2.1': 60, '3.1': 0, '4.1': 8 });
    expect(me.profile.pixScore).toBe(15 + 16 + 60 + 8);
  });

  it('reads the profile in the same few statements however many knowledge elements the person has', async () => {
    const client = server.client();
    const person = await signUpAs(client);
    await earn(person.user.id, '1.1', 4);
    const few = await client.request(MY_PROFILE);
    for (const code of COMPETENCE_CODES) await earn(person.user.id, code, 24, 2);
    const many = await client.request(MY_PROFILE);

    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect((many.data as any).me.profile.pixScore).toBe(16 * 24 + 4);
    expect(many.headers.get('x-sql-statements')).toBe(few.headers.get('x-sql-statements'));
    // The session check, the knowledge elements, the areas and the competences.
    expect(Number(many.headers.get('x-sql-statements'))).toBeLessThanOrEqual(4);
  });

  describe('who may read a profile', () => {
    let organizationId: string;
    let admin: Awaited<ReturnType<typeof addMember>>;
    let colleague: Awaited<ReturnType<typeof addMember>>;
    let support: GraphQLClient;

    beforeAll(async () => {
      ({ client: support } = await supportClient(server, SupportRole.SUPPORT));
      ({ id: organizationId } = await createOrganization(support));
      admin = await addMember(server, support, organizationId);
      colleague = await addMember(server, admin.client, organizationId);
      await earn(colleague.person.user.id, '1.3', 8);
    });

    it('refuses a colleague of the same organisation with FORBIDDEN, and shows nothing of the profile', async () => {
      const result = await admin.client.request(TEAM_PROFILES, { id: organizationId });
      expect(result.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
      expect(result.errors?.find((error) => error.extensions?.code === 'FORBIDDEN')?.path).toEqual(expect.arrayContaining(['user', 'profile']));
      // Only that field is blanked: the rest of the team list (and the admin's own profile) stays.
      const profiles = Object.fromEntries((result.data as any).organization.members.nodes.map((node: any) => [node.user.id, node.user.profile]));
      expect(profiles[colleague.person.user.id]).toBeNull();
      expect(profiles[admin.person.user.id]).toEqual({ pixScore: 0 });
    });

    it('lets a CERTIF support agent read it', async () => {
      const agent = await addMember(server, admin.client, organizationId);
      await server.orm.em.getConnection().execute(`update organizations.users set support_role = 'CERTIF' where id = ?`, [agent.person.user.id]);

      const { organization } = await agent.client.ok(TEAM_PROFILES, { id: organizationId });
      const profiles = Object.fromEntries(organization.members.nodes.map((node: any) => [node.user.id, node.user.profile.pixScore]));
      expect(profiles[colleague.person.user.id]).toBe(8);
      expect(profiles[admin.person.user.id]).toBe(0);
    });

    it('lets SUPPORT read many profiles in one request, in as many statements for five people as for one', async () => {
      const marker = `Lot${Date.now()}`;
      const people = [];
      for (let index = 0; index < 5; index += 1) {
        const person = await signUpAs(server.client(), { lastName: `${marker}-${index}` });
        await earn(person.user.id, COMPETENCE_CODES[index]!, 8 * (index + 1));
        people.push(person);
      }
      const one = await support.request(SUPPORT_PROFILES, { search: `${marker}-0` });
      const five = await support.request(SUPPORT_PROFILES, { search: marker });
      expect(one.errors).toBeUndefined();
      expect(five.errors).toBeUndefined();
      const nodes = (five.data as any).users.nodes as { id: string; profile: { pixScore: number } }[];
      expect(nodes.map((node) => node.profile.pixScore)).toEqual([8, 16, 24, 32, 40]);
      expect(nodes.map((node) => node.id)).toEqual(people.map((person) => person.user.id));
      expect(five.headers.get('x-sql-statements')).toBe(one.headers.get('x-sql-statements'));
    });
  });
});

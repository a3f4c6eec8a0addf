import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, LOGIN, startTestServer, type TestServer } from '@orga-spe/api/testing';
import { DEMO_ACCOUNTS, DEMO_CAMPAIGNS, DEMO_PARTICIPANTS, DEMO_PARTICIPATIONS, DEMO_PASSWORD, demoBanner, readDemoFacts, seedDemo, seedDemoIfEmpty } from '../src/index.js';
import { DEMO_PARTNER_CLIENT } from '../src/demo/partners.js';

const CLEA_BADGE = 'Pix emploi – Prêt pour le CléA numérique !';
const CAMPAIGNS = /* GraphQL */ `
  query ($id: ID!) {
    organization(id: $id) {
      campaigns(first: 100) { totalCount nodes { id code type isArchived externalIdLabel multipleSendings participantsCount sharedParticipationsCount } }
    }
  }
`;
const PARTICIPATIONS = /* GraphQL */ `
  query ($id: ID!) {
    campaign(id: $id) {
      participations(first: 100) { totalCount nodes { participantLastName status startedAt sharedAt sharedParticipationId masteryRate pixScore isCertifiable badges { title } competenceResults { competenceId } } }
      resultBands { key count }
    }
  }
`;
const MINE = `{ myParticipations { id status masteryRate } }`;
const SHARE = `mutation ($id: ID!) { shareParticipationResults(participationId: $id) { status masteryRate } }`;

/**
 * The demo as `npm start` loads it (seedDemoIfEmpty before the server listens), read back through
 * the real GraphQL API by the people it was made for.
 */
describe('demo seeding', () => {
  let server: TestServer;
  let seedingMs = 0;
  const sql = <T = any>(query: string, params: unknown[] = []) => server.orm.em.getConnection().execute<T[]>(query, params);
  const signIn = async (email: string) => {
    const client = server.client();
    const { login } = await client.ok<{ login: { accessToken: string } }>(LOGIN, { email, password: DEMO_PASSWORD });
    return client.withToken(login.accessToken);
  };
  const organizationId = async (name: string) => (await sql<{ id: string }>('select id from organizations.organizations where name = ?', [name]))[0]!.id;
  const campaignsOf = async (client: GraphQLClient, name: string) => (await client.ok(CAMPAIGNS, { id: await organizationId(name) })).organization.campaigns;
  const participationsOf = async (client: GraphQLClient, code: string) => {
    const [{ id }] = await sql<{ id: string }>('select id from campaigns.campaigns where code = ?', [code]);
    return (await client.ok(PARTICIPATIONS, { id })).campaign;
  };

  beforeAll(async () => {
    server = await startTestServer({}, {
      beforeListen: async (orm) => {
        const started = performance.now();
        await seedDemoIfEmpty(orm);
        seedingMs = performance.now() - started;
      },
    });
    // Reported, not asserted: it runs at every first `npm start` and should stay a few seconds.
    console.info(`demo seeded in ${Math.round(seedingMs)} ms`);
  });
  afterAll(() => server?.close());

  it('loads the demo into an empty database only: a second start finds data and leaves it', async () => {
    expect(await seedDemoIfEmpty(server.orm)).toEqual({ seeded: false, demoPresent: true, skippedForData: false });
    const rows = await sql<{ email: string; support_role: string | null }>('select email, support_role from organizations.users order by email');
    expect(rows.map((row) => row.email)).toEqual([...DEMO_ACCOUNTS, ...DEMO_PARTICIPANTS].map((account) => account.email).sort());
    expect(rows.filter((row) => row.support_role).map((row) => row.support_role).sort()).toEqual(['CERTIF', 'METIER', 'SUPER_ADMIN', 'SUPPORT']);
  });

  it('gives the demo structures their teams, invitations in every state and a pending request', async () => {
    const teams = await sql(`select o.name, u.email, m.role from organizations.memberships m join organizations.organizations o on o.id = m.organization_id join organizations.users u on u.id = m.user_id where o.name = 'Mission Locale de Limoges' order by m.role`);
    expect(teams).toEqual([
      { name: 'Mission Locale de Limoges', email: 'karim.benali@demo.orga-spe.fr', role: 'ADMIN' },
      { name: 'Mission Locale de Limoges', email: 'lea.martin@demo.orga-spe.fr', role: 'MEMBER' },
    ]);
    const types = await sql(`select distinct o.type::text as type, n.code as network from organizations.organizations o join organizations.networks n on n.id = o.network_id order by 1`);
    expect(types).toEqual([
      { type: 'CAP_EMPLOI', network: 'CHEOPS' },
      { type: 'E2C', network: 'RESEAU_E2C' },
      { type: 'EPIDE', network: 'EPIDE' },
      { type: 'FRANCE_TRAVAIL', network: 'FRANCE_TRAVAIL' },
      { type: 'MISSION_LOCALE', network: 'UNML' },
    ]);
    const agencies = await sql(`select child.name from organizations.organizations child join organizations.organizations parent on parent.id = child.parent_id where parent.name = 'France Travail Nouvelle-Aquitaine' order by 1`);
    expect(agencies.map((row) => row.name)).toEqual(['France Travail Limoges Nord', 'France Travail Pau Berlioz']);
    const invitations = await sql(`select status::text as status, expires_at < now() as expired from organizations.invitations order by 1, 2`);
    expect(invitations).toEqual([
      { status: 'CANCELLED', expired: false },
      { status: 'PENDING', expired: false },
      { status: 'PENDING', expired: true },
    ]);
    expect(await sql(`select name, status from organizations.creation_requests`)).toEqual([{ name: 'EPIDE Lanrodec', status: 'PENDING' }]);
  });

  it("lists the Mission Locale's campaigns to its advisor: both types, active and archived, with and without identifier, with counts", async () => {
    const advisor = await signIn('lea.martin@demo.orga-spe.fr');
    const { totalCount, nodes } = await campaignsOf(advisor, 'Mission Locale de Limoges');
    expect(totalCount).toBe(4);
    const byCode = Object.fromEntries(nodes.map((node: any) => [node.code, node]));
    expect(byCode.JEUNES287).toMatchObject({ type: 'ASSESSMENT', isArchived: false, externalIdLabel: 'Identifiant France Travail', multipleSendings: true, participantsCount: 9, sharedParticipationsCount: 6 });
    expect(byCode.CAPNUM287).toMatchObject({ type: 'ASSESSMENT', isArchived: false, externalIdLabel: null, participantsCount: 7, sharedParticipationsCount: 5 });
    expect(byCode.PARTAG287).toMatchObject({ type: 'PROFILES_COLLECTION', isArchived: false, participantsCount: 6, sharedParticipationsCount: 4 });
    expect(byCode.ARCHVE287).toMatchObject({ type: 'ASSESSMENT', isArchived: true, participantsCount: 3, sharedParticipationsCount: 2 });
  });

  it('shows participants in every status, with results only once shared, dated over the past weeks', async () => {
    const advisor = await signIn('lea.martin@demo.orga-spe.fr');
    const { participations } = await participationsOf(advisor, 'JEUNES287');
    const statuses = participations.nodes.map((node: any) => node.status);
    expect(['STARTED', 'TO_SHARE', 'SHARED'].map((status) => statuses.filter((each: string) => each === status).length)).toEqual([2, 2, 5]);
    // One row a person: a result is shown once they shared, also beside a retry in progress
    // (Jade Bonnet's "Je retente"), and never for someone who has not shared yet.
    for (const node of participations.nodes) {
      const hasResult = node.sharedParticipationId !== null;
      if (node.status === 'SHARED') expect(hasResult).toBe(true);
      expect([node.masteryRate !== null, node.competenceResults !== null, node.sharedAt !== null]).toEqual([hasResult, hasResult, hasResult]);
    }
    const retriedWithResult = participations.nodes.filter((node: any) => node.status !== 'SHARED' && node.sharedParticipationId !== null);
    expect(retriedWithResult.map((node: any) => node.participantLastName)).toEqual(['Bonnet']);
    const startedDaysAgo = participations.nodes.map((node: any) => (Date.now() - Date.parse(node.startedAt)) / 86_400_000);
    expect(Math.min(...startedDaysAgo)).toBeGreaterThan(0.5);
    expect(Math.max(...startedDaysAgo)).toBeGreaterThan(40);
  });

  it("spreads shared results over the guide's bands, with CléA badges, certifiable profiles and not", async () => {
    const advisor = await signIn('karim.benali@demo.orga-spe.fr');
    const diagnostic = await participationsOf(advisor, 'JEUNES287');
    const clea = await participationsOf(advisor, 'CAPNUM287');
    const bandsUsed = [...diagnostic.resultBands, ...clea.resultBands].filter((band: any) => band.count > 0).map((band: any) => band.key);
    expect(bandsUsed).toEqual(['DIAGNOSTIC_BELOW_50', 'DIAGNOSTIC_50_TO_80', 'DIAGNOSTIC_ABOVE_80', 'CLEA_BELOW_25', 'CLEA_25_TO_60', 'CLEA_60_TO_85', 'CLEA_ABOVE_85']);
    const badged = clea.participations.nodes.filter((node: any) => node.badges?.some((badge: any) => badge.title === CLEA_BADGE)).map((node: any) => node.participantLastName);
    expect(badged.sort()).toEqual(['Bouzid', 'Perrin']);
    const marseille = await participationsOf(await signIn('samir.haddad@demo.orga-spe.fr'), 'MARSEE234');
    expect(marseille.participations.nodes.filter((node: any) => node.badges?.length).map((node: any) => node.participantLastName)).toEqual(['Diallo']);

    const profiles = await participationsOf(advisor, 'PARTAG287');
    const certifiable = Object.fromEntries(profiles.participations.nodes.filter((node: any) => node.status === 'SHARED').map((node: any) => [node.participantLastName, node.isCertifiable]));
    expect(certifiable).toEqual({ Bouzid: true, Morin: true, Lemoine: false, Fournier: false });
  });

  it('shows none of it to a member of another organisation', async () => {
    const other = await signIn('nathalie.roux@demo.orga-spe.fr');
    const limoges = await organizationId('Mission Locale de Limoges');
    expect(await other.errorCodes(CAMPAIGNS, { id: limoges })).toEqual(['NOT_FOUND']);
    const [{ id }] = await sql<{ id: string }>(`select id from campaigns.campaigns where code = 'JEUNES287'`);
    expect(await other.errorCodes(PARTICIPATIONS, { id })).toEqual(['NOT_FOUND']);
    expect((await campaignsOf(other, 'France Travail Limoges Nord')).nodes.map((node: any) => node.code)).toEqual(['FRTRAV287']);
  });

  it('opens the landing pages: welcome text in the markdown subset, identifier asked, archived one closed', async () => {
    const anonymous = server.client();
    const query = `query ($code: String!) { campaignToJoin(code: $code) { organizationName welcomeTextHtml externalIdLabel isJoinable } }`;
    const { campaignToJoin: diagnostic } = await anonymous.ok(query, { code: 'JEUNES287' });
    expect(diagnostic).toMatchObject({ organizationName: 'Mission Locale de Limoges', externalIdLabel: 'Identifiant France Travail', isJoinable: true });
    expect(diagnostic.welcomeTextHtml).toMatch(/<strong>Mission Locale de Limoges<\/strong>/);
    expect(diagnostic.welcomeTextHtml).toMatch(/<em>diagnostic<\/em>/);
    expect(diagnostic.welcomeTextHtml.match(/<p>/g)).toHaveLength(3);
    expect((await anonymous.ok(query, { code: 'ARCHVE287' })).campaignToJoin.isJoinable).toBe(false);
    for (const { code } of DEMO_CAMPAIGNS) expect((await anonymous.ok(query, { code })).campaignToJoin.organizationName).toEqual(expect.any(String));
  });

  it('lets a reviewer sign in as a participant and share the "Je retente" attempt, which supersedes the first', async () => {
    const jade = await signIn('jade.bonnet@demo.orga-spe.fr');
    const [retry] = (await jade.ok(MINE)).myParticipations;
    expect(retry).toMatchObject({ status: 'TO_SHARE', masteryRate: null });
    const { shareParticipationResults } = await jade.ok(SHARE, { id: retry.id });
    // 21 of the 27 skills this time (the first attempt validated 10): the latest elements win.
    expect(shareParticipationResults).toEqual({ status: 'SHARED', masteryRate: 0.78 });
    const mehdi = await signIn('mehdi.bouzid@demo.orga-spe.fr');
    expect((await mehdi.ok(MINE)).myParticipations.map((entry: any) => entry.status)).toEqual(['SHARED', 'SHARED']);
  });

  it('seeds twice without doubling anything, even when asked explicitly', async () => {
    const count = async () => (await sql(`select (select count(*) from campaigns.campaigns) as campaigns, (select count(*) from campaigns.participations) as participations, (select count(*) from certification.knowledge_elements) as elements, (select count(*) from organizations.users) as users`))[0];
    const before = await count();
    expect(Number(before.campaigns)).toBe(DEMO_CAMPAIGNS.length);
    expect(Number(before.participations)).toBe(DEMO_PARTICIPATIONS.length + 1);
    expect(await seedDemo(server.orm)).toEqual({ seeded: false });
    expect(await count()).toEqual(before);
  });

  it('prints every demo e-mail, the shared password and the campaign codes in the start banner, as they are now', async () => {
    const banner = demoBanner('http://localhost:4000', await readDemoFacts(server.orm));
    expect(banner).toContain('Orga SPE is running: http://localhost:4000');
    for (const account of DEMO_ACCOUNTS) expect(banner).toContain(account.email);
    for (const campaign of DEMO_CAMPAIGNS) expect(banner).toContain(campaign.code);
    expect(banner).toContain('Pix-emploi-2026');
    expect(banner).toMatch(/lea\.martin@demo\.orga-spe\.fr\s+Léa Martin, member – Mission Locale de Limoges\n/);
    expect(banner).toMatch(/ARCHVE287 .*, archived\n/);

    // Someone renamed a campaign and Léa left her team: the next start says so.
    await sql("update campaigns.campaigns set name = 'Accueil des jeunes – renommée' where code = 'JEUNES287'");
    await sql("update organizations.memberships set disabled_at = now() where user_id = (select id from organizations.users where email = 'lea.martin@demo.orga-spe.fr')");
    const later = demoBanner('http://localhost:4000', await readDemoFacts(server.orm));
    expect(later).toMatch(/JEUNES287  Accueil des jeunes – renommée – \d+ participant\(s\), \d+ with shared results\n/);
    expect(later).toMatch(/lea\.martin@demo\.orga-spe\.fr\s+Léa Martin\n/);
  });

  it("lets the demo partner client of the UNML get a token and read its Missions Locales' shared results, and no other network's", async () => {
    const { clientId, clientSecret } = DEMO_PARTNER_CLIENT;
    const response = await fetch(`${server.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}` },
      body: 'grant_type=client_credentials',
    });
    expect(response.status).toBe(200);
    const partner = server.client().withToken(((await response.json()) as { access_token: string }).access_token);
    const { partnerViewer } = await partner.ok(`{ partnerViewer { network { id code } } }`);
    expect(partnerViewer.network.code).toBe('UNML');
    const { network } = await partner.ok(
      `query ($id: ID!) { network(id: $id) { organizations(first: 100) { nodes { name } } sharedResults(first: 100) { nodes { campaign { code } participant { id lastName } } } } }`,
      { id: partnerViewer.network.id },
    );
    expect(network.organizations.nodes.map((node: { name: string }) => node.name)).toEqual(['Mission Locale de Limoges']);
    const codes = new Set(network.sharedResults.nodes.map((node: { campaign: { code: string } }) => node.campaign.code));
    expect(codes.size).toBeGreaterThan(0);
    // The Mission Locale's campaigns only: not France Travail's, E2C's or EPIDE's.
    for (const code of codes) expect(DEMO_CAMPAIGNS.find((campaign) => campaign.code === code)!.organization).toBe('ml-limoges');
    expect(network.sharedResults.nodes.every((node: { participant: { lastName: string | null } }) => node.participant.lastName !== null)).toBe(true);
    expect(demoBanner('http://localhost:4000', await readDemoFacts(server.orm))).toContain(`curl -s -u ${clientId}:${clientSecret}`);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { addMember, createOrganization, signUpAs, startTestServer, supportClient, type GraphQLClient, type TestServer } from '../../support/index.js';

const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id code } }`;
const START = `mutation ($code: String!) { startParticipation(code: $code) { id } }`;
const PARTICIPATIONS = `query ($search: String) { users(search: $search) { nodes { email participations { id status campaign { id name code organization { id } } } } } }`;

/** Support's user detail lists the person's campaigns (User.participations, owned by the campaigns subgraph). */
describe("a person's participations, for support", () => {
  let server: TestServer;
  let support: GraphQLClient;
  let organizationId: string;
  let campaigns: { id: string; code: string }[];
  let person: Awaited<ReturnType<typeof signUpAs>>;
  let personClient: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer();
    ({ client: support } = await supportClient(server, SupportRole.SUPPORT));
    organizationId = (await createOrganization(support, 'Mission Locale de Tulle')).id;
    const member = (await addMember(server, support, organizationId)).client;
    campaigns = [];
    for (const name of ['Garantie jeunes mars', 'Garantie jeunes avril']) {
      campaigns.push((await member.ok(CREATE, { input: { organizationId, type: 'PROFILES_COLLECTION', name } })).createCampaign);
    }
    personClient = server.client();
    person = await signUpAs(personClient, { firstName: 'Lina', lastName: 'Morel' });
    for (const campaign of campaigns) await personClient.ok(START, { code: campaign.code });
  });
  afterAll(() => server?.close());

  it('lists them, newest first, each with its campaign and organisation', async () => {
    const { users } = await support.ok(PARTICIPATIONS, { search: person.email });
    expect(users.nodes).toEqual([
      {
        email: person.email,
        participations: [
          { id: expect.any(String), status: 'STARTED', campaign: { id: campaigns[1]!.id, name: 'Garantie jeunes avril', code: campaigns[1]!.code, organization: { id: organizationId } } },
          { id: expect.any(String), status: 'STARTED', campaign: { id: campaigns[0]!.id, name: 'Garantie jeunes mars', code: campaigns[0]!.code, organization: { id: organizationId } } },
        ],
      },
    ]);
  });

  it('reads a page of people in as many statements as one person (no N+1)', async () => {
    const one = await support.request(PARTICIPATIONS, { search: person.email });
    const many = await support.request(PARTICIPATIONS, { search: 'example' });
    expect(many.data?.users.nodes.length).toBeGreaterThan(2);
    expect(many.headers.get('x-sql-statements')).toBe(one.headers.get('x-sql-statements'));
  });

  it('is readable by the person, refused to METIER and CERTIF agents and to other people', async () => {
    const own = await personClient.ok(`{ me { participations { status } } }`);
    expect(own.me.participations).toHaveLength(2);
    const { client: metier } = await supportClient(server, SupportRole.METIER);
    const { client: certif } = await supportClient(server, SupportRole.CERTIF);
    const other = server.client();
    await signUpAs(other);
    // CERTIF may find the person by exact e-mail, but not their campaigns.
    const refused = await certif.request(PARTICIPATIONS, { search: person.email });
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await metier.errorCodes(PARTICIPATIONS, { search: person.email })).toEqual(['FORBIDDEN']);
    // Someone else cannot read them through any entry point that names a person.
    expect(await other.errorCodes(PARTICIPATIONS, { search: person.email })).toEqual(['FORBIDDEN']);
  });
});

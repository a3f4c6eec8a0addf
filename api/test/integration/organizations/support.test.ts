import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import {
  CREATE_ORGANIZATION,
  ACCEPT,
  buildSiret,
  createOrganization as createTestOrganization,
  invitationCode,
  signUpAs,
  startTestServer,
  supportClient,
  type GraphQLClient,
  type TestServer,
} from '../../support/index.js';

const REQUEST = /* GraphQL */ `
  mutation Request($input: RequestOrganizationCreationInput!) { requestOrganizationCreation(input: $input) { id status } }
`;
const APPROVE = `mutation ($id: ID!) { approveOrganizationCreationRequest(id: $id) { id status organization { id name } } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectOrganizationCreationRequest(id: $id, reason: $reason) { id status rejectionReason } }`;
const SEARCH = /* GraphQL */ `
  query Search($filter: OrganizationFilter, $first: Int, $after: String) {
    organizations(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { name type isArchived network { code } } }
  }
`;

describe('organisations and creation requests (support)', () => {
  let server: TestServer;
  let support: GraphQLClient;
  let superAdmin: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer();
    ({ client: support } = await supportClient(server, SupportRole.SUPPORT));
    ({ client: superAdmin } = await supportClient(server, SupportRole.SUPER_ADMIN));
  });
  afterAll(() => server?.close());

  const requestInput = (overrides: Record<string, unknown> = {}) => ({
    name: 'École de la 2e Chance de Marseille',
    type: 'E2C',
    siret: buildSiret(),
    city: 'Marseille',
    directorName: 'Sophie Arnaud',
    mandateStatement: 'Je certifie agir avec le mandat de la directrice de la structure.',
    ...overrides,
  });

  it('checks the SIRET (14 digits, Luhn key), accepting spaces', async () => {
    const valid = buildSiret();
    const spaced = `${valid.slice(0, 3)} ${valid.slice(3, 6)} ${valid.slice(6, 9)} ${valid.slice(9)}`;
    const { createOrganization } = await support.ok(CREATE_ORGANIZATION, { input: { name: 'Cap emploi 19', type: 'CAP_EMPLOI', siret: spaced } });
    expect(createOrganization.siret).toBe(valid);

    const wrongKey = valid.slice(0, 13) + ((Number(valid[13]) + 1) % 10);
    for (const siret of [wrongKey, '1234567890123', 'ABCDEFGHIJKLMN']) {
      const result = await support.request(CREATE_ORGANIZATION, { input: { name: 'X', type: 'OTHER', siret } });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'siret' }] });
    }
  });

  it('keeps parents one level deep', async () => {
    const direction = (await support.ok(CREATE_ORGANIZATION, { input: { name: 'France Travail Nouvelle-Aquitaine', type: 'FRANCE_TRAVAIL' } })).createOrganization;
    const agency = (await support.ok(CREATE_ORGANIZATION, { input: { name: 'France Travail Limoges', type: 'FRANCE_TRAVAIL', parentId: direction.id } })).createOrganization;
    const result = await support.request(CREATE_ORGANIZATION, { input: { name: 'Antenne', type: 'FRANCE_TRAVAIL', parentId: agency.id } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'parentId' }] });
  });

  it('searches by name, type, network and archived state, a page at a time', async () => {
    const { networks } = await support.ok('{ networks { id code } }');
    const unml = networks.find((network: any) => network.code === 'UNML');
    for (const name of ['Mission Locale Rurale Corrèze', 'Mission Locale de Tulle', 'Mission Locale du Pays Basque']) {
      await support.ok(CREATE_ORGANIZATION, { input: { name, type: 'MISSION_LOCALE', networkId: unml.id } });
    }
    const first = (await support.ok(SEARCH, { filter: { name: 'mission locale', type: 'MISSION_LOCALE', networkId: unml.id }, first: 2 })).organizations;
    expect(first.totalCount).toBe(3);
    expect(first.nodes.map((node: any) => node.name)).toEqual(['Mission Locale de Tulle', 'Mission Locale du Pays Basque']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await support.ok(SEARCH, { filter: { name: 'MISSION LOCALE', networkId: unml.id }, first: 2, after: first.pageInfo.endCursor })).organizations;
    expect(next.nodes).toEqual([{ name: 'Mission Locale Rurale Corrèze', type: 'MISSION_LOCALE', isArchived: false, network: { code: 'UNML' } }]);
    expect(await support.errorCodes(SEARCH, { first: 101 })).toEqual(['BAD_USER_INPUT']);
  });

  it('reserves organisation management to SUPER_ADMIN, SUPPORT and METIER', async () => {
    const { client: certif } = await supportClient(server, SupportRole.CERTIF);
    const { client: metier } = await supportClient(server, SupportRole.METIER);
    const nobody = server.client();
    await signUpAs(nobody);
    const input = { name: 'Unis-Cité Limousin', type: 'OTHER' };
    expect(await certif.errorCodes(CREATE_ORGANIZATION, { input })).toEqual(['FORBIDDEN']);
    expect(await nobody.errorCodes(CREATE_ORGANIZATION, { input })).toEqual(['FORBIDDEN']);
    expect(await server.client().errorCodes(CREATE_ORGANIZATION, { input })).toEqual(['UNAUTHENTICATED']);
    expect(await nobody.errorCodes(SEARCH, {})).toEqual(['FORBIDDEN']);
    expect((await metier.ok(CREATE_ORGANIZATION, { input })).createOrganization.name).toBe('Unis-Cité Limousin');
  });

  it('approves a creation request: the organisation is created, the requester invited as ADMIN and told by e-mail', async () => {
    const requester = server.client();
    const person = await signUpAs(requester);
    const { requestOrganizationCreation } = await requester.ok(REQUEST, { input: requestInput() });
    expect(requestOrganizationCreation.status).toBe('PENDING');

    const { approveOrganizationCreationRequest: approved } = await support.ok(APPROVE, { id: requestOrganizationCreation.id });
    expect(approved).toMatchObject({ status: 'APPROVED', organization: { name: 'École de la 2e Chance de Marseille' } });

    const [mail] = await server.orm.em.getConnection().execute('select template, text_body from public.mail_outbox where recipient = ?', [person.email]);
    expect(mail.template).toBe('creation-request-approved');
    const [invitation] = await server.orm.em.getConnection().execute(`select id, role from organizations.invitations where email = ? and status = 'PENDING'`, [person.email]);
    expect(invitation.role).toBe('ADMIN');
    expect(mail.text_body).toContain(`/invitations/${invitation.id}?code=`);

    const { acceptInvitation } = await requester.ok(ACCEPT, { id: invitation.id, code: await invitationCode(server, invitation.id) });
    expect(acceptInvitation.role).toBe('ADMIN');
  });

  it("keeps the postal address: the request's becomes its organisation's, an update changes only the parts given", async () => {
    const ADDRESS = 'street postalCode city department region';
    const requester = server.client();
    await signUpAs(requester);
    const address = { street: '2 rue Edmond Rostand', postalCode: '13006', city: 'Marseille', department: 'Bouches-du-Rhône', region: "Provence-Alpes-Côte d'Azur" };
    const { requestOrganizationCreation } = await requester.ok(REQUEST, { input: requestInput({ name: 'E2C Marseille Centre', ...address }) });
    const { approveOrganizationCreationRequest: approved } = await support.ok(
      `mutation ($id: ID!) { approveOrganizationCreationRequest(id: $id) { ${ADDRESS} organization { id ${ADDRESS} } } }`,
      { id: requestOrganizationCreation.id },
    );
    expect(approved).toMatchObject({ ...address, organization: address });

    const { updateOrganization } = await support.ok(
      `mutation ($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { ${ADDRESS} } }`,
      { id: approved.organization.id, input: { city: 'Marseille 6e', street: null } },
    );
    expect(updateOrganization).toEqual({ ...address, city: 'Marseille 6e', street: null });
    const [row] = await server.orm.em.getConnection().execute('select street, postal_code, city, department, region from organizations.organizations where id = ?', [approved.organization.id]);
    expect(row).toEqual({ street: null, postal_code: '13006', city: 'Marseille 6e', department: 'Bouches-du-Rhône', region: "Provence-Alpes-Côte d'Azur" });
  });

  it('creates one organisation when a request is approved twice, even at the same moment', async () => {
    const requester = server.client();
    await signUpAs(requester);
    const { requestOrganizationCreation } = await requester.ok(REQUEST, { input: requestInput({ name: 'EPIDE Bordeaux' }) });
    const results = await Promise.all([support.request(APPROVE, { id: requestOrganizationCreation.id }), superAdmin.request(APPROVE, { id: requestOrganizationCreation.id })]);
    expect(results.filter((result) => result.data?.approveOrganizationCreationRequest)).toHaveLength(1);
    expect(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions?.code)).toEqual(['CREATION_REQUEST_NOT_PENDING']);
    expect(await support.errorCodes(APPROVE, { id: requestOrganizationCreation.id })).toEqual(['CREATION_REQUEST_NOT_PENDING']);
    const [{ count }] = await server.orm.em.getConnection().execute(`select count(*) from organizations.organizations where name = 'EPIDE Bordeaux'`);
    expect(Number(count)).toBe(1);
  });

  it('rejects a request with a reason the requester receives by e-mail', async () => {
    const requester = server.client();
    const person = await signUpAs(requester);
    const { requestOrganizationCreation } = await requester.ok(REQUEST, { input: requestInput({ name: 'Structure inconnue' }) });
    expect(await support.errorCodes(REJECT, { id: requestOrganizationCreation.id, reason: '   ' })).toEqual(['BAD_USER_INPUT']);
    const { rejectOrganizationCreationRequest } = await support.ok(REJECT, { id: requestOrganizationCreation.id, reason: 'Le mandat du directeur est manquant.' });
    expect(rejectOrganizationCreationRequest).toMatchObject({ status: 'REJECTED', rejectionReason: 'Le mandat du directeur est manquant.' });
    const [mail] = await server.orm.em.getConnection().execute('select template, text_body from public.mail_outbox where recipient = ?', [person.email]);
    expect(mail).toMatchObject({ template: 'creation-request-rejected', text_body: expect.stringContaining('Le mandat du directeur est manquant.') });
    expect(await support.errorCodes(APPROVE, { id: requestOrganizationCreation.id })).toEqual(['CREATION_REQUEST_NOT_PENDING']);
  });

  it('refuses a request with an invalid SIRET, and lets only support read the queue', async () => {
    const requester = server.client();
    await signUpAs(requester);
    expect(await requester.errorCodes(REQUEST, { input: requestInput({ siret: '12345678901234' }) })).toEqual(['BAD_USER_INPUT']);
    expect(await requester.errorCodes('{ organizationCreationRequests { totalCount } }')).toEqual(['FORBIDDEN']);
    expect((await support.ok('{ organizationCreationRequests(status: PENDING) { totalCount } }')).organizationCreationRequests.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('writes every support action to the audit log, readable by SUPER_ADMIN only', async () => {
    const { createOrganization } = await support.ok(CREATE_ORGANIZATION, { input: { name: 'Cap emploi 23', type: 'CAP_EMPLOI' } });
    await support.ok(`mutation ($id: ID!) { updateOrganization(id: $id, input: { name: "Cap emploi Creuse" }) { name } }`, { id: createOrganization.id });
    await support.ok(`mutation ($id: ID!) { archiveOrganization(id: $id) { isArchived } }`, { id: createOrganization.id });

    const query = `query ($id: ID!) { auditLog(targetId: $id) { nodes { action actorRole before after actor { id } } } }`;
    const { auditLog } = await superAdmin.ok(query, { id: createOrganization.id });
    expect(auditLog.nodes.map((entry: any) => entry.action)).toEqual(['ORGANIZATION_ARCHIVED', 'ORGANIZATION_UPDATED', 'ORGANIZATION_CREATED']);
    const update = auditLog.nodes[1];
    expect(update).toMatchObject({ actorRole: 'SUPPORT', before: { name: 'Cap emploi 23' }, after: { name: 'Cap emploi Creuse' } });
    expect(await support.errorCodes(query, { id: createOrganization.id })).toEqual(['FORBIDDEN']);
  });
});

describe('support area: people, support roles and the mail outbox', () => {
  let server: TestServer;
  let support: GraphQLClient;
  let superAdmin: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer();
    ({ client: support } = await supportClient(server, SupportRole.SUPPORT));
    ({ client: superAdmin } = await supportClient(server, SupportRole.SUPER_ADMIN));
  });
  afterAll(() => server?.close());

  it('finds people by part of their name or e-mail, for SUPPORT only', async () => {
    const person = await signUpAs(server.client(), { firstName: 'Gaëlle', lastName: 'Rivière' });
    const query = `query ($search: String) { users(search: $search) { totalCount nodes { id email } } }`;
    expect((await support.ok(query, { search: 'rivière' })).users.nodes).toEqual([{ id: person.user.id, email: person.email }]);
    const { client: metier } = await supportClient(server, SupportRole.METIER);
    expect(await metier.errorCodes(query, { search: 'rivière' })).toEqual(['FORBIDDEN']);
  });

  it('lets CERTIF find one person by exact e-mail (any case) and read their eligibility, and nothing more', async () => {
    const person = await signUpAs(server.client(), { firstName: 'Lucas', lastName: 'Moreau' });
    const { client: certif } = await supportClient(server, SupportRole.CERTIF);
    const query = `query ($search: String) { users(search: $search) { totalCount nodes { id email firstName certificationEligibility { isCertifiable } } } }`;
    const { users } = await certif.ok(query, { search: `  ${person.email.toUpperCase()} ` });
    expect(users).toEqual({ totalCount: 1, nodes: [{ id: person.user.id, email: person.email, firstName: 'Lucas', certificationEligibility: { isCertifiable: false } }] });
    // No free search: part of the e-mail or the name finds nobody; no search at all is a listing, refused.
    for (const search of ['moreau', person.email.slice(0, -3), 'Lucas Moreau']) {
      expect((await certif.ok(query, { search })).users, search).toEqual({ totalCount: 0, nodes: [] });
    }
    expect(await certif.errorCodes(query, {})).toEqual(['FORBIDDEN']);
    expect(await certif.errorCodes(query, { search: '   ' })).toEqual(['FORBIDDEN']);
    // Nothing else of support: memberships of the person, organisations, the outbox.
    expect((await certif.request(`query ($search: String) { users(search: $search) { nodes { memberships { id } } } }`, { search: person.email })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await certif.errorCodes('{ organizations { totalCount } }')).toEqual(['FORBIDDEN']);
    const organization = await createTestOrganization(support);
    const byId = `query ($id: ID!) { organization(id: $id) { name } }`;
    expect((await certif.request(byId, { id: organization.id })).errors).toEqual((await certif.request(byId, { id: '00000000-0000-4000-8000-000000000000' })).errors);
    expect(await certif.errorCodes(byId, { id: organization.id })).toEqual(['NOT_FOUND']);
    expect(await certif.errorCodes('{ mailOutbox { totalCount } }')).toEqual(['FORBIDDEN']);
  });

  it('lets SUPER_ADMIN name a support agent, audited, but not change their own role', async () => {
    const person = await signUpAs(server.client());
    const mutation = `mutation ($userId: ID!, $role: SupportRole) { setSupportRole(userId: $userId, role: $role) { supportRole } }`;
    expect((await superAdmin.ok(mutation, { userId: person.user.id, role: 'CERTIF' })).setSupportRole.supportRole).toBe('CERTIF');
    expect(await support.errorCodes(mutation, { userId: person.user.id, role: 'SUPER_ADMIN' })).toEqual(['FORBIDDEN']);
    const { me } = await superAdmin.ok('{ me { id } }');
    expect(await superAdmin.errorCodes(mutation, { userId: me.id, role: null })).toEqual(['FORBIDDEN']);
    const { auditLog } = await superAdmin.ok(`query ($id: ID!) { auditLog(targetId: $id) { nodes { action before after } } }`, { id: person.user.id });
    expect(auditLog.nodes).toEqual([{ action: 'SUPPORT_ROLE_CHANGED', before: { supportRole: null }, after: { supportRole: 'CERTIF' } }]);
  });

  it('shows support the outbox: mails waiting for the mail server are kept and readable', async () => {
    const requester = server.client();
    const person = await signUpAs(requester);
    const { requestOrganizationCreation } = await requester.ok(REQUEST_FOR_OUTBOX, {
      input: { name: 'EPIDE Lyon', type: 'EPIDE', siret: buildSiret(), directorName: 'Jean Morel', mandateStatement: 'Mandat du directeur.' },
    });
    await support.ok(`mutation ($id: ID!, $reason: String!) { rejectOrganizationCreationRequest(id: $id, reason: $reason) { id } }`, { id: requestOrganizationCreation.id, reason: 'Doublon.' });
    const { mailOutbox } = await support.ok(`query ($to: String) { mailOutbox(recipient: $to, status: PENDING) { totalCount nodes { subject template status attempts } } }`, { to: person.email });
    expect(mailOutbox.nodes).toEqual([{ subject: expect.stringContaining('EPIDE Lyon'), template: 'creation-request-rejected', status: 'PENDING', attempts: 0 }]);
    expect(await requester.errorCodes('{ mailOutbox { totalCount } }')).toEqual(['FORBIDDEN']);
  });
});

const REQUEST_FOR_OUTBOX = /* GraphQL */ `
  mutation Request($input: RequestOrganizationCreationInput!) { requestOrganizationCreation(input: $input) { id } }
`;

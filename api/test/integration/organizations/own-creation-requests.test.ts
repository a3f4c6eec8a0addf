import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { ACCEPT, buildSiret, signUpAs, startTestServer, supportClient, type GraphQLClient, type TestServer } from '../../support/index.js';

const REQUEST = `mutation ($input: RequestOrganizationCreationInput!) { requestOrganizationCreation(input: $input) { id status } }`;
const APPROVE = `mutation ($id: ID!) { approveOrganizationCreationRequest(id: $id) { id status organization { id } } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectOrganizationCreationRequest(id: $id, reason: $reason) { id } }`;
const MINE = `{ me { organizationCreationRequests { id name status rejectionReason joinPath organization { id name } } } }`;

const requestInput = (name: string) => ({
  name,
  type: 'MISSION_LOCALE',
  siret: buildSiret(),
  directorName: 'Claire Dumas',
  mandateStatement: 'Je certifie agir avec le mandat de la directrice de la structure.',
});

/**
 * The requester's side of "Demander un espace Orga": one request at a time, the request readable
 * with its status, and after approval the way into the space without the e-mail.
 */
describe('a person and their own creation requests', () => {
  let server: TestServer;
  let support: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer();
    ({ client: support } = await supportClient(server, SupportRole.SUPPORT));
  });
  afterAll(() => server?.close());

  it('refuses a second request while one is pending, with a stable code; a rejection frees the way', async () => {
    const requester = server.client();
    await signUpAs(requester);
    const { requestOrganizationCreation: first } = await requester.ok(REQUEST, { input: requestInput('Mission Locale de Tulle') });

    const second = await requester.request(REQUEST, { input: requestInput('Mission Locale de Tulle (bis)') });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CREATION_REQUEST_ALREADY_PENDING', requestId: first.id });
    expect((await requester.ok(MINE)).me.organizationCreationRequests).toEqual([
      { id: first.id, name: 'Mission Locale de Tulle', status: 'PENDING', rejectionReason: null, joinPath: null, organization: null },
    ]);

    await support.ok(REJECT, { id: first.id, reason: 'SIRET d’une autre structure.' });
    const { requestOrganizationCreation: again } = await requester.ok(REQUEST, { input: requestInput('Mission Locale de Tulle') });
    const mine = (await requester.ok(MINE)).me.organizationCreationRequests;
    expect(mine.map((request: { id: string; status: string }) => [request.id, request.status])).toEqual([
      [again.id, 'PENDING'],
      [first.id, 'REJECTED'],
    ]);
    expect(mine[1].rejectionReason).toBe('SIRET d’une autre structure.');
  });

  it('records one pending request when two are sent at the same moment', async () => {
    const requester = server.client();
    const person = await signUpAs(requester);
    const results = await Promise.all([1, 2, 3].map((n) => requester.request(REQUEST, { input: requestInput(`E2C de Guéret ${n}`) })));
    expect(results.filter((result) => result.data?.requestOrganizationCreation)).toHaveLength(1);
    expect(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions?.code)).toEqual(['CREATION_REQUEST_ALREADY_PENDING', 'CREATION_REQUEST_ALREADY_PENDING']);
    const [{ count }] = await server.orm.em.getConnection().execute(
      `select count(*) from organizations.creation_requests r join organizations.users u on u.id = r.requester_id where u.email = ? and r.status = 'PENDING'`,
      [person.email],
    );
    expect(Number(count)).toBe(1);
  });

  it('after approval, gives the requester the path into the new space; once joined it is gone', async () => {
    const requester = server.client();
    await signUpAs(requester);
    const { requestOrganizationCreation } = await requester.ok(REQUEST, { input: requestInput('Cap emploi Corrèze') });
    const { approveOrganizationCreationRequest } = await support.ok(APPROVE, { id: requestOrganizationCreation.id });

    const [approved] = (await requester.ok(MINE)).me.organizationCreationRequests;
    expect(approved).toMatchObject({ status: 'APPROVED', organization: { id: approveOrganizationCreationRequest.organization.id, name: 'Cap emploi Corrèze' } });
    const match = /^\/invitations\/([0-9a-f-]{36})\?code=([A-Z0-9]+)$/.exec(approved.joinPath);
    expect(match).not.toBeNull();

    const { acceptInvitation } = await requester.ok(ACCEPT, { id: match![1], code: match![2] });
    expect(acceptInvitation.role).toBe('ADMIN');
    expect((await requester.ok(MINE)).me.organizationCreationRequests[0]).toMatchObject({ status: 'APPROVED', joinPath: null });
  });

  it("keeps a person's requests to themselves: support reads the queue, not another user's field", async () => {
    const requester = server.client();
    const person = await signUpAs(requester);
    await requester.ok(REQUEST, { input: requestInput('EPIDE Meymac') });
    const ofSomeoneElse = `query ($q: String!) { users(search: $q, first: 1) { nodes { organizationCreationRequests { id joinPath } } } }`;
    expect(await support.errorCodes(ofSomeoneElse, { q: person.email })).toEqual(['FORBIDDEN']);
    // The support queue never carries a join path.
    const { organizationCreationRequests } = await support.ok('{ organizationCreationRequests(status: PENDING, first: 100) { nodes { name joinPath } } }');
    expect(organizationCreationRequests.nodes.find((node: { name: string }) => node.name === 'EPIDE Meymac')).toEqual({ name: 'EPIDE Meymac', joinPath: null });
  });
});

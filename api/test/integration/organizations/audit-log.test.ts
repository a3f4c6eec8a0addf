import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { addMember, buildSiret, createOrganization, signUpAs, startTestServer, supportClient, type GraphQLClient, type TestServer } from '../../support/index.js';

const LOG = /* GraphQL */ `
  query ($targetId: ID, $first: Int) {
    auditLog(targetId: $targetId, first: $first) {
      nodes { action actorRole changedFields targetLabel actor { firstName lastName } organization { id name } person { id firstName lastName } }
    }
  }
`;

/** The audit log names whom and what each support action was about, so that the console can write it as a sentence. */
describe('the audit log names who did what to which organisation or person', () => {
  let server: TestServer;
  let superAdmin: GraphQLClient;
  let support: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer();
    ({ client: superAdmin } = await supportClient(server, SupportRole.SUPER_ADMIN));
    ({ client: support } = await supportClient(server, SupportRole.SUPPORT));
  });
  afterAll(() => server?.close());

  it('an approved space request: its organisation (created), its author and the name asked for', async () => {
    const requester = server.client();
    const person = await signUpAs(requester, { firstName: 'Inès', lastName: 'Garnier' });
    const { requestOrganizationCreation } = await requester.ok(
      `mutation ($input: RequestOrganizationCreationInput!) { requestOrganizationCreation(input: $input) { id } }`,
      { input: { name: 'Mission Locale de Lyon', type: 'MISSION_LOCALE', siret: buildSiret(), directorName: 'Paul Roux', mandateStatement: 'Mandat du directeur.' } },
    );
    const { approveOrganizationCreationRequest } = await superAdmin.ok(`mutation ($id: ID!) { approveOrganizationCreationRequest(id: $id) { organization { id } } }`, { id: requestOrganizationCreation.id });
    const { auditLog } = await superAdmin.ok(LOG, { targetId: requestOrganizationCreation.id });
    expect(auditLog.nodes).toEqual([
      {
        action: 'CREATION_REQUEST_APPROVED',
        actorRole: 'SUPER_ADMIN',
        changedFields: expect.arrayContaining(['status', 'organizationId']),
        targetLabel: 'Mission Locale de Lyon',
        actor: expect.objectContaining({ firstName: expect.any(String) }),
        organization: { id: approveOrganizationCreationRequest.organization.id, name: 'Mission Locale de Lyon' },
        person: { id: person.user.id, firstName: 'Inès', lastName: 'Garnier' },
      },
    ]);
  });

  it('an updated organisation names it and says which fields changed; a removed member names the person and the organisation', async () => {
    const organization = await createOrganization(support, 'Cap emploi 42');
    await support.ok(`mutation ($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }`, { id: organization.id, input: { city: 'Saint-Étienne', name: 'Cap emploi Loire' } });
    const updated = (await superAdmin.ok(LOG, { targetId: organization.id })).auditLog.nodes;
    expect(updated[0]).toMatchObject({ action: 'ORGANIZATION_UPDATED', actorRole: 'SUPPORT', organization: { id: organization.id, name: 'Cap emploi Loire' }, person: null, targetLabel: 'Cap emploi Loire' });
    expect([...updated[0].changedFields].sort()).toEqual(['city', 'name']);

    const { person, membership } = await addMember(server, support, organization.id, 'MEMBER', { firstName: 'Jade', lastName: 'Bonnet' });
    await support.ok(`mutation ($id: ID!) { removeMembership(id: $id) { id } }`, { id: membership.id });
    const removed = (await superAdmin.ok(LOG, { targetId: membership.id })).auditLog.nodes;
    expect(removed).toEqual([expect.objectContaining({ action: 'MEMBERSHIP_REMOVED', organization: { id: organization.id, name: 'Cap emploi Loire' }, person: { id: person.user.id, firstName: 'Jade', lastName: 'Bonnet' } })]);
  });

  it('reads the names of a page of 20 entries in as many statements as 2 (no N+1)', async () => {
    for (let index = 0; index < 20; index += 1) await createOrganization(support, `Structure ${index}`);
    const small = await superAdmin.request(LOG, { first: 2 });
    const large = await superAdmin.request(LOG, { first: 20 });
    expect(large.data?.auditLog.nodes).toHaveLength(20);
    expect(large.data?.auditLog.nodes.every((node: { organization: { name: string } | null }) => node.organization?.name)).toBe(true);
    expect(large.headers.get('x-sql-statements')).toBe(small.headers.get('x-sql-statements'));
  });

  it('is refused to every other role and to advisors', async () => {
    const advisor = server.client();
    await signUpAs(advisor);
    expect(await advisor.errorCodes(LOG, {})).toEqual(['FORBIDDEN']);
    expect(await support.errorCodes(LOG, {})).toEqual(['FORBIDDEN']);
  });
});

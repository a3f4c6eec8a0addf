import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { ACCEPT, INVITE, addMember, createOrganization, invitationCode, startTestServer, supportClient, type GraphQLClient, type TestServer } from '../../support/index.js';

/**
 * Tenants are walls: an admin of organisation A tries every query and mutation of this subgraph
 * against organisation B and gets nothing of it — not even the knowledge that B's records exist:
 * each answer is exactly the answer for an unknown id (same code, same message).
 */
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
describe('a member of organisation A against organisation B', () => {
  let server: TestServer;
  let adminA: GraphQLClient;
  let b: { id: string; adminMembershipId: string; memberMembershipId: string; invitationId: string; memberUserId: string };

  beforeAll(async () => {
    server = await startTestServer();
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    const organizationA = await createOrganization(support, 'Mission Locale A');
    adminA = (await addMember(server, support, organizationA.id)).client;

    const organizationB = await createOrganization(support, 'Mission Locale B');
    const adminB = await addMember(server, support, organizationB.id);
    const memberB = await addMember(server, adminB.client, organizationB.id);
    const { inviteMembers } = await adminB.client.ok(INVITE, { organizationId: organizationB.id, emails: ['pending.b@example.fr'] });
    b = {
      id: organizationB.id,
      adminMembershipId: adminB.membership.id,
      memberMembershipId: memberB.membership.id,
      invitationId: inviteMembers[0].id,
      memberUserId: memberB.person.user.id,
    };
  });
  afterAll(() => server?.close());

  /** B's id answers as an unknown one: NOT_FOUND, word for word the same. */
  const hidden = async (query: string, variables: Record<string, unknown>, idName: string) => {
    const result = await adminA.request(query, variables);
    const unknown = await adminA.request(query, { ...variables, [idName]: UNKNOWN_ID });
    expect(result.data?.[Object.keys(result.data ?? {})[0] ?? ''] ?? null).toBeNull();
    expect(result.errors?.map((error) => error.extensions?.code), query).toEqual(['NOT_FOUND']);
    expect(result.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual(unknown.errors?.map(({ message, extensions }) => ({ message, extensions })));
  };
  const forbidden = async (query: string, variables: Record<string, unknown>) => {
    const result = await adminA.request(query, variables);
    expect(result.data?.[Object.keys(result.data ?? {})[0] ?? ''] ?? null).toBeNull();
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  };

  it('cannot read B, its team or its invitations', async () => {
    await hidden(`query ($id: ID!) { organization(id: $id) { name } }`, { id: b.id }, 'id');
    await hidden(`query ($id: ID!) { organization(id: $id) { members { totalCount } } }`, { id: b.id }, 'id');
    await hidden(`query ($id: ID!) { organization(id: $id) { invitations { email } } }`, { id: b.id }, 'id');
  });

  it("cannot read the memberships of B's people", async () => {
    const result = await adminA.request(`query ($id: ID!) { organization(id: $id) { members { nodes { user { memberships { id } } } } } }`, { id: b.id });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("cannot invite into B, nor resend or cancel B's invitations", async () => {
    await hidden(INVITE, { organizationId: b.id, emails: ['intruder@example.fr'], role: 'ADMIN' }, 'organizationId');
    await hidden(`mutation ($id: ID!) { resendInvitation(id: $id) { id } }`, { id: b.invitationId }, 'id');
    await hidden(`mutation ($id: ID!) { cancelInvitation(id: $id) { id } }`, { id: b.invitationId }, 'id');
    const [{ count }] = await server.orm.em.getConnection().execute(`select count(*) from organizations.invitations where organization_id = ? and status = 'PENDING'`, [b.id]);
    expect(Number(count)).toBe(1);
  });

  it("cannot change roles in B, remove B's members or leave B for them", async () => {
    await hidden(`mutation ($id: ID!) { updateMembershipRole(id: $id, role: ADMIN) { id } }`, { id: b.memberMembershipId }, 'id');
    await hidden(`mutation ($id: ID!) { updateMembershipRole(id: $id, role: MEMBER) { id } }`, { id: b.adminMembershipId }, 'id');
    await hidden(`mutation ($id: ID!) { removeMembership(id: $id) { id } }`, { id: b.memberMembershipId }, 'id');
    await hidden(`mutation ($id: ID!) { leaveOrganization(organizationId: $id) }`, { id: b.id }, 'organizationId');
    const rows = await server.orm.em.getConnection().execute(`select role, disabled_at from organizations.memberships where organization_id = ? order by role`, [b.id]);
    expect(rows).toEqual([{ role: 'ADMIN', disabled_at: null }, { role: 'MEMBER', disabled_at: null }]);
  });

  it('cannot read the target profiles B may use', async () => {
    await hidden(`query ($id: ID!) { targetProfiles(organizationId: $id) { totalCount } }`, { id: b.id }, 'id');
  });

  it('cannot use the support operations on B (refused by role, before any look-up)', async () => {
    await forbidden(`mutation ($id: ID!) { updateOrganization(id: $id, input: { name: "Pirate" }) { name } }`, { id: b.id });
    await forbidden(`mutation ($id: ID!) { archiveOrganization(id: $id) { id } }`, { id: b.id });
    await forbidden(`{ organizations { totalCount } }`, {});
    await forbidden(`{ organizationCreationRequests { totalCount } }`, {});
    await forbidden(`{ auditLog { totalCount } }`, {});
  });

  it('can join B only with an invitation code of its own', async () => {
    const [{ code }] = await server.orm.em.getConnection().execute('select code from organizations.invitations where id = ?', [b.invitationId]);
    expect(await adminA.errorCodes(ACCEPT, { id: b.invitationId, code: code === 'AAAAAAAAAA' ? 'BBBBBBBBBB' : 'AAAAAAAAAA' })).toEqual(['NOT_FOUND']);
    expect(await invitationCode(server, b.invitationId)).toBe(code);
  });

  it('answers an id that is not a UUID with a client error, never a server error', async () => {
    // Checked at the edge, before any access rule or query.
    expect(await adminA.errorCodes(`{ organization(id: "not-a-uuid") { name } }`)).toEqual(['BAD_USER_INPUT']);
    expect(await adminA.errorCodes(`mutation { resendInvitation(id: "not-a-uuid") { id } }`)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('SQL statements of the team list', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('lists 100 members with their names in as many statements as 10 (no N+1)', async () => {
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    const small = await createOrganization(support);
    const large = await createOrganization(support);
    // Bulk team members straight into the database: the cost measured is reading, not inviting.
    await server.orm.em.getConnection().execute(`
      with people as (
        insert into organizations.users (id, email, first_name, last_name, password_hash, created_at)
        select gen_random_uuid(), 'bulk' || n || '@example.fr', 'Prénom' || n, 'Nom' || n, 'x', now() from generate_series(1, 220) n
        returning id, email
      )
      insert into organizations.memberships (id, organization_id, user_id, role, created_at, updated_at)
      select gen_random_uuid(), case when substring(email from 'bulk([0-9]+)@')::int <= 20 then ?::uuid else ?::uuid end, id, 'MEMBER', now(), now() from people`,
      [small.id, large.id],
    );

    const query = `query ($id: ID!, $first: Int) { organization(id: $id) { members(first: $first) { totalCount nodes { role user { firstName lastName email } organization { name } } } } }`;
    const ten = await support.request(query, { id: small.id, first: 10 });
    const hundred = await support.request(query, { id: large.id, first: 100 });
    expect(ten.data?.organization.members.nodes).toHaveLength(10);
    expect(hundred.data?.organization.members.nodes).toHaveLength(100);
    expect(hundred.headers.get('x-sql-statements')).toBe(ten.headers.get('x-sql-statements'));
    expect(Number(ten.headers.get('x-sql-statements'))).toBeLessThanOrEqual(6);
  });
});

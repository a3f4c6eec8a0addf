import type { SupportRole } from '../../src/shared/auth/principal.js';
import type { GraphQLClient } from './graphql-client.js';
import type { TestServer } from './server.js';
import { LOGIN, signUpAs } from './builders.js';

let sequence = 0;

/** A SIRET with a valid Luhn key, different at each call. */
export function buildSiret(): string {
  sequence += 1;
  const body = `${Date.now() % 1e9}`.padStart(9, '0') + `${sequence}`.padStart(4, '0');
  for (let check = 0; check <= 9; check += 1) {
    const candidate = body + check;
    let sum = 0;
    for (let index = 0; index < 14; index += 1) {
      let digit = Number(candidate[13 - index]);
      if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

/** A signed-in client holding a support role (set directly in the database, as a SUPER_ADMIN would). */
export async function supportClient(server: TestServer, role: SupportRole) {
  const client = server.client();
  const person = await signUpAs(client);
  await server.orm.em.getConnection().execute('update organizations.users set support_role = ? where id = ?', [role, person.user.id]);
  // Sign in again: the role is read from the session's user at each request, so the token still works.
  const { login } = await server.client().ok(LOGIN, { email: person.email, password: person.password });
  client.withToken(login.accessToken);
  return { client, person };
}

export const CREATE_ORGANIZATION = /* GraphQL */ `
  mutation Create($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name type siret isArchived } }
`;

export const INVITE = /* GraphQL */ `
  mutation Invite($organizationId: ID!, $emails: [String!]!, $role: MembershipRole) {
    inviteMembers(organizationId: $organizationId, emails: $emails, role: $role) { id email role status }
  }
`;

export const ACCEPT = /* GraphQL */ `
  mutation Accept($id: ID!, $code: String!) { acceptInvitation(id: $id, code: $code) { id role } }
`;

export async function createOrganization(support: GraphQLClient, name = `Mission Locale ${++sequence}`) {
  const { createOrganization } = await support.ok(CREATE_ORGANIZATION, { input: { name, type: 'MISSION_LOCALE', siret: buildSiret() } });
  return createOrganization as { id: string; name: string };
}

/** The code is only in the e-mail; tests read it where the outbox mail would carry it. */
export async function invitationCode(server: TestServer, invitationId: string): Promise<string> {
  const [row] = await server.orm.em.getConnection().execute<{ code: string }[]>('select code from organizations.invitations where id = ?', [invitationId]);
  return row!.code;
}

/** Invites a new person and has them sign up and accept: returns their client and membership. */
export async function addMember(server: TestServer, admin: GraphQLClient, organizationId: string, role: 'ADMIN' | 'MEMBER' | null = null, names: { firstName?: string; lastName?: string } = {}) {
  const client = server.client();
  const person = await signUpAs(client, names);
  const { inviteMembers } = await admin.ok(INVITE, { organizationId, emails: [person.email], role });
  const code = await invitationCode(server, inviteMembers[0].id);
  const { acceptInvitation } = await client.ok(ACCEPT, { id: inviteMembers[0].id, code });
  return { client, person, membership: acceptInvitation as { id: string; role: string } };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import {
  ACCEPT,
  INVITE,
  addMember,
  buildSignUp,
  createOrganization,
  invitationCode,
  signUpAs,
  startTestServer,
  supportClient,
  type GraphQLClient,
  type TestServer,
} from '../../support/index.js';

const TEAM = /* GraphQL */ `
  query Team($id: ID!) {
    organization(id: $id) {
      viewerRole
      members(first: 100) { totalCount nodes { id role user { firstName lastName } } }
      invitations(status: PENDING) { id email status }
    }
  }
`;
const UPDATE_ROLE = `mutation ($id: ID!, $role: MembershipRole!) { updateMembershipRole(id: $id, role: $role) { id role } }`;
const REMOVE = `mutation ($id: ID!) { removeMembership(id: $id) { id } }`;
const LEAVE = `mutation ($organizationId: ID!) { leaveOrganization(organizationId: $organizationId) }`;

describe('team: memberships and invitations', () => {
  let server: TestServer;
  let support: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer();
    ({ client: support } = await supportClient(server, SupportRole.SUPPORT));
  });
  afterAll(() => server?.close());

  const outbox = async (recipient: string) =>
    server.orm.em.getConnection().execute<{ subject: string; text_body: string; template: string }[]>(
      'select subject, text_body, template from public.mail_outbox where recipient = ? order by created_at',
      [recipient],
    );

  it('makes the first member ADMIN and the next ones MEMBER, and lists them in me with the organisation name', async () => {
    const organization = await createOrganization(support, 'Mission Locale de Limoges');
    const first = await addMember(server, support, organization.id);
    const second = await addMember(server, first.client, organization.id);
    expect(first.membership.role).toBe('ADMIN');
    expect(second.membership.role).toBe('MEMBER');

    const { me } = await second.client.ok('{ me { memberships { role organization { name } } } }');
    expect(me.memberships).toEqual([{ role: 'MEMBER', organization: { name: 'Mission Locale de Limoges' } }]);
  });

  it('lists the team in alphabetical order (last name, first name) with pending invitations beside it', async () => {
    const organization = await createOrganization(support);
    const admin = await addMember(server, support, organization.id, null, { firstName: 'Zoé', lastName: 'Martin' });
    await addMember(server, admin.client, organization.id, null, { firstName: 'Anne', lastName: 'martin' });
    await addMember(server, admin.client, organization.id, null, { firstName: 'Yves', lastName: 'Bernard' });
    await admin.client.ok(INVITE, { organizationId: organization.id, emails: ['pending.person@example.fr'] });

    const { organization: team } = await admin.client.ok(TEAM, { id: organization.id });
    expect(team.viewerRole).toBe('ADMIN');
    expect(team.members.nodes.map((member: any) => `${member.user.firstName} ${member.user.lastName}`)).toEqual(['Yves Bernard', 'Anne martin', 'Zoé Martin']);
    expect(team.invitations.map((invitation: any) => invitation.email)).toEqual(['pending.person@example.fr']);
  });

  it('invites "  A@x.fr " and "a@x.fr" in one call as one pending invitation and one e-mail', async () => {
    const organization = await createOrganization(support);
    const admin = await addMember(server, support, organization.id);
    const address = `a.${Date.now()}@x.fr`;
    const { inviteMembers } = await admin.client.ok(INVITE, { organizationId: organization.id, emails: [`  ${address.toUpperCase()} `, address] });
    expect(inviteMembers).toEqual([{ id: expect.any(String), email: address, role: null, status: 'PENDING' }]);
    const mails = await outbox(address);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ template: 'invitation', subject: expect.stringContaining(organization.name) });
    expect(mails[0]!.text_body).toContain(`/invitations/${inviteMembers[0].id}?code=${await invitationCode(server, inviteMembers[0].id)}`);
  });

  it('refuses a malformed address with BAD_USER_INPUT and writes nothing', async () => {
    const organization = await createOrganization(support);
    const admin = await addMember(server, support, organization.id);
    const result = await admin.client.request(INVITE, { organizationId: organization.id, emails: ['good@example.fr', 'not-an-email'] });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'emails' }] });
    expect(await outbox('good@example.fr')).toHaveLength(0);
  });

  /** As if the last e-mail of this invitation had gone out `seconds` earlier. */
  const sentEarlier = (invitationId: string, seconds: number) =>
    server.orm.em.getConnection().execute(`update organizations.invitations set last_sent_at = last_sent_at - make_interval(secs => ?) where id = ?`, [seconds, invitationId]);

  it('resends by inviting again: same invitation and code, renewed expiry, a second e-mail', async () => {
    const organization = await createOrganization(support);
    const admin = await addMember(server, support, organization.id);
    const address = `resend.${Date.now()}@example.fr`;
    const first = (await admin.client.ok(INVITE, { organizationId: organization.id, emails: [address] })).inviteMembers[0];
    const code = await invitationCode(server, first.id);
    await server.orm.em.getConnection().execute(`update organizations.invitations set expires_at = now() + interval '1 day' where id = ?`, [first.id]);
    await sentEarlier(first.id, 301);

    const again = (await admin.client.ok(INVITE, { organizationId: organization.id, emails: [address] })).inviteMembers[0];
    expect(again.id).toBe(first.id);
    expect(await invitationCode(server, first.id)).toBe(code);
    await sentEarlier(first.id, 301);
    const resent = (await admin.client.ok(`mutation ($id: ID!) { resendInvitation(id: $id) { id expiresAt } }`, { id: first.id })).resendInvitation;
    expect(new Date(resent.expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
    expect(await outbox(address)).toHaveLength(3);
  });

  it('sends no second e-mail to one address within INVITATION_RESEND_INTERVAL_SECONDS (300 by default)', async () => {
    const organization = await createOrganization(support);
    const admin = await addMember(server, support, organization.id);
    const address = `throttled.${Date.now()}@example.fr`;
    const first = (await admin.client.ok(INVITE, { organizationId: organization.id, emails: [address] })).inviteMembers[0];
    const [before] = await server.orm.em.getConnection().execute('select expires_at, updated_at, role from organizations.invitations where id = ?', [first.id]);

    // Inviting again at once: the pending invitation comes back unchanged, nothing is sent.
    const again = (await admin.client.ok(INVITE, { organizationId: organization.id, emails: [address], role: 'ADMIN' })).inviteMembers[0];
    expect(again).toEqual(first);
    expect(await server.orm.em.getConnection().execute('select expires_at, updated_at, role from organizations.invitations where id = ?', [first.id])).toEqual([before]);

    // Resending at once: TOO_MANY_ATTEMPTS, with the seconds to wait.
    const refused = await admin.client.request(`mutation ($id: ID!) { resendInvitation(id: $id) { id } }`, { id: first.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    const retryAfter = refused.errors?.[0]?.extensions?.retryAfterSeconds as number;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(300);
    expect(refused.errors?.[0]?.message).toMatch(/vient d'être envoyée/);
    expect(await outbox(address)).toHaveLength(1);

    // Once the interval has passed, a resend goes out.
    await sentEarlier(first.id, 300);
    await admin.client.ok(`mutation ($id: ID!) { resendInvitation(id: $id) { id } }`, { id: first.id });
    expect(await outbox(address)).toHaveLength(2);
  });

  it('turns 50 concurrent invitations of one address into one invitation and one e-mail', async () => {
    const organization = await createOrganization(support);
    const admin = await addMember(server, support, organization.id);
    const address = `rush.${Date.now()}@example.fr`;
    const results = await Promise.all(Array.from({ length: 50 }, () => admin.client.request(INVITE, { organizationId: organization.id, emails: [address] })));
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    expect(new Set(results.map((result) => result.data?.inviteMembers[0].id)).size).toBe(1);
    const [{ count }] = await server.orm.em.getConnection().execute('select count(*) from organizations.invitations where organization_id = ? and email = ?', [organization.id, address]);
    expect(Number(count)).toBe(1);
    expect(await outbox(address)).toHaveLength(1);
  });

  it('shows the invitation publicly by id and code only', async () => {
    const organization = await createOrganization(support, 'Cap emploi 87');
    const admin = await addMember(server, support, organization.id);
    const { inviteMembers } = await admin.client.ok(INVITE, { organizationId: organization.id, emails: ['preview@example.fr'] });
    const code = await invitationCode(server, inviteMembers[0].id);
    const query = `query ($id: ID!, $code: String!) { invitation(id: $id, code: $code) { organizationName maskedEmail status isExpired } }`;
    expect((await server.client().ok(query, { id: inviteMembers[0].id, code })).invitation).toEqual({
      organizationName: 'Cap emploi 87',
      maskedEmail: 'p***@example.fr',
      status: 'PENDING',
      isExpired: false,
    });
    expect(await server.client().errorCodes(query, { id: inviteMembers[0].id, code: 'WRONGCODE0' })).toEqual(['NOT_FOUND']);
  });

  it('refuses expired, cancelled and accepted invitations', async () => {
    const organization = await createOrganization(support);
    const admin = await addMember(server, support, organization.id);
    const invite = async (email: string) => {
      const { inviteMembers } = await admin.client.ok(INVITE, { organizationId: organization.id, emails: [email] });
      return { id: inviteMembers[0].id as string, code: await invitationCode(server, inviteMembers[0].id) };
    };
    const joiner = server.client();
    const { email } = await signUpAs(joiner);

    const expired = await invite(email);
    await server.orm.em.getConnection().execute(`update organizations.invitations set expires_at = now() - interval '1 second' where id = ?`, [expired.id]);
    expect(await joiner.errorCodes(ACCEPT, expired)).toEqual(['INVITATION_EXPIRED']);
    await admin.client.ok(`mutation ($id: ID!) { cancelInvitation(id: $id) { status } }`, { id: expired.id });

    const cancelled = await invite(email);
    await admin.client.ok(`mutation ($id: ID!) { cancelInvitation(id: $id) { status } }`, { id: cancelled.id });
    expect(await joiner.errorCodes(ACCEPT, cancelled)).toEqual(['INVITATION_NOT_PENDING']);
    expect(await admin.client.errorCodes(`mutation ($id: ID!) { cancelInvitation(id: $id) { status } }`, { id: cancelled.id })).toEqual(['INVITATION_NOT_PENDING']);

    const accepted = await invite(email);
    await joiner.ok(ACCEPT, accepted);
    expect(await joiner.errorCodes(ACCEPT, accepted)).toEqual(['INVITATION_NOT_PENDING']);
  });

  it('lets only the invited account accept: anyone else gets INVITATION_EMAIL_MISMATCH and the invitation stays pending', async () => {
    const organization = await createOrganization(support, 'Mission Locale de Tulle');
    const admin = await addMember(server, support, organization.id);
    const invitee = buildSignUp({ email: `jeanne.${Date.now()}@exemple.fr` });
    const { inviteMembers } = await admin.client.ok(INVITE, { organizationId: organization.id, emails: [`  ${invitee.email.toUpperCase()} `], role: 'ADMIN' });
    const invitation = { id: inviteMembers[0].id as string, code: await invitationCode(server, inviteMembers[0].id) };

    // The attack of the report: an ADMIN of another organisation, holding the forwarded link.
    const other = await createOrganization(support);
    const stranger = await addMember(server, support, other.id);
    const refused = await stranger.client.request(ACCEPT, invitation);
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'INVITATION_EMAIL_MISMATCH', maskedEmail: 'j***@exemple.fr' });
    expect(refused.errors?.[0]?.message).toBe("Cette invitation a été envoyée à j***@exemple.fr : connectez-vous avec ce compte pour l'accepter.");
    // Support agents are no exception.
    expect(await support.errorCodes(ACCEPT, invitation)).toEqual(['INVITATION_EMAIL_MISMATCH']);
    const [row] = await server.orm.em.getConnection().execute('select status, accepted_by_id from organizations.invitations where id = ?', [invitation.id]);
    expect(row).toEqual({ status: 'PENDING', accepted_by_id: null });
    const [{ count }] = await server.orm.em.getConnection().execute('select count(*) from organizations.memberships where organization_id = ?', [organization.id]);
    expect(Number(count)).toBe(1);

    // The invited person, whatever the case they typed at sign-up, joins as ADMIN.
    const joiner = server.client();
    await signUpAs(joiner, { ...invitee, email: invitee.email.replace('jeanne', 'Jeanne') });
    expect((await joiner.ok(ACCEPT, invitation)).acceptInvitation.role).toBe('ADMIN');
  });

  it('puts the invited address in the link fragment only (never sent to the server), for the page to pre-fill', async () => {
    const organization = await createOrganization(support);
    const admin = await addMember(server, support, organization.id);
    const address = `prefill.${Date.now()}@example.fr`;
    const { inviteMembers } = await admin.client.ok(INVITE, { organizationId: organization.id, emails: [address] });
    const [mail] = await outbox(address);
    expect(mail!.text_body).toContain(`/invitations/${inviteMembers[0].id}?code=${await invitationCode(server, inviteMembers[0].id)}#email=${encodeURIComponent(address)}`);
  });

  it('turns 20 concurrent accepts of one invitation into exactly one membership', async () => {
    const organization = await createOrganization(support);
    const admin = await addMember(server, support, organization.id);
    const joiner = server.client();
    const person = await signUpAs(joiner);
    const { inviteMembers } = await admin.client.ok(INVITE, { organizationId: organization.id, emails: [person.email] });
    const variables = { id: inviteMembers[0].id, code: await invitationCode(server, inviteMembers[0].id) };

    const results = await Promise.all(Array.from({ length: 20 }, () => joiner.request(ACCEPT, variables)));
    expect(results.filter((result) => result.data?.acceptInvitation)).toHaveLength(1);
    expect(new Set(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions?.code))).toEqual(new Set(['INVITATION_NOT_PENDING']));
    const [{ count }] = await server.orm.em.getConnection().execute('select count(*) from organizations.memberships where organization_id = ? and user_id = ?', [organization.id, person.user.id]);
    expect(Number(count)).toBe(1);
  });

  it('refuses a member a role-less invitation (ALREADY_MEMBER) but spends it; a role-bearing one changes the role', async () => {
    const organization = await createOrganization(support);
    const admin = await addMember(server, support, organization.id);
    const member = await addMember(server, admin.client, organization.id);

    const roleless = (await admin.client.ok(INVITE, { organizationId: organization.id, emails: [member.person.email] })).inviteMembers[0];
    expect(await member.client.errorCodes(ACCEPT, { id: roleless.id, code: await invitationCode(server, roleless.id) })).toEqual(['ALREADY_MEMBER']);
    const [{ status }] = await server.orm.em.getConnection().execute('select status from organizations.invitations where id = ?', [roleless.id]);
    expect(status).toBe('ACCEPTED');

    const promotion = (await admin.client.ok(INVITE, { organizationId: organization.id, emails: [member.person.email], role: 'ADMIN' })).inviteMembers[0];
    const { acceptInvitation } = await member.client.ok(ACCEPT, { id: promotion.id, code: await invitationCode(server, promotion.id) });
    expect(acceptInvitation).toEqual({ id: member.membership.id, role: 'ADMIN' });
  });

  it('keeps the last admin: they can neither leave nor be demoted or removed; with a second admin they can', async () => {
    const organization = await createOrganization(support);
    const admin = await addMember(server, support, organization.id);
    const member = await addMember(server, admin.client, organization.id);

    expect(await admin.client.errorCodes(LEAVE, { organizationId: organization.id })).toEqual(['LAST_ADMIN']);
    expect(await admin.client.errorCodes(UPDATE_ROLE, { id: admin.membership.id, role: 'MEMBER' })).toEqual(['LAST_ADMIN']);
    expect(await support.errorCodes(REMOVE, { id: admin.membership.id })).toEqual(['LAST_ADMIN']);

    await admin.client.ok(UPDATE_ROLE, { id: member.membership.id, role: 'ADMIN' });
    expect(await admin.client.ok(LEAVE, { organizationId: organization.id })).toEqual({ leaveOrganization: true });
    // Gone from the team, the organisation is as unknown to them as any other.
    expect(await admin.client.errorCodes(TEAM, { id: organization.id })).toEqual(['NOT_FOUND']);
  });

  it('lets only an admin manage the team', async () => {
    const organization = await createOrganization(support);
    const admin = await addMember(server, support, organization.id);
    const member = await addMember(server, admin.client, organization.id);
    expect(await member.client.errorCodes(INVITE, { organizationId: organization.id, emails: ['x@example.fr'] })).toEqual(['FORBIDDEN']);
    expect(await member.client.errorCodes(UPDATE_ROLE, { id: member.membership.id, role: 'ADMIN' })).toEqual(['FORBIDDEN']);
    expect(await member.client.errorCodes(REMOVE, { id: admin.membership.id })).toEqual(['FORBIDDEN']);
    // A member may see the team.
    expect((await member.client.ok(TEAM, { id: organization.id })).organization.members.totalCount).toBe(2);
  });

  it('removes a member: they lose access at once', async () => {
    const organization = await createOrganization(support);
    const admin = await addMember(server, support, organization.id);
    const member = await addMember(server, admin.client, organization.id);
    await admin.client.ok(REMOVE, { id: member.membership.id });
    expect(await member.client.errorCodes(TEAM, { id: organization.id })).toEqual(['NOT_FOUND']);
    expect((await member.client.ok('{ me { memberships { id } } }')).me.memberships).toEqual([]);
  });

  it('closes an archived organisation: pending invitations cancelled, no new invitation, no joining', async () => {
    const organization = await createOrganization(support);
    const admin = await addMember(server, support, organization.id);
    const late = server.client();
    const { email } = await signUpAs(late);
    const pending = (await admin.client.ok(INVITE, { organizationId: organization.id, emails: [email] })).inviteMembers[0];
    const code = await invitationCode(server, pending.id);
    await support.ok(`mutation ($id: ID!) { archiveOrganization(id: $id) { isArchived } }`, { id: organization.id });

    expect(await admin.client.errorCodes(INVITE, { organizationId: organization.id, emails: ['new@example.fr'] })).toEqual(['ORGANIZATION_ARCHIVED']);
    expect(await late.errorCodes(ACCEPT, { id: pending.id, code })).toEqual(['INVITATION_NOT_PENDING']);
  });
});

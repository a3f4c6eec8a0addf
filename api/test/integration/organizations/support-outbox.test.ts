import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { createOrganization, INVITE, signUpAs, startTestServer, supportClient, type GraphQLClient, type TestServer } from '../../support/index.js';

const OUTBOX = /* GraphQL */ `
  query ($to: String) {
    mailOutbox(recipient: $to) { nodes { template textBody invitation { id status isExpired } } }
  }
`;

/** Support reads the outbox to help people, never to act as them (secrets masked), and sees which invitation links still open. */
describe('the mail outbox as support reads it', () => {
  let server: TestServer;
  let support: GraphQLClient;
  const sql = <T extends object[] = object[]>(statement: string, values: unknown[] = []) => server.orm.em.getConnection().execute<T>(statement, values);
  const storedBodies = async (recipient: string) => (await sql<{ text_body: string }[]>('select text_body from public.mail_outbox where recipient = ? order by created_at', [recipient])).map((row) => row.text_body);

  beforeAll(async () => {
    server = await startTestServer({ publicUrl: 'https://orga.example.fr' });
    ({ client: support } = await supportClient(server, SupportRole.SUPPORT));
  });
  afterAll(() => server?.close());

  it('masks the password reset token: the link support reads would not reset anything, the e-mail sent keeps it', async () => {
    const person = await signUpAs(server.client());
    await server.client().ok(`mutation ($email: String!) { requestPasswordReset(email: $email) }`, { email: person.email });

    const [stored] = await storedBodies(person.email);
    const token = /\/mot-de-passe\/([A-Za-z0-9_-]{43})/.exec(stored!)![1]!;
    const { mailOutbox } = await support.ok(OUTBOX, { to: person.email });
    expect(mailOutbox.nodes).toHaveLength(1);
    const [mail] = mailOutbox.nodes;
    expect(mail).toMatchObject({ template: 'password-reset', invitation: null });
    expect(mail.textBody).not.toContain(token);
    expect(mail.textBody).toContain('https://orga.example.fr/mot-de-passe/••••••••');
    // Everything else reads as sent.
    expect(mail.textBody).toBe(stored!.replace(token, '••••••••'));
  });

  it("masks an invitation's code and says the invitation is cancelled once it is", async () => {
    const organization = await createOrganization(support, 'Mission Locale de Vienne');
    const invitee = `invitee-${Date.now()}@example.fr`;
    const { inviteMembers } = await support.ok(INVITE, { organizationId: organization.id, emails: [invitee], role: 'MEMBER' });
    const [{ code }] = await sql<{ code: string }[]>('select code from organizations.invitations where id = ?', [inviteMembers[0].id]);

    const before = (await support.ok(OUTBOX, { to: invitee })).mailOutbox.nodes;
    expect(before).toEqual([{ template: 'invitation', textBody: expect.any(String), invitation: { id: inviteMembers[0].id, status: 'PENDING', isExpired: false } }]);
    expect(before[0].textBody).not.toContain(code);
    expect(before[0].textBody).toContain(`https://orga.example.fr/invitations/${inviteMembers[0].id}?code=••••••••`);
    expect((await storedBodies(invitee))[0]).toContain(`?code=${code}`);

    await support.ok(`mutation ($id: ID!) { cancelInvitation(id: $id) { status } }`, { id: inviteMembers[0].id });
    const after = (await support.ok(OUTBOX, { to: invitee })).mailOutbox.nodes;
    expect(after[0].invitation).toEqual({ id: inviteMembers[0].id, status: 'CANCELLED', isExpired: false });
  });

  it('reads the invitations of a page of e-mails in as many statements for 2 as for 6 (DataLoader, no N+1)', async () => {
    const organization = await createOrganization(support, 'Mission Locale de Givors');
    const stamp = Date.now();
    const two = [0, 1].map((index) => `pair-${index}-${stamp}@example.fr`);
    const six = Array.from({ length: 6 }, (_, index) => `six-${index}-${stamp}@example.fr`);
    await support.ok(INVITE, { organizationId: organization.id, emails: six, role: null });
    await support.ok(INVITE, { organizationId: organization.id, emails: two, role: null });
    const query = `query ($first: Int) { mailOutbox(first: $first) { nodes { recipient invitation { status } } } }`;
    const small = await support.request(query, { first: 2 });
    const large = await support.request(query, { first: 8 });
    expect(small.data?.mailOutbox.nodes.map((node: { invitation: { status: string } }) => node.invitation.status)).toEqual(['PENDING', 'PENDING']);
    expect(large.data?.mailOutbox.nodes.map((node: { invitation: { status: string } }) => node.invitation.status)).toEqual(Array(8).fill('PENDING'));
    expect(large.headers.get('x-sql-statements')).toBe(small.headers.get('x-sql-statements'));
  });

  it('is refused to anyone but SUPPORT and SUPER_ADMIN', async () => {
    const person = server.client();
    await signUpAs(person);
    expect(await person.errorCodes(OUTBOX, { to: 'x@example.fr' })).toEqual(['FORBIDDEN']);
    const { client: metier } = await supportClient(server, SupportRole.METIER);
    expect(await metier.errorCodes(OUTBOX, { to: 'x@example.fr' })).toEqual(['FORBIDDEN']);
  });
});

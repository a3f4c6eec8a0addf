import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../src/shared/auth/principal.js';
import {
  INVITE,
  LOGIN,
  SIGN_UP,
  addMember,
  buildSignUp,
  buildSiret,
  createOrganization,
  signUpAs,
  startTestServer,
  supportClient,
  type GraphQLClient,
  type TestServer,
} from '../support/index.js';

const CREATE_CAMPAIGN = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id name } }`;
const REFRESH = `mutation ($refreshToken: String!) { refreshAccessToken(refreshToken: $refreshToken) { accessToken refreshToken } }`;
const CANCEL = `mutation ($id: ID!) { cancelInvitation(id: $id) { id status } }`;
const REQUEST = `mutation ($input: RequestOrganizationCreationInput!) { requestOrganizationCreation(input: $input) { id status } }`;
const APPROVE = `mutation ($id: ID!) { approveOrganizationCreationRequest(id: $id) { id status organization { id } } }`;

/**
 * Each use case is one transaction with what it returns: a fault between what used to be two
 * commits leaves nothing half written, and the plain retry (no idempotency key) succeeds.
 */
describe('one transaction per use case', () => {
  let server: TestServer;
  let support: GraphQLClient;
  let organizationId: string;
  let admin: Awaited<ReturnType<typeof addMember>>;

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => server.orm.em.getConnection().execute<T[]>(text, params);

  /** A trigger that raises on the first row written to `table`, once (a sequence survives the rollback). */
  async function withTriggerFault(table: string, work: () => Promise<void>): Promise<void> {
    await sql(`create sequence public.fault_once`);
    await sql(`create function public.fail_once() returns trigger language plpgsql as $$
      begin
        if nextval('public.fault_once') = 1 then raise exception 'injected fault'; end if;
        return new;
      end $$`);
    await sql(`create trigger fail_once before insert on ${table} for each row execute function public.fail_once()`);
    try {
      await work();
    } finally {
      await sql(`drop trigger fail_once on ${table}`);
      await sql(`drop function public.fail_once()`);
      await sql(`drop sequence public.fault_once`);
    }
  }

  /**
   * Fails the request once, right AFTER the database ran the first statement matching `pattern`:
   * the statement's effect exists, and the use case goes no further (as when the connection drops).
   */
  async function withFaultAfter(pattern: RegExp, work: () => Promise<void>): Promise<void> {
    const client = server.orm.em.getConnection().getKnex().client as unknown as NodeJS.EventEmitter;
    let armed = true;
    const listener = (_response: unknown, query: { sql: string }) => {
      if (armed && pattern.test(query.sql)) {
        armed = false;
        throw new Error('injected fault after the statement');
      }
    };
    client.on('query-response', listener);
    try {
      await work();
      expect(armed).toBe(false);
    } finally {
      client.off('query-response', listener);
    }
  }

  beforeAll(async () => {
    server = await startTestServer();
    ({ client: support } = await supportClient(server, SupportRole.SUPPORT));
    organizationId = (await createOrganization(support)).id;
    admin = await addMember(server, support, organizationId);
  });
  afterAll(() => server?.close());

  it('sign-up: a failing session leaves no account, and the retry signs up', async () => {
    const person = buildSignUp();
    const input = { ...person, acceptTermsOfService: true };
    await withTriggerFault('organizations.sessions', async () => {
      expect(await server.client().errorCodes(SIGN_UP, { input })).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(await sql('select id from organizations.users where email = ?', [person.email])).toEqual([]);

      const { signUp } = await server.client().ok(SIGN_UP, { input });
      expect(signUp.user.email).toBe(person.email);
    });
    expect(await sql('select s.id from organizations.sessions s join organizations.users u on u.id = s.user_id where u.email = ?', [person.email])).toHaveLength(1);
  });

  it('login: a failing session leaves the sign-in date unchanged, and the retry signs in', async () => {
    const person = await signUpAs(server.client());
    await sql('update organizations.users set last_logged_at = null where id = ?', [person.user.id]);
    await withTriggerFault('organizations.sessions', async () => {
      expect(await server.client().errorCodes(LOGIN, { email: person.email, password: person.password })).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(await sql('select last_logged_at from organizations.users where id = ?', [person.user.id])).toEqual([{ last_logged_at: null }]);

      const { login } = await server.client().ok(LOGIN, { email: person.email, password: person.password });
      expect(login.user.id).toBe(person.user.id);
    });
  });

  it('refresh: a fault after the rotation does not spend the refresh token', async () => {
    const person = await signUpAs(server.client());
    await withFaultAfter(/^update "organizations"\."sessions"/, async () => {
      expect(await server.client().errorCodes(REFRESH, { refreshToken: person.refreshToken })).toEqual(['INTERNAL_SERVER_ERROR']);
    });
    const { refreshAccessToken } = await server.client().ok(REFRESH, { refreshToken: person.refreshToken });
    expect(refreshAccessToken.accessToken).toBeTruthy();
  });

  it('createCampaign: a fault after the insert leaves no campaign, and the retry creates one', async () => {
    const input = { organizationId, type: 'PROFILES_COLLECTION', name: 'Collecte interrompue' };
    await withFaultAfter(/^insert into campaigns\.campaigns/, async () => {
      expect(await admin.client.errorCodes(CREATE_CAMPAIGN, { input })).toEqual(['INTERNAL_SERVER_ERROR']);
    });
    expect(await sql('select id from campaigns.campaigns where name = ?', [input.name])).toEqual([]);

    await admin.client.ok(CREATE_CAMPAIGN, { input });
    expect(await sql('select id from campaigns.campaigns where name = ?', [input.name])).toHaveLength(1);
  });

  it('cancelInvitation: a fault after the update leaves the invitation pending, and the retry cancels it', async () => {
    const { inviteMembers } = await admin.client.ok(INVITE, { organizationId, emails: ['a.annuler@example.fr'], role: null });
    const id = inviteMembers[0].id as string;
    await withFaultAfter(/^update "organizations"\."invitations"/, async () => {
      expect(await admin.client.errorCodes(CANCEL, { id })).toEqual(['INTERNAL_SERVER_ERROR']);
    });
    expect(await sql('select status from organizations.invitations where id = ?', [id])).toEqual([{ status: 'PENDING' }]);

    const { cancelInvitation } = await admin.client.ok(CANCEL, { id });
    expect(cancelInvitation.status).toBe('CANCELLED');
  });

  it('inviteMembers: the invitations and their e-mails commit together', async () => {
    const email = 'invitation.et.mail@example.fr';
    await withTriggerFault('public.mail_outbox', async () => {
      expect(await admin.client.errorCodes(INVITE, { organizationId, emails: [email], role: null })).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(await sql('select id from organizations.invitations where email = ?', [email])).toEqual([]);

      await admin.client.ok(INVITE, { organizationId, emails: [email], role: null });
    });
    expect(await sql('select id from organizations.invitations where email = ?', [email])).toHaveLength(1);
    expect(await sql('select id from public.mail_outbox where recipient = ?', [email])).toHaveLength(1);
  });

  it('approving a creation request: the organisation, the invitation and the e-mail commit together', async () => {
    const requester = server.client();
    const person = await signUpAs(requester);
    const { requestOrganizationCreation } = await requester.ok(REQUEST, {
      input: { name: 'E2C de Nîmes', type: 'E2C', siret: buildSiret(), directorName: 'Anne Roux', mandateStatement: 'Mandat de la directrice.' },
    });
    const id = requestOrganizationCreation.id as string;
    await withTriggerFault('public.mail_outbox', async () => {
      expect(await support.errorCodes(APPROVE, { id })).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(await sql('select status, organization_id from organizations.creation_requests where id = ?', [id])).toEqual([
        { status: 'PENDING', organization_id: null },
      ]);
      expect(await sql("select id from organizations.organizations where name = 'E2C de Nîmes'")).toEqual([]);
      expect(await sql('select id from organizations.invitations where email = ?', [person.email])).toEqual([]);

      const { approveOrganizationCreationRequest } = await support.ok(APPROVE, { id });
      expect(approveOrganizationCreationRequest.status).toBe('APPROVED');
    });
    expect(await sql('select id from organizations.invitations where email = ?', [person.email])).toHaveLength(1);
    expect(await sql('select id from public.mail_outbox where recipient = ?', [person.email])).toHaveLength(1);
  });
});

import pg from 'pg';
import { startApp, type RunningApp } from '../../support/app.js';

/** The engine's shared secret for the suites (ENGINE_SECRET wants at least 32 characters). */
export const ENGINE_SECRET = 'suites-engine-secret-0123456789abcdef0123';
/** The super admin that ADMIN_EMAIL / ADMIN_PASSWORD bootstrap at start. */
export const ROOT = { email: 'root@suites.test', password: 'Root-pass-2026' };
/** Every account the suites create signs up with this password. */
export const PASSWORD = 'Suites-pass-2026';

/**
 * One application for a suite file, started as `npm start` starts it, with a super admin and an
 * engine secret the suite knows. `env` adds or overrides settings (e.g. RETRY_DELAY_DAYS).
 */
export function startSuiteApp(env: Record<string, string> = {}): Promise<RunningApp> {
  return startApp({ env: { ADMIN_EMAIL: ROOT.email, ADMIN_PASSWORD: ROOT.password, ENGINE_SECRET, ...env } });
}

export interface GraphQLAnswer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** One POST /graphql; never throws on GraphQL errors (the caller reads them). */
export async function post(app: RunningApp, query: string, variables: Record<string, unknown> = {}, authorization?: string): Promise<GraphQLAnswer> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return { status: response.status, ...(JSON.parse(text) as object) };
  } catch {
    return { status: response.status, errors: [{ message: text.slice(0, 200), extensions: { code: `HTTP_${response.status}` } }] };
  }
}

/** ALLOW when the answer has no error, else the first error's code. */
export function outcomeOf(answer: GraphQLAnswer): string {
  if (!answer.errors?.length) return answer.status === 200 ? 'ALLOW' : `HTTP_${answer.status}`;
  return answer.errors[0]!.extensions?.code ?? `HTTP_${answer.status}`;
}

/** A call that must succeed (fixture building): fails with the errors otherwise. */
export async function ok<T = any>(app: RunningApp, query: string, variables: Record<string, unknown> = {}, authorization?: string): Promise<T> {
  const answer = await post(app, query, variables, authorization);
  if (answer.errors?.length || !answer.data) throw new Error(`fixture call failed: ${query.slice(0, 80)}… → ${JSON.stringify(answer.errors)}`);
  return answer.data as T;
}

export interface Account {
  id: string;
  email: string;
  password: string;
  /** `Bearer <access token>` of the session opened at sign-up or login. */
  bearer: string;
  refreshToken: string;
}

const AUTH_FIELDS = 'accessToken refreshToken user { id email }';
let sequence = 0;

/** A unique address under the suites' domain; `label` says who it is in the logs and rows. */
export function freshEmail(label: string): string {
  sequence += 1;
  return `${label}.${sequence}@suites.test`;
}

export async function signUp(app: RunningApp, label: string): Promise<Account> {
  const email = freshEmail(label);
  const { signUp } = await ok(app, `mutation($input: SignUpInput!) { signUp(input: $input) { ${AUTH_FIELDS} } }`, {
    input: { email, password: PASSWORD, firstName: label, lastName: 'Suites', acceptTermsOfService: true },
  });
  return { id: signUp.user.id, email, password: PASSWORD, bearer: `Bearer ${signUp.accessToken}`, refreshToken: signUp.refreshToken };
}

/** A new session of an existing account. */
export async function logIn(app: RunningApp, email: string, password: string): Promise<Account> {
  const { login } = await ok(app, `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { ${AUTH_FIELDS} } }`, { email, password });
  return { id: login.user.id, email, password, bearer: `Bearer ${login.accessToken}`, refreshToken: login.refreshToken };
}

/**
 * The code of an invitation, read from the e-mail as it went out (the outbox table: support's
 * `mailOutbox` masks the codes). `rootBearer` is no longer needed; kept for the callers.
 */
export async function invitationCode(app: RunningApp, _rootBearer: string, invitation: { id: string; email: string }): Promise<string> {
  const client = await database(app);
  try {
    const { rows } = await client.query<{ text_body: string }>('select text_body from public.mail_outbox where recipient = $1 order by created_at desc limit 50', [invitation.email.toLowerCase()]);
    const link = new RegExp(`/invitations/${invitation.id}\\?code=([A-Z0-9]+)`);
    for (const mail of rows) {
      const match = link.exec(mail.text_body);
      if (match) return match[1]!;
    }
  } finally {
    await client.end();
  }
  throw new Error(`no e-mail in the outbox for invitation ${invitation.id} to ${invitation.email}`);
}

export async function invite(app: RunningApp, bearer: string, organizationId: string, email: string, role: 'ADMIN' | 'MEMBER' | null): Promise<{ id: string; email: string }> {
  const { inviteMembers } = await ok(app, 'mutation($org: ID!, $emails: [String!]!, $role: MembershipRole) { inviteMembers(organizationId: $org, emails: $emails, role: $role) { id email } }', {
    org: organizationId,
    emails: [email],
    role,
  }, bearer);
  return inviteMembers[0];
}

/** Support invites the account, the account accepts from the e-mail: returns the membership id. */
export async function join(app: RunningApp, rootBearer: string, organizationId: string, account: Account, role: 'ADMIN' | 'MEMBER'): Promise<string> {
  const invitation = await invite(app, rootBearer, organizationId, account.email, role);
  const code = await invitationCode(app, rootBearer, invitation);
  const { acceptInvitation } = await ok(app, 'mutation($id: ID!, $code: String!) { acceptInvitation(id: $id, code: $code) { id role } }', { id: invitation.id, code }, account.bearer);
  return acceptInvitation.id;
}

export async function createOrganization(app: RunningApp, rootBearer: string, name: string): Promise<string> {
  const { createOrganization } = await ok(app, 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', { input: { name, type: 'MISSION_LOCALE' } }, rootBearer);
  return createOrganization.id;
}

/** A 14-digit SIRET with a valid Luhn key, different for each `n`. */
export function siret(n: number): string {
  const body = `4${String(n).padStart(12, '0')}`;
  for (let key = 0; key <= 9; key += 1) {
    const candidate = `${body}${key}`;
    let sum = 0;
    for (let index = 0; index < 14; index += 1) {
      let digit = Number(candidate[13 - index]);
      if (index % 2 === 1) {
        digit *= 2;
        if (digit > 9) digit -= 9;
      }
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

/** A client on the application's own PostgreSQL, for read-backs no API offers. */
export async function database(app: RunningApp): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: app.databaseUrl });
  await client.connect();
  return client;
}

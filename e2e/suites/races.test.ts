import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../support/app.js';
import { createOrganization, database, ENGINE_SECRET, freshEmail, invitationCode, invite, join, logIn, ok, PASSWORD, post, ROOT, signUp, startSuiteApp, type Account } from './support/fixtures.js';
import { describeTally, race } from './support/races.js';

const START = 'mutation($code: String!) { startParticipation(code: $code) { id } }';
const ACCEPT = 'mutation($id: ID!, $code: String!) { acceptInvitation(id: $id, code: $code) { id } }';
const SHARE = 'mutation($id: ID!) { shareParticipationResults(participationId: $id) { id } }';
const INVITE = 'mutation($org: ID!, $emails: [String!]!) { inviteMembers(organizationId: $org, emails: $emails) { id } }';
const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }';
const REMOVE = 'mutation($id: ID!) { removeMembership(id: $id) { id } }';
const DEMOTE = 'mutation($id: ID!) { updateMembershipRole(id: $id, role: MEMBER) { id } }';
const REFRESH = 'mutation($token: String!) { refreshAccessToken(refreshToken: $token) { refreshToken } }';

interface Figure {
  race: string;
  calls: number;
  answers: string;
  rows: string;
  passed?: boolean;
}

/**
 * The concurrent cases, each over the real server: the same request many times at once must end
 * with exactly one row or one winner, read back in the application's database.
 */
describe('races: concurrent requests end with one row or one winner', () => {
  let app: RunningApp | undefined;
  let db: pg.Client | undefined;
  let root: Account;
  let admin: Account;
  let organizationId: string;
  let profile: { id: string; skillIds: string[] };
  const figures: Figure[] = [];

  /** Records a race's figures; it passes if the test body reaches `passed()`. */
  function figure(entry: Figure): { passed: () => void } {
    figures.push(entry);
    return { passed: () => void (entry.passed = true) };
  }

  const count = async (sql: string, values: unknown[]): Promise<number> => Number((await db!.query<{ n: string }>(sql, values)).rows[0]!.n);

  async function campaign(): Promise<{ id: string; code: string }> {
    const { createCampaign } = await ok(app!, 'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id code } }', {
      input: { organizationId, type: 'ASSESSMENT', name: 'Campagne (races)', targetProfileId: profile.id },
    }, admin.bearer);
    return createCampaign;
  }

  beforeAll(async () => {
    // Default settings: the invitation resend interval (300 s) is what makes 50 invitations one e-mail.
    app = await startSuiteApp();
    db = await database(app);
    root = await logIn(app, ROOT.email, ROOT.password);
    organizationId = await createOrganization(app, root.bearer, 'Structure (races)');
    admin = await signUp(app, 'admin');
    await join(app, root.bearer, organizationId, admin, 'ADMIN');
    const { targetProfiles } = await ok(app, 'query($org: ID!) { targetProfiles(organizationId: $org, first: 1) { nodes { id areas { competences { skills { id } } } } } }', { org: organizationId }, admin.bearer);
    const node = targetProfiles.nodes[0] as { id: string; areas: { competences: { skills: { id: string }[] }[] }[] };
    profile = { id: node.id, skillIds: node.areas.flatMap((area) => area.competences.flatMap((competence) => competence.skills.map((skill) => skill.id))) };
  });

  afterAll(async () => {
    const passed = figures.filter((entry) => entry.passed).length;
    console.log(
      [
        ...figures.map((entry) => `races: ${entry.passed ? 'ok  ' : 'FAIL'} ${entry.race}: ${entry.calls} concurrent calls → ${entry.answers}; ${entry.rows}`),
        `races: ${figures.length} races, ${figures.reduce((sum, entry) => sum + entry.calls, 0)} concurrent calls`,
        `${passed} passed, ${figures.length - passed} failed`,
      ].join('\n'),
    );
    await db?.end().catch(() => undefined);
    await app?.stop();
  });

  it('20 startParticipation of one person on one campaign → one participation', async () => {
    const { id, code } = await campaign();
    const person = await signUp(app!, 'starter');
    const { tally } = await race(app!, 20, () => ({ query: START, variables: { code }, authorization: person.bearer }));
    const rows = await count('select count(*) as n from campaigns.participations where campaign_id = $1 and user_id = $2', [id, person.id]);
    // The campaign's kept count (its header, "participants") counts the person once too.
    const counted = await count('select coalesce(sum(participants), 0) as n from campaigns.campaign_counts where campaign_id = $1', [id]);
    const check = figure({ race: 'startParticipation', calls: 20, answers: describeTally(tally), rows: `${rows} participation(s), counted ${counted}` });
    expect(rows).toBe(1);
    expect(counted).toBe(1);
    expect(tally).toEqual({ ALLOW: 1, ALREADY_PARTICIPATED: 19 });
    check.passed();
  });

  it('20 acceptInvitation of one invitation by its invitee → one membership, one success', async () => {
    const invitee = await signUp(app!, 'invitee');
    const invitation = await invite(app!, root.bearer, organizationId, invitee.email, 'MEMBER');
    const code = await invitationCode(app!, root.bearer, invitation);
    const { tally } = await race(app!, 20, () => ({ query: ACCEPT, variables: { id: invitation.id, code }, authorization: invitee.bearer }));
    const rows = await count('select count(*) as n from organizations.memberships where organization_id = $1 and user_id = $2', [organizationId, invitee.id]);
    const check = figure({ race: 'acceptInvitation', calls: 20, answers: describeTally(tally), rows: `${rows} membership(s)` });
    expect(rows).toBe(1);
    expect(tally.ALLOW).toBe(1);
    expect(Object.keys(tally).filter((outcome) => outcome !== 'ALLOW')).toEqual(['INVITATION_NOT_PENDING']);
    check.passed();
  });

  it('20 shareParticipationResults → one share, the others ALREADY_SHARED', async () => {
    const { id, code } = await campaign();
    const person = await signUp(app!, 'sharer');
    const { startParticipation } = await ok(app!, START, { code }, person.bearer);
    const elements = profile.skillIds.slice(0, 4).map((skillId) => ({ skillId, status: 'VALIDATED' }));
    await ok(app!, 'mutation($id: ID!, $elements: [KnowledgeElementInput!]!) { recordKnowledgeElements(participationId: $id, elements: $elements, finished: true) { id } }', {
      id: startParticipation.id,
      elements,
    }, `Service ${ENGINE_SECRET}`);
    const { tally } = await race(app!, 20, () => ({ query: SHARE, variables: { id: startParticipation.id }, authorization: person.bearer }));
    const { rows } = await db!.query<{ status: string; shared_at: Date | null }>('select status, shared_at from campaigns.participations where user_id = $1', [person.id]);
    const counted = await count('select coalesce(sum(shared), 0) as n from campaigns.campaign_counts where campaign_id = $1', [id]);
    const check = figure({ race: 'shareParticipationResults', calls: 20, answers: describeTally(tally), rows: `${rows.length} participation(s), ${rows.filter((row) => row.status === 'SHARED').length} shared, counted ${counted}` });
    expect(rows.map((row) => row.status)).toEqual(['SHARED']);
    expect(counted).toBe(1);
    expect(tally).toEqual({ ALLOW: 1, ALREADY_SHARED: 19 });
    check.passed();
  });

  // Depends on the `access` change (concurrent invitations of one address send one e-mail).
  it('50 inviteMembers of one address → one invitation, one e-mail in the outbox', async () => {
    const email = freshEmail('invited');
    const { tally } = await race(app!, 50, () => ({ query: INVITE, variables: { org: organizationId, emails: [email] }, authorization: admin.bearer }));
    const invitations = await count('select count(*) as n from organizations.invitations where organization_id = $1 and email = $2', [organizationId, email]);
    const mails = await count('select count(*) as n from public.mail_outbox where recipient = $1', [email]);
    const check = figure({ race: 'inviteMembers', calls: 50, answers: describeTally(tally), rows: `${invitations} invitation(s), ${mails} e-mail(s)` });
    expect(invitations).toBe(1);
    expect(mails).toBe(1);
    expect(tally).toEqual({ ALLOW: 50 });
    check.passed();
  });

  it('20 signUp with one e-mail → one account, the others EMAIL_ALREADY_USED', async () => {
    const email = freshEmail('twin');
    const { tally } = await race(app!, 20, (index) => ({
      query: SIGN_UP,
      variables: { input: { email, password: PASSWORD, firstName: `Jumeau ${index}`, lastName: 'Races', acceptTermsOfService: true } },
    }));
    const rows = await count('select count(*) as n from organizations.users where email = $1', [email]);
    const check = figure({ race: 'signUp', calls: 20, answers: describeTally(tally), rows: `${rows} account(s)` });
    expect(rows).toBe(1);
    expect(tally).toEqual({ ALLOW: 1, EMAIL_ALREADY_USED: 19 });
    check.passed();
  });

  it('support removes, then demotes, the two last admins at once → one ADMIN remains, LAST_ADMIN for the loser', async () => {
    const outcomes: string[] = [];
    let remaining = '';
    for (const [name, query] of [['removeMembership', REMOVE], ['updateMembershipRole', DEMOTE]] as const) {
      const { organization, memberships } = await twoAdmins();
      const { tally } = await race(app!, 2, (index) => ({ query, variables: { id: memberships[index] }, authorization: root.bearer }));
      const admins = await activeAdmins(organization);
      outcomes.push(`${name}: ${describeTally(tally)}`);
      remaining += `${name}: ${admins} admin(s) left; `;
      expect(admins, name).toBe(1);
      expect(tally, name).toEqual({ ALLOW: 1, LAST_ADMIN: 1 });
    }
    figure({ race: 'last admins (support)', calls: 4, answers: outcomes.join(' / '), rows: remaining.trim() }).passed();
  });

  it('the two last admins demote each other at once → one ADMIN remains, the loser is refused', async () => {
    const { organization, memberships, admins: [first, second] } = await twoAdmins();
    // Each demotes the other one.
    const { tally } = await race(app!, 2, (index) => ({ query: DEMOTE, variables: { id: memberships[1 - index] }, authorization: [first, second][index]!.bearer }));
    const admins = await activeAdmins(organization);
    const check = figure({ race: 'last admins (each other)', calls: 2, answers: describeTally(tally), rows: `${admins} admin(s) left` });
    expect(admins).toBe(1);
    expect(tally.ALLOW).toBe(1);
    // The loser either saw its own right gone (FORBIDDEN) or waited for the lock (LAST_ADMIN).
    expect(['LAST_ADMIN', 'FORBIDDEN']).toContain(Object.keys(tally).find((outcome) => outcome !== 'ALLOW'));
    check.passed();
  });

  it('20 refreshAccessToken with one refresh token → exactly one success', async () => {
    const person = await signUp(app!, 'refresher');
    const { answers, tally } = await race(app!, 20, () => ({ query: REFRESH, variables: { token: person.refreshToken } }));
    const winner = answers.find((answer) => answer.outcome === 'ALLOW');
    const next = winner ? (winner.data!.refreshAccessToken as { refreshToken: string }).refreshToken : '';
    // The winner's token is the one that works now; the spent one does not.
    const again = await post(app!, REFRESH, { token: next });
    const spent = await post(app!, REFRESH, { token: person.refreshToken });
    const sessions = await count('select count(*) as n from organizations.sessions where user_id = $1 and revoked_at is null', [person.id]);
    const check = figure({ race: 'refreshAccessToken', calls: 20, answers: describeTally(tally), rows: `${sessions} live session(s); next token ${again.errors ? 'refused' : 'works'}, spent token ${spent.errors ? 'refused' : 'works'}` });
    expect(tally.ALLOW).toBe(1);
    expect(Object.keys(tally).filter((outcome) => outcome !== 'ALLOW')).toEqual(['UNAUTHENTICATED']);
    expect(again.errors).toBeUndefined();
    expect(spent.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    check.passed();
  });

  async function twoAdmins(): Promise<{ organization: string; memberships: [string, string]; admins: [Account, Account] }> {
    const organization = await createOrganization(app!, root.bearer, 'Deux admins (races)');
    const admins: [Account, Account] = [await signUp(app!, 'admin-a'), await signUp(app!, 'admin-b')];
    const memberships: [string, string] = [await join(app!, root.bearer, organization, admins[0], 'ADMIN'), await join(app!, root.bearer, organization, admins[1], 'ADMIN')];
    return { organization, memberships, admins };
  }

  function activeAdmins(organization: string): Promise<number> {
    return count("select count(*) as n from organizations.memberships where organization_id = $1 and role = 'ADMIN' and disabled_at is null", [organization]);
  }
});

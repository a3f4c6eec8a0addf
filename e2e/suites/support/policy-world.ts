import type pg from 'pg';
import type { RunningApp } from '../../support/app.js';
import { createOrganization, ENGINE_SECRET, freshEmail, invitationCode, invite, join, logIn, ok, ROOT, signUp, siret, type Account } from './fixtures.js';
import type { PrincipalName } from './policy-table.js';

/** The public target profile whose campaigns allow "remise à zéro" (resetParticipation). */
const RESETTABLE_PROFILE = 'Pix emploi – Diagnostic initial';

/**
 * Everything the policy suite calls operations on. "Alpha" is the owning organisation: the
 * member and admin principals belong to it, the other member and other admin to "Beta"; the
 * campaign, participation, invitations and target profile below are Alpha's.
 */
export interface PolicyWorld {
  app: RunningApp;
  db: pg.Client;
  root: Account;
  accounts: Partial<Record<PrincipalName, Account>>;
  alphaId: string;
  betaId: string;
  memberMembershipId: string;
  campaign: { id: string; code: string };
  /** The participant's shared participation in `campaign`. */
  sharedParticipationId: string;
  /** A participation the engine may still record on. */
  startedParticipationId: string;
  skillIds: string[];
  resettableProfileId: string;
  /** Not public, shared with Alpha only (set up in the database: no API creates profiles). */
  privateProfileId: string;
  /** A pending invitation of Alpha, to someone who is none of the principals. */
  pendingInvitation: { id: string; code: string; email: string };
  networkId: string;
  /** A person who holds no role: setSupportRole's target. */
  bystander: Account;
  /** A person with an account and no session to spare: login's and refresh's target. */
  loginAccount: Account;
}

/** The Authorization header of each principal (none for anonymous). */
export function authorizationOf(world: PolicyWorld, principal: PrincipalName): string | undefined {
  if (principal === 'anonymous') return undefined;
  if (principal === 'engine') return `Service ${ENGINE_SECRET}`;
  if (principal === 'superAdmin') return world.root.bearer;
  return world.accounts[principal]!.bearer;
}

/** A second session of the principal, for a cell that ends the session it runs in (logout). */
export async function freshSessionOf(world: PolicyWorld, principal: PrincipalName): Promise<string | undefined> {
  if (principal === 'anonymous' || principal === 'engine') return authorizationOf(world, principal);
  const account = principal === 'superAdmin' ? world.root : world.accounts[principal]!;
  return (await logIn(world.app, account.email, account.password)).bearer;
}

export async function buildPolicyWorld(app: RunningApp, db: pg.Client): Promise<PolicyWorld> {
  const root = await logIn(app, ROOT.email, ROOT.password);
  const alphaId = await createOrganization(app, root.bearer, 'Alpha (policy)');
  const betaId = await createOrganization(app, root.bearer, 'Beta (policy)');

  const accounts: PolicyWorld['accounts'] = {};
  for (const principal of ['participant', 'member', 'admin', 'otherMember', 'otherAdmin', 'support', 'metier', 'certif'] as const) {
    accounts[principal] = await signUp(app, principal);
  }
  await join(app, root.bearer, alphaId, accounts.admin!, 'ADMIN');
  const memberMembershipId = await join(app, root.bearer, alphaId, accounts.member!, 'MEMBER');
  await join(app, root.bearer, betaId, accounts.otherAdmin!, 'ADMIN');
  await join(app, root.bearer, betaId, accounts.otherMember!, 'MEMBER');
  for (const [principal, role] of [['support', 'SUPPORT'], ['metier', 'METIER'], ['certif', 'CERTIF']] as const) {
    await ok(app, 'mutation($user: ID!, $role: SupportRole) { setSupportRole(userId: $user, role: $role) { id } }', { user: accounts[principal]!.id, role }, root.bearer);
  }

  const { targetProfiles } = await ok(app, 'query($org: ID!) { targetProfiles(organizationId: $org) { nodes { id name canResetKnowledgeElements areas { competences { skills { id } } } } } }', { org: alphaId }, accounts.admin!.bearer);
  const resettable = (targetProfiles.nodes as { id: string; name: string; canResetKnowledgeElements: boolean; areas: { competences: { skills: { id: string }[] }[] }[] }[]).find(
    (profile) => profile.name === RESETTABLE_PROFILE && profile.canResetKnowledgeElements,
  );
  if (!resettable) throw new Error(`no public resettable profile "${RESETTABLE_PROFILE}"`);
  const skillIds = resettable.areas.flatMap((area) => area.competences.flatMap((competence) => competence.skills.map((skill) => skill.id)));

  const privateProfileId = await privateProfileSharedWith(db, resettable.id, alphaId);
  const { networks } = await ok(app, '{ networks { id } }', {}, root.bearer);

  const world: PolicyWorld = {
    app,
    db,
    root,
    accounts,
    alphaId,
    betaId,
    memberMembershipId,
    campaign: { id: '', code: '' },
    sharedParticipationId: '',
    startedParticipationId: '',
    skillIds,
    resettableProfileId: resettable.id,
    privateProfileId,
    pendingInvitation: { id: '', code: '', email: '' },
    networkId: networks[0].id,
    bystander: await signUp(app, 'bystander'),
    loginAccount: await signUp(app, 'login'),
  };
  world.campaign = await freshCampaign(world);
  world.sharedParticipationId = await sharedParticipation(world, world.campaign);
  world.startedParticipationId = await startedParticipation(world, await freshCampaign(world));
  world.pendingInvitation = await freshInvitation(world);
  return world;
}

/** A copy of a public profile, not public, shared with one organisation. */
async function privateProfileSharedWith(db: pg.Client, sourceId: string, organizationId: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into certification.target_profiles (id, name, description, category, is_public, can_reset_knowledge_elements, created_at)
     select gen_random_uuid(), 'Profil privé (policy)', description, category, false, false, now() from certification.target_profiles where id = $1 returning id`,
    [sourceId],
  );
  const id = rows[0]!.id;
  await db.query('insert into certification.target_profile_skills (target_profile_id, skill_id) select $1, skill_id from certification.target_profile_skills where target_profile_id = $2', [id, sourceId]);
  await db.query('insert into certification.target_profile_shares (target_profile_id, organization_id, created_at) values ($1, $2, now())', [id, organizationId]);
  return id;
}

// ---- Fresh fixtures, for the cells whose write would spend the shared ones. ----

/** A campaign of Alpha owned by Alpha's admin: an assessment with multiple sendings, resettable. */
export async function freshCampaign(world: PolicyWorld, { archived = false } = {}): Promise<{ id: string; code: string }> {
  const { createCampaign } = await ok(world.app, 'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id code } }', {
    input: { organizationId: world.alphaId, type: 'ASSESSMENT', name: 'Campagne (policy)', targetProfileId: world.resettableProfileId, title: 'Parcours', multipleSendings: true },
  }, world.accounts.admin!.bearer);
  if (archived) await ok(world.app, 'mutation($id: ID!) { archiveCampaign(id: $id) { id } }', { id: createCampaign.id }, world.accounts.admin!.bearer);
  return createCampaign;
}

export async function startedParticipation(world: PolicyWorld, campaign: { code: string }): Promise<string> {
  const { startParticipation } = await ok(world.app, 'mutation($code: String!) { startParticipation(code: $code) { id } }', { code: campaign.code }, world.accounts.participant!.bearer);
  return startParticipation.id;
}

/** The engine records a few skills and finishes: TO_SHARE. */
export async function finishedParticipation(world: PolicyWorld, campaign: { code: string }): Promise<string> {
  const id = await startedParticipation(world, campaign);
  const elements = world.skillIds.slice(0, 3).map((skillId) => ({ skillId, status: 'VALIDATED' }));
  await ok(world.app, 'mutation($id: ID!, $elements: [KnowledgeElementInput!]!) { recordKnowledgeElements(participationId: $id, elements: $elements, finished: true) { id } }', { id, elements }, `Service ${ENGINE_SECRET}`);
  return id;
}

export async function sharedParticipation(world: PolicyWorld, campaign: { code: string }): Promise<string> {
  const id = await finishedParticipation(world, campaign);
  await ok(world.app, 'mutation($id: ID!) { shareParticipationResults(participationId: $id) { id } }', { id }, world.accounts.participant!.bearer);
  return id;
}

/** A pending invitation of an organisation (Alpha by default) sent by support. */
export async function freshInvitation(world: PolicyWorld, { organizationId = world.alphaId, role = 'MEMBER' as 'ADMIN' | 'MEMBER' } = {}): Promise<{ id: string; code: string; email: string }> {
  const invitation = await invite(world.app, world.root.bearer, organizationId, freshEmail('invitee'), role);
  return { ...invitation, code: await invitationCode(world.app, world.root.bearer, invitation) };
}

/** A new person who joined Alpha as MEMBER: a membership that can be changed or removed. */
export async function freshMembership(world: PolicyWorld): Promise<string> {
  return join(world.app, world.root.bearer, world.alphaId, await signUp(world.app, 'teammate'), 'MEMBER');
}

/**
 * An organisation of its own with the member and admin principals in it (as MEMBER and ADMIN):
 * the owning organisation of a cell whose write would close or change Alpha.
 */
export async function freshTenant(world: PolicyWorld): Promise<string> {
  const organizationId = await createOrganization(world.app, world.root.bearer, 'Espace (policy)');
  await join(world.app, world.root.bearer, organizationId, world.accounts.admin!, 'ADMIN');
  await join(world.app, world.root.bearer, organizationId, world.accounts.member!, 'MEMBER');
  return organizationId;
}

let requests = 0;
/** A pending creation request filed by the participant. */
export async function freshCreationRequest(world: PolicyWorld): Promise<string> {
  requests += 1;
  const { requestOrganizationCreation } = await ok(world.app, 'mutation($input: RequestOrganizationCreationInput!) { requestOrganizationCreation(input: $input) { id } }', {
    input: { name: `Demande ${requests} (policy)`, type: 'E2C', siret: siret(requests), directorName: 'Directrice', mandateStatement: 'Je certifie agir avec le mandat du directeur de la structure.' },
  }, world.accounts.participant!.bearer);
  return requestOrganizationCreation.id;
}

export async function freshRefreshToken(world: PolicyWorld): Promise<string> {
  return (await logIn(world.app, world.loginAccount.email, world.loginAccount.password)).refreshToken;
}

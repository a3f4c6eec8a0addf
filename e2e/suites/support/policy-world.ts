import type pg from 'pg';
import type { RunningApp } from '../../support/app.js';
import { createOrganization, ENGINE_SECRET, freshEmail, invitationCode, invite, join, logIn, ok, ROOT, signUp, siret, type Account } from './fixtures.js';
import { PARTNER_PRINCIPALS, type PartnerPrincipalName, type PrincipalName } from './policy-table.js';

/** The public target profile whose campaigns allow "remise à zéro" (resetParticipation). */
const RESETTABLE_PROFILE = 'Pix emploi – Diagnostic initial';

/** The networks the partner principals belong to: Alpha's, and another one (Beta has none). */
const ALPHA_NETWORK = 'UNML';
const OTHER_NETWORK = 'FRANCE_TRAVAIL';
/** Every scope a client may hold, as createPartnerClient names them. */
export const ALL_PARTNER_SCOPES = ['ORGANIZATIONS_READ', 'CAMPAIGNS_READ', 'RESULTS_READ', 'RESULTS_IDENTITY', 'WEBHOOKS_MANAGE'] as const;

/** A partner network's API client, as support hands it over, and the bearer of a token it got. */
export interface PartnerCredentials {
  /** The client's id in the API (rotate, revoke). */
  id: string;
  clientId: string;
  clientSecret: string;
  networkId: string;
  /** `Bearer <access_token>` from POST /oauth/token. */
  bearer: string;
}

/**
 * Everything the policy suite calls operations on. "Alpha" is the owning organisation, in the
 * UNML network: the member and admin principals belong to it, the other member and other admin
 * to "Beta" (in no network); the campaign, participation, invitations and target profile below
 * are Alpha's. The partner principals are clients of Alpha's network and of France Travail's.
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
  /** Alpha's network (UNML): `network(id)` and its fields are called on it. */
  networkId: string;
  /** Another network (France Travail), the wrong network's. */
  otherNetworkId: string;
  /** The two partner principals; never rotated nor revoked by a cell (those take clients of their own). */
  partners: Record<PartnerPrincipalName, PartnerCredentials>;
  /** A person who holds no role: setSupportRole's target. */
  bystander: Account;
  /** A person with an account and no session to spare: login's and refresh's target. */
  loginAccount: Account;
  /** Refresh tokens are single use: each successful refresh hands the next cell its token. */
  refreshToken: string;
  /** Fixtures kept from cell to cell until a write succeeds on them (see `kept`). */
  keptFixtures: Map<string, Promise<unknown>>;
  /** The kept fixtures the current cell uses. */
  inUse: Set<string>;
  /** Building the current cell's fixtures wrote to the database (the last fingerprint is stale). */
  wrote: boolean;
}

/**
 * A fixture built on first use and kept for the next cells, until a write that uses it succeeds
 * (`spentByWrite`, the default): then the next cell gets a fresh one. A refused write leaves its
 * fixture as it was (the suite reads that back), so the next principal may try it again.
 */
export function kept<T>(world: PolicyWorld, key: string, make: () => Promise<T>, { spentByWrite = true } = {}): Promise<T> {
  if (spentByWrite) world.inUse.add(key);
  let value = world.keptFixtures.get(key);
  if (!value) {
    world.wrote = true;
    value = make();
    world.keptFixtures.set(key, value);
  }
  return value as Promise<T>;
}

/** After a write succeeded: the fixtures it used are spent. */
export function spendFixturesInUse(world: PolicyWorld): void {
  for (const key of world.inUse) world.keptFixtures.delete(key);
  world.inUse.clear();
}

/** The Authorization header of each principal (none for anonymous). */
export function authorizationOf(world: PolicyWorld, principal: PrincipalName): string | undefined {
  if (principal === 'anonymous') return undefined;
  if (principal === 'engine') return `Service ${ENGINE_SECRET}`;
  if (principal === 'superAdmin') return world.root.bearer;
  if (isPartner(principal)) return world.partners[principal].bearer;
  return world.accounts[principal]!.bearer;
}

function isPartner(principal: PrincipalName): principal is PartnerPrincipalName {
  return (PARTNER_PRINCIPALS as readonly string[]).includes(principal);
}

/** A second session of the principal, for a cell that ends the session it runs in (logout). */
export async function freshSessionOf(world: PolicyWorld, principal: PrincipalName): Promise<string | undefined> {
  if (principal === 'anonymous' || principal === 'engine') return authorizationOf(world, principal);
  // A client has no session: a second token of its own stands for one.
  if (isPartner(principal)) return clientToken(world.app, world.partners[principal]);
  const account = principal === 'superAdmin' ? world.root : world.accounts[principal]!;
  return (await logIn(world.app, account.email, account.password)).bearer;
}

export async function buildPolicyWorld(app: RunningApp, db: pg.Client): Promise<PolicyWorld> {
  const root = await logIn(app, ROOT.email, ROOT.password);
  const { networks } = await ok(app, '{ networks { id code } }', {}, root.bearer);
  const networkOf = (code: string): string => {
    const network = (networks as { id: string; code: string }[]).find((each) => each.code === code);
    if (!network) throw new Error(`no network ${code}`);
    return network.id;
  };
  const [networkId, otherNetworkId] = [networkOf(ALPHA_NETWORK), networkOf(OTHER_NETWORK)];
  const alphaId = await createOrganization(app, root.bearer, 'Alpha (policy)');
  const betaId = await createOrganization(app, root.bearer, 'Beta (policy)');
  await ok(app, 'mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }', {
    id: alphaId,
    input: { networkId, region: 'Nouvelle-Aquitaine', department: '33' },
  }, root.bearer);
  // Created by the root SUPER_ADMIN, tokens from the real endpoint; no regional limit.
  const [partnerRightNetwork, partnerWrongNetwork] = await Promise.all([
    partnerClient(app, root.bearer, networkId, 'Client du réseau (policy)'),
    partnerClient(app, root.bearer, otherNetworkId, "Client d'un autre réseau (policy)"),
  ]);

  // Independent sign-ups and joins run side by side (argon2 hashing dominates the set-up).
  const names = ['participant', 'member', 'admin', 'otherMember', 'otherAdmin', 'support', 'metier', 'certif'] as const;
  const accounts: PolicyWorld['accounts'] = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await signUp(app, name)] as const)));
  const [, memberMembershipId] = await Promise.all([
    join(app, root.bearer, alphaId, accounts.admin!, 'ADMIN'),
    join(app, root.bearer, alphaId, accounts.member!, 'MEMBER'),
    join(app, root.bearer, betaId, accounts.otherAdmin!, 'ADMIN'),
    join(app, root.bearer, betaId, accounts.otherMember!, 'MEMBER'),
    ...(['support', 'metier', 'certif'] as const).map((principal) =>
      ok(app, 'mutation($user: ID!, $role: SupportRole) { setSupportRole(userId: $user, role: $role) { id } }', { user: accounts[principal]!.id, role: principal.toUpperCase() }, root.bearer),
    ),
  ]);

  const { targetProfiles } = await ok(app, 'query($org: ID!) { targetProfiles(organizationId: $org) { nodes { id name canResetKnowledgeElements areas { competences { skills { id } } } } } }', { org: alphaId }, accounts.admin!.bearer);
  const resettable = (targetProfiles.nodes as { id: string; name: string; canResetKnowledgeElements: boolean; areas: { competences: { skills: { id: string }[] }[] }[] }[]).find(
    (profile) => profile.name === RESETTABLE_PROFILE && profile.canResetKnowledgeElements,
  );
  if (!resettable) throw new Error(`no public resettable profile "${RESETTABLE_PROFILE}"`);
  const skillIds = resettable.areas.flatMap((area) => area.competences.flatMap((competence) => competence.skills.map((skill) => skill.id)));

  const privateProfileId = await privateProfileSharedWith(db, resettable.id, alphaId);
  const [bystander, loginAccount] = await Promise.all([signUp(app, 'bystander'), signUp(app, 'login')]);

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
    networkId,
    otherNetworkId,
    partners: { partnerRightNetwork, partnerWrongNetwork },
    bystander,
    loginAccount,
    refreshToken: '',
    keptFixtures: new Map(),
    inUse: new Set(),
    wrote: false,
  };
  world.refreshToken = (await logIn(app, world.loginAccount.email, world.loginAccount.password)).refreshToken;
  const [campaign, other, pendingInvitation] = await Promise.all([freshCampaign(world), freshCampaign(world), freshInvitation(world)]);
  world.campaign = campaign;
  world.pendingInvitation = pendingInvitation;
  [world.sharedParticipationId, world.startedParticipationId] = await Promise.all([sharedParticipation(world, campaign), startedParticipation(world, other)]);
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

/** A membership of Alpha (MEMBER) that can be changed or removed: one teammate, joining again after each removal. */
export async function freshMembership(world: PolicyWorld, label: string): Promise<string> {
  const teammate = await kept(world, `account:${label}`, () => signUp(world.app, label), { spentByWrite: false });
  return join(world.app, world.root.bearer, world.alphaId, teammate, 'MEMBER');
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
/** A pending creation request, each from a new requester (one pending request per person). */
export async function freshCreationRequest(world: PolicyWorld): Promise<string> {
  requests += 1;
  const requester = await signUp(world.app, `requester-${requests}`);
  const { requestOrganizationCreation } = await ok(world.app, 'mutation($input: RequestOrganizationCreationInput!) { requestOrganizationCreation(input: $input) { id } }', {
    input: { name: `Demande ${requests} (policy)`, type: 'E2C', siret: siret(requests), directorName: 'Directrice', mandateStatement: 'Je certifie agir avec le mandat du directeur de la structure.' },
  }, requester.bearer);
  return requestOrganizationCreation.id;
}

/** A client of a network with every scope, created by support, and a first token of its own. */
export async function partnerClient(app: RunningApp, rootBearer: string, networkId: string, name: string): Promise<PartnerCredentials> {
  const created = await newPartnerClient(app, rootBearer, networkId, name);
  return { ...created, bearer: await clientToken(app, created) };
}

/** A client of a network with every scope (no token asked: rotate's and revoke's targets). */
export async function newPartnerClient(app: RunningApp, rootBearer: string, networkId: string, name: string): Promise<Omit<PartnerCredentials, 'bearer'>> {
  const { createPartnerClient } = await ok(
    app,
    'mutation($input: CreatePartnerClientInput!) { createPartnerClient(input: $input) { clientSecret client { id clientId } } }',
    { input: { name, networkId, scopes: ALL_PARTNER_SCOPES, contactEmail: freshEmail('partner') } },
    rootBearer,
  );
  return { id: createPartnerClient.client.id, clientId: createPartnerClient.client.clientId, clientSecret: createPartnerClient.clientSecret, networkId };
}

/** POST /oauth/token (client credentials, HTTP Basic): `Bearer <access_token>`. */
export async function clientToken(app: RunningApp, client: { clientId: string; clientSecret: string }): Promise<string> {
  const basic = Buffer.from(`${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`).toString('base64');
  const response = await fetch(`${app.url}/oauth/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
  });
  const body = (await response.json()) as { access_token?: string; error?: string };
  if (response.status !== 200 || !body.access_token) throw new Error(`POST /oauth/token for ${client.clientId}: ${response.status} ${JSON.stringify(body)}`);
  return `Bearer ${body.access_token}`;
}

/**
 * A webhook endpoint of the right network's client (the one every webhook cell aims at): its
 * target refuses connections, and it hears only of unarchived campaigns, so that the worker's
 * retries stay few (their bookkeeping is left out of the digest, policy-digest.ts).
 */
export async function freshWebhookEndpoint(world: PolicyWorld): Promise<string> {
  const { createWebhookEndpoint } = await ok(
    world.app,
    'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }',
    { input: { url: 'http://127.0.0.1:9/policy', eventTypes: ['campaign.unarchived'] } },
    world.partners.partnerRightNetwork.bearer,
  );
  return createWebhookEndpoint.endpoint.id;
}

/** A live network access of a person of its own (granted by the root), for revokeNetworkAccess to take back. */
export async function freshNetworkAccess(world: PolicyWorld): Promise<string> {
  const holder = await kept(world, 'account:networkHead', () => signUp(world.app, 'network-head'), { spentByWrite: false });
  const { grantNetworkAccess } = await ok(world.app, 'mutation($input: GrantNetworkAccessInput!) { grantNetworkAccess(input: $input) { id } }', {
    input: { userId: holder.id, networkId: world.otherNetworkId },
  }, world.root.bearer);
  return grantNetworkAccess.id;
}

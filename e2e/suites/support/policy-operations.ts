import { freshEmail, siret } from './fixtures.js';
import type { GraphQLAnswer } from './fixtures.js';
import type { PrincipalName } from './policy-table.js';
import {
  finishedParticipation,
  freshCampaign,
  freshCreationRequest,
  freshInvitation,
  freshMembership,
  freshTenant,
  kept,
  freshNetworkAccess,
  freshWebhookEndpoint,
  newPartnerClient,
  sharedParticipation,
  type PolicyWorld,
} from './policy-world.js';

/**
 * How the suite calls one operation: its query text and the arguments of one cell, aimed at the
 * owning organisation's objects. A write that spends what it acts on (archive, delete, accept,
 * remove…) takes a `kept` fixture: the same one while cells are refused, a fresh one after a
 * success, so that no cell depends on another's outcome. Calls run in this order, reads first.
 */
export interface OperationCall {
  operation: string;
  /** Writes refused are read back: the database must be as it was. */
  write: boolean;
  document: string;
  variables?: (world: PolicyWorld, principal: PrincipalName) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** The call ends the session it runs in: use a second session of the principal. */
  freshSession?: boolean;
  /** How to send it, when it is not a POST /graphql of `document` (an HTTP route). */
  send?: (world: PolicyWorld, variables: Record<string, unknown>, authorization: string | undefined) => Promise<GraphQLAnswer>;
  /** Reads what the next cell needs from a successful answer. */
  after?: (world: PolicyWorld, answer: GraphQLAnswer) => void;
}

let requests = 9000;
const nextRequest = () => (requests += 1);

const query = (operation: string, document: string, variables?: OperationCall['variables']): OperationCall => ({ operation: `Query.${operation}`, write: false, document, variables });
const mutation = (operation: string, document: string, variables?: OperationCall['variables'], options: Partial<OperationCall> = {}): OperationCall => ({
  operation: `Mutation.${operation}`,
  write: true,
  document,
  variables,
  ...options,
});
const nested = (operation: string, document: string, variables?: OperationCall['variables']): OperationCall => ({ operation, write: false, document, variables });

export const OPERATION_CALLS: OperationCall[] = [
  // ---- Reads ----
  query('me', '{ me { id } }'),
  query('referential', '{ referential { code } }'),
  query('renderWelcomeText', 'query($text: String!) { renderWelcomeText(text: $text) }', () => ({ text: '**Bienvenue**' })),
  query('campaignToJoin', 'query($code: String!) { campaignToJoin(code: $code) { code organizationName } }', (w) => ({ code: w.campaign.code })),
  query('invitation', 'query($id: ID!, $code: String!) { invitation(id: $id, code: $code) { id status } }', (w) => ({ id: w.pendingInvitation.id, code: w.pendingInvitation.code })),
  query('myParticipations', '{ myParticipations { id } }'),
  query('networks', '{ networks { id } }'),
  // Alpha's network: the right network's client reads it, the wrong one's meets it as unknown.
  query('network', 'query($id: ID!) { network(id: $id) { id code } }', (w) => ({ id: w.networkId })),
  query('partnerViewer', '{ partnerViewer { scopes client { clientId } network { id } } }'),
  query('networkAccesses', 'query($network: ID) { networkAccesses(networkId: $network) { id userId regions } }', (w) => ({ network: w.networkId })),
  query('rateLimit', '{ rateLimit { limit cost remaining resetAt } }'),
  query('webhookEndpoints', '{ webhookEndpoints { id url enabled deliveries(first: 5) { id status attempts { responseCode } } } }'),
  query('partnerClients', 'query($network: ID) { partnerClients(networkId: $network, first: 5) { totalCount nodes { id clientId } } }', (w) => ({ network: w.networkId })),
  query('campaign', 'query($id: ID!) { campaign(id: $id) { id name } }', (w) => ({ id: w.campaign.id })),
  query('campaignByCode', 'query($code: String!) { campaignByCode(code: $code) { id } }', (w) => ({ code: w.campaign.code })),
  query('nationalStatistics', '{ nationalStatistics { participationsCount } }'),
  query('targetProfiles', 'query($org: ID!) { targetProfiles(organizationId: $org) { totalCount } }', (w) => ({ org: w.alphaId })),
  query('targetProfile', 'query($id: ID!) { targetProfile(id: $id) { id } }', (w) => ({ id: w.privateProfileId })),
  query('mailOutbox', '{ mailOutbox(first: 1) { totalCount } }'),
  query('organization', 'query($id: ID!) { organization(id: $id) { id name } }', (w) => ({ id: w.alphaId })),
  query('organizations', '{ organizations(first: 5) { totalCount } }'),
  query('organizationCreationRequests', '{ organizationCreationRequests(first: 5) { totalCount } }'),
  query('auditLog', '{ auditLog(first: 5) { totalCount } }'),
  // CERTIF's way to find a person: one exact e-mail.
  query('users', 'query($search: String) { users(search: $search, first: 5) { nodes { id } } }', (w) => ({ search: w.accounts.participant!.email })),

  // ---- Nested reads that carry their own rule (METIER and CERTIF are decided here) ----
  nested('Organization.members', 'query($id: ID!) { organization(id: $id) { members { totalCount } } }', (w) => ({ id: w.alphaId })),
  nested('Organization.invitations', 'query($id: ID!) { organization(id: $id) { invitations { id } } }', (w) => ({ id: w.alphaId })),
  nested('Organization.campaigns', 'query($id: ID!) { organization(id: $id) { campaigns { totalCount } } }', (w) => ({ id: w.alphaId })),
  nested('Organization.participants', 'query($id: ID!) { organization(id: $id) { participants { totalCount } } }', (w) => ({ id: w.alphaId })),
  nested('Organization.statistics', 'query($id: ID!) { organization(id: $id) { statistics { sharedCount } } }', (w) => ({ id: w.alphaId })),
  nested('Campaign.participations', 'query($id: ID!) { campaign(id: $id) { participations { nodes { id masteryRate } } } }', (w) => ({ id: w.campaign.id })),
  nested('Campaign.participation', 'query($id: ID!, $p: ID!) { campaign(id: $id) { participation(id: $p) { id masteryRate } } }', (w) => ({ id: w.campaign.id, p: w.sharedParticipationId })),
  nested('Campaign.collectiveResults', 'query($id: ID!) { campaign(id: $id) { collectiveResults { averageMasteryRate } } }', (w) => ({ id: w.campaign.id })),
  nested('Campaign.collectiveLevels', 'query($id: ID!) { campaign(id: $id) { collectiveLevels { averageLevel } } }', (w) => ({ id: w.campaign.id })),
  nested('CampaignParticipation.sendings', 'query($id: ID!, $p: ID!) { campaign(id: $id) { participation(id: $p) { sendings { id masteryRate } } } }', (w) => ({ id: w.campaign.id, p: w.sharedParticipationId })),
  nested('User.certificationEligibility', 'query($search: String) { users(search: $search, first: 1) { nodes { certificationEligibility { isCertifiable } } } }', (w) => ({ search: w.accounts.participant!.email })),
  nested('User.networkAccesses', 'query($search: String) { users(search: $search, first: 1) { nodes { networkAccesses { id networkId } } } }', (w) => ({ search: w.accounts.participant!.email })),
  nested('User.participations', 'query($search: String) { users(search: $search, first: 1) { nodes { participations { id } } } }', (w) => ({ search: w.accounts.participant!.email })),
  nested('User.profile', 'query($search: String) { users(search: $search, first: 1) { nodes { profile { pixScore } } } }', (w) => ({ search: w.accounts.participant!.email })),
  // Reached through network(id: Alpha's network): partners of another network stop there (NOT_FOUND).
  nested('Network.organizations', 'query($id: ID!) { network(id: $id) { organizations(first: 5) { totalCount nodes { id name } } } }', (w) => ({ id: w.networkId })),
  nested(
    'Network.sharedResults',
    'query($id: ID!) { network(id: $id) { sharedResults(first: 5) { pageInfo { endCursor } nodes { id sharedAt masteryRate campaign { id organization { id } } participant { id firstName } } } } }',
    (w) => ({ id: w.networkId }),
  ),
  nested('Network.statistics', 'query($id: ID!) { network(id: $id) { statistics(groupBy: REGION) { total { sharedCount shareRate } groups { label structures } } } }', (w) => ({ id: w.networkId })),
  nested('Network.events', 'query($id: ID!) { network(id: $id) { events(first: 5) { pageInfo { endCursor } nodes { webhookId type data } } } }', (w) => ({ id: w.networkId })),
  nested('User.organizationCreationRequests', 'query($search: String) { users(search: $search, first: 1) { nodes { organizationCreationRequests { id } } } }', (w) => ({ search: w.accounts.participant!.email })),

  // ---- HTTP routes ----
  {
    operation: 'GET /exports/campaigns/{id}/results.csv',
    write: false,
    document: '',
    variables: (w) => ({ id: w.campaign.id }),
    send: (w, variables, authorization) => getRoute(w, `/exports/campaigns/${String(variables.id)}/results.csv`, authorization),
  },

  // ---- Writes with no lasting effect on the shared fixtures ----
  mutation('acceptTermsOfService', 'mutation { acceptTermsOfService { id } }'),
  mutation('login', 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }', (w) => ({ email: w.loginAccount.email, password: w.loginAccount.password })),
  mutation('signUp', 'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }', () => ({
    input: { email: freshEmail('signup'), password: 'Suites-pass-2026', firstName: 'Nouvelle', lastName: 'Personne', acceptTermsOfService: true },
  })),
  mutation('refreshAccessToken', 'mutation($token: String!) { refreshAccessToken(refreshToken: $token) { refreshToken } }', (w) => ({ token: w.refreshToken }), {
    after: (w, answer) => {
      w.refreshToken = (answer.data!.refreshAccessToken as { refreshToken: string }).refreshToken;
    },
  }),
  mutation('requestPasswordReset', 'mutation($email: String!) { requestPasswordReset(email: $email) }', (w) => ({ email: w.loginAccount.email })),
  mutation('resetPassword', 'mutation($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }', () => ({
    token: 'forged-token-of-the-policy-suite-000000000',
    password: 'Suites-pass-2026',
  })),
  mutation('logout', 'mutation { logout }', undefined, { freshSession: true }),
  mutation('requestOrganizationCreation', 'mutation($input: RequestOrganizationCreationInput!) { requestOrganizationCreation(input: $input) { id } }', () => ({
    input: { name: 'Structure (policy)', type: 'MISSION_LOCALE', siret: siret(nextRequest()), directorName: 'Directeur', mandateStatement: 'Je certifie agir avec le mandat du directeur.' },
  })),
  mutation('createOrganization', 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', () => ({ input: { name: 'Nouvelle structure (policy)', type: 'CAP_EMPLOI' } })),
  mutation('updateOrganization', 'mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }', (w, principal) => ({ id: w.alphaId, input: { city: `Ville ${principal}` } })),
  mutation('createCampaign', 'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }', (w) => ({
    input: { organizationId: w.alphaId, type: 'PROFILES_COLLECTION', name: 'Collecte (policy)' },
  })),
  mutation('updateCampaign', 'mutation($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { id } }', (w, principal) => ({ id: w.campaign.id, input: { name: `Campagne (${principal})` } })),
  // Each principal starts once: one campaign serves them all.
  mutation('startParticipation', 'mutation($code: String!) { startParticipation(code: $code) { id } }', async (w) => ({
    code: (await kept(w, 'campaign:start', () => freshCampaign(w), { spentByWrite: false })).code,
  })),
  mutation('recordKnowledgeElements', 'mutation($id: ID!, $elements: [KnowledgeElementInput!]!) { recordKnowledgeElements(participationId: $id, elements: $elements) { id } }', (w) => ({
    id: w.startedParticipationId,
    elements: [{ skillId: w.skillIds[5], status: 'INVALIDATED' }],
  })),
  mutation('inviteMembers', 'mutation($org: ID!, $emails: [String!]!) { inviteMembers(organizationId: $org, emails: $emails) { id } }', (w) => ({ org: w.alphaId, emails: [freshEmail('invited')] })),
  mutation('resendInvitation', 'mutation($id: ID!) { resendInvitation(id: $id) { id } }', async (w) => ({ id: (await kept(w, 'invitation:resend', () => freshInvitation(w), { spentByWrite: false })).id })),
  // Promoting the same teammate again changes nothing: one membership serves every cell.
  mutation('updateMembershipRole', 'mutation($id: ID!) { updateMembershipRole(id: $id, role: ADMIN) { id } }', async (w) => ({
    id: await kept(w, 'membership:promote', () => freshMembership(w, 'promoted'), { spentByWrite: false }),
  })),
  mutation('requeueMail', 'mutation($id: ID!) { requeueMail(id: $id) { id status } }', async (w) => ({ id: await kept(w, 'mail:failed', () => failedMail(w)) })),
  mutation('setSupportRole', 'mutation($user: ID!, $role: SupportRole) { setSupportRole(userId: $user, role: $role) { id } }', (w) => ({ user: w.bystander.id, role: 'CERTIF' })),
  // Each success is an endpoint more, of the caller's own client.
  mutation('createWebhookEndpoint', 'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id } } }', () => ({
    input: { url: 'http://127.0.0.1:9/policy-created', eventTypes: ['campaign.unarchived'] },
  })),
  // The right network's client's endpoint: the other network's client meets it as unknown.
  mutation('updateWebhookEndpoint', 'mutation($id: ID!) { updateWebhookEndpoint(id: $id, input: { description: "Mise à jour (policy)" }) { id description } }', async (w) => ({
    id: await kept(w, 'endpoint:update', () => freshWebhookEndpoint(w), { spentByWrite: false }),
  })),
  mutation('replayWebhookEvents', 'mutation($id: ID!, $from: DateTimeISO, $to: DateTimeISO) { replayWebhookEvents(endpointId: $id, from: $from, to: $to) }', async (w) => ({
    id: await kept(w, 'endpoint:replay', () => freshWebhookEndpoint(w), { spentByWrite: false }),
    from: new Date(Date.now() - 3600_000).toISOString(),
    to: new Date().toISOString(),
  })),
  // The bystander, on the other network: the principals' own rights stay as they are.
  mutation('grantNetworkAccess', 'mutation($input: GrantNetworkAccessInput!) { grantNetworkAccess(input: $input) { id } }', (w) => ({
    input: { userId: w.bystander.id, networkId: w.otherNetworkId, regions: ['Bretagne'] },
  })),
  // Each success is a client more, of the other network (Alpha's network keeps its two).
  mutation('createPartnerClient', 'mutation($input: CreatePartnerClientInput!) { createPartnerClient(input: $input) { clientSecret client { id clientId } } }', (w, principal) => ({
    input: { name: `Client (${principal}, policy)`, networkId: w.otherNetworkId, scopes: ['ORGANIZATIONS_READ', 'RESULTS_READ'] },
  })),

  // ---- Writes that spend what they act on: a kept fixture, fresh after each success ----
  mutation('archiveCampaign', 'mutation($id: ID!) { archiveCampaign(id: $id) { id } }', async (w) => ({ id: (await kept(w, 'campaign:archive', () => freshCampaign(w))).id })),
  mutation('unarchiveCampaign', 'mutation($id: ID!) { unarchiveCampaign(id: $id) { id } }', async (w) => ({
    id: (await kept(w, 'campaign:unarchive', () => freshCampaign(w, { archived: true }))).id,
  })),
  mutation('deleteCampaign', 'mutation($id: ID!) { deleteCampaign(id: $id) }', async (w) => ({ id: (await kept(w, 'campaign:delete', () => freshCampaign(w))).id })),
  mutation('shareParticipationResults', 'mutation($id: ID!) { shareParticipationResults(participationId: $id) { id } }', async (w) => ({
    id: await kept(w, 'participation:share', async () => finishedParticipation(w, await freshCampaign(w))),
  })),
  mutation('retryParticipation', 'mutation($id: ID!) { retryParticipation(campaignId: $id) { id } }', async (w) => ({ id: await kept(w, 'campaign:retry', () => campaignWithSharedParticipation(w)) })),
  mutation('resetParticipation', 'mutation($id: ID!) { resetParticipation(campaignId: $id) { id } }', async (w) => ({ id: await kept(w, 'campaign:reset', () => campaignWithSharedParticipation(w)) })),
  mutation('cancelInvitation', 'mutation($id: ID!) { cancelInvitation(id: $id) { id } }', async (w) => ({ id: (await kept(w, 'invitation:cancel', () => freshInvitation(w))).id })),
  // An ADMIN invitation sent to someone else, in an organisation of its own (accepting it would
  // otherwise change the member principal's role in Alpha).
  mutation('acceptInvitation', 'mutation($id: ID!, $code: String!) { acceptInvitation(id: $id, code: $code) { id } }', async (w) => {
    const invitation = await kept(w, 'invitation:accept', async () => freshInvitation(w, { organizationId: await freshTenant(w), role: 'ADMIN' }));
    return { id: invitation.id, code: invitation.code };
  }),
  mutation('removeMembership', 'mutation($id: ID!) { removeMembership(id: $id) { id } }', async (w) => ({ id: await kept(w, 'membership:remove', () => freshMembership(w, 'removed')) })),
  // The member leaves the first tenant; the admin then meets a fresh one where it is the last admin.
  mutation('leaveOrganization', 'mutation($id: ID!) { leaveOrganization(organizationId: $id) }', async (w) => ({ id: await kept(w, 'tenant:leave', () => freshTenant(w)) })),
  mutation('archiveOrganization', 'mutation($id: ID!) { archiveOrganization(id: $id) { id } }', async (w) => ({ id: await kept(w, 'tenant:archive', () => freshTenant(w)) })),
  // Clients of their own, never the partner principals' (rotating theirs would end their overlap, revoking them their tokens).
  mutation('rotatePartnerClientSecret', 'mutation($input: RotatePartnerClientSecretInput!) { rotatePartnerClientSecret(input: $input) { clientSecret client { id } } }', async (w) => ({
    input: { id: (await kept(w, 'partnerClient:rotate', () => newPartnerClient(w.app, w.root.bearer, w.otherNetworkId, 'Client à renouveler (policy)'))).id, overlapHours: 0 },
  })),
  mutation('revokePartnerClient', 'mutation($id: ID!) { revokePartnerClient(id: $id) { id revokedAt } }', async (w) => ({
    id: (await kept(w, 'partnerClient:revoke', () => newPartnerClient(w.app, w.root.bearer, w.otherNetworkId, 'Client à révoquer (policy)'))).id,
  })),
  mutation('revokeNetworkAccess', 'mutation($id: ID!) { revokeNetworkAccess(id: $id) { id revokedAt } }', async (w) => ({ id: await kept(w, 'networkAccess:revoke', () => freshNetworkAccess(w)) })),
  mutation('deleteWebhookEndpoint', 'mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }', async (w) => ({ id: await kept(w, 'endpoint:delete', () => freshWebhookEndpoint(w)) })),
  mutation('approveOrganizationCreationRequest', 'mutation($id: ID!) { approveOrganizationCreationRequest(id: $id) { id } }', async (w) => ({
    id: await kept(w, 'request:approve', () => freshCreationRequest(w)),
  })),
  mutation('rejectOrganizationCreationRequest', 'mutation($id: ID!, $reason: String!) { rejectOrganizationCreationRequest(id: $id, reason: $reason) { id } }', async (w) => ({
    id: await kept(w, 'request:reject', () => freshCreationRequest(w)),
    reason: 'Structure hors du périmètre.',
  })),
];

/** A GET answered 200 is ALLOW; a refusal comes in GraphQL's error shape with its HTTP status. */
async function getRoute(world: PolicyWorld, path: string, authorization: string | undefined): Promise<GraphQLAnswer> {
  const response = await fetch(`${world.app.url}${path}`, { headers: authorization ? { authorization } : {} });
  const text = await response.text();
  if (response.status === 200) return { status: 200, data: { bytes: text.length } };
  try {
    return { status: response.status, ...(JSON.parse(text) as object) };
  } catch {
    return { status: response.status, errors: [{ message: text.slice(0, 200), extensions: { code: `HTTP_${response.status}` } }] };
  }
}

async function campaignWithSharedParticipation(world: PolicyWorld): Promise<string> {
  const campaign = await freshCampaign(world);
  await sharedParticipation(world, campaign);
  return campaign.id;
}

/** A FAILED e-mail of the outbox (an invitation's, given up by hand), for requeueMail. */
async function failedMail(world: PolicyWorld): Promise<string> {
  const { email } = await freshInvitation(world);
  const { rows } = await world.db.query<{ id: string }>("update public.mail_outbox set status = 'FAILED', attempts = 10, last_error = 'policy fixture' where recipient = $1 returning id", [email]);
  return rows[0]!.id;
}

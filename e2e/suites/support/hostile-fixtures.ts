import { isEnumType, getNamedType, type GraphQLInputType } from 'graphql';
import type { RunningApp } from '../../support/app.js';
import { bearerFor, DEMO_PASSWORD, DEMO_SUPPORT, graphql } from '../../support/api.js';
import { invitationLinkFor } from '../../support/mail.js';
import { siret } from './fixtures.js';
import { EnumValue } from './hostile-payloads.js';
import type { ValidValue } from './hostile-calls.js';

/** The signed-in principal: an ADMIN of the Mission Locale de Limoges (demo). */
export const MEMBER_EMAIL = 'karim.benali@demo.orga-spe.fr';
const MEMBER_ORGANIZATION = 'Mission Locale de Limoges';
/** The account `login` is tried against (never one of the principals, so they keep their sessions). */
const LOGIN_TARGET = 'jade.bonnet@demo.orga-spe.fr';
const INVITEE = 'hostile.invitee@example.test';

/** Real rows of the demo, so that every argument but the hostile one is valid. */
export interface Fixtures {
  organizationId: string;
  campaignId: string;
  campaignCode: string;
  targetProfileId: string;
  participationId: string;
  skillId: string;
  membershipId: string;
  invitationId: string;
  invitationCode: string;
  networkId: string;
  creationRequestId: string;
  userId: string;
}

export interface Principals {
  /** Authorization header values by principal name (anonymous has none). */
  authorization: Record<string, string | undefined>;
}

export async function signInPrincipals(app: RunningApp, engineSecret: string): Promise<Principals> {
  return {
    authorization: {
      anonymous: undefined,
      member: await bearerFor(app, MEMBER_EMAIL),
      support: await bearerFor(app, DEMO_SUPPORT),
      engine: `Service ${engineSecret}`,
    },
  };
}

export async function loadFixtures(app: RunningApp, principals: Principals): Promise<Fixtures> {
  const member = principals.authorization.member!;
  const support = principals.authorization.support!;
  const { me } = await graphql<{
    me: { memberships: { organization: { id: string; name: string; campaigns: { nodes: { id: string; code: string; type: string; targetProfileId: string | null; isArchived: boolean }[] }; members: { nodes: { id: string; role: string; user: { id: string; email: string } }[] } } }[] };
  }>(
    app,
    `{ me { memberships { organization { id name
        campaigns(first: 20) { nodes { id code type targetProfileId isArchived } }
        members(first: 50) { nodes { id role user { id email } } } } } } }`,
    {},
    member,
  );
  const organization = me.memberships.map((membership) => membership.organization).find((each) => each.name === MEMBER_ORGANIZATION);
  if (!organization) throw new Error(`${MEMBER_EMAIL} is not a member of ${MEMBER_ORGANIZATION}`);
  const campaign = organization.campaigns.nodes.find((each) => each.type === 'ASSESSMENT' && each.targetProfileId && !each.isArchived);
  if (!campaign) throw new Error(`no open assessment campaign in ${MEMBER_ORGANIZATION}`);
  const colleague = organization.members.nodes.find((each) => each.user.email !== MEMBER_EMAIL && each.role === 'MEMBER');
  if (!colleague) throw new Error(`no MEMBER colleague in ${MEMBER_ORGANIZATION}`);

  const { targetProfile } = await graphql<{ targetProfile: { areas: { competences: { skills: { id: string }[] }[] }[] } }>(
    app,
    'query($id: ID!) { targetProfile(id: $id) { areas { competences { skills { id } } } } }',
    { id: campaign.targetProfileId },
    member,
  );
  const skillId = targetProfile.areas[0]?.competences[0]?.skills[0]?.id;
  if (!skillId) throw new Error('the campaign profile has no skill');

  // A running participation of the member (the engine's valid target), and a pending invitation.
  const { startParticipation } = await graphql<{ startParticipation: { id: string } }>(
    app,
    'mutation($code: String!) { startParticipation(code: $code, participantExternalId: "hostile-1") { id } }',
    { code: campaign.code },
    member,
  );
  const { inviteMembers } = await graphql<{ inviteMembers: { id: string }[] }>(
    app,
    'mutation($id: ID!, $emails: [String!]!) { inviteMembers(organizationId: $id, emails: $emails, role: MEMBER) { id } }',
    { id: organization.id, emails: [INVITEE] },
    member,
  );
  const link = new URL(await invitationLinkFor(app, INVITEE));

  const { networks } = await graphql<{ networks: { id: string }[] }>(app, '{ networks { id } }', {}, support);
  const { organizationCreationRequests } = await graphql<{ organizationCreationRequests: { nodes: { id: string }[] } }>(
    app,
    '{ organizationCreationRequests(status: PENDING, first: 5) { nodes { id } } }',
    {},
    support,
  );
  const creationRequestId = organizationCreationRequests.nodes[0]?.id;
  if (!creationRequestId || !networks[0]) throw new Error('the demo has no network or no pending creation request');

  return {
    organizationId: organization.id,
    campaignId: campaign.id,
    campaignCode: campaign.code,
    targetProfileId: campaign.targetProfileId!,
    participationId: startParticipation.id,
    skillId,
    membershipId: colleague.id,
    invitationId: inviteMembers[0]!.id,
    invitationCode: link.searchParams.get('code')!,
    networkId: networks[0].id,
    creationRequestId,
    userId: colleague.user.id,
  };
}

/**
 * The valid value of each argument the payload is not in: real ids of the demo by operation, by
 * argument name otherwise; `undefined` lets the generator derive one from the type. Values that
 * must be unique (a sign-up's e-mail, a SIRET) are fresh at each call.
 */
export function validValues(fixtures: Fixtures): ValidValue {
  let sequence = 0;
  const fresh = () => `hostile.${Date.now().toString(36)}.${(sequence += 1)}@example.test`;
  const idByOperation: Record<string, string> = {
    campaign: fixtures.campaignId,
    updateCampaign: fixtures.campaignId,
    archiveCampaign: fixtures.campaignId,
    unarchiveCampaign: fixtures.campaignId,
    deleteCampaign: fixtures.campaignId,
    targetProfile: fixtures.targetProfileId,
    organization: fixtures.organizationId,
    updateOrganization: fixtures.organizationId,
    archiveOrganization: fixtures.organizationId,
    invitation: fixtures.invitationId,
    acceptInvitation: fixtures.invitationId,
    resendInvitation: fixtures.invitationId,
    cancelInvitation: fixtures.invitationId,
    network: fixtures.networkId,
    updateMembershipRole: fixtures.membershipId,
    removeMembership: fixtures.membershipId,
    approveOrganizationCreationRequest: fixtures.creationRequestId,
    rejectOrganizationCreationRequest: fixtures.creationRequestId,
  };
  const inputs: Record<string, () => unknown> = {
    createCampaign: () => ({ organizationId: fixtures.organizationId, type: new EnumValue('ASSESSMENT'), name: 'Campagne hostile', targetProfileId: fixtures.targetProfileId }),
    createOrganization: () => ({ name: 'Organisation hostile', type: new EnumValue('OTHER') }),
    requestOrganizationCreation: () => ({
      name: 'Demande hostile',
      type: new EnumValue('OTHER'),
      siret: siret(nextSiret()),
      directorName: 'Directrice Hostile',
      mandateStatement: 'Je certifie agir avec le mandat du directeur de la structure.',
    }),
    signUp: () => ({ email: fresh(), password: DEMO_PASSWORD, firstName: 'Hostile', lastName: 'Visiteur', acceptTermsOfService: true }),
  };
  const byName: Record<string, () => unknown> = {
    organizationId: () => fixtures.organizationId,
    campaignId: () => fixtures.campaignId,
    participationId: () => fixtures.participationId,
    userId: () => fixtures.userId,
    skillId: () => fixtures.skillId,
    password: () => DEMO_PASSWORD,
    email: () => LOGIN_TARGET,
    text: () => 'Bonjour **tout le monde**',
    reason: () => 'Hors du périmètre du service public de l’emploi.',
    emails: () => [INVITEE],
    refreshToken: () => 'not-a-refresh-token',
  };
  return (operation: string, path: string, type: GraphQLInputType) => {
    if (path === 'id' && idByOperation[operation]) return idByOperation[operation];
    if (path === 'code') return operation === 'invitation' || operation === 'acceptInvitation' ? fixtures.invitationCode : fixtures.campaignCode;
    if (path === 'input' && inputs[operation]) return inputs[operation]!();
    if (path.endsWith('.status') && operation === 'recordKnowledgeElements') return 'VALIDATED';
    const name = path.split(/[.[\]]/).filter(Boolean).pop()!;
    if (byName[name]) return byName[name]!();
    const named = getNamedType(type);
    if (isEnumType(named) && named.name === 'MembershipRole') return new EnumValue('MEMBER');
    return undefined;
  };
}

/** Operations support runs (named "Support:"/"SUPER_ADMIN:" in the SDL or known here). */
const SUPPORT_OPERATIONS = new Set([
  'users', 'organizations', 'organizationCreationRequests', 'mailOutbox', 'auditLog', 'campaignByCode', 'nationalStatistics', 'networks', 'network',
  'createOrganization', 'updateOrganization', 'archiveOrganization', 'approveOrganizationCreationRequest', 'rejectOrganizationCreationRequest',
  'setSupportRole', 'requeueMail', 'organization', 'campaign', 'targetProfile', 'targetProfiles',
]);
/** Operations every signed-in person may call, known to this suite (others are tried as support too). */
const KNOWN_OPERATIONS = new Set([
  'campaign', 'renderWelcomeText', 'campaignToJoin', 'myParticipations', 'referential', 'targetProfiles', 'targetProfile', 'me', 'organization', 'invitation',
  'createCampaign', 'updateCampaign', 'archiveCampaign', 'unarchiveCampaign', 'deleteCampaign', 'startParticipation', 'shareParticipationResults',
  'retryParticipation', 'resetParticipation', 'recordKnowledgeElements', 'login', 'signUp', 'refreshAccessToken', 'logout', 'acceptTermsOfService',
  'inviteMembers', 'resendInvitation', 'cancelInvitation', 'acceptInvitation', 'updateMembershipRole', 'removeMembership', 'leaveOrganization',
  'requestOrganizationCreation',
]);

export function principalsFor(operation: string, description: string | undefined | null): string[] {
  // Signing out as a principal would end the session the rest of the run relies on.
  if (operation === 'logout') return ['anonymous'];
  const principals = ['anonymous', 'member'];
  if (SUPPORT_OPERATIONS.has(operation) || /^(Support|SUPER_ADMIN)\b/.test(description ?? '') || !KNOWN_OPERATIONS.has(operation)) principals.push('support');
  if (operation === 'recordKnowledgeElements') principals.push('engine');
  return principals;
}

let siretSequence = 0;
const nextSiret = () => (siretSequence += 1);

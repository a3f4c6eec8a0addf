/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CampaignFilter = {
  /** "Mes campagnes": those you own. */
  mine?: boolean | null | undefined;
  name?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  /** ACTIVE (default tab) or ARCHIVED; absent: both. */
  status?: CampaignStatus | null | undefined;
};

export type CampaignStatus =
  | 'ACTIVE'
  | 'ARCHIVED';

/** ASSESSMENT evaluates a target profile; PROFILES_COLLECTION collects the whole Pix profile. */
export type CampaignType =
  | 'ASSESSMENT'
  | 'PROFILES_COLLECTION';

export type CreateCampaignInput = {
  /** "Souhaitez-vous demander un identifiant ?": its label. */
  externalIdLabel?: string | null | undefined;
  /** STRING by default when a label is given. */
  externalIdType?: ExternalIdType | null | undefined;
  multipleSendings?: boolean | null | undefined;
  name: string;
  organizationId: string | number;
  /** A member of the organisation; the creator by default. */
  ownerId?: string | number | null | undefined;
  /** "Que souhaitez-vous tester ?": required for ASSESSMENT. */
  targetProfileId?: string | number | null | undefined;
  /** "Titre du parcours" (ASSESSMENT only). */
  title?: string | null | undefined;
  type: CampaignType;
  /** "Texte de la page d'accueil". */
  welcomeText?: string | null | undefined;
};

/** Fields of an organisation; SIRET is checked (14 digits, Luhn key). */
export type CreateOrganizationInput = {
  city?: string | null | undefined;
  department?: string | null | undefined;
  documentationUrl?: string | null | undefined;
  externalId?: string | null | undefined;
  isCertificationCenter?: boolean | null | undefined;
  name: string;
  networkId?: string | number | null | undefined;
  /** One level only (e.g. a France Travail regional direction over its agencies). */
  parentId?: string | number | null | undefined;
  postalCode?: string | null | undefined;
  region?: string | null | undefined;
  siret?: string | null | undefined;
  street?: string | null | undefined;
  type: OrganizationType;
};

export type CreatePartnerClientInput = {
  contactEmail?: string | null | undefined;
  /** And/or to these departments (a structure in either list is in scope). */
  departments?: Array<string> | null | undefined;
  /** At most a year from now; default: a year from now. */
  expiresAt?: string | null | undefined;
  name: string;
  networkId: string | number;
  /** Limit the client to these regions (as the structures' addresses spell them). */
  regions?: Array<string> | null | undefined;
  scopes: Array<PartnerScope>;
};

/** How the custom identifier is checked. */
export type ExternalIdType =
  | 'EMAIL'
  | 'STRING';

export type GrantNetworkAccessInput = {
  departments?: Array<string> | null | undefined;
  networkId: string | number;
  regions?: Array<string> | null | undefined;
  userId: string | number;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'PENDING';

/** ADMIN manages the team; both run campaigns. */
export type MembershipRole =
  | 'ADMIN'
  | 'MEMBER';

/** Narrows a network's structures; every part given must match. */
export type NetworkOrganizationsFilter = {
  /** true: archived only; false: active only; null: both. */
  archived?: boolean | null | undefined;
  department?: string | null | undefined;
  /** As the structures' addresses spell it. */
  region?: string | null | undefined;
  /** Part of the name. */
  search?: string | null | undefined;
  type?: OrganizationType | null | undefined;
};

/** Narrows a network's figures to some of its structures. */
export type NetworkStatisticsFilter = {
  department?: string | null | undefined;
  /** An OrganizationType (MISSION_LOCALE, FRANCE_TRAVAIL…). */
  organizationType?: string | null | undefined;
  region?: string | null | undefined;
};

/** How a network's figures are broken down. */
export type NetworkStatisticsGroupBy =
  | 'DEPARTMENT'
  | 'ORGANIZATION'
  | 'ORGANIZATION_TYPE'
  | 'REGION';

export type OrganizationCreationRequestStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type OrganizationFilter = {
  /** true: archived only; false: active only; absent: both. */
  archived?: boolean | null | undefined;
  externalId?: string | null | undefined;
  /** Part of the name, any case. */
  name?: string | null | undefined;
  networkId?: string | number | null | undefined;
  type?: OrganizationType | null | undefined;
};

/** Kind of SPE structure. */
export type OrganizationType =
  | 'CAP_EMPLOI'
  | 'E2C'
  | 'EPIDE'
  | 'FRANCE_TRAVAIL'
  | 'MISSION_LOCALE'
  | 'OTHER';

/** PENDING: waiting (or retrying); SENDING: being sent (tried again if not SENT when its lease, nextAttemptAt, ends); SENT; FAILED: given up after the last retry (support can requeue it). */
export type OutboxMailStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENDING'
  | 'SENT';

export type ParticipationFilter = {
  /** Shared profiles collections only: certifiable or not. */
  certifiable?: boolean | null | undefined;
  /** Part of the last name, first name or identifier. */
  search?: string | null | undefined;
  status?: ParticipationStatus | null | undefined;
};

/** NAME: last name, first name; DATE: newest start first. */
export type ParticipationOrder =
  | 'DATE'
  | 'NAME';

/** STARTED (en cours de test), TO_SHARE (en attente), SHARED (résultats reçus). */
export type ParticipationStatus =
  | 'SHARED'
  | 'STARTED'
  | 'TO_SHARE';

/** What a partner client may read or do; on the wire of POST /oauth/token, the value in lower case with a colon (organizations:read). */
export type PartnerScope =
  /** Their campaigns. */
  | 'CAMPAIGNS_READ'
  /** The network's structures. */
  | 'ORGANIZATIONS_READ'
  /** The participant's name and the identifier the structure asked. */
  | 'RESULTS_IDENTITY'
  /** Shared results, with a pseudonymous participant id. */
  | 'RESULTS_READ'
  /** Its webhook endpoints. */
  | 'WEBHOOKS_MANAGE';

export type RequestOrganizationCreationInput = {
  city?: string | null | undefined;
  department?: string | null | undefined;
  directorName: string;
  /** e.g. "Je certifie agir avec le mandat du directeur de la structure." */
  mandateStatement: string;
  name: string;
  networkId?: string | number | null | undefined;
  postalCode?: string | null | undefined;
  region?: string | null | undefined;
  siret: string;
  street?: string | null | undefined;
  type: OrganizationType;
};

export type RotatePartnerClientSecretInput = {
  id: string | number;
  /** Hours the current secrets keep working (0 to 168, default 24; 0 after a leak). */
  overlapHours?: number | null | undefined;
};

export type SignUpInput = {
  acceptTermsOfService?: boolean;
  email: string;
  firstName: string;
  lastName: string;
  /** At least 8 characters with an upper-case letter, a lower-case letter and a digit (broken rules: minLength, maxLength, lowercase, uppercase, digit). */
  password: string;
};

/** Role of a support agent: SUPER_ADMIN (everything), SUPPORT, METIER, CERTIF (read-only eligibility). */
export type SupportRole =
  | 'CERTIF'
  | 'METIER'
  | 'SUPER_ADMIN'
  | 'SUPPORT';

export type TargetProfileCategory =
  /** Every skill of one competence. */
  | 'COMPETENCE'
  /** Any other profile. */
  | 'OTHER'
  /** The Pix emploi profiles of the guide (Diagnostic initial, Parcours CléA numérique). */
  | 'PIX_EMPLOI';

/** Only the fields given change; null clears an optional field. */
export type UpdateCampaignInput = {
  externalIdLabel?: string | null | undefined;
  externalIdType?: ExternalIdType | null | undefined;
  multipleSendings?: boolean | null | undefined;
  name?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  title?: string | null | undefined;
  welcomeText?: string | null | undefined;
};

/** Only the fields given change. */
export type UpdateOrganizationInput = {
  city?: string | null | undefined;
  department?: string | null | undefined;
  documentationUrl?: string | null | undefined;
  externalId?: string | null | undefined;
  isCertificationCenter?: boolean | null | undefined;
  name?: string | null | undefined;
  networkId?: string | number | null | undefined;
  /** One level only (e.g. a France Travail regional direction over its agencies). */
  parentId?: string | number | null | undefined;
  postalCode?: string | null | undefined;
  region?: string | null | undefined;
  siret?: string | null | undefined;
  street?: string | null | undefined;
  type?: OrganizationType | null | undefined;
};

export type SessionUserFieldsFragment = { id: string, email: string, firstName: string, lastName: string, supportRole: SupportRole | null, hasAcceptedTermsOfService: boolean };

export type AuthPayloadFieldsFragment = { accessToken: string, expiresAt: string, refreshToken: string, user: { id: string, email: string, firstName: string, lastName: string, supportRole: SupportRole | null, hasAcceptedTermsOfService: boolean } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { accessToken: string, expiresAt: string, refreshToken: string, user: { id: string, email: string, firstName: string, lastName: string, supportRole: SupportRole | null, hasAcceptedTermsOfService: boolean } } };

export type RefreshMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshMutation = { refreshAccessToken: { accessToken: string, expiresAt: string, refreshToken: string, user: { id: string, email: string, firstName: string, lastName: string, supportRole: SupportRole | null, hasAcceptedTermsOfService: boolean } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { accessToken: string, expiresAt: string, refreshToken: string, user: { id: string, email: string, firstName: string, lastName: string, supportRole: SupportRole | null, hasAcceptedTermsOfService: boolean } } };

export type AcceptTermsOfServiceMutationVariables = Exact<{ [key: string]: never; }>;


export type AcceptTermsOfServiceMutation = { acceptTermsOfService: { id: string, email: string, firstName: string, lastName: string, supportRole: SupportRole | null, hasAcceptedTermsOfService: boolean } };

export type CampaignFieldsFragment = { id: string, name: string, code: string, type: CampaignType, title: string | null, welcomeText: string | null, welcomeTextHtml: string | null, externalIdLabel: string | null, externalIdType: ExternalIdType | null, multipleSendings: boolean, targetProfileId: string | null, createdAt: string, archivedAt: string | null, isArchived: boolean, url: string, participantsCount: number, sharedParticipationsCount: number, hasParticipations: boolean, owner: { id: string, firstName: string, lastName: string }, organization: { id: string } };

export type CampaignsQueryVariables = Exact<{
  organizationId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: CampaignFilter | null | undefined;
}>;


export type CampaignsQuery = { organization: { id: string, campaigns: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, name: string, code: string, type: CampaignType, title: string | null, welcomeText: string | null, welcomeTextHtml: string | null, externalIdLabel: string | null, externalIdType: ExternalIdType | null, multipleSendings: boolean, targetProfileId: string | null, createdAt: string, archivedAt: string | null, isArchived: boolean, url: string, participantsCount: number, sharedParticipationsCount: number, hasParticipations: boolean, owner: { id: string, firstName: string, lastName: string }, organization: { id: string } }> } } };

export type CampaignQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignQuery = { campaign: { id: string, name: string, code: string, type: CampaignType, title: string | null, welcomeText: string | null, welcomeTextHtml: string | null, externalIdLabel: string | null, externalIdType: ExternalIdType | null, multipleSendings: boolean, targetProfileId: string | null, createdAt: string, archivedAt: string | null, isArchived: boolean, url: string, participantsCount: number, sharedParticipationsCount: number, hasParticipations: boolean, owner: { id: string, firstName: string, lastName: string }, organization: { id: string } } };

export type CreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CreateCampaignMutation = { createCampaign: { id: string, name: string, code: string, type: CampaignType, title: string | null, welcomeText: string | null, welcomeTextHtml: string | null, externalIdLabel: string | null, externalIdType: ExternalIdType | null, multipleSendings: boolean, targetProfileId: string | null, createdAt: string, archivedAt: string | null, isArchived: boolean, url: string, participantsCount: number, sharedParticipationsCount: number, hasParticipations: boolean, owner: { id: string, firstName: string, lastName: string }, organization: { id: string } } };

export type UpdateCampaignMutationVariables = Exact<{
  id: string | number;
  input: UpdateCampaignInput;
}>;


export type UpdateCampaignMutation = { updateCampaign: { id: string, name: string, code: string, type: CampaignType, title: string | null, welcomeText: string | null, welcomeTextHtml: string | null, externalIdLabel: string | null, externalIdType: ExternalIdType | null, multipleSendings: boolean, targetProfileId: string | null, createdAt: string, archivedAt: string | null, isArchived: boolean, url: string, participantsCount: number, sharedParticipationsCount: number, hasParticipations: boolean, owner: { id: string, firstName: string, lastName: string }, organization: { id: string } } };

export type ArchiveCampaignMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveCampaignMutation = { archiveCampaign: { id: string, name: string, code: string, type: CampaignType, title: string | null, welcomeText: string | null, welcomeTextHtml: string | null, externalIdLabel: string | null, externalIdType: ExternalIdType | null, multipleSendings: boolean, targetProfileId: string | null, createdAt: string, archivedAt: string | null, isArchived: boolean, url: string, participantsCount: number, sharedParticipationsCount: number, hasParticipations: boolean, owner: { id: string, firstName: string, lastName: string }, organization: { id: string } } };

export type UnarchiveCampaignMutationVariables = Exact<{
  id: string | number;
}>;


export type UnarchiveCampaignMutation = { unarchiveCampaign: { id: string, name: string, code: string, type: CampaignType, title: string | null, welcomeText: string | null, welcomeTextHtml: string | null, externalIdLabel: string | null, externalIdType: ExternalIdType | null, multipleSendings: boolean, targetProfileId: string | null, createdAt: string, archivedAt: string | null, isArchived: boolean, url: string, participantsCount: number, sharedParticipationsCount: number, hasParticipations: boolean, owner: { id: string, firstName: string, lastName: string }, organization: { id: string } } };

export type RenderWelcomeTextQueryVariables = Exact<{
  text: string;
}>;


export type RenderWelcomeTextQuery = { renderWelcomeText: string };

export type TargetProfilesQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type TargetProfilesQuery = { targetProfiles: { nodes: Array<{ id: string, name: string, description: string | null, category: TargetProfileCategory }> } };

export type TargetProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type TargetProfileQuery = { targetProfile: { id: string, name: string } };

export type OrganizationMembersQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type OrganizationMembersQuery = { organization: { id: string, members: { nodes: Array<{ user: { id: string, firstName: string, lastName: string } }> } } };

export type MyCreationRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCreationRequestsQuery = { me: { id: string, organizationCreationRequests: Array<{ id: string, name: string, status: OrganizationCreationRequestStatus, rejectionReason: string | null, createdAt: string, joinPath: string | null, organization: { id: string, name: string } | null }> } | null };

export type RequestOrganizationCreationMutationVariables = Exact<{
  input: RequestOrganizationCreationInput;
}>;


export type RequestOrganizationCreationMutation = { requestOrganizationCreation: { id: string, name: string, status: OrganizationCreationRequestStatus } };

export type CreationRequestNetworksQueryVariables = Exact<{ [key: string]: never; }>;


export type CreationRequestNetworksQuery = { networks: Array<{ id: string, name: string }> };

export type StatisticsFieldsFragment = { startedCount: number, toShareCount: number, sharedCount: number, participationsCount: number, shareRate: number, resultBands: Array<{ key: string, below: number | null, upTo: number | null, advice: string, message: string, count: number }> };

export type OrganizationStatisticsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationStatisticsQuery = { organization: { id: string, documentationUrl: string, statistics: { startedCount: number, toShareCount: number, sharedCount: number, participationsCount: number, shareRate: number, resultBands: Array<{ key: string, below: number | null, upTo: number | null, advice: string, message: string, count: number }> } } };

export type NationalStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type NationalStatisticsQuery = { nationalStatistics: { startedCount: number, toShareCount: number, sharedCount: number, participationsCount: number, shareRate: number, resultBands: Array<{ key: string, below: number | null, upTo: number | null, advice: string, message: string, count: number }> } };

export type InvitationPreviewQueryVariables = Exact<{
  id: string | number;
  code: string;
}>;


export type InvitationPreviewQuery = { invitation: { id: string, organizationName: string, maskedEmail: string, status: InvitationStatus, isExpired: boolean } };

export type AcceptInvitationMutationVariables = Exact<{
  id: string | number;
  code: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { id: string, role: MembershipRole, organization: { id: string, name: string } } };

export type MyNetworkAccessesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNetworkAccessesQuery = { me: { id: string, networkAccesses: Array<{ id: string, networkId: string, regions: Array<string>, departments: Array<string> }> } | null };

export type NetworkStatisticsQueryVariables = Exact<{
  id: string | number;
  groupBy: NetworkStatisticsGroupBy;
}>;


export type NetworkStatisticsQuery = { network: { id: string, code: string, name: string, statistics: { total: { startedCount: number, toShareCount: number, sharedCount: number, participationsCount: number, shareRate: number, resultBands: Array<{ key: string, below: number | null, upTo: number | null, advice: string, message: string, count: number }> }, groups: Array<{ key: string, label: string, structures: number, statistics: { startedCount: number, toShareCount: number, sharedCount: number, participationsCount: number, shareRate: number, resultBands: Array<{ key: string, below: number | null, upTo: number | null, advice: string, message: string, count: number }> } }> } } };

export type NetworkStructuresQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
  filter?: NetworkOrganizationsFilter | null | undefined;
  statisticsFilter?: NetworkStatisticsFilter | null | undefined;
}>;


export type NetworkStructuresQuery = { network: { id: string, organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, type: OrganizationType, city: string | null, department: string | null, region: string | null, isArchived: boolean }> }, statistics: { groups: Array<{ key: string, label: string, structures: number, statistics: { startedCount: number, toShareCount: number, sharedCount: number, participationsCount: number, shareRate: number } }> } } };

export type MyMembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMembershipsQuery = { me: { id: string, memberships: Array<{ role: MembershipRole, organization: { id: string, name: string, type: OrganizationType } }> } | null };

export type CampaignProfileBadgesQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignProfileBadgesQuery = { campaign: { id: string, targetProfile: { id: string, badges: Array<{ key: string, title: string }> } | null } };

export type CampaignParticipationsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  orderBy: ParticipationOrder;
  filter?: ParticipationFilter | null | undefined;
}>;


export type CampaignParticipationsQuery = { campaign: { id: string, participations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, status: ParticipationStatus, participantFirstName: string | null, participantLastName: string | null, participantExternalId: string | null, startedAt: string, sharedAt: string | null, sharedParticipationId: string | null, masteryRate: number | null, isCertifiable: boolean | null, badges: Array<{ key: string, title: string }> | null }> } } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type MyParticipationFieldsFragment = { id: string, status: ParticipationStatus, progress: number | null, sharedAt: string | null, masteryRate: number | null, pixScore: number | null, isCertifiable: boolean | null, competenceResults: Array<{ competenceId: string, masteryRate: number }> | null, badges: Array<{ key: string, title: string }> | null };

export type CampaignToJoinQueryVariables = Exact<{
  code: string;
}>;


export type CampaignToJoinQuery = { campaignToJoin: { campaignId: string, code: string, type: CampaignType, title: string | null, welcomeTextHtml: string | null, externalIdLabel: string | null, externalIdType: ExternalIdType | null, organizationName: string, isJoinable: boolean, isArchived: boolean, canRetry: boolean, canReset: boolean, retryAvailableAt: string | null, myParticipation: { id: string, status: ParticipationStatus, progress: number | null, sharedAt: string | null, masteryRate: number | null, pixScore: number | null, isCertifiable: boolean | null, competenceResults: Array<{ competenceId: string, masteryRate: number }> | null, badges: Array<{ key: string, title: string }> | null } | null, mySharedResult: { id: string, status: ParticipationStatus, progress: number | null, sharedAt: string | null, masteryRate: number | null, pixScore: number | null, isCertifiable: boolean | null, competenceResults: Array<{ competenceId: string, masteryRate: number }> | null, badges: Array<{ key: string, title: string }> | null } | null, myResultBand: { key: string, message: string } | null } };

export type StartParticipationMutationVariables = Exact<{
  code: string;
  participantExternalId?: string | null | undefined;
}>;


export type StartParticipationMutation = { startParticipation: { id: string, status: ParticipationStatus, progress: number | null, sharedAt: string | null, masteryRate: number | null, pixScore: number | null, isCertifiable: boolean | null, competenceResults: Array<{ competenceId: string, masteryRate: number }> | null, badges: Array<{ key: string, title: string }> | null } };

export type ShareParticipationResultsMutationVariables = Exact<{
  id: string | number;
}>;


export type ShareParticipationResultsMutation = { shareParticipationResults: { id: string, status: ParticipationStatus, progress: number | null, sharedAt: string | null, masteryRate: number | null, pixScore: number | null, isCertifiable: boolean | null, competenceResults: Array<{ competenceId: string, masteryRate: number }> | null, badges: Array<{ key: string, title: string }> | null } };

export type RetryParticipationMutationVariables = Exact<{
  campaignId: string | number;
}>;


export type RetryParticipationMutation = { retryParticipation: { id: string, status: ParticipationStatus, progress: number | null, sharedAt: string | null, masteryRate: number | null, pixScore: number | null, isCertifiable: boolean | null, competenceResults: Array<{ competenceId: string, masteryRate: number }> | null, badges: Array<{ key: string, title: string }> | null } };

export type ResetParticipationMutationVariables = Exact<{
  campaignId: string | number;
}>;


export type ResetParticipationMutation = { resetParticipation: { id: string, status: ParticipationStatus, progress: number | null, sharedAt: string | null, masteryRate: number | null, pixScore: number | null, isCertifiable: boolean | null, competenceResults: Array<{ competenceId: string, masteryRate: number }> | null, badges: Array<{ key: string, title: string }> | null } };

export type ReferentialQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferentialQuery = { referential: Array<{ competences: Array<{ id: string, code: string, name: string }> }> };

export type ParticipantSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type ParticipantSignUpMutation = { signUp: { accessToken: string } };

export type CollectiveResultsQueryVariables = Exact<{
  id: string | number;
}>;


export type CollectiveResultsQuery = { campaign: { id: string, type: CampaignType, sharedParticipationsCount: number, certifiableParticipantsCount: number | null, collectiveResults: Array<{ competenceId: string, competenceCode: string | null, competenceName: string | null, averageMasteryRate: number, averageValidatedSkillsCount: number, totalSkillsCount: number, participantsCount: number }>, collectiveLevels: Array<{ competenceId: string, competenceCode: string | null, competenceName: string | null, averageLevel: number, averagePixScore: number, participantsCount: number }>, resultBands: Array<{ key: string, below: number | null, upTo: number | null, advice: string, message: string, count: number }> } };

export type ParticipationResultsQueryVariables = Exact<{
  campaignId: string | number;
  id: string | number;
}>;


export type ParticipationResultsQuery = { campaign: { id: string, name: string, type: CampaignType, externalIdLabel: string | null, resultBands: Array<{ key: string, below: number | null, upTo: number | null, advice: string, message: string }>, participation: { id: string, status: ParticipationStatus, participantFirstName: string | null, participantLastName: string | null, participantExternalId: string | null, startedAt: string, sharedAt: string | null, progress: number | null, masteryRate: number | null, validatedSkillsCount: number | null, testedSkillsCount: number | null, pixScore: number | null, isCertifiable: boolean | null, competenceResults: Array<{ competenceId: string, validatedSkillsCount: number, totalSkillsCount: number, masteryRate: number }> | null, competenceLevels: Array<{ competenceId: string, level: number, pixScore: number }> | null, badges: Array<{ key: string, title: string }> | null, sendings: Array<{ id: string, status: ParticipationStatus, startedAt: string, sharedAt: string | null, masteryRate: number | null, pixScore: number | null }> } }, referential: Array<{ id: string, code: string, title: string, competences: Array<{ id: string, code: string, name: string }> }> };

export type CampaignByCodeQueryVariables = Exact<{
  code: string;
}>;


export type CampaignByCodeQuery = { campaignByCode: { id: string, name: string, code: string, type: CampaignType, title: string | null, isArchived: boolean, createdAt: string, url: string, participantsCount: number, sharedParticipationsCount: number, organization: { id: string, name: string }, owner: { firstName: string, lastName: string, email: string } } | null };

export type SupportOrganizationFieldsFragment = { id: string, name: string, type: OrganizationType, externalId: string | null, siret: string | null, street: string | null, postalCode: string | null, city: string | null, department: string | null, region: string | null, documentationUrl: string, isCertificationCenter: boolean, createdAt: string, archivedAt: string | null, isArchived: boolean, network: { id: string, name: string } | null, parent: { id: string, name: string } | null };

export type SupportOrganizationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrganizationFilter | null | undefined;
}>;


export type SupportOrganizationsQuery = { organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, type: OrganizationType, externalId: string | null, siret: string | null, street: string | null, postalCode: string | null, city: string | null, department: string | null, region: string | null, documentationUrl: string, isCertificationCenter: boolean, createdAt: string, archivedAt: string | null, isArchived: boolean, network: { id: string, name: string } | null, parent: { id: string, name: string } | null }> } };

export type SupportOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type SupportOrganizationQuery = { organization: { id: string, name: string, type: OrganizationType, externalId: string | null, siret: string | null, street: string | null, postalCode: string | null, city: string | null, department: string | null, region: string | null, documentationUrl: string, isCertificationCenter: boolean, createdAt: string, archivedAt: string | null, isArchived: boolean, network: { id: string, name: string } | null, parent: { id: string, name: string } | null } };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { id: string, name: string, type: OrganizationType, externalId: string | null, siret: string | null, street: string | null, postalCode: string | null, city: string | null, department: string | null, region: string | null, documentationUrl: string, isCertificationCenter: boolean, createdAt: string, archivedAt: string | null, isArchived: boolean, network: { id: string, name: string } | null, parent: { id: string, name: string } | null } };

export type UpdateOrganizationMutationVariables = Exact<{
  id: string | number;
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { id: string, name: string, type: OrganizationType, externalId: string | null, siret: string | null, street: string | null, postalCode: string | null, city: string | null, department: string | null, region: string | null, documentationUrl: string, isCertificationCenter: boolean, createdAt: string, archivedAt: string | null, isArchived: boolean, network: { id: string, name: string } | null, parent: { id: string, name: string } | null } };

export type ArchiveOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveOrganizationMutation = { archiveOrganization: { id: string, isArchived: boolean, archivedAt: string | null } };

export type NetworksQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworksQuery = { networks: Array<{ id: string, code: string, name: string }> };

export type CreationRequestsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: OrganizationCreationRequestStatus | null | undefined;
}>;


export type CreationRequestsQuery = { organizationCreationRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, type: OrganizationType, siret: string, street: string | null, postalCode: string | null, city: string | null, department: string | null, region: string | null, directorName: string, mandateStatement: string, status: OrganizationCreationRequestStatus, rejectionReason: string | null, createdAt: string, processedAt: string | null, requester: { id: string, firstName: string, lastName: string, email: string }, network: { id: string, name: string } | null, organization: { id: string, name: string } | null }> } };

export type ApproveCreationRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveCreationRequestMutation = { approveOrganizationCreationRequest: { id: string, status: OrganizationCreationRequestStatus, organization: { id: string, name: string } | null } };

export type RequeueMailMutationVariables = Exact<{
  id: string | number;
}>;


export type RequeueMailMutation = { requeueMail: { id: string, status: OutboxMailStatus, attempts: number, lastError: string | null, nextAttemptAt: string } };

export type RejectCreationRequestMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectCreationRequestMutation = { rejectOrganizationCreationRequest: { id: string, status: OrganizationCreationRequestStatus, rejectionReason: string | null } };

export type SupportUsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type SupportUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, email: string, firstName: string, lastName: string, supportRole: SupportRole | null, hasAcceptedTermsOfService: boolean, createdAt: string, memberships: Array<{ id: string, role: MembershipRole, organization: { id: string, name: string, isArchived: boolean } }>, participations: Array<{ id: string, status: ParticipationStatus, startedAt: string, campaign: { id: string, name: string, code: string, organization: { id: string, name: string } } | null }> | null }> } };

export type SetSupportRoleMutationVariables = Exact<{
  userId: string | number;
  role?: SupportRole | null | undefined;
}>;


export type SetSupportRoleMutation = { setSupportRole: { id: string, supportRole: SupportRole | null } };

export type MailOutboxQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: OutboxMailStatus | null | undefined;
  recipient?: string | null | undefined;
}>;


export type MailOutboxQuery = { mailOutbox: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, recipient: string, subject: string, template: string, status: OutboxMailStatus, attempts: number, lastError: string | null, textBody: string, createdAt: string, nextAttemptAt: string, sentAt: string | null, invitation: { id: string, status: InvitationStatus, isExpired: boolean } | null }> } };

export type PartnerClientFieldsFragment = { id: string, clientId: string, name: string, regions: Array<string>, departments: Array<string>, scopes: Array<PartnerScope>, contactEmail: string | null, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, lastUsedIp: string | null, createdAt: string, network: { id: string, code: string, name: string } };

export type PartnerClientsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  networkId?: string | number | null | undefined;
}>;


export type PartnerClientsQuery = { partnerClients: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, clientId: string, name: string, regions: Array<string>, departments: Array<string>, scopes: Array<PartnerScope>, contactEmail: string | null, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, lastUsedIp: string | null, createdAt: string, network: { id: string, code: string, name: string } }> } };

export type CreatePartnerClientMutationVariables = Exact<{
  input: CreatePartnerClientInput;
}>;


export type CreatePartnerClientMutation = { createPartnerClient: { clientSecret: string, client: { id: string, clientId: string, name: string, regions: Array<string>, departments: Array<string>, scopes: Array<PartnerScope>, contactEmail: string | null, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, lastUsedIp: string | null, createdAt: string, network: { id: string, code: string, name: string } } } };

export type RotatePartnerClientSecretMutationVariables = Exact<{
  input: RotatePartnerClientSecretInput;
}>;


export type RotatePartnerClientSecretMutation = { rotatePartnerClientSecret: { clientSecret: string, client: { id: string, clientId: string, name: string, regions: Array<string>, departments: Array<string>, scopes: Array<PartnerScope>, contactEmail: string | null, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, lastUsedIp: string | null, createdAt: string, network: { id: string, code: string, name: string } } } };

export type RevokePartnerClientMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokePartnerClientMutation = { revokePartnerClient: { id: string, clientId: string, name: string, regions: Array<string>, departments: Array<string>, scopes: Array<PartnerScope>, contactEmail: string | null, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, lastUsedIp: string | null, createdAt: string, network: { id: string, code: string, name: string } } };

export type AuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  targetId?: string | number | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, actorRole: string, action: string, targetType: string, targetId: string, targetLabel: string | null, changedFields: Array<string>, before: Record<string, unknown> | null, after: Record<string, unknown> | null, createdAt: string, actor: { id: string, firstName: string, lastName: string, email: string } | null, organization: { id: string, name: string } | null, person: { id: string, firstName: string, lastName: string, email: string } | null }> } };

export type PersonByEmailQueryVariables = Exact<{
  email: string;
}>;


export type PersonByEmailQuery = { users: { nodes: Array<{ id: string, firstName: string, lastName: string, email: string, certificationEligibility: { isCertifiable: boolean, certifiableCompetencesCount: number, requiredCompetencesCount: number, missingCompetencesCount: number, complementary: Array<{ key: string, label: string, isEligible: boolean }> } | null }> } };

export type NetworkAccessFieldsFragment = { id: string, userId: string, networkId: string, regions: Array<string>, departments: Array<string>, grantedAt: string };

export type NetworkAccessesQueryVariables = Exact<{
  networkId: string | number;
}>;


export type NetworkAccessesQuery = { networkAccesses: Array<{ id: string, userId: string, networkId: string, regions: Array<string>, departments: Array<string>, grantedAt: string }> };

export type NetworkAccessPeopleQueryVariables = Exact<{
  search: string;
}>;


export type NetworkAccessPeopleQuery = { users: { nodes: Array<{ id: string, email: string, firstName: string, lastName: string, networkAccesses: Array<{ id: string, userId: string, networkId: string, regions: Array<string>, departments: Array<string>, grantedAt: string }> }> } };

export type GrantNetworkAccessMutationVariables = Exact<{
  input: GrantNetworkAccessInput;
}>;


export type GrantNetworkAccessMutation = { grantNetworkAccess: { id: string, userId: string, networkId: string, regions: Array<string>, departments: Array<string>, grantedAt: string } };

export type RevokeNetworkAccessMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeNetworkAccessMutation = { revokeNetworkAccess: { id: string, revokedAt: string | null } };

export type SupportOrganizationActivityQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type SupportOrganizationActivityQuery = { organization: { id: string, statistics: { participationsCount: number, sharedCount: number, shareRate: number }, campaigns: { totalCount: number, nodes: Array<{ id: string, name: string, code: string, isArchived: boolean, participantsCount: number, sharedParticipationsCount: number }> } } };

export type TeamQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type TeamQuery = { organization: { id: string, name: string, isArchived: boolean, viewerRole: MembershipRole | null, members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, role: MembershipRole, createdAt: string, user: { id: string, firstName: string, lastName: string, email: string } }> }, invitations: Array<{ id: string, email: string, role: MembershipRole | null, isExpired: boolean, createdAt: string, updatedAt: string, expiresAt: string }> } };

export type InviteMembersMutationVariables = Exact<{
  organizationId: string | number;
  emails: Array<string> | string;
  role?: MembershipRole | null | undefined;
}>;


export type InviteMembersMutation = { inviteMembers: Array<{ id: string, email: string }> };

export type ResendInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendInvitationMutation = { resendInvitation: { id: string, updatedAt: string, expiresAt: string } };

export type CancelInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelInvitationMutation = { cancelInvitation: { id: string, status: InvitationStatus } };

export type UpdateMembershipRoleMutationVariables = Exact<{
  id: string | number;
  role: MembershipRole;
}>;


export type UpdateMembershipRoleMutation = { updateMembershipRole: { id: string, role: MembershipRole } };

export type RemoveMembershipMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveMembershipMutation = { removeMembership: { id: string } };

export type LeaveOrganizationMutationVariables = Exact<{
  organizationId: string | number;
}>;


export type LeaveOrganizationMutation = { leaveOrganization: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SessionUserFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionUserFields on User {
  id
  email
  firstName
  lastName
  supportRole
  hasAcceptedTermsOfService
}
    `, {"fragmentName":"SessionUserFields"}) as unknown as TypedDocumentString<SessionUserFieldsFragment, unknown>;
export const AuthPayloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuthPayloadFields on AuthPayload {
  accessToken
  expiresAt
  refreshToken
  user {
    ...SessionUserFields
  }
}
    fragment SessionUserFields on User {
  id
  email
  firstName
  lastName
  supportRole
  hasAcceptedTermsOfService
}`, {"fragmentName":"AuthPayloadFields"}) as unknown as TypedDocumentString<AuthPayloadFieldsFragment, unknown>;
export const CampaignFieldsFragmentDoc = new TypedDocumentString(`
    fragment CampaignFields on Campaign {
  id
  name
  code
  type
  title
  welcomeText
  welcomeTextHtml
  externalIdLabel
  externalIdType
  multipleSendings
  targetProfileId
  createdAt
  archivedAt
  isArchived
  url
  participantsCount
  sharedParticipationsCount
  hasParticipations
  owner {
    id
    firstName
    lastName
  }
  organization {
    id
  }
}
    `, {"fragmentName":"CampaignFields"}) as unknown as TypedDocumentString<CampaignFieldsFragment, unknown>;
export const StatisticsFieldsFragmentDoc = new TypedDocumentString(`
    fragment StatisticsFields on OrganizationStatistics {
  startedCount
  toShareCount
  sharedCount
  participationsCount
  shareRate
  resultBands {
    key
    below
    upTo
    advice
    message
    count
  }
}
    `, {"fragmentName":"StatisticsFields"}) as unknown as TypedDocumentString<StatisticsFieldsFragment, unknown>;
export const MyParticipationFieldsFragmentDoc = new TypedDocumentString(`
    fragment MyParticipationFields on CampaignParticipation {
  id
  status
  progress
  sharedAt
  masteryRate
  pixScore
  isCertifiable
  competenceResults {
    competenceId
    masteryRate
  }
  badges {
    key
    title
  }
}
    `, {"fragmentName":"MyParticipationFields"}) as unknown as TypedDocumentString<MyParticipationFieldsFragment, unknown>;
export const SupportOrganizationFieldsFragmentDoc = new TypedDocumentString(`
    fragment SupportOrganizationFields on Organization {
  id
  name
  type
  externalId
  siret
  street
  postalCode
  city
  department
  region
  documentationUrl
  isCertificationCenter
  createdAt
  archivedAt
  isArchived
  network {
    id
    name
  }
  parent {
    id
    name
  }
}
    `, {"fragmentName":"SupportOrganizationFields"}) as unknown as TypedDocumentString<SupportOrganizationFieldsFragment, unknown>;
export const PartnerClientFieldsFragmentDoc = new TypedDocumentString(`
    fragment PartnerClientFields on PartnerClient {
  id
  clientId
  name
  network {
    id
    code
    name
  }
  regions
  departments
  scopes
  contactEmail
  expiresAt
  revokedAt
  lastUsedAt
  lastUsedIp
  createdAt
}
    `, {"fragmentName":"PartnerClientFields"}) as unknown as TypedDocumentString<PartnerClientFieldsFragment, unknown>;
export const NetworkAccessFieldsFragmentDoc = new TypedDocumentString(`
    fragment NetworkAccessFields on NetworkAccess {
  id
  userId
  networkId
  regions
  departments
  grantedAt
}
    `, {"fragmentName":"NetworkAccessFields"}) as unknown as TypedDocumentString<NetworkAccessFieldsFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    ...AuthPayloadFields
  }
}
    fragment SessionUserFields on User {
  id
  email
  firstName
  lastName
  supportRole
  hasAcceptedTermsOfService
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  expiresAt
  refreshToken
  user {
    ...SessionUserFields
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshDocument = new TypedDocumentString(`
    mutation Refresh($refreshToken: String!) {
  refreshAccessToken(refreshToken: $refreshToken) {
    ...AuthPayloadFields
  }
}
    fragment SessionUserFields on User {
  id
  email
  firstName
  lastName
  supportRole
  hasAcceptedTermsOfService
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  expiresAt
  refreshToken
  user {
    ...SessionUserFields
  }
}`) as unknown as TypedDocumentString<RefreshMutation, RefreshMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    ...AuthPayloadFields
  }
}
    fragment SessionUserFields on User {
  id
  email
  firstName
  lastName
  supportRole
  hasAcceptedTermsOfService
}
fragment AuthPayloadFields on AuthPayload {
  accessToken
  expiresAt
  refreshToken
  user {
    ...SessionUserFields
  }
}`) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const AcceptTermsOfServiceDocument = new TypedDocumentString(`
    mutation AcceptTermsOfService {
  acceptTermsOfService {
    ...SessionUserFields
  }
}
    fragment SessionUserFields on User {
  id
  email
  firstName
  lastName
  supportRole
  hasAcceptedTermsOfService
}`) as unknown as TypedDocumentString<AcceptTermsOfServiceMutation, AcceptTermsOfServiceMutationVariables>;
export const CampaignsDocument = new TypedDocumentString(`
    query Campaigns($organizationId: ID!, $first: Int, $after: String, $last: Int, $before: String, $filter: CampaignFilter) {
  organization(id: $organizationId) {
    id
    campaigns(
      first: $first
      after: $after
      last: $last
      before: $before
      filter: $filter
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...CampaignFields
      }
    }
  }
}
    fragment CampaignFields on Campaign {
  id
  name
  code
  type
  title
  welcomeText
  welcomeTextHtml
  externalIdLabel
  externalIdType
  multipleSendings
  targetProfileId
  createdAt
  archivedAt
  isArchived
  url
  participantsCount
  sharedParticipationsCount
  hasParticipations
  owner {
    id
    firstName
    lastName
  }
  organization {
    id
  }
}`) as unknown as TypedDocumentString<CampaignsQuery, CampaignsQueryVariables>;
export const CampaignDocument = new TypedDocumentString(`
    query Campaign($id: ID!) {
  campaign(id: $id) {
    ...CampaignFields
  }
}
    fragment CampaignFields on Campaign {
  id
  name
  code
  type
  title
  welcomeText
  welcomeTextHtml
  externalIdLabel
  externalIdType
  multipleSendings
  targetProfileId
  createdAt
  archivedAt
  isArchived
  url
  participantsCount
  sharedParticipationsCount
  hasParticipations
  owner {
    id
    firstName
    lastName
  }
  organization {
    id
  }
}`) as unknown as TypedDocumentString<CampaignQuery, CampaignQueryVariables>;
export const CreateCampaignDocument = new TypedDocumentString(`
    mutation CreateCampaign($input: CreateCampaignInput!) {
  createCampaign(input: $input) {
    ...CampaignFields
  }
}
    fragment CampaignFields on Campaign {
  id
  name
  code
  type
  title
  welcomeText
  welcomeTextHtml
  externalIdLabel
  externalIdType
  multipleSendings
  targetProfileId
  createdAt
  archivedAt
  isArchived
  url
  participantsCount
  sharedParticipationsCount
  hasParticipations
  owner {
    id
    firstName
    lastName
  }
  organization {
    id
  }
}`) as unknown as TypedDocumentString<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const UpdateCampaignDocument = new TypedDocumentString(`
    mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {
  updateCampaign(id: $id, input: $input) {
    ...CampaignFields
  }
}
    fragment CampaignFields on Campaign {
  id
  name
  code
  type
  title
  welcomeText
  welcomeTextHtml
  externalIdLabel
  externalIdType
  multipleSendings
  targetProfileId
  createdAt
  archivedAt
  isArchived
  url
  participantsCount
  sharedParticipationsCount
  hasParticipations
  owner {
    id
    firstName
    lastName
  }
  organization {
    id
  }
}`) as unknown as TypedDocumentString<UpdateCampaignMutation, UpdateCampaignMutationVariables>;
export const ArchiveCampaignDocument = new TypedDocumentString(`
    mutation ArchiveCampaign($id: ID!) {
  archiveCampaign(id: $id) {
    ...CampaignFields
  }
}
    fragment CampaignFields on Campaign {
  id
  name
  code
  type
  title
  welcomeText
  welcomeTextHtml
  externalIdLabel
  externalIdType
  multipleSendings
  targetProfileId
  createdAt
  archivedAt
  isArchived
  url
  participantsCount
  sharedParticipationsCount
  hasParticipations
  owner {
    id
    firstName
    lastName
  }
  organization {
    id
  }
}`) as unknown as TypedDocumentString<ArchiveCampaignMutation, ArchiveCampaignMutationVariables>;
export const UnarchiveCampaignDocument = new TypedDocumentString(`
    mutation UnarchiveCampaign($id: ID!) {
  unarchiveCampaign(id: $id) {
    ...CampaignFields
  }
}
    fragment CampaignFields on Campaign {
  id
  name
  code
  type
  title
  welcomeText
  welcomeTextHtml
  externalIdLabel
  externalIdType
  multipleSendings
  targetProfileId
  createdAt
  archivedAt
  isArchived
  url
  participantsCount
  sharedParticipationsCount
  hasParticipations
  owner {
    id
    firstName
    lastName
  }
  organization {
    id
  }
}`) as unknown as TypedDocumentString<UnarchiveCampaignMutation, UnarchiveCampaignMutationVariables>;
export const RenderWelcomeTextDocument = new TypedDocumentString(`
    query RenderWelcomeText($text: String!) {
  renderWelcomeText(text: $text)
}
    `) as unknown as TypedDocumentString<RenderWelcomeTextQuery, RenderWelcomeTextQueryVariables>;
export const TargetProfilesDocument = new TypedDocumentString(`
    query TargetProfiles($organizationId: ID!) {
  targetProfiles(organizationId: $organizationId, first: 100) {
    nodes {
      id
      name
      description
      category
    }
  }
}
    `) as unknown as TypedDocumentString<TargetProfilesQuery, TargetProfilesQueryVariables>;
export const TargetProfileDocument = new TypedDocumentString(`
    query TargetProfile($id: ID!) {
  targetProfile(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<TargetProfileQuery, TargetProfileQueryVariables>;
export const OrganizationMembersDocument = new TypedDocumentString(`
    query OrganizationMembers($organizationId: ID!) {
  organization(id: $organizationId) {
    id
    members(first: 100) {
      nodes {
        user {
          id
          firstName
          lastName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationMembersQuery, OrganizationMembersQueryVariables>;
export const MyCreationRequestsDocument = new TypedDocumentString(`
    query MyCreationRequests {
  me {
    id
    organizationCreationRequests {
      id
      name
      status
      rejectionReason
      createdAt
      joinPath
      organization {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyCreationRequestsQuery, MyCreationRequestsQueryVariables>;
export const RequestOrganizationCreationDocument = new TypedDocumentString(`
    mutation RequestOrganizationCreation($input: RequestOrganizationCreationInput!) {
  requestOrganizationCreation(input: $input) {
    id
    name
    status
  }
}
    `) as unknown as TypedDocumentString<RequestOrganizationCreationMutation, RequestOrganizationCreationMutationVariables>;
export const CreationRequestNetworksDocument = new TypedDocumentString(`
    query CreationRequestNetworks {
  networks {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreationRequestNetworksQuery, CreationRequestNetworksQueryVariables>;
export const OrganizationStatisticsDocument = new TypedDocumentString(`
    query OrganizationStatistics($id: ID!) {
  organization(id: $id) {
    id
    documentationUrl
    statistics {
      ...StatisticsFields
    }
  }
}
    fragment StatisticsFields on OrganizationStatistics {
  startedCount
  toShareCount
  sharedCount
  participationsCount
  shareRate
  resultBands {
    key
    below
    upTo
    advice
    message
    count
  }
}`) as unknown as TypedDocumentString<OrganizationStatisticsQuery, OrganizationStatisticsQueryVariables>;
export const NationalStatisticsDocument = new TypedDocumentString(`
    query NationalStatistics {
  nationalStatistics {
    ...StatisticsFields
  }
}
    fragment StatisticsFields on OrganizationStatistics {
  startedCount
  toShareCount
  sharedCount
  participationsCount
  shareRate
  resultBands {
    key
    below
    upTo
    advice
    message
    count
  }
}`) as unknown as TypedDocumentString<NationalStatisticsQuery, NationalStatisticsQueryVariables>;
export const InvitationPreviewDocument = new TypedDocumentString(`
    query InvitationPreview($id: ID!, $code: String!) {
  invitation(id: $id, code: $code) {
    id
    organizationName
    maskedEmail
    status
    isExpired
  }
}
    `) as unknown as TypedDocumentString<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($id: ID!, $code: String!) {
  acceptInvitation(id: $id, code: $code) {
    id
    role
    organization {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const MyNetworkAccessesDocument = new TypedDocumentString(`
    query MyNetworkAccesses {
  me {
    id
    networkAccesses {
      id
      networkId
      regions
      departments
    }
  }
}
    `) as unknown as TypedDocumentString<MyNetworkAccessesQuery, MyNetworkAccessesQueryVariables>;
export const NetworkStatisticsDocument = new TypedDocumentString(`
    query NetworkStatistics($id: ID!, $groupBy: NetworkStatisticsGroupBy!) {
  network(id: $id) {
    id
    code
    name
    statistics(groupBy: $groupBy) {
      total {
        ...StatisticsFields
      }
      groups {
        key
        label
        structures
        statistics {
          ...StatisticsFields
        }
      }
    }
  }
}
    fragment StatisticsFields on OrganizationStatistics {
  startedCount
  toShareCount
  sharedCount
  participationsCount
  shareRate
  resultBands {
    key
    below
    upTo
    advice
    message
    count
  }
}`) as unknown as TypedDocumentString<NetworkStatisticsQuery, NetworkStatisticsQueryVariables>;
export const NetworkStructuresDocument = new TypedDocumentString(`
    query NetworkStructures($id: ID!, $first: Int!, $after: String, $filter: NetworkOrganizationsFilter, $statisticsFilter: NetworkStatisticsFilter) {
  network(id: $id) {
    id
    organizations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        type
        city
        department
        region
        isArchived
      }
    }
    statistics(groupBy: ORGANIZATION, filter: $statisticsFilter) {
      groups {
        key
        label
        structures
        statistics {
          startedCount
          toShareCount
          sharedCount
          participationsCount
          shareRate
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkStructuresQuery, NetworkStructuresQueryVariables>;
export const MyMembershipsDocument = new TypedDocumentString(`
    query MyMemberships {
  me {
    id
    memberships {
      role
      organization {
        id
        name
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyMembershipsQuery, MyMembershipsQueryVariables>;
export const CampaignProfileBadgesDocument = new TypedDocumentString(`
    query CampaignProfileBadges($id: ID!) {
  campaign(id: $id) {
    id
    targetProfile {
      id
      badges {
        key
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignProfileBadgesQuery, CampaignProfileBadgesQueryVariables>;
export const CampaignParticipationsDocument = new TypedDocumentString(`
    query CampaignParticipations($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: ParticipationOrder!, $filter: ParticipationFilter) {
  campaign(id: $id) {
    id
    participations(
      first: $first
      after: $after
      last: $last
      before: $before
      orderBy: $orderBy
      filter: $filter
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        status
        participantFirstName
        participantLastName
        participantExternalId
        startedAt
        sharedAt
        sharedParticipationId
        masteryRate
        isCertifiable
        badges {
          key
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignParticipationsQuery, CampaignParticipationsQueryVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const CampaignToJoinDocument = new TypedDocumentString(`
    query CampaignToJoin($code: String!) {
  campaignToJoin(code: $code) {
    campaignId
    code
    type
    title
    welcomeTextHtml
    externalIdLabel
    externalIdType
    organizationName
    isJoinable
    isArchived
    canRetry
    canReset
    retryAvailableAt
    myParticipation {
      ...MyParticipationFields
    }
    mySharedResult {
      ...MyParticipationFields
    }
    myResultBand {
      key
      message
    }
  }
}
    fragment MyParticipationFields on CampaignParticipation {
  id
  status
  progress
  sharedAt
  masteryRate
  pixScore
  isCertifiable
  competenceResults {
    competenceId
    masteryRate
  }
  badges {
    key
    title
  }
}`) as unknown as TypedDocumentString<CampaignToJoinQuery, CampaignToJoinQueryVariables>;
export const StartParticipationDocument = new TypedDocumentString(`
    mutation StartParticipation($code: String!, $participantExternalId: String) {
  startParticipation(code: $code, participantExternalId: $participantExternalId) {
    ...MyParticipationFields
  }
}
    fragment MyParticipationFields on CampaignParticipation {
  id
  status
  progress
  sharedAt
  masteryRate
  pixScore
  isCertifiable
  competenceResults {
    competenceId
    masteryRate
  }
  badges {
    key
    title
  }
}`) as unknown as TypedDocumentString<StartParticipationMutation, StartParticipationMutationVariables>;
export const ShareParticipationResultsDocument = new TypedDocumentString(`
    mutation ShareParticipationResults($id: ID!) {
  shareParticipationResults(participationId: $id) {
    ...MyParticipationFields
  }
}
    fragment MyParticipationFields on CampaignParticipation {
  id
  status
  progress
  sharedAt
  masteryRate
  pixScore
  isCertifiable
  competenceResults {
    competenceId
    masteryRate
  }
  badges {
    key
    title
  }
}`) as unknown as TypedDocumentString<ShareParticipationResultsMutation, ShareParticipationResultsMutationVariables>;
export const RetryParticipationDocument = new TypedDocumentString(`
    mutation RetryParticipation($campaignId: ID!) {
  retryParticipation(campaignId: $campaignId) {
    ...MyParticipationFields
  }
}
    fragment MyParticipationFields on CampaignParticipation {
  id
  status
  progress
  sharedAt
  masteryRate
  pixScore
  isCertifiable
  competenceResults {
    competenceId
    masteryRate
  }
  badges {
    key
    title
  }
}`) as unknown as TypedDocumentString<RetryParticipationMutation, RetryParticipationMutationVariables>;
export const ResetParticipationDocument = new TypedDocumentString(`
    mutation ResetParticipation($campaignId: ID!) {
  resetParticipation(campaignId: $campaignId) {
    ...MyParticipationFields
  }
}
    fragment MyParticipationFields on CampaignParticipation {
  id
  status
  progress
  sharedAt
  masteryRate
  pixScore
  isCertifiable
  competenceResults {
    competenceId
    masteryRate
  }
  badges {
    key
    title
  }
}`) as unknown as TypedDocumentString<ResetParticipationMutation, ResetParticipationMutationVariables>;
export const ReferentialDocument = new TypedDocumentString(`
    query Referential {
  referential {
    competences {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReferentialQuery, ReferentialQueryVariables>;
export const ParticipantSignUpDocument = new TypedDocumentString(`
    mutation ParticipantSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<ParticipantSignUpMutation, ParticipantSignUpMutationVariables>;
export const CollectiveResultsDocument = new TypedDocumentString(`
    query CollectiveResults($id: ID!) {
  campaign(id: $id) {
    id
    type
    sharedParticipationsCount
    certifiableParticipantsCount
    collectiveResults {
      competenceId
      competenceCode
      competenceName
      averageMasteryRate
      averageValidatedSkillsCount
      totalSkillsCount
      participantsCount
    }
    collectiveLevels {
      competenceId
      competenceCode
      competenceName
      averageLevel
      averagePixScore
      participantsCount
    }
    resultBands {
      key
      below
      upTo
      advice
      message
      count
    }
  }
}
    `) as unknown as TypedDocumentString<CollectiveResultsQuery, CollectiveResultsQueryVariables>;
export const ParticipationResultsDocument = new TypedDocumentString(`
    query ParticipationResults($campaignId: ID!, $id: ID!) {
  campaign(id: $campaignId) {
    id
    name
    type
    externalIdLabel
    resultBands {
      key
      below
      upTo
      advice
      message
    }
    participation(id: $id) {
      id
      status
      participantFirstName
      participantLastName
      participantExternalId
      startedAt
      sharedAt
      progress
      masteryRate
      validatedSkillsCount
      testedSkillsCount
      pixScore
      isCertifiable
      competenceResults {
        competenceId
        validatedSkillsCount
        totalSkillsCount
        masteryRate
      }
      competenceLevels {
        competenceId
        level
        pixScore
      }
      badges {
        key
        title
      }
      sendings {
        id
        status
        startedAt
        sharedAt
        masteryRate
        pixScore
      }
    }
  }
  referential {
    id
    code
    title
    competences {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ParticipationResultsQuery, ParticipationResultsQueryVariables>;
export const CampaignByCodeDocument = new TypedDocumentString(`
    query CampaignByCode($code: String!) {
  campaignByCode(code: $code) {
    id
    name
    code
    type
    title
    isArchived
    createdAt
    url
    participantsCount
    sharedParticipationsCount
    organization {
      id
      name
    }
    owner {
      firstName
      lastName
      email
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignByCodeQuery, CampaignByCodeQueryVariables>;
export const SupportOrganizationsDocument = new TypedDocumentString(`
    query SupportOrganizations($first: Int, $after: String, $filter: OrganizationFilter) {
  organizations(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...SupportOrganizationFields
    }
  }
}
    fragment SupportOrganizationFields on Organization {
  id
  name
  type
  externalId
  siret
  street
  postalCode
  city
  department
  region
  documentationUrl
  isCertificationCenter
  createdAt
  archivedAt
  isArchived
  network {
    id
    name
  }
  parent {
    id
    name
  }
}`) as unknown as TypedDocumentString<SupportOrganizationsQuery, SupportOrganizationsQueryVariables>;
export const SupportOrganizationDocument = new TypedDocumentString(`
    query SupportOrganization($id: ID!) {
  organization(id: $id) {
    ...SupportOrganizationFields
  }
}
    fragment SupportOrganizationFields on Organization {
  id
  name
  type
  externalId
  siret
  street
  postalCode
  city
  department
  region
  documentationUrl
  isCertificationCenter
  createdAt
  archivedAt
  isArchived
  network {
    id
    name
  }
  parent {
    id
    name
  }
}`) as unknown as TypedDocumentString<SupportOrganizationQuery, SupportOrganizationQueryVariables>;
export const CreateOrganizationDocument = new TypedDocumentString(`
    mutation CreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    ...SupportOrganizationFields
  }
}
    fragment SupportOrganizationFields on Organization {
  id
  name
  type
  externalId
  siret
  street
  postalCode
  city
  department
  region
  documentationUrl
  isCertificationCenter
  createdAt
  archivedAt
  isArchived
  network {
    id
    name
  }
  parent {
    id
    name
  }
}`) as unknown as TypedDocumentString<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = new TypedDocumentString(`
    mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {
  updateOrganization(id: $id, input: $input) {
    ...SupportOrganizationFields
  }
}
    fragment SupportOrganizationFields on Organization {
  id
  name
  type
  externalId
  siret
  street
  postalCode
  city
  department
  region
  documentationUrl
  isCertificationCenter
  createdAt
  archivedAt
  isArchived
  network {
    id
    name
  }
  parent {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const ArchiveOrganizationDocument = new TypedDocumentString(`
    mutation ArchiveOrganization($id: ID!) {
  archiveOrganization(id: $id) {
    id
    isArchived
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<ArchiveOrganizationMutation, ArchiveOrganizationMutationVariables>;
export const NetworksDocument = new TypedDocumentString(`
    query Networks {
  networks {
    id
    code
    name
  }
}
    `) as unknown as TypedDocumentString<NetworksQuery, NetworksQueryVariables>;
export const CreationRequestsDocument = new TypedDocumentString(`
    query CreationRequests($first: Int, $after: String, $status: OrganizationCreationRequestStatus) {
  organizationCreationRequests(first: $first, after: $after, status: $status) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      type
      siret
      street
      postalCode
      city
      department
      region
      directorName
      mandateStatement
      status
      rejectionReason
      createdAt
      processedAt
      requester {
        id
        firstName
        lastName
        email
      }
      network {
        id
        name
      }
      organization {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreationRequestsQuery, CreationRequestsQueryVariables>;
export const ApproveCreationRequestDocument = new TypedDocumentString(`
    mutation ApproveCreationRequest($id: ID!) {
  approveOrganizationCreationRequest(id: $id) {
    id
    status
    organization {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ApproveCreationRequestMutation, ApproveCreationRequestMutationVariables>;
export const RequeueMailDocument = new TypedDocumentString(`
    mutation RequeueMail($id: ID!) {
  requeueMail(id: $id) {
    id
    status
    attempts
    lastError
    nextAttemptAt
  }
}
    `) as unknown as TypedDocumentString<RequeueMailMutation, RequeueMailMutationVariables>;
export const RejectCreationRequestDocument = new TypedDocumentString(`
    mutation RejectCreationRequest($id: ID!, $reason: String!) {
  rejectOrganizationCreationRequest(id: $id, reason: $reason) {
    id
    status
    rejectionReason
  }
}
    `) as unknown as TypedDocumentString<RejectCreationRequestMutation, RejectCreationRequestMutationVariables>;
export const SupportUsersDocument = new TypedDocumentString(`
    query SupportUsers($first: Int, $after: String, $search: String) {
  users(first: $first, after: $after, search: $search) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      email
      firstName
      lastName
      supportRole
      hasAcceptedTermsOfService
      createdAt
      memberships {
        id
        role
        organization {
          id
          name
          isArchived
        }
      }
      participations {
        id
        status
        startedAt
        campaign {
          id
          name
          code
          organization {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupportUsersQuery, SupportUsersQueryVariables>;
export const SetSupportRoleDocument = new TypedDocumentString(`
    mutation SetSupportRole($userId: ID!, $role: SupportRole) {
  setSupportRole(userId: $userId, role: $role) {
    id
    supportRole
  }
}
    `) as unknown as TypedDocumentString<SetSupportRoleMutation, SetSupportRoleMutationVariables>;
export const MailOutboxDocument = new TypedDocumentString(`
    query MailOutbox($first: Int, $after: String, $status: OutboxMailStatus, $recipient: String) {
  mailOutbox(first: $first, after: $after, status: $status, recipient: $recipient) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      recipient
      subject
      template
      status
      attempts
      lastError
      textBody
      createdAt
      nextAttemptAt
      sentAt
      invitation {
        id
        status
        isExpired
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MailOutboxQuery, MailOutboxQueryVariables>;
export const PartnerClientsDocument = new TypedDocumentString(`
    query PartnerClients($first: Int, $after: String, $networkId: ID) {
  partnerClients(first: $first, after: $after, networkId: $networkId) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...PartnerClientFields
    }
  }
}
    fragment PartnerClientFields on PartnerClient {
  id
  clientId
  name
  network {
    id
    code
    name
  }
  regions
  departments
  scopes
  contactEmail
  expiresAt
  revokedAt
  lastUsedAt
  lastUsedIp
  createdAt
}`) as unknown as TypedDocumentString<PartnerClientsQuery, PartnerClientsQueryVariables>;
export const CreatePartnerClientDocument = new TypedDocumentString(`
    mutation CreatePartnerClient($input: CreatePartnerClientInput!) {
  createPartnerClient(input: $input) {
    clientSecret
    client {
      ...PartnerClientFields
    }
  }
}
    fragment PartnerClientFields on PartnerClient {
  id
  clientId
  name
  network {
    id
    code
    name
  }
  regions
  departments
  scopes
  contactEmail
  expiresAt
  revokedAt
  lastUsedAt
  lastUsedIp
  createdAt
}`) as unknown as TypedDocumentString<CreatePartnerClientMutation, CreatePartnerClientMutationVariables>;
export const RotatePartnerClientSecretDocument = new TypedDocumentString(`
    mutation RotatePartnerClientSecret($input: RotatePartnerClientSecretInput!) {
  rotatePartnerClientSecret(input: $input) {
    clientSecret
    client {
      ...PartnerClientFields
    }
  }
}
    fragment PartnerClientFields on PartnerClient {
  id
  clientId
  name
  network {
    id
    code
    name
  }
  regions
  departments
  scopes
  contactEmail
  expiresAt
  revokedAt
  lastUsedAt
  lastUsedIp
  createdAt
}`) as unknown as TypedDocumentString<RotatePartnerClientSecretMutation, RotatePartnerClientSecretMutationVariables>;
export const RevokePartnerClientDocument = new TypedDocumentString(`
    mutation RevokePartnerClient($id: ID!) {
  revokePartnerClient(id: $id) {
    ...PartnerClientFields
  }
}
    fragment PartnerClientFields on PartnerClient {
  id
  clientId
  name
  network {
    id
    code
    name
  }
  regions
  departments
  scopes
  contactEmail
  expiresAt
  revokedAt
  lastUsedAt
  lastUsedIp
  createdAt
}`) as unknown as TypedDocumentString<RevokePartnerClientMutation, RevokePartnerClientMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($first: Int, $after: String, $targetId: ID) {
  auditLog(first: $first, after: $after, targetId: $targetId) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      actorRole
      action
      targetType
      targetId
      targetLabel
      changedFields
      before
      after
      createdAt
      actor {
        id
        firstName
        lastName
        email
      }
      organization {
        id
        name
      }
      person {
        id
        firstName
        lastName
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const PersonByEmailDocument = new TypedDocumentString(`
    query PersonByEmail($email: String!) {
  users(search: $email, first: 1) {
    nodes {
      id
      firstName
      lastName
      email
      certificationEligibility {
        isCertifiable
        certifiableCompetencesCount
        requiredCompetencesCount
        missingCompetencesCount
        complementary {
          key
          label
          isEligible
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonByEmailQuery, PersonByEmailQueryVariables>;
export const NetworkAccessesDocument = new TypedDocumentString(`
    query NetworkAccesses($networkId: ID!) {
  networkAccesses(networkId: $networkId) {
    ...NetworkAccessFields
  }
}
    fragment NetworkAccessFields on NetworkAccess {
  id
  userId
  networkId
  regions
  departments
  grantedAt
}`) as unknown as TypedDocumentString<NetworkAccessesQuery, NetworkAccessesQueryVariables>;
export const NetworkAccessPeopleDocument = new TypedDocumentString(`
    query NetworkAccessPeople($search: String!) {
  users(search: $search, first: 10) {
    nodes {
      id
      email
      firstName
      lastName
      networkAccesses {
        ...NetworkAccessFields
      }
    }
  }
}
    fragment NetworkAccessFields on NetworkAccess {
  id
  userId
  networkId
  regions
  departments
  grantedAt
}`) as unknown as TypedDocumentString<NetworkAccessPeopleQuery, NetworkAccessPeopleQueryVariables>;
export const GrantNetworkAccessDocument = new TypedDocumentString(`
    mutation GrantNetworkAccess($input: GrantNetworkAccessInput!) {
  grantNetworkAccess(input: $input) {
    ...NetworkAccessFields
  }
}
    fragment NetworkAccessFields on NetworkAccess {
  id
  userId
  networkId
  regions
  departments
  grantedAt
}`) as unknown as TypedDocumentString<GrantNetworkAccessMutation, GrantNetworkAccessMutationVariables>;
export const RevokeNetworkAccessDocument = new TypedDocumentString(`
    mutation RevokeNetworkAccess($id: ID!) {
  revokeNetworkAccess(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeNetworkAccessMutation, RevokeNetworkAccessMutationVariables>;
export const SupportOrganizationActivityDocument = new TypedDocumentString(`
    query SupportOrganizationActivity($id: ID!, $first: Int) {
  organization(id: $id) {
    id
    statistics {
      participationsCount
      sharedCount
      shareRate
    }
    campaigns(first: $first) {
      totalCount
      nodes {
        id
        name
        code
        isArchived
        participantsCount
        sharedParticipationsCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupportOrganizationActivityQuery, SupportOrganizationActivityQueryVariables>;
export const TeamDocument = new TypedDocumentString(`
    query Team($id: ID!, $after: String) {
  organization(id: $id) {
    id
    name
    isArchived
    viewerRole
    members(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        role
        createdAt
        user {
          id
          firstName
          lastName
          email
        }
      }
    }
    invitations(status: PENDING) {
      id
      email
      role
      isExpired
      createdAt
      updatedAt
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<TeamQuery, TeamQueryVariables>;
export const InviteMembersDocument = new TypedDocumentString(`
    mutation InviteMembers($organizationId: ID!, $emails: [String!]!, $role: MembershipRole) {
  inviteMembers(organizationId: $organizationId, emails: $emails, role: $role) {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<InviteMembersMutation, InviteMembersMutationVariables>;
export const ResendInvitationDocument = new TypedDocumentString(`
    mutation ResendInvitation($id: ID!) {
  resendInvitation(id: $id) {
    id
    updatedAt
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const CancelInvitationDocument = new TypedDocumentString(`
    mutation CancelInvitation($id: ID!) {
  cancelInvitation(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelInvitationMutation, CancelInvitationMutationVariables>;
export const UpdateMembershipRoleDocument = new TypedDocumentString(`
    mutation UpdateMembershipRole($id: ID!, $role: MembershipRole!) {
  updateMembershipRole(id: $id, role: $role) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<UpdateMembershipRoleMutation, UpdateMembershipRoleMutationVariables>;
export const RemoveMembershipDocument = new TypedDocumentString(`
    mutation RemoveMembership($id: ID!) {
  removeMembership(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveMembershipMutation, RemoveMembershipMutationVariables>;
export const LeaveOrganizationDocument = new TypedDocumentString(`
    mutation LeaveOrganization($organizationId: ID!) {
  leaveOrganization(organizationId: $organizationId)
}
    `) as unknown as TypedDocumentString<LeaveOrganizationMutation, LeaveOrganizationMutationVariables>;
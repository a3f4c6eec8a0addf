/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionUserFields on User { id email firstName lastName supportRole hasAcceptedTermsOfService }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  fragment AuthPayloadFields on AuthPayload { accessToken expiresAt refreshToken user { ...SessionUserFields } }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { ...AuthPayloadFields } }\n": typeof types.LoginDocument,
    "\n  mutation Refresh($refreshToken: String!) { refreshAccessToken(refreshToken: $refreshToken) { ...AuthPayloadFields } }\n": typeof types.RefreshDocument,
    "\n  mutation Logout { logout }\n": typeof types.LogoutDocument,
    "\n  mutation SignUp($input: SignUpInput!) { signUp(input: $input) { ...AuthPayloadFields } }\n": typeof types.SignUpDocument,
    "\n  mutation AcceptTermsOfService { acceptTermsOfService { ...SessionUserFields } }\n": typeof types.AcceptTermsOfServiceDocument,
    "\n  fragment CampaignFields on Campaign {\n    id name code type title welcomeText welcomeTextHtml externalIdLabel externalIdType multipleSendings\n    targetProfileId createdAt archivedAt isArchived url participantsCount sharedParticipationsCount hasParticipations\n    owner { id firstName lastName } organization { id }\n  }\n": typeof types.CampaignFieldsFragmentDoc,
    "\n  query Campaigns($organizationId: ID!, $first: Int, $after: String, $last: Int, $before: String, $filter: CampaignFilter) {\n    organization(id: $organizationId) {\n      id\n      campaigns(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        nodes { ...CampaignFields }\n      }\n    }\n  }\n": typeof types.CampaignsDocument,
    "\n  query Campaign($id: ID!) { campaign(id: $id) { ...CampaignFields } }\n": typeof types.CampaignDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { ...CampaignFields } }\n": typeof types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { ...CampaignFields } }\n": typeof types.UpdateCampaignDocument,
    "\n  mutation ArchiveCampaign($id: ID!) { archiveCampaign(id: $id) { ...CampaignFields } }\n": typeof types.ArchiveCampaignDocument,
    "\n  mutation UnarchiveCampaign($id: ID!) { unarchiveCampaign(id: $id) { ...CampaignFields } }\n": typeof types.UnarchiveCampaignDocument,
    "\n  query RenderWelcomeText($text: String!) { renderWelcomeText(text: $text) }\n": typeof types.RenderWelcomeTextDocument,
    "\n  query TargetProfiles($organizationId: ID!) {\n    targetProfiles(organizationId: $organizationId, first: 100) { nodes { id name description category } }\n  }\n": typeof types.TargetProfilesDocument,
    "\n  query TargetProfile($id: ID!) { targetProfile(id: $id) { id name } }\n": typeof types.TargetProfileDocument,
    "\n  query OrganizationMembers($organizationId: ID!) {\n    organization(id: $organizationId) { id members(first: 100) { nodes { user { id firstName lastName } } } }\n  }\n": typeof types.OrganizationMembersDocument,
    "query MyCreationRequests {\n  me { id organizationCreationRequests { id name status rejectionReason createdAt joinPath organization { id name } } }\n}": typeof types.MyCreationRequestsDocument,
    "mutation RequestOrganizationCreation($input: RequestOrganizationCreationInput!) {\n  requestOrganizationCreation(input: $input) { id name status }\n}": typeof types.RequestOrganizationCreationDocument,
    "query CreationRequestNetworks { networks { id name } }": typeof types.CreationRequestNetworksDocument,
    "\n  fragment StatisticsFields on OrganizationStatistics {\n    startedCount toShareCount sharedCount participationsCount shareRate resultBands { key below upTo advice message count }\n  }\n": typeof types.StatisticsFieldsFragmentDoc,
    "\n  query OrganizationStatistics($id: ID!) { organization(id: $id) { id documentationUrl statistics { ...StatisticsFields } } }\n": typeof types.OrganizationStatisticsDocument,
    "\n  query NationalStatistics { nationalStatistics { ...StatisticsFields } }\n": typeof types.NationalStatisticsDocument,
    "\n  query InvitationPreview($id: ID!, $code: String!) {\n    invitation(id: $id, code: $code) { id organizationName maskedEmail status isExpired }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($id: ID!, $code: String!) {\n    acceptInvitation(id: $id, code: $code) { id role organization { id name } }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query MyNetworkAccesses { me { id networkAccesses { id networkId regions departments } } }\n": typeof types.MyNetworkAccessesDocument,
    "\n  query NetworkStatistics($id: ID!, $groupBy: NetworkStatisticsGroupBy!) {\n    network(id: $id) {\n      id code name\n      statistics(groupBy: $groupBy) {\n        total { ...StatisticsFields }\n        groups { key label structures statistics { ...StatisticsFields } }\n      }\n    }\n  }\n": typeof types.NetworkStatisticsDocument,
    "\n  query NetworkStructures($id: ID!, $first: Int!, $after: String, $filter: NetworkOrganizationsFilter, $statisticsFilter: NetworkStatisticsFilter) {\n    network(id: $id) {\n      id\n      organizations(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { id name type city department region isArchived }\n      }\n      statistics(groupBy: ORGANIZATION, filter: $statisticsFilter) {\n        groups { key label structures statistics { startedCount toShareCount sharedCount participationsCount shareRate } }\n      }\n    }\n  }\n": typeof types.NetworkStructuresDocument,
    "query MyMemberships { me { id memberships { role organization { id name type } } } }": typeof types.MyMembershipsDocument,
    "query CampaignProfileBadges($id: ID!) { campaign(id: $id) { id targetProfile { id badges { key title } } } }": typeof types.CampaignProfileBadgesDocument,
    "query CampaignParticipations($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: ParticipationOrder!, $filter: ParticipationFilter) {\n  campaign(id: $id) {\n    id\n    participations(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id status participantFirstName participantLastName participantExternalId startedAt sharedAt sharedParticipationId masteryRate isCertifiable badges { key title } }\n    }\n  }\n}": typeof types.CampaignParticipationsDocument,
    "mutation RequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }": typeof types.RequestPasswordResetDocument,
    "mutation ResetPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }": typeof types.ResetPasswordDocument,
    "\n  fragment MyParticipationFields on CampaignParticipation {\n    id status progress sharedAt masteryRate pixScore isCertifiable competenceResults { competenceId masteryRate } badges { key title }\n  }\n": typeof types.MyParticipationFieldsFragmentDoc,
    "\n  query CampaignToJoin($code: String!) {\n    campaignToJoin(code: $code) {\n      campaignId code type title welcomeTextHtml externalIdLabel externalIdType organizationName isJoinable isArchived\n      canRetry canReset retryAvailableAt\n      myParticipation { ...MyParticipationFields }\n      mySharedResult { ...MyParticipationFields }\n      myResultBand { key message }\n    }\n  }\n": typeof types.CampaignToJoinDocument,
    "\n  mutation StartParticipation($code: String!, $participantExternalId: String) {\n    startParticipation(code: $code, participantExternalId: $participantExternalId) { ...MyParticipationFields }\n  }\n": typeof types.StartParticipationDocument,
    "\n  mutation ShareParticipationResults($id: ID!) { shareParticipationResults(participationId: $id) { ...MyParticipationFields } }\n": typeof types.ShareParticipationResultsDocument,
    "\n  mutation RetryParticipation($campaignId: ID!) { retryParticipation(campaignId: $campaignId) { ...MyParticipationFields } }\n": typeof types.RetryParticipationDocument,
    "\n  mutation ResetParticipation($campaignId: ID!) { resetParticipation(campaignId: $campaignId) { ...MyParticipationFields } }\n": typeof types.ResetParticipationDocument,
    "\n  query Referential { referential { competences { id code name } } }\n": typeof types.ReferentialDocument,
    "\n  mutation ParticipantSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }\n": typeof types.ParticipantSignUpDocument,
    "query CollectiveResults($id: ID!) {\n  campaign(id: $id) {\n    id type sharedParticipationsCount certifiableParticipantsCount\n    collectiveResults { competenceId competenceCode competenceName averageMasteryRate averageValidatedSkillsCount totalSkillsCount participantsCount }\n    collectiveLevels { competenceId competenceCode competenceName averageLevel averagePixScore participantsCount }\n    resultBands { key below upTo advice message count }\n  }\n}": typeof types.CollectiveResultsDocument,
    "query ParticipationResults($campaignId: ID!, $id: ID!) {\n  campaign(id: $campaignId) {\n    id name type externalIdLabel\n    resultBands { key below upTo advice message }\n    participation(id: $id) {\n      id status participantFirstName participantLastName participantExternalId startedAt sharedAt progress\n      masteryRate validatedSkillsCount testedSkillsCount pixScore isCertifiable\n      competenceResults { competenceId validatedSkillsCount totalSkillsCount masteryRate }\n      competenceLevels { competenceId level pixScore }\n      badges { key title }\n      sendings { id status startedAt sharedAt masteryRate pixScore }\n    }\n  }\n  referential { id code title competences { id code name } }\n}": typeof types.ParticipationResultsDocument,
    "query CampaignByCode($code: String!) {\n  campaignByCode(code: $code) {\n    id name code type title isArchived createdAt url participantsCount sharedParticipationsCount\n    organization { id name } owner { firstName lastName email }\n  }\n}": typeof types.CampaignByCodeDocument,
    "\n  fragment SupportOrganizationFields on Organization {\n    id name type externalId siret street postalCode city department region documentationUrl isCertificationCenter createdAt archivedAt isArchived\n    network { id name } parent { id name }\n  }\n": typeof types.SupportOrganizationFieldsFragmentDoc,
    "\n  query SupportOrganizations($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount pageInfo { hasNextPage endCursor } nodes { ...SupportOrganizationFields }\n    }\n  }\n": typeof types.SupportOrganizationsDocument,
    "\n  query SupportOrganization($id: ID!) { organization(id: $id) { ...SupportOrganizationFields } }\n": typeof types.SupportOrganizationDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ...SupportOrganizationFields } }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { ...SupportOrganizationFields } }\n": typeof types.UpdateOrganizationDocument,
    "mutation ArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { id isArchived archivedAt } }": typeof types.ArchiveOrganizationDocument,
    "query Networks { networks { id code name } }": typeof types.NetworksDocument,
    "\n      query CreationRequests($first: Int, $after: String, $status: OrganizationCreationRequestStatus) {\n        organizationCreationRequests(first: $first, after: $after, status: $status) {\n          totalCount pageInfo { hasNextPage endCursor }\n          nodes {\n            id name type siret street postalCode city department region directorName mandateStatement status rejectionReason createdAt processedAt\n            requester { id firstName lastName email } network { id name } organization { id name }\n          }\n        }\n      }\n    ": typeof types.CreationRequestsDocument,
    "mutation ApproveCreationRequest($id: ID!) { approveOrganizationCreationRequest(id: $id) { id status organization { id name } } }": typeof types.ApproveCreationRequestDocument,
    "mutation RequeueMail($id: ID!) { requeueMail(id: $id) { id status attempts lastError nextAttemptAt } }": typeof types.RequeueMailDocument,
    "mutation RejectCreationRequest($id: ID!, $reason: String!) { rejectOrganizationCreationRequest(id: $id, reason: $reason) { id status rejectionReason } }": typeof types.RejectCreationRequestDocument,
    "\n      query SupportUsers($first: Int, $after: String, $search: String) {\n        users(first: $first, after: $after, search: $search) {\n          totalCount pageInfo { hasNextPage endCursor }\n          nodes {\n            id email firstName lastName supportRole hasAcceptedTermsOfService createdAt\n            memberships { id role organization { id name isArchived } }\n            participations { id status startedAt campaign { id name code organization { id name } } }\n          }\n        }\n      }\n    ": typeof types.SupportUsersDocument,
    "mutation SetSupportRole($userId: ID!, $role: SupportRole) { setSupportRole(userId: $userId, role: $role) { id supportRole } }": typeof types.SetSupportRoleDocument,
    "\n      query MailOutbox($first: Int, $after: String, $status: OutboxMailStatus, $recipient: String) {\n        mailOutbox(first: $first, after: $after, status: $status, recipient: $recipient) {\n          totalCount pageInfo { hasNextPage endCursor }\n          nodes { id recipient subject template status attempts lastError textBody createdAt nextAttemptAt sentAt invitation { id status isExpired } }\n        }\n      }\n    ": typeof types.MailOutboxDocument,
    "\n  fragment PartnerClientFields on PartnerClient {\n    id clientId name network { id code name } regions departments scopes contactEmail expiresAt revokedAt lastUsedAt lastUsedIp createdAt\n  }\n": typeof types.PartnerClientFieldsFragmentDoc,
    "\n      query PartnerClients($first: Int, $after: String, $networkId: ID) {\n        partnerClients(first: $first, after: $after, networkId: $networkId) {\n          totalCount pageInfo { hasNextPage endCursor } nodes { ...PartnerClientFields }\n        }\n      }\n    ": typeof types.PartnerClientsDocument,
    "\n  mutation CreatePartnerClient($input: CreatePartnerClientInput!) { createPartnerClient(input: $input) { clientSecret client { ...PartnerClientFields } } }\n": typeof types.CreatePartnerClientDocument,
    "\n  mutation RotatePartnerClientSecret($input: RotatePartnerClientSecretInput!) { rotatePartnerClientSecret(input: $input) { clientSecret client { ...PartnerClientFields } } }\n": typeof types.RotatePartnerClientSecretDocument,
    "mutation RevokePartnerClient($id: ID!) { revokePartnerClient(id: $id) { ...PartnerClientFields } }": typeof types.RevokePartnerClientDocument,
    "\n      query AuditLog($first: Int, $after: String, $targetId: ID) {\n        auditLog(first: $first, after: $after, targetId: $targetId) {\n          totalCount pageInfo { hasNextPage endCursor }\n          nodes {\n            id actorRole action targetType targetId targetLabel changedFields before after createdAt\n            actor { id firstName lastName email } organization { id name } person { id firstName lastName email }\n          }\n        }\n      }\n    ": typeof types.AuditLogDocument,
    "query PersonByEmail($email: String!) {\n  users(search: $email, first: 1) {\n    nodes {\n      id firstName lastName email\n      certificationEligibility { isCertifiable certifiableCompetencesCount requiredCompetencesCount missingCompetencesCount complementary { key label isEligible } }\n    }\n  }\n}": typeof types.PersonByEmailDocument,
    "\n  fragment NetworkAccessFields on NetworkAccess { id userId networkId regions departments grantedAt }\n": typeof types.NetworkAccessFieldsFragmentDoc,
    "\n  query NetworkAccesses($networkId: ID!) { networkAccesses(networkId: $networkId) { ...NetworkAccessFields } }\n": typeof types.NetworkAccessesDocument,
    "\n  query NetworkAccessPeople($search: String!) {\n    users(search: $search, first: 10) { nodes { id email firstName lastName networkAccesses { ...NetworkAccessFields } } }\n  }\n": typeof types.NetworkAccessPeopleDocument,
    "\n  mutation GrantNetworkAccess($input: GrantNetworkAccessInput!) { grantNetworkAccess(input: $input) { ...NetworkAccessFields } }\n": typeof types.GrantNetworkAccessDocument,
    "\n  mutation RevokeNetworkAccess($id: ID!) { revokeNetworkAccess(id: $id) { id revokedAt } }\n": typeof types.RevokeNetworkAccessDocument,
    "query SupportOrganizationActivity($id: ID!, $first: Int) {\n  organization(id: $id) {\n    id\n    statistics { participationsCount sharedCount shareRate }\n    campaigns(first: $first) { totalCount nodes { id name code isArchived participantsCount sharedParticipationsCount } }\n  }\n}": typeof types.SupportOrganizationActivityDocument,
    "query Team($id: ID!, $after: String) {\n  organization(id: $id) {\n    id name isArchived viewerRole\n    members(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id role createdAt user { id firstName lastName email } } }\n    invitations(status: PENDING) { id email role isExpired createdAt updatedAt expiresAt }\n  }\n}": typeof types.TeamDocument,
    "mutation InviteMembers($organizationId: ID!, $emails: [String!]!, $role: MembershipRole) {\n  inviteMembers(organizationId: $organizationId, emails: $emails, role: $role) { id email }\n}": typeof types.InviteMembersDocument,
    "mutation ResendInvitation($id: ID!) { resendInvitation(id: $id) { id updatedAt expiresAt } }": typeof types.ResendInvitationDocument,
    "mutation CancelInvitation($id: ID!) { cancelInvitation(id: $id) { id status } }": typeof types.CancelInvitationDocument,
    "mutation UpdateMembershipRole($id: ID!, $role: MembershipRole!) { updateMembershipRole(id: $id, role: $role) { id role } }": typeof types.UpdateMembershipRoleDocument,
    "mutation RemoveMembership($id: ID!) { removeMembership(id: $id) { id } }": typeof types.RemoveMembershipDocument,
    "mutation LeaveOrganization($organizationId: ID!) { leaveOrganization(organizationId: $organizationId) }": typeof types.LeaveOrganizationDocument,
};
const documents: Documents = {
    "\n  fragment SessionUserFields on User { id email firstName lastName supportRole hasAcceptedTermsOfService }\n": types.SessionUserFieldsFragmentDoc,
    "\n  fragment AuthPayloadFields on AuthPayload { accessToken expiresAt refreshToken user { ...SessionUserFields } }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { ...AuthPayloadFields } }\n": types.LoginDocument,
    "\n  mutation Refresh($refreshToken: String!) { refreshAccessToken(refreshToken: $refreshToken) { ...AuthPayloadFields } }\n": types.RefreshDocument,
    "\n  mutation Logout { logout }\n": types.LogoutDocument,
    "\n  mutation SignUp($input: SignUpInput!) { signUp(input: $input) { ...AuthPayloadFields } }\n": types.SignUpDocument,
    "\n  mutation AcceptTermsOfService { acceptTermsOfService { ...SessionUserFields } }\n": types.AcceptTermsOfServiceDocument,
    "\n  fragment CampaignFields on Campaign {\n    id name code type title welcomeText welcomeTextHtml externalIdLabel externalIdType multipleSendings\n    targetProfileId createdAt archivedAt isArchived url participantsCount sharedParticipationsCount hasParticipations\n    owner { id firstName lastName } organization { id }\n  }\n": types.CampaignFieldsFragmentDoc,
    "\n  query Campaigns($organizationId: ID!, $first: Int, $after: String, $last: Int, $before: String, $filter: CampaignFilter) {\n    organization(id: $organizationId) {\n      id\n      campaigns(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        nodes { ...CampaignFields }\n      }\n    }\n  }\n": types.CampaignsDocument,
    "\n  query Campaign($id: ID!) { campaign(id: $id) { ...CampaignFields } }\n": types.CampaignDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { ...CampaignFields } }\n": types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { ...CampaignFields } }\n": types.UpdateCampaignDocument,
    "\n  mutation ArchiveCampaign($id: ID!) { archiveCampaign(id: $id) { ...CampaignFields } }\n": types.ArchiveCampaignDocument,
    "\n  mutation UnarchiveCampaign($id: ID!) { unarchiveCampaign(id: $id) { ...CampaignFields } }\n": types.UnarchiveCampaignDocument,
    "\n  query RenderWelcomeText($text: String!) { renderWelcomeText(text: $text) }\n": types.RenderWelcomeTextDocument,
    "\n  query TargetProfiles($organizationId: ID!) {\n    targetProfiles(organizationId: $organizationId, first: 100) { nodes { id name description category } }\n  }\n": types.TargetProfilesDocument,
    "\n  query TargetProfile($id: ID!) { targetProfile(id: $id) { id name } }\n": types.TargetProfileDocument,
    "\n  query OrganizationMembers($organizationId: ID!) {\n    organization(id: $organizationId) { id members(first: 100) { nodes { user { id firstName lastName } } } }\n  }\n": types.OrganizationMembersDocument,
    "query MyCreationRequests {\n  me { id organizationCreationRequests { id name status rejectionReason createdAt joinPath organization { id name } } }\n}": types.MyCreationRequestsDocument,
    "mutation RequestOrganizationCreation($input: RequestOrganizationCreationInput!) {\n  requestOrganizationCreation(input: $input) { id name status }\n}": types.RequestOrganizationCreationDocument,
    "query CreationRequestNetworks { networks { id name } }": types.CreationRequestNetworksDocument,
    "\n  fragment StatisticsFields on OrganizationStatistics {\n    startedCount toShareCount sharedCount participationsCount shareRate resultBands { key below upTo advice message count }\n  }\n": types.StatisticsFieldsFragmentDoc,
    "\n  query OrganizationStatistics($id: ID!) { organization(id: $id) { id documentationUrl statistics { ...StatisticsFields } } }\n": types.OrganizationStatisticsDocument,
    "\n  query NationalStatistics { nationalStatistics { ...StatisticsFields } }\n": types.NationalStatisticsDocument,
    "\n  query InvitationPreview($id: ID!, $code: String!) {\n    invitation(id: $id, code: $code) { id organizationName maskedEmail status isExpired }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($id: ID!, $code: String!) {\n    acceptInvitation(id: $id, code: $code) { id role organization { id name } }\n  }\n": types.AcceptInvitationDocument,
    "\n  query MyNetworkAccesses { me { id networkAccesses { id networkId regions departments } } }\n": types.MyNetworkAccessesDocument,
    "\n  query NetworkStatistics($id: ID!, $groupBy: NetworkStatisticsGroupBy!) {\n    network(id: $id) {\n      id code name\n      statistics(groupBy: $groupBy) {\n        total { ...StatisticsFields }\n        groups { key label structures statistics { ...StatisticsFields } }\n      }\n    }\n  }\n": types.NetworkStatisticsDocument,
    "\n  query NetworkStructures($id: ID!, $first: Int!, $after: String, $filter: NetworkOrganizationsFilter, $statisticsFilter: NetworkStatisticsFilter) {\n    network(id: $id) {\n      id\n      organizations(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { id name type city department region isArchived }\n      }\n      statistics(groupBy: ORGANIZATION, filter: $statisticsFilter) {\n        groups { key label structures statistics { startedCount toShareCount sharedCount participationsCount shareRate } }\n      }\n    }\n  }\n": types.NetworkStructuresDocument,
    "query MyMemberships { me { id memberships { role organization { id name type } } } }": types.MyMembershipsDocument,
    "query CampaignProfileBadges($id: ID!) { campaign(id: $id) { id targetProfile { id badges { key title } } } }": types.CampaignProfileBadgesDocument,
    "query CampaignParticipations($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: ParticipationOrder!, $filter: ParticipationFilter) {\n  campaign(id: $id) {\n    id\n    participations(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id status participantFirstName participantLastName participantExternalId startedAt sharedAt sharedParticipationId masteryRate isCertifiable badges { key title } }\n    }\n  }\n}": types.CampaignParticipationsDocument,
    "mutation RequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }": types.RequestPasswordResetDocument,
    "mutation ResetPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }": types.ResetPasswordDocument,
    "\n  fragment MyParticipationFields on CampaignParticipation {\n    id status progress sharedAt masteryRate pixScore isCertifiable competenceResults { competenceId masteryRate } badges { key title }\n  }\n": types.MyParticipationFieldsFragmentDoc,
    "\n  query CampaignToJoin($code: String!) {\n    campaignToJoin(code: $code) {\n      campaignId code type title welcomeTextHtml externalIdLabel externalIdType organizationName isJoinable isArchived\n      canRetry canReset retryAvailableAt\n      myParticipation { ...MyParticipationFields }\n      mySharedResult { ...MyParticipationFields }\n      myResultBand { key message }\n    }\n  }\n": types.CampaignToJoinDocument,
    "\n  mutation StartParticipation($code: String!, $participantExternalId: String) {\n    startParticipation(code: $code, participantExternalId: $participantExternalId) { ...MyParticipationFields }\n  }\n": types.StartParticipationDocument,
    "\n  mutation ShareParticipationResults($id: ID!) { shareParticipationResults(participationId: $id) { ...MyParticipationFields } }\n": types.ShareParticipationResultsDocument,
    "\n  mutation RetryParticipation($campaignId: ID!) { retryParticipation(campaignId: $campaignId) { ...MyParticipationFields } }\n": types.RetryParticipationDocument,
    "\n  mutation ResetParticipation($campaignId: ID!) { resetParticipation(campaignId: $campaignId) { ...MyParticipationFields } }\n": types.ResetParticipationDocument,
    "\n  query Referential { referential { competences { id code name } } }\n": types.ReferentialDocument,
    "\n  mutation ParticipantSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }\n": types.ParticipantSignUpDocument,
    "query CollectiveResults($id: ID!) {\n  campaign(id: $id) {\n    id type sharedParticipationsCount certifiableParticipantsCount\n    collectiveResults { competenceId competenceCode competenceName averageMasteryRate averageValidatedSkillsCount totalSkillsCount participantsCount }\n    collectiveLevels { competenceId competenceCode competenceName averageLevel averagePixScore participantsCount }\n    resultBands { key below upTo advice message count }\n  }\n}": types.CollectiveResultsDocument,
    "query ParticipationResults($campaignId: ID!, $id: ID!) {\n  campaign(id: $campaignId) {\n    id name type externalIdLabel\n    resultBands { key below upTo advice message }\n    participation(id: $id) {\n      id status participantFirstName participantLastName participantExternalId startedAt sharedAt progress\n      masteryRate validatedSkillsCount testedSkillsCount pixScore isCertifiable\n      competenceResults { competenceId validatedSkillsCount totalSkillsCount masteryRate }\n      competenceLevels { competenceId level pixScore }\n      badges { key title }\n      sendings { id status startedAt sharedAt masteryRate pixScore }\n    }\n  }\n  referential { id code title competences { id code name } }\n}": types.ParticipationResultsDocument,
    "query CampaignByCode($code: String!) {\n  campaignByCode(code: $code) {\n    id name code type title isArchived createdAt url participantsCount sharedParticipationsCount\n    organization { id name } owner { firstName lastName email }\n  }\n}": types.CampaignByCodeDocument,
    "\n  fragment SupportOrganizationFields on Organization {\n    id name type externalId siret street postalCode city department region documentationUrl isCertificationCenter createdAt archivedAt isArchived\n    network { id name } parent { id name }\n  }\n": types.SupportOrganizationFieldsFragmentDoc,
    "\n  query SupportOrganizations($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount pageInfo { hasNextPage endCursor } nodes { ...SupportOrganizationFields }\n    }\n  }\n": types.SupportOrganizationsDocument,
    "\n  query SupportOrganization($id: ID!) { organization(id: $id) { ...SupportOrganizationFields } }\n": types.SupportOrganizationDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ...SupportOrganizationFields } }\n": types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { ...SupportOrganizationFields } }\n": types.UpdateOrganizationDocument,
    "mutation ArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { id isArchived archivedAt } }": types.ArchiveOrganizationDocument,
    "query Networks { networks { id code name } }": types.NetworksDocument,
    "\n      query CreationRequests($first: Int, $after: String, $status: OrganizationCreationRequestStatus) {\n        organizationCreationRequests(first: $first, after: $after, status: $status) {\n          totalCount pageInfo { hasNextPage endCursor }\n          nodes {\n            id name type siret street postalCode city department region directorName mandateStatement status rejectionReason createdAt processedAt\n            requester { id firstName lastName email } network { id name } organization { id name }\n          }\n        }\n      }\n    ": types.CreationRequestsDocument,
    "mutation ApproveCreationRequest($id: ID!) { approveOrganizationCreationRequest(id: $id) { id status organization { id name } } }": types.ApproveCreationRequestDocument,
    "mutation RequeueMail($id: ID!) { requeueMail(id: $id) { id status attempts lastError nextAttemptAt } }": types.RequeueMailDocument,
    "mutation RejectCreationRequest($id: ID!, $reason: String!) { rejectOrganizationCreationRequest(id: $id, reason: $reason) { id status rejectionReason } }": types.RejectCreationRequestDocument,
    "\n      query SupportUsers($first: Int, $after: String, $search: String) {\n        users(first: $first, after: $after, search: $search) {\n          totalCount pageInfo { hasNextPage endCursor }\n          nodes {\n            id email firstName lastName supportRole hasAcceptedTermsOfService createdAt\n            memberships { id role organization { id name isArchived } }\n            participations { id status startedAt campaign { id name code organization { id name } } }\n          }\n        }\n      }\n    ": types.SupportUsersDocument,
    "mutation SetSupportRole($userId: ID!, $role: SupportRole) { setSupportRole(userId: $userId, role: $role) { id supportRole } }": types.SetSupportRoleDocument,
    "\n      query MailOutbox($first: Int, $after: String, $status: OutboxMailStatus, $recipient: String) {\n        mailOutbox(first: $first, after: $after, status: $status, recipient: $recipient) {\n          totalCount pageInfo { hasNextPage endCursor }\n          nodes { id recipient subject template status attempts lastError textBody createdAt nextAttemptAt sentAt invitation { id status isExpired } }\n        }\n      }\n    ": types.MailOutboxDocument,
    "\n  fragment PartnerClientFields on PartnerClient {\n    id clientId name network { id code name } regions departments scopes contactEmail expiresAt revokedAt lastUsedAt lastUsedIp createdAt\n  }\n": types.PartnerClientFieldsFragmentDoc,
    "\n      query PartnerClients($first: Int, $after: String, $networkId: ID) {\n        partnerClients(first: $first, after: $after, networkId: $networkId) {\n          totalCount pageInfo { hasNextPage endCursor } nodes { ...PartnerClientFields }\n        }\n      }\n    ": types.PartnerClientsDocument,
    "\n  mutation CreatePartnerClient($input: CreatePartnerClientInput!) { createPartnerClient(input: $input) { clientSecret client { ...PartnerClientFields } } }\n": types.CreatePartnerClientDocument,
    "\n  mutation RotatePartnerClientSecret($input: RotatePartnerClientSecretInput!) { rotatePartnerClientSecret(input: $input) { clientSecret client { ...PartnerClientFields } } }\n": types.RotatePartnerClientSecretDocument,
    "mutation RevokePartnerClient($id: ID!) { revokePartnerClient(id: $id) { ...PartnerClientFields } }": types.RevokePartnerClientDocument,
    "\n      query AuditLog($first: Int, $after: String, $targetId: ID) {\n        auditLog(first: $first, after: $after, targetId: $targetId) {\n          totalCount pageInfo { hasNextPage endCursor }\n          nodes {\n            id actorRole action targetType targetId targetLabel changedFields before after createdAt\n            actor { id firstName lastName email } organization { id name } person { id firstName lastName email }\n          }\n        }\n      }\n    ": types.AuditLogDocument,
    "query PersonByEmail($email: String!) {\n  users(search: $email, first: 1) {\n    nodes {\n      id firstName lastName email\n      certificationEligibility { isCertifiable certifiableCompetencesCount requiredCompetencesCount missingCompetencesCount complementary { key label isEligible } }\n    }\n  }\n}": types.PersonByEmailDocument,
    "\n  fragment NetworkAccessFields on NetworkAccess { id userId networkId regions departments grantedAt }\n": types.NetworkAccessFieldsFragmentDoc,
    "\n  query NetworkAccesses($networkId: ID!) { networkAccesses(networkId: $networkId) { ...NetworkAccessFields } }\n": types.NetworkAccessesDocument,
    "\n  query NetworkAccessPeople($search: String!) {\n    users(search: $search, first: 10) { nodes { id email firstName lastName networkAccesses { ...NetworkAccessFields } } }\n  }\n": types.NetworkAccessPeopleDocument,
    "\n  mutation GrantNetworkAccess($input: GrantNetworkAccessInput!) { grantNetworkAccess(input: $input) { ...NetworkAccessFields } }\n": types.GrantNetworkAccessDocument,
    "\n  mutation RevokeNetworkAccess($id: ID!) { revokeNetworkAccess(id: $id) { id revokedAt } }\n": types.RevokeNetworkAccessDocument,
    "query SupportOrganizationActivity($id: ID!, $first: Int) {\n  organization(id: $id) {\n    id\n    statistics { participationsCount sharedCount shareRate }\n    campaigns(first: $first) { totalCount nodes { id name code isArchived participantsCount sharedParticipationsCount } }\n  }\n}": types.SupportOrganizationActivityDocument,
    "query Team($id: ID!, $after: String) {\n  organization(id: $id) {\n    id name isArchived viewerRole\n    members(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id role createdAt user { id firstName lastName email } } }\n    invitations(status: PENDING) { id email role isExpired createdAt updatedAt expiresAt }\n  }\n}": types.TeamDocument,
    "mutation InviteMembers($organizationId: ID!, $emails: [String!]!, $role: MembershipRole) {\n  inviteMembers(organizationId: $organizationId, emails: $emails, role: $role) { id email }\n}": types.InviteMembersDocument,
    "mutation ResendInvitation($id: ID!) { resendInvitation(id: $id) { id updatedAt expiresAt } }": types.ResendInvitationDocument,
    "mutation CancelInvitation($id: ID!) { cancelInvitation(id: $id) { id status } }": types.CancelInvitationDocument,
    "mutation UpdateMembershipRole($id: ID!, $role: MembershipRole!) { updateMembershipRole(id: $id, role: $role) { id role } }": types.UpdateMembershipRoleDocument,
    "mutation RemoveMembership($id: ID!) { removeMembership(id: $id) { id } }": types.RemoveMembershipDocument,
    "mutation LeaveOrganization($organizationId: ID!) { leaveOrganization(organizationId: $organizationId) }": types.LeaveOrganizationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User { id email firstName lastName supportRole hasAcceptedTermsOfService }\n"): typeof import('./graphql').SessionUserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthPayloadFields on AuthPayload { accessToken expiresAt refreshToken user { ...SessionUserFields } }\n"): typeof import('./graphql').AuthPayloadFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { ...AuthPayloadFields } }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($refreshToken: String!) { refreshAccessToken(refreshToken: $refreshToken) { ...AuthPayloadFields } }\n"): typeof import('./graphql').RefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout { logout }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) { signUp(input: $input) { ...AuthPayloadFields } }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptTermsOfService { acceptTermsOfService { ...SessionUserFields } }\n"): typeof import('./graphql').AcceptTermsOfServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignFields on Campaign {\n    id name code type title welcomeText welcomeTextHtml externalIdLabel externalIdType multipleSendings\n    targetProfileId createdAt archivedAt isArchived url participantsCount sharedParticipationsCount hasParticipations\n    owner { id firstName lastName } organization { id }\n  }\n"): typeof import('./graphql').CampaignFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaigns($organizationId: ID!, $first: Int, $after: String, $last: Int, $before: String, $filter: CampaignFilter) {\n    organization(id: $organizationId) {\n      id\n      campaigns(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        nodes { ...CampaignFields }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaign($id: ID!) { campaign(id: $id) { ...CampaignFields } }\n"): typeof import('./graphql').CampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { ...CampaignFields } }\n"): typeof import('./graphql').CreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { ...CampaignFields } }\n"): typeof import('./graphql').UpdateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCampaign($id: ID!) { archiveCampaign(id: $id) { ...CampaignFields } }\n"): typeof import('./graphql').ArchiveCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnarchiveCampaign($id: ID!) { unarchiveCampaign(id: $id) { ...CampaignFields } }\n"): typeof import('./graphql').UnarchiveCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenderWelcomeText($text: String!) { renderWelcomeText(text: $text) }\n"): typeof import('./graphql').RenderWelcomeTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetProfiles($organizationId: ID!) {\n    targetProfiles(organizationId: $organizationId, first: 100) { nodes { id name description category } }\n  }\n"): typeof import('./graphql').TargetProfilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetProfile($id: ID!) { targetProfile(id: $id) { id name } }\n"): typeof import('./graphql').TargetProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationMembers($organizationId: ID!) {\n    organization(id: $organizationId) { id members(first: 100) { nodes { user { id firstName lastName } } } }\n  }\n"): typeof import('./graphql').OrganizationMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyCreationRequests {\n  me { id organizationCreationRequests { id name status rejectionReason createdAt joinPath organization { id name } } }\n}"): typeof import('./graphql').MyCreationRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestOrganizationCreation($input: RequestOrganizationCreationInput!) {\n  requestOrganizationCreation(input: $input) { id name status }\n}"): typeof import('./graphql').RequestOrganizationCreationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CreationRequestNetworks { networks { id name } }"): typeof import('./graphql').CreationRequestNetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatisticsFields on OrganizationStatistics {\n    startedCount toShareCount sharedCount participationsCount shareRate resultBands { key below upTo advice message count }\n  }\n"): typeof import('./graphql').StatisticsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationStatistics($id: ID!) { organization(id: $id) { id documentationUrl statistics { ...StatisticsFields } } }\n"): typeof import('./graphql').OrganizationStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalStatistics { nationalStatistics { ...StatisticsFields } }\n"): typeof import('./graphql').NationalStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($id: ID!, $code: String!) {\n    invitation(id: $id, code: $code) { id organizationName maskedEmail status isExpired }\n  }\n"): typeof import('./graphql').InvitationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($id: ID!, $code: String!) {\n    acceptInvitation(id: $id, code: $code) { id role organization { id name } }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNetworkAccesses { me { id networkAccesses { id networkId regions departments } } }\n"): typeof import('./graphql').MyNetworkAccessesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkStatistics($id: ID!, $groupBy: NetworkStatisticsGroupBy!) {\n    network(id: $id) {\n      id code name\n      statistics(groupBy: $groupBy) {\n        total { ...StatisticsFields }\n        groups { key label structures statistics { ...StatisticsFields } }\n      }\n    }\n  }\n"): typeof import('./graphql').NetworkStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkStructures($id: ID!, $first: Int!, $after: String, $filter: NetworkOrganizationsFilter, $statisticsFilter: NetworkStatisticsFilter) {\n    network(id: $id) {\n      id\n      organizations(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { id name type city department region isArchived }\n      }\n      statistics(groupBy: ORGANIZATION, filter: $statisticsFilter) {\n        groups { key label structures statistics { startedCount toShareCount sharedCount participationsCount shareRate } }\n      }\n    }\n  }\n"): typeof import('./graphql').NetworkStructuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyMemberships { me { id memberships { role organization { id name type } } } }"): typeof import('./graphql').MyMembershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignProfileBadges($id: ID!) { campaign(id: $id) { id targetProfile { id badges { key title } } } }"): typeof import('./graphql').CampaignProfileBadgesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignParticipations($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: ParticipationOrder!, $filter: ParticipationFilter) {\n  campaign(id: $id) {\n    id\n    participations(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id status participantFirstName participantLastName participantExternalId startedAt sharedAt sharedParticipationId masteryRate isCertifiable badges { key title } }\n    }\n  }\n}"): typeof import('./graphql').CampaignParticipationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyParticipationFields on CampaignParticipation {\n    id status progress sharedAt masteryRate pixScore isCertifiable competenceResults { competenceId masteryRate } badges { key title }\n  }\n"): typeof import('./graphql').MyParticipationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignToJoin($code: String!) {\n    campaignToJoin(code: $code) {\n      campaignId code type title welcomeTextHtml externalIdLabel externalIdType organizationName isJoinable isArchived\n      canRetry canReset retryAvailableAt\n      myParticipation { ...MyParticipationFields }\n      mySharedResult { ...MyParticipationFields }\n      myResultBand { key message }\n    }\n  }\n"): typeof import('./graphql').CampaignToJoinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartParticipation($code: String!, $participantExternalId: String) {\n    startParticipation(code: $code, participantExternalId: $participantExternalId) { ...MyParticipationFields }\n  }\n"): typeof import('./graphql').StartParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareParticipationResults($id: ID!) { shareParticipationResults(participationId: $id) { ...MyParticipationFields } }\n"): typeof import('./graphql').ShareParticipationResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryParticipation($campaignId: ID!) { retryParticipation(campaignId: $campaignId) { ...MyParticipationFields } }\n"): typeof import('./graphql').RetryParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetParticipation($campaignId: ID!) { resetParticipation(campaignId: $campaignId) { ...MyParticipationFields } }\n"): typeof import('./graphql').ResetParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referential { referential { competences { id code name } } }\n"): typeof import('./graphql').ReferentialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ParticipantSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }\n"): typeof import('./graphql').ParticipantSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollectiveResults($id: ID!) {\n  campaign(id: $id) {\n    id type sharedParticipationsCount certifiableParticipantsCount\n    collectiveResults { competenceId competenceCode competenceName averageMasteryRate averageValidatedSkillsCount totalSkillsCount participantsCount }\n    collectiveLevels { competenceId competenceCode competenceName averageLevel averagePixScore participantsCount }\n    resultBands { key below upTo advice message count }\n  }\n}"): typeof import('./graphql').CollectiveResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParticipationResults($campaignId: ID!, $id: ID!) {\n  campaign(id: $campaignId) {\n    id name type externalIdLabel\n    resultBands { key below upTo advice message }\n    participation(id: $id) {\n      id status participantFirstName participantLastName participantExternalId startedAt sharedAt progress\n      masteryRate validatedSkillsCount testedSkillsCount pixScore isCertifiable\n      competenceResults { competenceId validatedSkillsCount totalSkillsCount masteryRate }\n      competenceLevels { competenceId level pixScore }\n      badges { key title }\n      sendings { id status startedAt sharedAt masteryRate pixScore }\n    }\n  }\n  referential { id code title competences { id code name } }\n}"): typeof import('./graphql').ParticipationResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignByCode($code: String!) {\n  campaignByCode(code: $code) {\n    id name code type title isArchived createdAt url participantsCount sharedParticipationsCount\n    organization { id name } owner { firstName lastName email }\n  }\n}"): typeof import('./graphql').CampaignByCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupportOrganizationFields on Organization {\n    id name type externalId siret street postalCode city department region documentationUrl isCertificationCenter createdAt archivedAt isArchived\n    network { id name } parent { id name }\n  }\n"): typeof import('./graphql').SupportOrganizationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportOrganizations($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount pageInfo { hasNextPage endCursor } nodes { ...SupportOrganizationFields }\n    }\n  }\n"): typeof import('./graphql').SupportOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportOrganization($id: ID!) { organization(id: $id) { ...SupportOrganizationFields } }\n"): typeof import('./graphql').SupportOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ...SupportOrganizationFields } }\n"): typeof import('./graphql').CreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { ...SupportOrganizationFields } }\n"): typeof import('./graphql').UpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { id isArchived archivedAt } }"): typeof import('./graphql').ArchiveOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Networks { networks { id code name } }"): typeof import('./graphql').NetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CreationRequests($first: Int, $after: String, $status: OrganizationCreationRequestStatus) {\n        organizationCreationRequests(first: $first, after: $after, status: $status) {\n          totalCount pageInfo { hasNextPage endCursor }\n          nodes {\n            id name type siret street postalCode city department region directorName mandateStatement status rejectionReason createdAt processedAt\n            requester { id firstName lastName email } network { id name } organization { id name }\n          }\n        }\n      }\n    "): typeof import('./graphql').CreationRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveCreationRequest($id: ID!) { approveOrganizationCreationRequest(id: $id) { id status organization { id name } } }"): typeof import('./graphql').ApproveCreationRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequeueMail($id: ID!) { requeueMail(id: $id) { id status attempts lastError nextAttemptAt } }"): typeof import('./graphql').RequeueMailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectCreationRequest($id: ID!, $reason: String!) { rejectOrganizationCreationRequest(id: $id, reason: $reason) { id status rejectionReason } }"): typeof import('./graphql').RejectCreationRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SupportUsers($first: Int, $after: String, $search: String) {\n        users(first: $first, after: $after, search: $search) {\n          totalCount pageInfo { hasNextPage endCursor }\n          nodes {\n            id email firstName lastName supportRole hasAcceptedTermsOfService createdAt\n            memberships { id role organization { id name isArchived } }\n            participations { id status startedAt campaign { id name code organization { id name } } }\n          }\n        }\n      }\n    "): typeof import('./graphql').SupportUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetSupportRole($userId: ID!, $role: SupportRole) { setSupportRole(userId: $userId, role: $role) { id supportRole } }"): typeof import('./graphql').SetSupportRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MailOutbox($first: Int, $after: String, $status: OutboxMailStatus, $recipient: String) {\n        mailOutbox(first: $first, after: $after, status: $status, recipient: $recipient) {\n          totalCount pageInfo { hasNextPage endCursor }\n          nodes { id recipient subject template status attempts lastError textBody createdAt nextAttemptAt sentAt invitation { id status isExpired } }\n        }\n      }\n    "): typeof import('./graphql').MailOutboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerClientFields on PartnerClient {\n    id clientId name network { id code name } regions departments scopes contactEmail expiresAt revokedAt lastUsedAt lastUsedIp createdAt\n  }\n"): typeof import('./graphql').PartnerClientFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PartnerClients($first: Int, $after: String, $networkId: ID) {\n        partnerClients(first: $first, after: $after, networkId: $networkId) {\n          totalCount pageInfo { hasNextPage endCursor } nodes { ...PartnerClientFields }\n        }\n      }\n    "): typeof import('./graphql').PartnerClientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartnerClient($input: CreatePartnerClientInput!) { createPartnerClient(input: $input) { clientSecret client { ...PartnerClientFields } } }\n"): typeof import('./graphql').CreatePartnerClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotatePartnerClientSecret($input: RotatePartnerClientSecretInput!) { rotatePartnerClientSecret(input: $input) { clientSecret client { ...PartnerClientFields } } }\n"): typeof import('./graphql').RotatePartnerClientSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokePartnerClient($id: ID!) { revokePartnerClient(id: $id) { ...PartnerClientFields } }"): typeof import('./graphql').RevokePartnerClientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AuditLog($first: Int, $after: String, $targetId: ID) {\n        auditLog(first: $first, after: $after, targetId: $targetId) {\n          totalCount pageInfo { hasNextPage endCursor }\n          nodes {\n            id actorRole action targetType targetId targetLabel changedFields before after createdAt\n            actor { id firstName lastName email } organization { id name } person { id firstName lastName email }\n          }\n        }\n      }\n    "): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonByEmail($email: String!) {\n  users(search: $email, first: 1) {\n    nodes {\n      id firstName lastName email\n      certificationEligibility { isCertifiable certifiableCompetencesCount requiredCompetencesCount missingCompetencesCount complementary { key label isEligible } }\n    }\n  }\n}"): typeof import('./graphql').PersonByEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkAccessFields on NetworkAccess { id userId networkId regions departments grantedAt }\n"): typeof import('./graphql').NetworkAccessFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkAccesses($networkId: ID!) { networkAccesses(networkId: $networkId) { ...NetworkAccessFields } }\n"): typeof import('./graphql').NetworkAccessesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkAccessPeople($search: String!) {\n    users(search: $search, first: 10) { nodes { id email firstName lastName networkAccesses { ...NetworkAccessFields } } }\n  }\n"): typeof import('./graphql').NetworkAccessPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantNetworkAccess($input: GrantNetworkAccessInput!) { grantNetworkAccess(input: $input) { ...NetworkAccessFields } }\n"): typeof import('./graphql').GrantNetworkAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeNetworkAccess($id: ID!) { revokeNetworkAccess(id: $id) { id revokedAt } }\n"): typeof import('./graphql').RevokeNetworkAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupportOrganizationActivity($id: ID!, $first: Int) {\n  organization(id: $id) {\n    id\n    statistics { participationsCount sharedCount shareRate }\n    campaigns(first: $first) { totalCount nodes { id name code isArchived participantsCount sharedParticipationsCount } }\n  }\n}"): typeof import('./graphql').SupportOrganizationActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Team($id: ID!, $after: String) {\n  organization(id: $id) {\n    id name isArchived viewerRole\n    members(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id role createdAt user { id firstName lastName email } } }\n    invitations(status: PENDING) { id email role isExpired createdAt updatedAt expiresAt }\n  }\n}"): typeof import('./graphql').TeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteMembers($organizationId: ID!, $emails: [String!]!, $role: MembershipRole) {\n  inviteMembers(organizationId: $organizationId, emails: $emails, role: $role) { id email }\n}"): typeof import('./graphql').InviteMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResendInvitation($id: ID!) { resendInvitation(id: $id) { id updatedAt expiresAt } }"): typeof import('./graphql').ResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelInvitation($id: ID!) { cancelInvitation(id: $id) { id status } }"): typeof import('./graphql').CancelInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMembershipRole($id: ID!, $role: MembershipRole!) { updateMembershipRole(id: $id, role: $role) { id role } }"): typeof import('./graphql').UpdateMembershipRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveMembership($id: ID!) { removeMembership(id: $id) { id } }"): typeof import('./graphql').RemoveMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaveOrganization($organizationId: ID!) { leaveOrganization(organizationId: $organizationId) }"): typeof import('./graphql').LeaveOrganizationDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

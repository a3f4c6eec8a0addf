/** The GraphQL documents of the campaign screens (schema/supergraph.graphql). */

const CAMPAIGN_FIELDS = `
  id name code type title welcomeText welcomeTextHtml externalIdLabel externalIdType multipleSendings
  targetProfileId createdAt archivedAt isArchived url participantsCount sharedParticipationsCount hasParticipations
  owner { id firstName lastName } organization { id }
`;

export const CAMPAIGNS = `query Campaigns($organizationId: ID!, $first: Int, $after: String, $filter: CampaignFilter) {
  organization(id: $organizationId) {
    id
    campaigns(first: $first, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { ${CAMPAIGN_FIELDS} }
    }
  }
}`;

export const CAMPAIGN = `query Campaign($id: ID!) { campaign(id: $id) { ${CAMPAIGN_FIELDS} } }`;

export const CREATE_CAMPAIGN = `mutation CreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN_FIELDS} } }`;

export const UPDATE_CAMPAIGN = `mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { ${CAMPAIGN_FIELDS} } }`;

export const ARCHIVE_CAMPAIGN = `mutation ArchiveCampaign($id: ID!) { archiveCampaign(id: $id) { ${CAMPAIGN_FIELDS} } }`;

export const UNARCHIVE_CAMPAIGN = `mutation UnarchiveCampaign($id: ID!) { unarchiveCampaign(id: $id) { ${CAMPAIGN_FIELDS} } }`;

export const RENDER_WELCOME_TEXT = `query RenderWelcomeText($text: String!) { renderWelcomeText(text: $text) }`;

export const TARGET_PROFILES = `query TargetProfiles($organizationId: ID!) {
  targetProfiles(organizationId: $organizationId, first: 100) { nodes { id name description category } }
}`;

export const TARGET_PROFILE = `query TargetProfile($id: ID!) { targetProfile(id: $id) { id name } }`;

export const ORGANIZATION_MEMBERS = `query OrganizationMembers($organizationId: ID!) {
  organization(id: $organizationId) { id members(first: 100) { nodes { user { id firstName lastName } } } }
}`;

export type CampaignType = 'ASSESSMENT' | 'PROFILES_COLLECTION';
export type ExternalIdType = 'STRING' | 'EMAIL';

export interface CampaignRecord {
  id: string;
  name: string;
  code: string;
  type: CampaignType;
  title: string | null;
  welcomeText: string | null;
  welcomeTextHtml: string | null;
  externalIdLabel: string | null;
  externalIdType: ExternalIdType | null;
  multipleSendings: boolean;
  targetProfileId: string | null;
  createdAt: string;
  archivedAt: string | null;
  isArchived: boolean;
  url: string;
  participantsCount: number;
  sharedParticipationsCount: number;
  /** Anyone started it: the identifier and multiple sendings are locked. */
  hasParticipations: boolean;
  owner: { id: string; firstName: string; lastName: string };
  organization: { id: string };
}

/** The GraphQL documents of the campaign screens (schema/supergraph.graphql; src/gql/ their types). */
import { graphql } from '../gql';
import type { CampaignFieldsFragment } from '../gql/graphql';

graphql(`
  fragment CampaignFields on Campaign {
    id name code type title welcomeText welcomeTextHtml externalIdLabel externalIdType multipleSendings
    targetProfileId createdAt archivedAt isArchived url participantsCount sharedParticipationsCount hasParticipations
    owner { id firstName lastName } organization { id }
  }
`);

export const CAMPAIGNS = graphql(`
  query Campaigns($organizationId: ID!, $first: Int, $after: String, $last: Int, $before: String, $filter: CampaignFilter) {
    organization(id: $organizationId) {
      id
      campaigns(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        nodes { ...CampaignFields }
      }
    }
  }
`);

export const CAMPAIGN = graphql(`
  query Campaign($id: ID!) { campaign(id: $id) { ...CampaignFields } }
`);

export const CREATE_CAMPAIGN = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { ...CampaignFields } }
`);

export const UPDATE_CAMPAIGN = graphql(`
  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { ...CampaignFields } }
`);

export const ARCHIVE_CAMPAIGN = graphql(`
  mutation ArchiveCampaign($id: ID!) { archiveCampaign(id: $id) { ...CampaignFields } }
`);

export const UNARCHIVE_CAMPAIGN = graphql(`
  mutation UnarchiveCampaign($id: ID!) { unarchiveCampaign(id: $id) { ...CampaignFields } }
`);

export const RENDER_WELCOME_TEXT = graphql(`
  query RenderWelcomeText($text: String!) { renderWelcomeText(text: $text) }
`);

export const TARGET_PROFILES = graphql(`
  query TargetProfiles($organizationId: ID!) {
    targetProfiles(organizationId: $organizationId, first: 100) { nodes { id name description category } }
  }
`);

export const TARGET_PROFILE = graphql(`
  query TargetProfile($id: ID!) { targetProfile(id: $id) { id name } }
`);

export const ORGANIZATION_MEMBERS = graphql(`
  query OrganizationMembers($organizationId: ID!) {
    organization(id: $organizationId) { id members(first: 100) { nodes { user { id firstName lastName } } } }
  }
`);

export type { CampaignType, ExternalIdType } from '../gql/graphql';

/** A campaign as every campaign screen reads it (`hasParticipations`: the identifier and multiple sendings are locked). */
export type CampaignRecord = CampaignFieldsFragment;

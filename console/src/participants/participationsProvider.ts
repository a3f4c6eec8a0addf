import type { GetListParams } from 'react-admin';
import { graphqlClient } from '../auth/graphqlClient';
import { displayable } from '../campaigns/apiErrors';
import { createKeysetPager } from '../connectionPages';
import type { ResourceProvider } from '../resourceProviders';
import { graphql } from '../gql';
import type { CampaignParticipationsQuery, ParticipationStatus } from '../gql/graphql';

export const CAMPAIGN_PARTICIPATIONS = graphql(`query CampaignParticipations($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: ParticipationOrder!, $filter: ParticipationFilter) {
  campaign(id: $id) {
    id
    participations(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id status participantFirstName participantLastName participantExternalId startedAt sharedAt sharedParticipationId masteryRate isCertifiable badges { key title } }
    }
  }
}`);

/** One row of the tab: the generated result type of CAMPAIGN_PARTICIPATIONS, so a renamed field fails tsc. */
export type ParticipationRow = CampaignParticipationsQuery['campaign']['participations']['nodes'][number];

/** The tab's filters: `q` searches names and identifiers; `certifiable` is "true" or "false". */
export interface ParticipationListFilter {
  campaignId?: string;
  status?: ParticipationStatus;
  q?: string;
  certifiable?: string | boolean;
}

export function toApiFilter(filter: ParticipationListFilter) {
  const certifiable = filter.certifiable === true || filter.certifiable === 'true' ? true : filter.certifiable === false || filter.certifiable === 'false' ? false : undefined;
  return { status: filter.status || undefined, search: filter.q?.trim() || undefined, certifiable };
}

/** The API sorts by name (A→Z) or by start date (newest first): the column chooses which. */
export const toApiOrder = (field: string | undefined) => (field === 'startedAt' ? 'DATE' : 'NAME');

const pager = createKeysetPager();

/** Resource `campaignParticipations`: the "Participants" tab of one campaign (filter.campaignId). */
export const participationsProvider: ResourceProvider = {
  getList: ((_resource: string, params: GetListParams) =>
    displayable(async () => {
      const filter = (params.filter ?? {}) as ParticipationListFilter;
      if (!filter.campaignId) return { data: [], total: 0 };
      const apiFilter = toApiFilter(filter);
      const orderBy = toApiOrder(params.sort?.field);
      const { page = 1, perPage = 25 } = params.pagination ?? {};
      const result = await pager(JSON.stringify([filter.campaignId, apiFilter, orderBy]), page, perPage, async (edge) => {
        const data = await graphqlClient.request(CAMPAIGN_PARTICIPATIONS, {
          id: filter.campaignId!,
          ...edge,
          orderBy,
          filter: apiFilter,
        });
        return data.campaign.participations;
      });
      return result;
    })) as ResourceProvider['getList'],
};

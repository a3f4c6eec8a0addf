import { graphql } from '../gql';

/** The signed-in person's live network accesses: the menu shows "Tableau de bord réseau" when there is one. */
export const MY_NETWORK_ACCESSES = graphql(`
  query MyNetworkAccesses { me { id networkAccesses { id networkId regions departments } } }
`);

/** The network's figures in the caller's scope: the total and one group by type, region or department. */
export const NETWORK_STATISTICS = graphql(`
  query NetworkStatistics($id: ID!, $groupBy: NetworkStatisticsGroupBy!) {
    network(id: $id) {
      id code name
      statistics(groupBy: $groupBy) {
        total { ...StatisticsFields }
        groups { key label structures statistics { ...StatisticsFields } }
      }
    }
  }
`);

/** One page of the network's structures in scope, and every structure's own figures (joined on the id). */
export const NETWORK_STRUCTURES = graphql(`
  query NetworkStructures($id: ID!, $first: Int!, $after: String, $filter: NetworkOrganizationsFilter, $statisticsFilter: NetworkStatisticsFilter) {
    network(id: $id) {
      id
      organizations(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { id name type city department region isArchived }
      }
      statistics(groupBy: ORGANIZATION, filter: $statisticsFilter) {
        groups { key label structures statistics { startedCount toShareCount sharedCount participationsCount shareRate } }
      }
    }
  }
`);

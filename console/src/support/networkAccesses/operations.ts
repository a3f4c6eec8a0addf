import { graphql } from '../../gql';

graphql(`
  fragment NetworkAccessFields on NetworkAccess { id userId networkId regions departments grantedAt }
`);

/** Support (SA, SUPPORT): the live accesses of one network. */
export const NETWORK_ACCESSES = graphql(`
  query NetworkAccesses($networkId: ID!) { networkAccesses(networkId: $networkId) { ...NetworkAccessFields } }
`);

/** Support: people by part of their e-mail or name, with their live network accesses. */
export const NETWORK_ACCESS_PEOPLE = graphql(`
  query NetworkAccessPeople($search: String!) {
    users(search: $search, first: 10) { nodes { id email firstName lastName networkAccesses { ...NetworkAccessFields } } }
  }
`);

/** SUPER_ADMIN: a person's read access to a network (a second grant on the same network replaces the first). */
export const GRANT_NETWORK_ACCESS = graphql(`
  mutation GrantNetworkAccess($input: GrantNetworkAccessInput!) { grantNetworkAccess(input: $input) { ...NetworkAccessFields } }
`);

/** SUPER_ADMIN: takes an access back, at once. */
export const REVOKE_NETWORK_ACCESS = graphql(`
  mutation RevokeNetworkAccess($id: ID!) { revokeNetworkAccess(id: $id) { id revokedAt } }
`);

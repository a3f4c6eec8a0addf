import { useQuery } from '@tanstack/react-query';
import { useGetIdentity, useStore } from 'react-admin';
import { graphqlClient } from '../auth/graphqlClient';
import { graphql } from '../gql';

export type { MembershipRole } from '../gql/graphql';
import type { MembershipRole, MyMembershipsQuery } from '../gql/graphql';

/** An organisation of the signed-in person (MyMemberships, generated) with their role there. */
export type MyOrganization = NonNullable<MyMembershipsQuery['me']>['memberships'][number]['organization'] & { role: MembershipRole };

const MY_MEMBERSHIPS = graphql(`query MyMemberships { me { id memberships { role organization { id name type } } } }`);

/** The store key of the organisation the console works in (react-admin empties it on logout). */
export const CURRENT_ORGANIZATION_KEY = 'currentOrganizationId';

/**
 * The organisations the signed-in person belongs to, and the one the console works in: the
 * last one chosen in the switcher if still a membership, else the oldest membership. Support
 * agents without membership get `organization: null` (the support area is theirs). The API still
 * checks every request: this only picks what to ask for.
 */
export function useCurrentOrganization() {
  const { identity } = useGetIdentity();
  const [chosenId, setChosenId] = useStore<string | null>(CURRENT_ORGANIZATION_KEY, null);
  const { data, isPending, error, refetch } = useQuery({
    // Keyed by person: a colleague signing in on the same tab never sees the previous list.
    queryKey: ['myMemberships', identity?.id],
    enabled: identity?.id !== undefined,
    queryFn: () => graphqlClient.request(MY_MEMBERSHIPS),
  });
  const organizations: MyOrganization[] = (data?.me?.memberships ?? []).map(({ role, organization }) => ({ ...organization, role }));
  const organization = organizations.find((candidate) => candidate.id === chosenId) ?? organizations[0] ?? null;
  return { organization, organizations, isPending, error, refetch, choose: setChosenId };
}

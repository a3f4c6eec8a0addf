import { useQuery } from '@tanstack/react-query';
import { useGetIdentity } from 'react-admin';
import { graphqlClient } from '../auth/graphqlClient';
import { graphql } from '../gql';
import type { MyCreationRequestsQuery } from '../gql/graphql';

export type { OrganizationCreationRequestStatus as CreationRequestStatus } from '../gql/graphql';

/** `joinPath`: once approved, the console path of the invitation into the new space, while it can be accepted. */
export type MyCreationRequest = NonNullable<MyCreationRequestsQuery['me']>['organizationCreationRequests'][number];

export const MY_CREATION_REQUESTS = graphql(`query MyCreationRequests {
  me { id organizationCreationRequests { id name status rejectionReason createdAt joinPath organization { id name } } }
}`);

/** The query key, for the page to refresh the dashboard's card once a request is sent. */
export const MY_CREATION_REQUESTS_KEY = 'myCreationRequests';

/**
 * What the requester's card says, from their latest request: nothing yet, waiting for support,
 * approved (with the way into the space while the invitation holds), or rejected (with the reason).
 */
export type RequestState =
  | { kind: 'none' }
  | { kind: 'pending'; request: MyCreationRequest }
  | { kind: 'ready'; request: MyCreationRequest & { joinPath: string } }
  | { kind: 'approved'; request: MyCreationRequest }
  | { kind: 'rejected'; request: MyCreationRequest };

export function requestState(requests: readonly MyCreationRequest[] | undefined): RequestState {
  const latest = requests?.[0];
  if (!latest) return { kind: 'none' };
  if (latest.status === 'PENDING') return { kind: 'pending', request: latest };
  if (latest.status === 'REJECTED') return { kind: 'rejected', request: latest };
  return latest.joinPath ? { kind: 'ready', request: { ...latest, joinPath: latest.joinPath } } : { kind: 'approved', request: latest };
}

/** The signed-in person's own requests, newest first. */
export function useMyCreationRequests({ enabled = true }: { enabled?: boolean } = {}) {
  const { identity } = useGetIdentity();
  return useQuery({
    queryKey: [MY_CREATION_REQUESTS_KEY, identity?.id],
    enabled: enabled && identity?.id !== undefined,
    queryFn: async () =>
      (await graphqlClient.request(MY_CREATION_REQUESTS)).me?.organizationCreationRequests ?? [],
  });
}

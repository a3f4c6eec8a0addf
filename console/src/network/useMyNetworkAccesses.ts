import { useQuery } from '@tanstack/react-query';
import { useGetIdentity } from 'react-admin';
import { graphqlClient } from '../auth/graphqlClient';
import type { SupportRole } from '../auth/session';
import { MY_NETWORK_ACCESSES } from './operations';

/** Support roles that read every network's figures (API: Network.statistics for SA and SUPPORT). */
export function readsEveryNetwork(role: SupportRole | null | undefined): boolean {
  return role === 'SUPER_ADMIN' || role === 'SUPPORT';
}

/** The signed-in person's live network accesses, and whether support lets them choose any network. */
export function useMyNetworkAccesses() {
  const { identity, isPending: identityPending } = useGetIdentity();
  const role = (identity?.supportRole ?? null) as SupportRole | null;
  const query = useQuery({
    queryKey: ['myNetworkAccesses', identity?.id],
    enabled: !identityPending && identity !== undefined,
    queryFn: async () => (await graphqlClient.request(MY_NETWORK_ACCESSES)).me?.networkAccesses ?? [],
  });
  return {
    accesses: query.data ?? [],
    isPending: identityPending || query.isPending,
    error: query.error,
    anyNetwork: readsEveryNetwork(role),
    /** The menu entry: someone granted a network, or support. */
    hasDashboard: readsEveryNetwork(role) || (query.data?.length ?? 0) > 0,
  };
}

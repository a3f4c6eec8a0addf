import { useQuery } from '@tanstack/react-query';
import { graphqlClient } from '../auth/graphqlClient';
import { TARGET_PROFILE, TARGET_PROFILES } from './operations';

/** "Que souhaitez-vous tester ?": the profiles this organisation may evaluate, Pix emploi first. */
export function useTargetProfiles(organizationId: string | undefined) {
  return useQuery({
    queryKey: ['targetProfiles', organizationId],
    enabled: organizationId !== undefined,
    staleTime: 5 * 60_000,
    queryFn: async () =>
      (await graphqlClient.request(TARGET_PROFILES, { organizationId: organizationId! })).targetProfiles.nodes,
  });
}

/** The name of the campaign's profile ("Profil cible"), for the details. */
export function useTargetProfileName(id: string | null | undefined) {
  return useQuery({
    queryKey: ['targetProfile', id],
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
    queryFn: async () => (await graphqlClient.request(TARGET_PROFILE, { id: id! })).targetProfile.name,
  });
}

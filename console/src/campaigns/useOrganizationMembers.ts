import { useQuery } from '@tanstack/react-query';
import { graphqlClient } from '../auth/graphqlClient';
import { ORGANIZATION_MEMBERS } from './operations';

export interface MemberChoice {
  id: string;
  name: string;
}

/** The team, for the "Créé par" filter and the owner select (≤ 100: the API's page size). */
export function useOrganizationMembers(organizationId: string | undefined) {
  return useQuery({
    queryKey: ['organizationMembers', organizationId],
    enabled: organizationId !== undefined,
    queryFn: async (): Promise<MemberChoice[]> => {
      const data = await graphqlClient.request(
        ORGANIZATION_MEMBERS,
        { organizationId: organizationId! },
      );
      return data.organization.members.nodes.map(({ user }) => ({ id: user.id, name: `${user.firstName} ${user.lastName}` }));
    },
  });
}

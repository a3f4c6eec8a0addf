import { useQuery } from '@tanstack/react-query';
import { SelectInput } from 'react-admin';
import { graphqlClient } from '../../auth/graphqlClient';
import { NETWORKS } from '../dataProviders';

/** The national networks (UNML, France Travail, Cheops…), read once. */
export const NetworkInput = ({ source = 'networkId', alwaysOn }: { source?: string; alwaysOn?: boolean }) => {
  const { data } = useQuery({
    queryKey: ['networks'],
    queryFn: async () => (await graphqlClient.request(NETWORKS)).networks,
    staleTime: 10 * 60_000,
  });
  return (
    <SelectInput
      source={source}
      label="orga.support.organizations.fields.network"
      choices={data ?? []}
      isPending={!data}
      alwaysOn={alwaysOn}
      emptyText="orga.support.organizations.noNetwork"
    />
  );
};

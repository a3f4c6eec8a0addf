import { useQuery } from '@tanstack/react-query';
import { SelectInput, type Validator } from 'react-admin';
import { graphqlClient } from '../../auth/graphqlClient';
import { NETWORKS } from '../dataProviders';

/** The national networks (read once, shared with the organisations' network select): the list's filter and the form's field. */
export const PartnerNetworkInput = ({ source = 'networkId', alwaysOn, validate, emptyText, helperText }: { source?: string; alwaysOn?: boolean; validate?: Validator | Validator[]; emptyText?: string; helperText?: string }) => {
  const { data } = useQuery({
    queryKey: ['networks'],
    queryFn: async () => (await graphqlClient.request(NETWORKS)).networks,
    staleTime: 10 * 60_000,
  });
  return (
    <SelectInput
      source={source}
      label="orga.support.partners.fields.network"
      choices={data ?? []}
      isPending={!data}
      alwaysOn={alwaysOn}
      validate={validate}
      emptyText={emptyText}
      helperText={helperText}
    />
  );
};

import { Chip } from '@mui/material';
import { Datagrid, DateField, FunctionField, List, SearchInput, SelectField, SelectInput, TextField, TextInput, useTranslate, type RaRecord } from 'react-admin';
import { NetworkInput } from './NetworkInput';
import { organizationTypeChoices } from './organizationTypes';

const filters = (translate: (key: string) => string) => [
  <SearchInput key="q" source="q" alwaysOn placeholder={translate('orga.support.organizations.search')} />,
  <SelectInput key="type" source="type" label="orga.support.organizations.fields.type" choices={organizationTypeChoices} />,
  <TextInput key="externalId" source="externalId" label="orga.support.organizations.fields.externalId" />,
  <NetworkInput key="networkId" />,
  <SelectInput
    key="archived"
    source="archived"
    label="orga.support.organizations.fields.status"
    choices={[
      { id: 'false', name: 'orga.support.organizations.active' },
      { id: 'true', name: 'orga.support.organizations.archived' },
    ]}
    alwaysOn
  />,
];

/** Support: search organisations by name, type, structure code, network; active or archived. */
export const OrganizationList = () => {
  const translate = useTranslate();
  return (
    <List filters={filters(translate)} filterDefaultValues={{ archived: 'false' }} perPage={25} title="orga.support.organizations.title" exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" label="orga.support.organizations.fields.name" sortable={false} />
        <SelectField source="type" label="orga.support.organizations.fields.type" choices={organizationTypeChoices} sortable={false} />
        <TextField source="externalId" label="orga.support.organizations.fields.externalId" sortable={false} />
        <TextField source="network.name" label="orga.support.organizations.fields.network" sortable={false} />
        <TextField source="city" label="orga.support.organizations.fields.city" sortable={false} />
        <FunctionField
          label="orga.support.organizations.fields.status"
          render={(record: RaRecord) =>
            record.isArchived ? <Chip size="small" label={translate('orga.support.organizations.archived')} /> : translate('orga.support.organizations.activeOne')
          }
        />
        <DateField source="createdAt" label="orga.support.fields.createdAt" sortable={false} />
      </Datagrid>
    </List>
  );
};

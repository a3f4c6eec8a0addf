import { Box, Tab, Tabs, useMediaQuery, type Theme } from '@mui/material';
import {
  BooleanInput,
  CreateButton,
  Datagrid,
  DateField,
  FunctionField,
  List,
  NumberField,
  Pagination,
  SearchInput,
  SelectInput,
  SimpleList,
  TopToolbar,
  useListContext,
  useTranslate,
} from 'react-admin';
import { RowLink } from '../layout/RowLink';
import { OrganizationGate } from './OrganizationGate';
import type { CampaignRecord } from './operations';
import { useOrganizationMembers } from './useOrganizationMembers';

/** "Actives" / "Archivées" (guide p.61): the status filter, shown as tabs. */
const StatusTabs = () => {
  const translate = useTranslate();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const status = filterValues.status === 'ARCHIVED' ? 'ARCHIVED' : 'ACTIVE';
  return (
    <Tabs
      value={status}
      onChange={(_event, value: string) => setFilters({ ...filterValues, status: value }, displayedFilters)}
      aria-label={translate('orga.campaigns.list.tabs')}
    >
      <Tab value="ACTIVE" label={translate('orga.campaigns.list.active')} />
      <Tab value="ARCHIVED" label={translate('orga.campaigns.list.archived')} />
    </Tabs>
  );
};

const ListActions = () => (
  <TopToolbar>
    <CreateButton label="orga.campaigns.list.create" />
  </TopToolbar>
);

const ownerName = (record: CampaignRecord) => `${record.owner.firstName} ${record.owner.lastName}`;

/** On a phone: one line per campaign (its name, owner, participants), each a link, no sideways scroll. */
const PhoneCampaignList = () => {
  const translate = useTranslate();
  return (
    <SimpleList<CampaignRecord>
      linkType="show"
      primaryText={(record) => record.name}
      secondaryText={(record) => ownerName(record)}
      tertiaryText={(record) => translate('orga.campaigns.list.phoneCounts', { participants: record.participantsCount, shared: record.sharedParticipationsCount })}
    />
  );
};

const CampaignListView = ({ organizationId }: { organizationId: string }) => {
  const translate = useTranslate();
  const isPhone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const { data: members = [] } = useOrganizationMembers(organizationId);
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('orga.campaigns.list.search')} />,
    <SelectInput key="ownerId" source="ownerId" label="orga.campaigns.list.owner" choices={members} alwaysOn emptyText="orga.campaigns.list.everyone" />,
    <BooleanInput key="mine" source="mine" label="orga.campaigns.list.mine" alwaysOn />,
  ];
  return (
    <List
      resource="campaigns"
      filter={{ organizationId }}
      filterDefaultValues={{ status: 'ACTIVE' }}
      filters={filters}
      actions={<ListActions />}
      perPage={25}
      sort={{ field: 'createdAt', order: 'DESC' }}
      title="orga.campaigns.list.title"
      storeKey={`campaigns.${organizationId}`}
      empty={false}
      pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
    >
      <Box>
        <StatusTabs />
        {isPhone ? (
          <PhoneCampaignList />
        ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <FunctionField<CampaignRecord> source="name" sortable={false} render={(record) => <RowLink to={`/campaigns/${encodeURIComponent(String(record.id))}/show`}>{record.name}</RowLink>} />
          <FunctionField<CampaignRecord> label="resources.campaigns.fields.owner" sortable={false} render={ownerName} />
          <DateField source="createdAt" sortable={false} locales="fr-FR" />
          <NumberField source="participantsCount" sortable={false} />
          <NumberField source="sharedParticipationsCount" sortable={false} />
        </Datagrid>
        )}
      </Box>
    </List>
  );
};

/** Guide p.61: the organisation's campaigns, newest first, up to 100 a page. */
export const CampaignList = () => <OrganizationGate>{(organization) => <CampaignListView organizationId={organization.id} />}</OrganizationGate>;

import { Box, Button, Card, CardContent, Tab, Tabs, Typography, useMediaQuery, type Theme } from '@mui/material';
import {
  BooleanInput,
  CreateButton,
  Datagrid,
  DateField,
  FunctionField,
  List,
  NumberField,
  SearchInput,
  SelectInput,
  SimpleList,
  TopToolbar,
  useGetList,
  useListContext,
  useTranslate,
} from 'react-admin';
import { RowLink } from '../layout/RowLink';
import { OrganizationGate } from './OrganizationGate';
import type { CampaignRecord } from './operations';
import { useOrganizationMembers } from './useOrganizationMembers';
import { KeysetPagination } from '../layout/KeysetPagination';

/** "Actives" / "Archivées" (guide p.61): the status filter, shown as tabs. */
const StatusTabs = () => {
  const translate = useTranslate();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const status = filterValues.status === 'ARCHIVED' ? 'ARCHIVED' : 'ACTIVE';
  return (
    <Tabs
      value={status}
      onChange={(_event, value: string) => {
        // "Actives" is the default, left out of the filters: an unfiltered empty list is then the first-use page.
        const { status: _status, ...others } = filterValues;
        setFilters(value === 'ARCHIVED' ? { ...others, status: value } : others, displayedFilters);
      }}
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

/**
 * The list's empty page: the "Actives" tab, no filter, nothing in it. With no campaign at all this
 * is the guide's first-use invitation ("Créez votre première campagne"); when every campaign is
 * archived it says so. The tabs stay, so that archived campaigns remain one click away.
 */
const NoCampaign = ({ organizationId }: { organizationId: string }) => {
  const translate = useTranslate();
  const { total: archived, isPending } = useGetList('campaigns', { filter: { organizationId, status: 'ARCHIVED' }, pagination: { page: 1, perPage: 1 } });
  if (isPending) return null;
  const firstUse = !archived;
  return (
    <Card sx={{ mt: 2 }}>
      <StatusTabs />
      <CardContent sx={{ textAlign: 'center', py: 5 }} data-testid={firstUse ? 'first-campaign' : 'no-active-campaign'}>
        <Typography component="h2" variant="h5" gutterBottom>
          {translate(firstUse ? 'orga.campaigns.list.firstTitle' : 'orga.campaigns.list.noActive')}
        </Typography>
        <Typography variant="body1" sx={{ mb: 1, maxWidth: 560, mx: 'auto' }}>
          {translate(firstUse ? 'orga.campaigns.list.firstBody' : 'orga.campaigns.list.noActiveBody')}
        </Typography>
        {firstUse ? (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 3, maxWidth: 560, mx: 'auto' }}>
            {translate('orga.campaigns.list.firstHow')}
          </Typography>
        ) : null}
        <CreateButton resource="campaigns" label="orga.campaigns.list.create" variant="contained" sx={{ mt: 2 }} />
      </CardContent>
    </Card>
  );
};

/** An empty page of a filtered list (the "Archivées" tab, a search, an owner): distinct from first use. */
const NoMatch = () => {
  const translate = useTranslate();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const onlyArchived = filterValues.status === 'ARCHIVED' && Object.keys(filterValues).length === 1;
  return (
    <Box sx={{ p: 3 }} data-testid="no-matching-campaign">
      <Typography variant="body1" gutterBottom>
        {translate(onlyArchived ? 'orga.campaigns.list.noArchived' : 'orga.campaigns.list.noMatch')}
      </Typography>
      {onlyArchived ? null : (
        <Button variant="outlined" onClick={() => setFilters(filterValues.status === 'ARCHIVED' ? { status: 'ARCHIVED' } : {}, displayedFilters)}>
          {translate('orga.campaigns.list.clearFilters')}
        </Button>
      )}
    </Box>
  );
};

const ownerName = (record: CampaignRecord) => `${record.owner.firstName} ${record.owner.lastName}`;

/** On a phone: one line per campaign (its name, owner, participants), each a link, no sideways scroll. */
const PhoneCampaignList = () => {
  const translate = useTranslate();
  return (
    <SimpleList<CampaignRecord>
      linkType="show"
      empty={<NoMatch />}
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
      filters={filters}
      actions={<ListActions />}
      perPage={25}
      sort={{ field: 'createdAt', order: 'DESC' }}
      title="orga.campaigns.list.title"
      storeKey={`campaigns.${organizationId}`}
      empty={<NoCampaign organizationId={organizationId} />}
      pagination={<KeysetPagination />}
    >
      <Box>
        <StatusTabs />
        {isPhone ? (
          <PhoneCampaignList />
        ) : (
        <Datagrid rowClick="show" bulkActionButtons={false} empty={<NoMatch />}>
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

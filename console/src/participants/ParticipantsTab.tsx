import { Box, Chip, FormControl, InputLabel, MenuItem, Select } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import {
  Datagrid,
  DateField,
  FilterForm,
  FunctionField,
  ListBase,
  SearchInput,
  SelectInput,
  TextField,
  useListContext,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { graphqlClient } from '../auth/graphqlClient';
import { useNavigate } from 'react-router-dom';
import type { CampaignRecord } from '../campaigns/operations';
import type { ParticipationRow } from './participationsProvider';
import { ParticipationResultChip } from './ParticipationResultChip';
import { RowLink } from '../layout/RowLink';
import { graphql } from '../gql';
import { KeysetPagination } from '../layout/KeysetPagination';

const STATUS_CHOICES = [
  { id: 'STARTED', name: 'orga.participants.status.STARTED' },
  { id: 'TO_SHARE', name: 'orga.participants.status.TO_SHARE' },
  { id: 'SHARED', name: 'orga.participants.status.SHARED' },
];

const CERTIFIABLE_CHOICES = [
  { id: 'true', name: 'orga.participants.certifiable.yes' },
  { id: 'false', name: 'orga.participants.certifiable.no' },
];

/** "Trier par": the API offers the name (A→Z) or the start date (newest first). */
const SortSelect = () => {
  const translate = useTranslate();
  const { sort, setSort } = useListContext();
  return (
    <FormControl size="small" fullWidth={false} sx={{ width: 260, mb: 1 }}>
      <InputLabel id="participants-sort">{translate('orga.participants.sort.label')}</InputLabel>
      <Select
        labelId="participants-sort"
        label={translate('orga.participants.sort.label')}
        value={sort.field === 'startedAt' ? 'startedAt' : 'name'}
        onChange={(event) => setSort(event.target.value === 'startedAt' ? { field: 'startedAt', order: 'DESC' } : { field: 'name', order: 'ASC' })}
      >
        <MenuItem value="name">{translate('orga.participants.sort.name')}</MenuItem>
        <MenuItem value="startedAt">{translate('orga.participants.sort.date')}</MenuItem>
      </Select>
    </FormControl>
  );
};

const PROFILE_BADGES = graphql(`query CampaignProfileBadges($id: ID!) { campaign(id: $id) { id targetProfile { id badges { key title } } } }`);

/** The badges the campaign's target profile can award (none for a profiles collection). */
function useProfileBadges(campaign: CampaignRecord) {
  const { data } = useQuery({
    queryKey: ['campaignProfileBadges', campaign.id],
    enabled: campaign.targetProfileId !== null,
    queryFn: () => graphqlClient.request(PROFILE_BADGES, { id: campaign.id }),
  });
  return data?.campaign.targetProfile?.badges ?? [];
}

const certifiableText = (value: boolean | null, translate: (key: string) => string) =>
  value === null ? '–' : translate(value ? 'orga.participants.certifiable.yes' : 'orga.participants.certifiable.no');

/**
 * "Participants" tab (guide p.69-71): everyone who started, once each, with their status or result;
 * filters by status, name or identifier, and certifiability for a profiles collection (the only
 * kind whose results say it); a "Badges" column when the campaign's profile awards badges. A row
 * opens the person's result (their latest shared sending, else their attempt in progress).
 */
export const ParticipantsTab = ({ campaign }: { campaign: CampaignRecord }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [locale] = useLocaleState();
  const badges = useProfileBadges(campaign);
  const collectsProfiles = campaign.type === 'PROFILES_COLLECTION';
  const resultsPath = (record: ParticipationRow) =>
    `/campaigns/${encodeURIComponent(campaign.id)}/participations/${encodeURIComponent(record.sharedParticipationId ?? record.id)}`;
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('orga.participants.search')} />,
    <SelectInput key="status" source="status" label="orga.participants.fields.status" choices={STATUS_CHOICES} alwaysOn emptyText="orga.participants.allStatuses" />,
    ...(collectsProfiles
      ? [<SelectInput key="certifiable" source="certifiable" label="orga.participants.fields.certifiable" choices={CERTIFIABLE_CHOICES} alwaysOn emptyText="orga.participants.allStatuses" />]
      : []),
  ];
  return (
    <ListBase
      resource="campaignParticipations"
      filter={{ campaignId: campaign.id }}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      disableSyncWithLocation
      storeKey={false}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 2 }}>
        <FilterForm filters={filters} />
        <SortSelect />
      </Box>
      <Datagrid
        bulkActionButtons={false}
        rowClick={(_id, _resource, record) => {
          navigate(resultsPath(record as ParticipationRow));
          return false;
        }}
        empty={<Box sx={{ p: 2 }}>{translate('orga.participants.empty')}</Box>}
      >
        <FunctionField<ParticipationRow>
          source="participantLastName"
          label="orga.participants.fields.lastName"
          sortable={false}
          render={(record) => <RowLink to={resultsPath(record)}>{record.participantLastName || '–'}</RowLink>}
        />
        <TextField source="participantFirstName" label="orga.participants.fields.firstName" sortable={false} emptyText="–" />
        {campaign.externalIdLabel ? (
          <TextField source="participantExternalId" label={campaign.externalIdLabel} sortable={false} emptyText="–" />
        ) : null}
        <DateField source="startedAt" label="orga.participants.fields.startedAt" sortable={false} locales={locale === 'en' ? 'en-GB' : 'fr-FR'} />
        <FunctionField<ParticipationRow>
          label="orga.participants.fields.result"
          sortable={false}
          render={(record) => <ParticipationResultChip status={record.status} masteryRate={record.masteryRate} />}
        />
        {badges.length ? (
          <FunctionField<ParticipationRow>
            label="orga.resultScreens.participants.badges"
            sortable={false}
            render={(record) =>
              record.badges?.length ? (
                <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
                  {record.badges.map((badge) => (
                    <Chip key={badge.key} size="small" color="success" variant="outlined" label={badge.title} />
                  ))}
                </Box>
              ) : (
                '–'
              )
            }
          />
        ) : null}
        {collectsProfiles ? (
          <FunctionField<ParticipationRow> label="orga.participants.fields.certifiable" sortable={false} render={(record) => certifiableText(record.isCertifiable, translate)} />
        ) : null}
      </Datagrid>
      <KeysetPagination />
    </ListBase>
  );
};

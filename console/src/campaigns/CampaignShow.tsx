import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Box, Button, Card, CardContent, Chip, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { EditButton, Loading, ShowBase, TabbedShowLayout, TabbedShowLayoutTabs, Title, useShowContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { errorMessageKey } from '../auth/errorCodes';
import { ParticipantsTab } from '../participants/ParticipantsTab';
import { CollectiveResults } from '../results/CollectiveResults';
import { ExportResultsButton } from '../results/ExportResultsButton';
import { ArchiveButton } from './ArchiveButton';
import { CampaignDetails } from './CampaignDetails';
import { CopyButton } from './CopyButton';
import type { CampaignRecord } from './operations';

const noop = () => undefined;

const HeaderFigure = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>{children}</Box>
  </Box>
);

const BackToList = () => {
  const translate = useTranslate();
  return (
    <Button component={Link} to="/campaigns" startIcon={<ArrowBackIcon />} sx={{ mt: 1 }}>
      {translate('orga.campaigns.show.back')}
    </Button>
  );
};

const CampaignShowView = () => {
  const translate = useTranslate();
  const { record, error, isPending } = useShowContext<CampaignRecord & { id: string }>();
  if (error) {
    // Another organisation's campaign, or none: the French message and nothing of the campaign.
    return (
      <Box>
        <BackToList />
        <Alert severity="error" sx={{ mt: 2 }} data-testid="campaign-error">
          {translate(errorMessageKey(error))}
        </Alert>
      </Box>
    );
  }
  if (isPending || !record) return <Loading />;
  return (
    <Box>
      <Title title={record.name} />
      <BackToList />
      <Card sx={{ mt: 1, mb: 2 }}>
        {/*
          The name has the whole first row (the guide's own names are long); figures and buttons share
          the second, the buttons never breaking inside (each moves whole to a new line on a phone).
        */}
        <CardContent sx={{ display: 'grid', gap: 2 }} data-testid="campaign-header">
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="h5" component="h1" sx={{ overflowWrap: 'anywhere' }}>
              {record.name}
            </Typography>
            {record.isArchived ? <Chip size="small" label={translate('orga.campaigns.show.archived')} sx={{ mt: 1 }} /> : null}
          </Box>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 3, alignItems: 'flex-end', justifyContent: 'space-between' }}>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
              <HeaderFigure label={translate('orga.campaigns.show.code')}>
                <Typography variant="h6" component="span" data-testid="campaign-code" sx={{ fontFamily: 'monospace', letterSpacing: 1 }}>
                  {record.code}
                </Typography>
                <CopyButton text={record.code} label={translate('orga.campaigns.show.copyCode')} />
              </HeaderFigure>
              <HeaderFigure label={translate('resources.campaigns.fields.participantsCount')}>
                <Typography variant="h6">{record.participantsCount}</Typography>
              </HeaderFigure>
              <HeaderFigure label={translate('resources.campaigns.fields.sharedParticipationsCount')}>
                <Typography variant="h6">{record.sharedParticipationsCount}</Typography>
              </HeaderFigure>
            </Box>
            <Box
              data-testid="campaign-actions"
              sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', justifyContent: 'flex-end', gap: 1, ml: 'auto', maxWidth: '100%', '& .MuiButton-root': { whiteSpace: 'nowrap' } }}
            >
              <ExportResultsButton campaignId={record.id} />
              {record.isArchived ? null : <EditButton record={record} label="orga.campaigns.show.edit" variant="outlined" />}
              <ArchiveButton campaign={record} />
            </Box>
          </Box>
        </CardContent>
      </Card>
      {/* On a phone the tabs scroll on their own and long links break, instead of widening the card. */}
      <Card sx={{ '& a': { overflowWrap: 'anywhere' } }}>
        <TabbedShowLayout record={record} tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />}>
          <TabbedShowLayout.Tab label="orga.campaigns.show.details">
            <CampaignDetails campaign={record} />
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label={translate('orga.campaigns.show.participants', { count: record.participantsCount })} path="participants">
            <ParticipantsTab campaign={record} />
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label="orga.campaigns.show.collectiveResults" path="resultats-collectifs">
            <CollectiveResults campaignId={record.id} />
          </TabbedShowLayout.Tab>
        </TabbedShowLayout>
      </Card>
    </Box>
  );
};

/** A campaign (guide p.63-73): code, counts, details, participants and collective results. */
export const CampaignShow = () => (
  <ShowBase resource="campaigns" queryOptions={{ onError: noop }}>
    <CampaignShowView />
  </ShowBase>
);

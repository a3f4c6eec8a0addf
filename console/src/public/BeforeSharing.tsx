import { Box, LinearProgress, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import type { CampaignToJoin, MyParticipation } from './operations';
import { formatPercent, progressValue } from './participantResult';

/** How far the attempt is (readable before sharing: it is not a result). */
export const ParticipationProgress = ({ participation }: { participation: MyParticipation }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const value = progressValue(participation.progress);
  if (value === null) return null;
  return (
    <Box sx={{ my: 2 }} data-testid="participation-progress">
      <Typography variant="body2" id="participation-progress-label" gutterBottom>
        {translate('orga.participantResults.progress', { percent: formatPercent(value / 100, locale) })}
      </Typography>
      <LinearProgress variant="determinate" value={value} aria-labelledby="participation-progress-label" sx={{ height: 8, borderRadius: 4 }} />
    </Box>
  );
};

/** In plain words, what "J'envoie mes résultats" sends to the organisation, and what it sees until then. */
export const WhatSharingSends = ({ campaign }: { campaign: CampaignToJoin }) => {
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby="what-sharing-sends" sx={{ my: 2 }} data-testid="what-sharing-sends">
      <Typography variant="subtitle1" component="h3" id="what-sharing-sends">
        {translate('orga.participantResults.whatSharingSends.title')}
      </Typography>
      <Typography variant="body2">
        {translate(
          campaign.type === 'PROFILES_COLLECTION' ? 'orga.participantResults.whatSharingSends.profilesCollection' : 'orga.participantResults.whatSharingSends.assessment',
          { organization: campaign.organizationName },
        )}
      </Typography>
    </Box>
  );
};

import { Alert, Box, Button, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm, useLocale, useTranslate } from 'react-admin';
import { errorMessageKey } from '../auth/errorCodes';
import { graphqlClient } from '../auth/graphqlClient';
import { formatDate } from './participantResult';
import { RESET_PARTICIPATION, RETRY_PARTICIPATION, type CampaignToJoin, type MyParticipation } from './operations';

/**
 * After sharing, with multiple sendings (guide p.35): "Je retente" asks only the failed questions
 * again, "Remettre à zéro" every question (when the target profile allows it). Before the delay,
 * the date from which it will be possible. The API decides (canRetry, canReset, retryAvailableAt).
 */
export const RetryPanel = ({ campaign, onStarted, onRefused }: { campaign: CampaignToJoin; onStarted: (participation: MyParticipation) => void; onRefused: () => void }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const restart = async (reset: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const variables = { campaignId: campaign.campaignId };
      onStarted(
        reset
          ? (await graphqlClient.request(RESET_PARTICIPATION, variables)).resetParticipation
          : (await graphqlClient.request(RETRY_PARTICIPATION, variables)).retryParticipation,
      );
    } catch (caught) {
      setError(caught);
      onRefused();
    } finally {
      setBusy(false);
      setConfirmingReset(false);
    }
  };

  const availableAt = campaign.retryAvailableAt ? formatDate(campaign.retryAvailableAt, locale, { withTime: true }) : '';

  return (
    <Box data-testid="retry-panel" sx={{ mt: 3, pt: 2, borderTop: 1, borderColor: 'divider' }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('orga.landing.retry.title')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{translate('orga.landing.retry.invite')}</Typography>
      {campaign.canRetry ? (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
          <Button variant="contained" onClick={() => void restart(false)} disabled={busy}>
            {translate('orga.landing.retry.retry')}
          </Button>
          {campaign.canReset ? (
            <Button variant="outlined" onClick={() => setConfirmingReset(true)} disabled={busy}>
              {translate('orga.landing.retry.reset')}
            </Button>
          ) : null}
        </Box>
      ) : (
        <Alert severity="info">{translate('orga.landing.retry.notYet', { date: availableAt })}</Alert>
      )}
      <Confirm
        isOpen={confirmingReset}
        loading={busy}
        title="orga.landing.retry.resetConfirmTitle"
        content="orga.landing.retry.resetConfirmContent"
        confirm="orga.landing.retry.reset"
        onConfirm={() => void restart(true)}
        onClose={() => setConfirmingReset(false)}
      />
      {error ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          {translate(errorMessageKey(error))}
        </Alert>
      ) : null}
    </Box>
  );
};

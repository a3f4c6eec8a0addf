import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { errorMessageKey } from '../auth/errorCodes';
import { ResultBandsChart } from '../results/ResultBandsChart';
import { bandsOfProfile, formatShareRate, type Statistics } from './statistics';

/**
 * One row of figures (En cours de test, En attente, Résultats reçus, total, taux de partage), then
 * how the shared results spread over the guide's bands of each Pix emploi profile.
 */
export const StatisticsCard = ({
  title,
  statistics,
  error,
  testId,
  zeroHint,
  zeroAction,
}: {
  title: string;
  statistics?: Statistics;
  error?: unknown;
  testId: string;
  /** What a row of zeros means here (a new space is all zeros: say why, not just "0"). */
  zeroHint: string;
  zeroAction?: ReactNode;
}) => {
  const translate = useTranslate();
  const locale = useLocale();
  const figure = (key: string, value: string | number) => (
    <Box sx={{ minWidth: 140 }}>
      <Typography variant="h4" component="p">
        {value}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate(key)}
      </Typography>
    </Box>
  );
  return (
    <Card data-testid={testId}>
      <CardContent>
        <Typography component="h2" variant="h6" gutterBottom>
          {title}
        </Typography>
        {error ? <Alert severity="error">{translate(errorMessageKey(error))}</Alert> : null}
        {statistics ? (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 3 }}>
            {figure('orga.figures.participations', statistics.participationsCount)}
            {figure('orga.figures.started', statistics.startedCount)}
            {figure('orga.figures.toShare', statistics.toShareCount)}
            {figure('orga.figures.shared', statistics.sharedCount)}
            {figure('orga.figures.shareRate', formatShareRate(statistics.shareRate, locale))}
          </Box>
        ) : null}
        {statistics && statistics.participationsCount === 0 ? (
          <Box sx={{ mt: 2 }} data-testid={`${testId}-zero`}>
            <Typography variant="body2">{zeroHint}</Typography>
            {zeroAction ? <Box sx={{ mt: 1 }}>{zeroAction}</Box> : null}
          </Box>
        ) : null}
        {statistics && statistics.participationsCount > 0 && statistics.sharedCount === 0 ? (
          <Typography variant="body2" sx={{ mt: 2 }}>
            {translate('orga.figures.zero.noResult')}
          </Typography>
        ) : null}
        {statistics?.sharedCount ? (
          <Box sx={{ display: 'grid', gridTemplateColumns: { md: '1fr 1fr' }, gap: 3, mt: 3 }}>
            <ResultBandsChart title={translate('orga.figures.diagnosticBands')} bands={bandsOfProfile(statistics.resultBands, 'DIAGNOSTIC_')} />
            <ResultBandsChart title={translate('orga.figures.cleaBands')} bands={bandsOfProfile(statistics.resultBands, 'CLEA_')} />
          </Box>
        ) : null}
      </CardContent>
    </Card>
  );
};

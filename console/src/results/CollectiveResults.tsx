import { Alert, Box, Paper, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, useTranslate } from 'react-admin';
import { errorMessageKey } from '../auth/errorCodes';
import { graphqlClient } from '../auth/graphqlClient';
import { MasteryBar } from './MasteryBar';
import { COLLECTIVE_RESULTS } from './operations';
import { ResultBandsChart } from './ResultBandsChart';
import type { ResultBandCount } from './resultBands';

interface CollectiveData {
  campaign: {
    id: string;
    type: string;
    sharedParticipationsCount: number;
    collectiveResults: { competenceId: string; competenceCode: string | null; competenceName: string | null; averageMasteryRate: number; participantsCount: number }[];
    resultBands: ResultBandCount[];
  };
}

/** "Résultats collectifs" (guide p.73): mean mastery per competence, and the result bands. */
export const CollectiveResults = ({ campaignId }: { campaignId: string }) => {
  const translate = useTranslate();
  const { data, error, isPending } = useQuery({
    queryKey: ['collectiveResults', campaignId],
    queryFn: () => graphqlClient.request<CollectiveData>(COLLECTIVE_RESULTS, { id: campaignId }),
  });
  if (isPending) return <Loading />;
  if (error) return <Alert severity="error">{translate(errorMessageKey(error))}</Alert>;
  const { collectiveResults, resultBands, sharedParticipationsCount } = data.campaign;
  if (sharedParticipationsCount === 0) return <Alert severity="info">{translate('orga.results.collective.none')}</Alert>;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 3 }}>
      <Paper variant="outlined">
        <Table size="small" aria-label={translate('orga.results.collective.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('orga.results.collective.competence')}</TableCell>
              <TableCell>{translate('orga.results.collective.average')}</TableCell>
              <TableCell align="right">{translate('orga.results.collective.participants')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {collectiveResults.map((result) => (
              <TableRow key={result.competenceId}>
                <TableCell>
                  {result.competenceCode ? `${result.competenceCode} ` : ''}
                  {result.competenceName ?? result.competenceId}
                </TableCell>
                <TableCell>
                  <MasteryBar rate={result.averageMasteryRate} label={result.competenceName ?? result.competenceId} />
                </TableCell>
                <TableCell align="right">{result.participantsCount}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
      {resultBands.length ? <ResultBandsChart bands={resultBands} /> : null}
    </Box>
  );
};

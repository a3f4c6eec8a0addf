import { Alert, Box, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, useTranslate } from 'react-admin';
import { errorMessageKey } from '../auth/errorCodes';
import { graphqlClient } from '../auth/graphqlClient';
import { CompetenceNamesNote } from './CompetenceLevelsTable';
import { useResultFormats } from './format';
import { MasteryBar } from './MasteryBar';
import { COLLECTIVE_RESULTS } from './operations';
import { ResultBandsChart } from './ResultBandsChart';

const competenceLabel = (row: { competenceId: string; competenceCode: string | null; competenceName: string | null }) =>
  `${row.competenceCode ? `${row.competenceCode} ` : ''}${row.competenceName ?? row.competenceId}`;

/**
 * "Résultats collectifs" (guide p.73), over each person's result (latest shared, once a person):
 * for an assessment, per competence the mean mastery, the mean validated skills and the skills
 * evaluated, then the result bands; for a profiles collection, the share of certifiable profiles
 * and the mean level and pix per competence.
 */
export const CollectiveResults = ({ campaignId }: { campaignId: string }) => {
  const translate = useTranslate();
  const { percent, decimal } = useResultFormats();
  const { data, error, isPending } = useQuery({
    queryKey: ['collectiveResults', campaignId],
    queryFn: () => graphqlClient.request(COLLECTIVE_RESULTS, { id: campaignId }),
  });
  if (isPending) return <Loading />;
  if (error) return <Alert severity="error">{translate(errorMessageKey(error))}</Alert>;
  const { collectiveResults, collectiveLevels, resultBands, sharedParticipationsCount, certifiableParticipantsCount } = data.campaign;
  if (sharedParticipationsCount === 0) return <Alert severity="info">{translate('orga.results.collective.none')}</Alert>;
  if (data.campaign.type === 'PROFILES_COLLECTION') {
    const certifiable = certifiableParticipantsCount ?? 0;
    return (
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 3 }}>
        <Box component="section" aria-labelledby="certifiable-title">
          <Typography id="certifiable-title" variant="h6" component="h2">
            {translate('orga.resultScreens.collective.certifiableTitle')}
          </Typography>
          <Typography data-testid="certifiable-share">
            {translate('orga.resultScreens.collective.certifiableShare', { count: certifiable, total: sharedParticipationsCount, percent: percent(certifiable / sharedParticipationsCount) })}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {translate('orga.resultScreens.certifiable.explanation')}
          </Typography>
        </Box>
        <Paper variant="outlined">
          <Table size="small" aria-label={translate('orga.resultScreens.collective.levelsTitle')} data-testid="collective-levels">
            <TableHead>
              <TableRow>
                <TableCell>{translate('orga.results.collective.competence')}</TableCell>
                <TableCell align="right">{translate('orga.resultScreens.collective.averageLevel')}</TableCell>
                <TableCell align="right">{translate('orga.resultScreens.collective.averagePix')}</TableCell>
                <TableCell align="right">{translate('orga.results.collective.participants')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {collectiveLevels.map((row) => (
                <TableRow key={row.competenceId}>
                  <TableCell lang="fr">{competenceLabel(row)}</TableCell>
                  <TableCell align="right">{decimal(row.averageLevel)}</TableCell>
                  <TableCell align="right">{decimal(row.averagePixScore)}</TableCell>
                  <TableCell align="right">{row.participantsCount}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <CompetenceNamesNote />
        </Paper>
      </Box>
    );
  }
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 3 }}>
      <Paper variant="outlined">
        <Table size="small" aria-label={translate('orga.results.collective.title')} data-testid="collective-results">
          <TableHead>
            <TableRow>
              <TableCell>{translate('orga.results.collective.competence')}</TableCell>
              <TableCell>{translate('orga.results.collective.average')}</TableCell>
              <TableCell align="right">{translate('orga.resultScreens.collective.validatedAverage')}</TableCell>
              <TableCell align="right">{translate('orga.resultScreens.collective.tested')}</TableCell>
              <TableCell align="right">{translate('orga.results.collective.participants')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {collectiveResults.map((result) => (
              <TableRow key={result.competenceId}>
                <TableCell lang="fr">{competenceLabel(result)}</TableCell>
                <TableCell>
                  <MasteryBar rate={result.averageMasteryRate} label={result.competenceName ?? result.competenceId} />
                </TableCell>
                <TableCell align="right">{decimal(result.averageValidatedSkillsCount)}</TableCell>
                <TableCell align="right">{result.totalSkillsCount}</TableCell>
                <TableCell align="right">{result.participantsCount}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <CompetenceNamesNote />
      </Paper>
      {resultBands.length ? <ResultBandsChart bands={resultBands} /> : null}
    </Box>
  );
};

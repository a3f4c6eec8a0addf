import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import CheckIcon from '@mui/icons-material/Check';
import { Alert, Box, Button, Card, CardContent, Chip, Link as MuiLink, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Loading, Title, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { errorMessageKey } from '../auth/errorCodes';
import { graphqlClient } from '../auth/graphqlClient';
import { ParticipationResultChip } from '../participants/ParticipationResultChip';
import { BandAdvice } from './BandAdvice';
import { CompetenceLevelsTable, CompetenceNamesNote } from './CompetenceLevelsTable';
import { useResultFormats } from './format';
import { MasteryBar } from './MasteryBar';
import { PARTICIPATION_RESULTS } from './operations';
import { bandOfRate } from './resultBands';
import { keptSending, SendingsList } from './SendingsList';

const Figure = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box sx={{ minWidth: 120 }}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Typography variant="h6" component="div">
      {children}
    </Typography>
  </Box>
);

/**
 * A participant's results (guide p.72): progress, start and share dates, validated and evaluated
 * skills, the global score and, per competence, a bar whose length shows the competence's share of
 * the campaign; the guide's band message and advice for that score (p.23-24); for a profiles
 * collection, the level in each competence and whether the profile is certifiable. The person's
 * other sendings in the campaign open from here. Nothing of a result shows before it is shared.
 */
export const ParticipationResultPage = () => {
  const translate = useTranslate();
  const { percent, date } = useResultFormats();
  const { id: campaignId = '', participationId = '' } = useParams();
  const { data, error, isPending } = useQuery({
    queryKey: ['participationResults', campaignId, participationId],
    queryFn: () => graphqlClient.request(PARTICIPATION_RESULTS, { campaignId, id: participationId }),
  });
  const pathOf = (id: string) => `/campaigns/${encodeURIComponent(campaignId)}/participations/${encodeURIComponent(id)}`;
  const back = (
    <Button component={Link} to={`/campaigns/${encodeURIComponent(campaignId)}/show/participants`} startIcon={<ArrowBackIcon />} sx={{ mt: 1 }}>
      {translate('orga.results.participant.back')}
    </Button>
  );
  if (isPending) return <Loading />;
  if (error) {
    return (
      <Box>
        {back}
        <Alert severity="error" sx={{ mt: 2 }}>
          {translate(errorMessageKey(error))}
        </Alert>
      </Box>
    );
  }
  const { campaign } = data;
  const participation = campaign.participation;
  const name = [participation.participantFirstName, participation.participantLastName].filter(Boolean).join(' ') || translate('orga.results.participant.anonymous');
  const competences = new Map(data.referential.flatMap((area) => area.competences).map((competence) => [competence.id, competence]));
  const results = participation.competenceResults ?? [];
  const heaviest = Math.max(1, ...results.map((result) => result.totalSkillsCount));
  const shared = participation.status === 'SHARED';
  const band = shared && participation.masteryRate !== null ? bandOfRate(campaign.resultBands, participation.masteryRate) : null;
  const kept = keptSending(participation.sendings);

  return (
    <Box>
      <Title title={name} />
      {back}
      <Card sx={{ mt: 1 }}>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {name}
          </Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {campaign.name}
            {participation.participantExternalId && campaign.externalIdLabel ? ` · ${campaign.externalIdLabel} : ${participation.participantExternalId}` : ''}
          </Typography>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 4, mt: 2 }}>
            <Figure label={translate('orga.results.participant.progress')}>
              {participation.progress !== null ? percent(participation.progress) : translate('orga.participants.status.STARTED')}
            </Figure>
            <Figure label={translate('orga.results.participant.startedAt')}>{date(participation.startedAt)}</Figure>
            <Figure label={translate('orga.results.participant.sharedAt')}>
              {participation.sharedAt ? (
                <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
                  <CheckIcon fontSize="small" color="success" />
                  {date(participation.sharedAt)}
                </Box>
              ) : (
                <ParticipationResultChip status={participation.status} masteryRate={null} />
              )}
            </Figure>
            {participation.validatedSkillsCount !== null ? (
              <Figure label={translate('orga.results.participant.validatedSkills')}>{participation.validatedSkillsCount}</Figure>
            ) : null}
            {participation.testedSkillsCount !== null ? (
              <Figure label={translate('orga.results.participant.testedSkills')}>{participation.testedSkillsCount}</Figure>
            ) : null}
            {participation.masteryRate !== null ? (
              <Figure label={translate('orga.results.participant.result')}>
                <strong data-testid="participant-mastery">{percent(participation.masteryRate)}</strong>
              </Figure>
            ) : null}
            {participation.pixScore !== null ? <Figure label={translate('orga.results.participant.pixScore')}>{participation.pixScore}</Figure> : null}
            {participation.isCertifiable !== null ? (
              <Figure label={translate('orga.resultScreens.certifiable.title')}>
                <span data-testid="participant-certifiable">
                  {translate(participation.isCertifiable ? 'orga.participants.certifiable.yes' : 'orga.participants.certifiable.no')}
                </span>
              </Figure>
            ) : null}
          </Box>
          {participation.isCertifiable !== null ? (
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
              {translate('orga.resultScreens.certifiable.explanation')}
            </Typography>
          ) : null}
          {participation.badges?.length ? (
            <Box sx={{ display: 'flex', gap: 1, mt: 2 }}>
              {participation.badges.map((badge) => (
                <Chip key={badge.key} color="success" label={badge.title} />
              ))}
            </Box>
          ) : null}
        </CardContent>
      </Card>
      {band ? <BandAdvice band={band} /> : null}
      {!shared ? (
        <Alert severity="info" sx={{ mt: 2 }}>
          {kept && kept.sharedAt ? (
            <>
              {translate('orga.resultScreens.sendings.runningWithResult', { date: date(kept.sharedAt) })}{' '}
              <MuiLink component={Link} to={pathOf(kept.id)}>
                {translate('orga.resultScreens.sendings.openKept')}
              </MuiLink>
            </>
          ) : (
            translate('orga.results.participant.notShared')
          )}
        </Alert>
      ) : null}
      {shared && participation.competenceLevels?.length ? <CompetenceLevelsTable levels={participation.competenceLevels} competences={competences} /> : null}
      {shared && results.length ? (
        <Paper variant="outlined" sx={{ mt: 2 }}>
          <Table size="small" aria-label={translate('orga.results.participant.competences', { smart_count: results.length })}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('orga.results.participant.competences', { smart_count: results.length })}</TableCell>
                <TableCell>{translate('orga.results.participant.results')}</TableCell>
                <TableCell align="right">{translate('orga.results.participant.validatedSkills')}</TableCell>
                <TableCell align="right">{translate('orga.results.participant.testedSkills')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {results.map((result) => {
                const competence = competences.get(result.competenceId);
                return (
                  <TableRow key={result.competenceId}>
                    <TableCell lang="fr">{competence ? `${competence.code} ${competence.name}` : result.competenceId}</TableCell>
                    <TableCell sx={{ width: '40%' }}>
                      <MasteryBar rate={result.masteryRate} weight={result.totalSkillsCount / heaviest} label={competence?.name ?? result.competenceId} />
                    </TableCell>
                    <TableCell align="right">{result.validatedSkillsCount}</TableCell>
                    <TableCell align="right">{result.totalSkillsCount}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <CompetenceNamesNote />
        </Paper>
      ) : null}
      {participation.sendings.length > 1 ? <SendingsList sendings={participation.sendings} shownId={participation.id} pathOf={pathOf} /> : null}
    </Box>
  );
};

import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import CheckIcon from '@mui/icons-material/Check';
import { Alert, Box, Button, Card, CardContent, Chip, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Loading, Title, useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { errorMessageKey } from '../auth/errorCodes';
import { graphqlClient } from '../auth/graphqlClient';
import { formatPercent, type ParticipationStatus } from '../participants/participationStatus';
import { ParticipationResultChip } from '../participants/ParticipationResultChip';
import { MasteryBar } from './MasteryBar';
import { PARTICIPATION_RESULTS } from './operations';

interface CompetenceResult {
  competenceId: string;
  validatedSkillsCount: number;
  totalSkillsCount: number;
  masteryRate: number;
}

interface ResultsData {
  campaign: {
    id: string;
    name: string;
    type: string;
    externalIdLabel: string | null;
    participation: {
      id: string;
      status: ParticipationStatus;
      participantFirstName: string | null;
      participantLastName: string | null;
      participantExternalId: string | null;
      startedAt: string;
      sharedAt: string | null;
      masteryRate: number | null;
      validatedSkillsCount: number | null;
      testedSkillsCount: number | null;
      pixScore: number | null;
      isCertifiable: boolean | null;
      competenceResults: CompetenceResult[] | null;
      badges: { key: string; title: string }[] | null;
    };
  };
  referential: { id: string; code: string; title: string; competences: { id: string; code: string; name: string }[] }[];
}

const DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });

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
 * the campaign. Nothing of the results shows before the participant shares them.
 */
export const ParticipationResultPage = () => {
  const translate = useTranslate();
  const { id: campaignId = '', participationId = '' } = useParams();
  const { data, error, isPending } = useQuery({
    queryKey: ['participationResults', campaignId, participationId],
    queryFn: () => graphqlClient.request<ResultsData>(PARTICIPATION_RESULTS, { campaignId, id: participationId }),
  });
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
  const finished = participation.status !== 'STARTED';

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
              {finished ? formatPercent(1) : translate('orga.participants.status.STARTED')}
            </Figure>
            <Figure label={translate('orga.results.participant.startedAt')}>{DATE.format(new Date(participation.startedAt))}</Figure>
            <Figure label={translate('orga.results.participant.sharedAt')}>
              {participation.sharedAt ? (
                <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
                  <CheckIcon fontSize="small" color="success" />
                  {DATE.format(new Date(participation.sharedAt))}
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
                <strong data-testid="participant-mastery">{formatPercent(participation.masteryRate)}</strong>
              </Figure>
            ) : null}
            {participation.pixScore !== null ? <Figure label={translate('orga.results.participant.pixScore')}>{participation.pixScore}</Figure> : null}
            {participation.isCertifiable !== null ? (
              <Figure label={translate('orga.participants.fields.certifiable')}>
                {translate(participation.isCertifiable ? 'orga.participants.certifiable.yes' : 'orga.participants.certifiable.no')}
              </Figure>
            ) : null}
          </Box>
          {participation.badges?.length ? (
            <Box sx={{ display: 'flex', gap: 1, mt: 2 }}>
              {participation.badges.map((badge) => (
                <Chip key={badge.key} color="success" label={badge.title} />
              ))}
            </Box>
          ) : null}
        </CardContent>
      </Card>
      {participation.status !== 'SHARED' ? (
        <Alert severity="info" sx={{ mt: 2 }}>
          {translate('orga.results.participant.notShared')}
        </Alert>
      ) : results.length ? (
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
                    <TableCell>{competence ? `${competence.code} ${competence.name}` : result.competenceId}</TableCell>
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
        </Paper>
      ) : null}
    </Box>
  );
};

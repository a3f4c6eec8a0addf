import { Box, Chip, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslate } from 'react-admin';
import { graphqlClient } from '../auth/graphqlClient';
import { REFERENTIAL, type CampaignToJoin, type MyParticipation, type MyResultBand } from './operations';
import { bandMessage, competenceRows, formatDate, formatPercent } from './participantResult';

const useCompetences = (enabled: boolean) =>
  useQuery({
    queryKey: ['referential'],
    queryFn: async () =>
      (await graphqlClient.request(REFERENTIAL)).referential.flatMap((area) => area.competences),
    enabled,
    staleTime: Infinity,
  });

/** "Vos résultats détaillés" (guide p.32): each competence tested with its rate, then the global rate. */
const DetailedResults = ({ participation }: { participation: MyParticipation & { masteryRate: number } }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const results = participation.competenceResults ?? [];
  const { data: referential } = useCompetences(results.length > 0);
  if (!results.length || !referential) return null;
  const rows = competenceRows(results, referential, { locale, unknownName: translate('orga.participantResults.unknownCompetence') });
  return (
    <Box component="section" aria-labelledby="detailed-results-title" sx={{ mt: 3 }} data-testid="detailed-results">
      <Typography variant="h6" component="h2" id="detailed-results-title" gutterBottom>
        {translate('orga.participantResults.detailed')}
      </Typography>
      <Table size="small" aria-labelledby="detailed-results-title">
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">{translate('orga.participantResults.competence')}</TableCell>
            <TableCell component="th" scope="col" align="right">{translate('orga.participantResults.result')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.competenceId}>
              <TableCell component="th" scope="row" lang="fr">
                {row.name}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{row.percent}</TableCell>
            </TableRow>
          ))}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableCell component="th" scope="row" sx={{ fontWeight: 'bold', color: 'text.primary', fontSize: 'body2.fontSize' }}>
              {translate('orga.participantResults.overall')}
            </TableCell>
            <TableCell align="right" sx={{ fontWeight: 'bold', color: 'text.primary', fontSize: 'body2.fontSize', whiteSpace: 'nowrap' }}>
              {formatPercent(participation.masteryRate, locale)}
            </TableCell>
          </TableRow>
        </TableFooter>
      </Table>
    </Box>
  );
};

/**
 * After sharing (guide p.30-37): the thanks, the global rate ("Vous maîtrisez 76 % des compétences
 * testées"), the guide's message for the participant's band, the detailed results, the badges
 * earned; a profiles collection gives the pix score and whether the profile is certifiable.
 * Everything here comes from the API only once the participant has shared.
 */
export const SharedResult = ({ campaign, participation, band }: { campaign: CampaignToJoin; participation: MyParticipation; band: MyResultBand | null }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const message = band ? bandMessage(band, locale) : null;
  const badges = participation.badges ?? [];
  return (
    <Box data-testid="shared-result">
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('orga.landing.participation.sharedTitle', { organization: campaign.organizationName })}
      </Typography>
      {participation.sharedAt ? (
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate('orga.participantResults.sharedOn', { date: formatDate(participation.sharedAt, locale) })}
        </Typography>
      ) : null}
      {participation.masteryRate !== null ? (
        <Typography variant="h5" component="p" sx={{ mt: 2 }} data-testid="mastery">
          {translate('orga.participantResults.mastery', { percent: formatPercent(participation.masteryRate, locale) })}
        </Typography>
      ) : null}
      {message ? (
        <Typography
          component="blockquote"
          lang={message.lang}
          data-testid="result-band"
          sx={{ mx: 0, my: 2, py: 1, px: 2, borderLeft: 4, borderColor: 'primary.main', bgcolor: 'grey.50', fontSize: '1.05rem' }}
        >
          {message.text}
        </Typography>
      ) : null}
      {participation.pixScore !== null && participation.masteryRate === null ? (
        <Typography sx={{ mt: 2 }}>{translate('orga.participantResults.pixScore', { score: participation.pixScore })}</Typography>
      ) : null}
      {participation.isCertifiable !== null ? (
        <Typography sx={{ mt: 1 }}>{translate(participation.isCertifiable ? 'orga.participantResults.certifiable' : 'orga.participantResults.notCertifiable')}</Typography>
      ) : null}
      {participation.masteryRate !== null ? <DetailedResults participation={{ ...participation, masteryRate: participation.masteryRate }} /> : null}
      {badges.length ? (
        <Box component="section" aria-labelledby="badges-title" sx={{ mt: 3 }} data-testid="badges">
          <Typography variant="h6" component="h2" id="badges-title" gutterBottom>
            {translate('orga.participantResults.badges')}
          </Typography>
          <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexWrap: 'wrap', gap: 1 }}>
            {badges.map((badge) => (
              <li key={badge.key}>
                <Chip
                  icon={<WorkspacePremiumIcon aria-hidden />}
                  label={<span lang="fr">{badge.title}</span>}
                  color="success"
                  variant="outlined"
                  sx={{ height: 'auto', py: 0.5, '& .MuiChip-label': { whiteSpace: 'normal' } }}
                />
              </li>
            ))}
          </Box>
        </Box>
      ) : null}
      {locale !== 'fr' && (badges.length || participation.competenceResults?.length) ? (
        <Typography variant="caption" component="p" color="text.secondary" sx={{ mt: 1 }}>
          {translate('orga.participantResults.frenchOnly')}
        </Typography>
      ) : null}
      <Typography variant="caption" component="p" color="text.secondary" sx={{ mt: 2 }}>
        {translate('orga.participantResults.keepTrace')}
      </Typography>
    </Box>
  );
};

/**
 * While "Je retente" runs (one person, one result): the earlier sending stays the result the
 * organisation reads, so the participant sees it beside the attempt in progress.
 */
export const EarlierResult = ({ campaign, result, band }: { campaign: CampaignToJoin; result: MyParticipation; band: MyResultBand | null }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const message = band ? bandMessage(band, locale) : null;
  const date = result.sharedAt ? formatDate(result.sharedAt, locale) : '';
  return (
    <Box component="section" aria-labelledby="earlier-result-title" data-testid="earlier-result" sx={{ mt: 3, p: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Typography variant="subtitle1" component="h2" id="earlier-result-title" sx={{ fontWeight: 'bold' }} gutterBottom>
        {translate('orga.participantResults.earlier.title')}
      </Typography>
      <Typography>
        {result.masteryRate !== null
          ? translate('orga.participantResults.earlier.mastery', { date, percent: formatPercent(result.masteryRate, locale) })
          : translate('orga.participantResults.earlier.profile', { date })}
      </Typography>
      {message ? (
        <Typography lang={message.lang} sx={{ mt: 1, fontStyle: 'italic' }}>
          {message.text}
        </Typography>
      ) : null}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {translate('orga.participantResults.earlier.kept', { organization: campaign.organizationName })}
      </Typography>
    </Box>
  );
};

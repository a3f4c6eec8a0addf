import { Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ParticipationResultsQuery } from '../gql/graphql';
import { useResultFormats } from './format';

export interface CompetenceNames {
  get(id: string): { code: string; name: string } | undefined;
}

/** Under a table of competences: in English, say that the referential's names are French. */
export const CompetenceNamesNote = () => {
  const translate = useTranslate();
  const { locale } = useResultFormats();
  if (locale !== 'en') return null;
  return (
    <Typography variant="caption" color="text.secondary" component="p" sx={{ px: 2, py: 1 }}>
      {translate('orga.resultScreens.competenceNamesFrenchOnly')}
    </Typography>
  );
};

/** A participant's levels as ParticipationResults reads them (generated type). */
export type CompetenceLevels = NonNullable<ParticipationResultsQuery['campaign']['participation']['competenceLevels']>;

/** A shared profile's level and pix in each competence of the referential (profiles collections). */
export const CompetenceLevelsTable = ({ levels, competences }: { levels: CompetenceLevels; competences: CompetenceNames }) => {
  const translate = useTranslate();
  const title = translate('orga.resultScreens.levels.title', { smart_count: levels.length });
  return (
    <Paper variant="outlined" sx={{ mt: 2 }}>
      <Table size="small" aria-label={title} data-testid="competence-levels">
        <TableHead>
          <TableRow>
            <TableCell>{title}</TableCell>
            <TableCell align="right">{translate('orga.resultScreens.levels.level')}</TableCell>
            <TableCell align="right">{translate('orga.resultScreens.levels.pix')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {levels.map((level) => {
            const competence = competences.get(level.competenceId);
            return (
              <TableRow key={level.competenceId}>
                <TableCell lang="fr">{competence ? `${competence.code} ${competence.name}` : level.competenceId}</TableCell>
                <TableCell align="right">{translate('orga.resultScreens.levels.levelValue', { level: level.level })}</TableCell>
                <TableCell align="right">{level.pixScore}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <CompetenceNamesNote />
    </Paper>
  );
};

import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import ScheduleSendIcon from '@mui/icons-material/ScheduleSend';
import { Chip, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { participationResult, type ParticipationStatus } from './participationStatus';

/** The "Résultats" cell: "En cours de test", "En attente", then the % once shared. */
export const ParticipationResultChip = ({ status, masteryRate }: { status: ParticipationStatus; masteryRate: number | null }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const result = participationResult({ status, masteryRate }, locale);
  if (result.kind === 'mastery') {
    return (
      <Typography variant="body2" component="span">
        <Typography variant="body2" component="span" fontWeight="bold">
          {result.percent}
        </Typography>
        {result.running ? ` · ${translate(result.running.labelKey)}` : null}
      </Typography>
    );
  }
  const icon = result.status === 'STARTED' ? <HourglassTopIcon /> : result.status === 'TO_SHARE' ? <ScheduleSendIcon /> : undefined;
  return <Chip size="small" icon={icon} label={translate(result.labelKey)} color={result.status === 'SHARED' ? 'success' : 'default'} variant="outlined" />;
};

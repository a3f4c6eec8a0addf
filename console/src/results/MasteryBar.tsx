import { Box, LinearProgress, Typography } from '@mui/material';
import { useLocaleState } from 'react-admin';
import { formatPercent } from '../participants/participationStatus';

/**
 * A result bar (guide p.72): its length can show the competence's weight in the campaign (`weight`
 * from 0 to 1), its fill the mastery. Plain MUI: no chart library for a few bars.
 */
export const MasteryBar = ({ rate, weight = 1, label }: { rate: number; weight?: number; label: string }) => {
  const [locale] = useLocaleState();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Box sx={{ width: `${Math.max(15, Math.round(weight * 100))}%`, maxWidth: 280 }}>
        <LinearProgress variant="determinate" value={Math.round(rate * 100)} aria-label={label} sx={{ height: 10, borderRadius: 5 }} />
      </Box>
      <Typography variant="body2" sx={{ minWidth: 48 }}>
        {formatPercent(rate, locale)}
      </Typography>
    </Box>
  );
};

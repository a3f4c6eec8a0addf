import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { bandTexts } from './bandTranslations';
import { bandLabels, type ResultBandCount } from './resultBands';

/** The result bands as horizontal bars: how many shared results fall in each of the guide's ranges, with the guide's advice (in English when known). */
export const ResultBandsChart = ({ bands, title }: { bands: ResultBandCount[]; title?: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const labels = bandLabels(bands, locale);
  const max = Math.max(1, ...bands.map((band) => band.count));
  return (
    <Box component="figure" sx={{ m: 0 }} aria-label={title ?? translate('orga.results.bands.title')}>
      <Typography variant="h6" component="figcaption" gutterBottom>
        {title ?? translate('orga.results.bands.title')}
      </Typography>
      {bands.map((band, index) => (
        <Box key={band.key} sx={{ mb: 2 }} data-testid={`band-${band.key}`}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <Typography variant="body2" sx={{ width: 160, flexShrink: 0 }}>
              {translate(labels[index].key, labels[index].values)}
            </Typography>
            <Box sx={{ flexGrow: 1, maxWidth: 400, bgcolor: 'action.hover', borderRadius: 1, height: 20 }}>
              <Box sx={{ width: `${(band.count / max) * 100}%`, bgcolor: 'primary.main', height: '100%', borderRadius: 1 }} />
            </Box>
            <Typography variant="body2" sx={{ minWidth: 100 }}>
              {translate('orga.results.bands.count', { smart_count: band.count })}
            </Typography>
          </Box>
          <Typography variant="caption" color="text.secondary">
            {bandTexts(band, locale).advice}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};

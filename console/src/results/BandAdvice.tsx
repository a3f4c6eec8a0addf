import { Alert, AlertTitle, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { bandTexts } from './bandTranslations';
import { useResultFormats } from './format';

/**
 * The guide's band for a shared result (p.23-24): the message the participant reads and the
 * advice for the advisor, so that the advisor can choose the next step without the guide at hand.
 */
export const BandAdvice = ({ band }: { band: { key: string; message: string; advice: string } }) => {
  const translate = useTranslate();
  const { locale } = useResultFormats();
  const texts = bandTexts(band, locale);
  const frenchOnly = texts.frenchOnly ? ` ${translate('orga.resultScreens.frenchOnly')}` : '';
  const lang = texts.frenchOnly ? 'fr' : undefined;
  return (
    <Alert severity="info" icon={false} sx={{ mt: 2 }} component="section" aria-labelledby="band-title">
      <AlertTitle id="band-title" component="h2" sx={{ typography: 'h6' }}>
        {translate('orga.resultScreens.band.title')}
      </AlertTitle>
      <Typography variant="subtitle2" component="h3">
        {translate('orga.resultScreens.band.message')}
        {frenchOnly}
      </Typography>
      <Typography variant="body2" component="blockquote" sx={{ m: 0, mb: 1.5, fontStyle: 'italic' }} data-testid="band-message" lang={lang}>
        {locale === 'en' ? `“${texts.message}”` : `« ${texts.message} »`}
      </Typography>
      <Typography variant="subtitle2" component="h3">
        {translate('orga.resultScreens.band.advice')}
        {frenchOnly}
      </Typography>
      <Typography variant="body2" data-testid="band-advice" lang={lang}>
        {texts.advice}
      </Typography>
    </Alert>
  );
};

import { Alert, Box, CircularProgress, Paper, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { errorMessageKey } from '../auth/errorCodes';
import { graphqlClient } from '../auth/graphqlClient';
import { WelcomeText } from '../public/WelcomeText';
import { RENDER_WELCOME_TEXT } from './operations';
import { useDebouncedValue } from './useDebouncedValue';

export const PREVIEW_DELAY_MS = 400;

/**
 * "Texte de la page d'accueil" as participants will read it, rendered by the API itself (the same
 * renderer as the landing page), asked for once the advisor pauses typing.
 */
export const WelcomeTextPreview = () => {
  const translate = useTranslate();
  const text = (useWatch({ name: 'welcomeText' }) as string | null | undefined) ?? '';
  const debounced = useDebouncedValue(text.slice(0, 5000), PREVIEW_DELAY_MS);
  const { data, error, isFetching } = useQuery({
    queryKey: ['renderWelcomeText', debounced],
    enabled: debounced.trim() !== '',
    queryFn: async () => (await graphqlClient.request(RENDER_WELCOME_TEXT, { text: debounced })).renderWelcomeText,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
  return (
    <Box sx={{ width: '100%', mb: 2 }} data-testid="welcome-text-preview">
      <Typography variant="subtitle2" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        {translate('orga.campaigns.form.preview')}
        {isFetching ? <CircularProgress size={14} aria-label={translate('ra.page.loading')} /> : null}
      </Typography>
      {error ? (
        <Alert severity="error">{translate(errorMessageKey(error))}</Alert>
      ) : (
        <Paper variant="outlined" sx={{ p: 2, minHeight: 48, bgcolor: 'background.default' }}>
          {text.trim() === '' ? (
            <Typography variant="body2" color="text.secondary">
              {translate('orga.campaigns.form.previewEmpty')}
            </Typography>
          ) : data !== undefined ? (
            <WelcomeText html={data} />
          ) : null}
        </Paper>
      )}
    </Box>
  );
};

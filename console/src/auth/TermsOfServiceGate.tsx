import { Box, Button, Card, CardActions, CardContent, Link, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { LocalesMenuButton, useGetIdentity, useLogout, useNotify, useTranslate } from 'react-admin';
import { errorMessageKey } from './errorCodes';
import { graphqlClient } from './graphqlClient';
import { ACCEPT_TERMS_OF_SERVICE } from './operations';

export const TERMS_URL = 'https://pix.fr/conditions-generales-d-utilisation';

/**
 * Nothing of the console shows until the signed-in person has accepted the terms of service
 * (`hasAcceptedTermsOfService` false at first login, e.g. an account opened without ticking the box).
 */
export const TermsOfServiceGate = ({ children }: { children: ReactNode }) => {
  const { identity, isPending, refetch } = useGetIdentity();
  if (isPending) return null;
  if (identity && identity.hasAcceptedTermsOfService === false) return <TermsOfServicePage onAccepted={() => void refetch()} />;
  return <>{children}</>;
};

export const TermsOfServicePage = ({ onAccepted }: { onAccepted: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const logout = useLogout();
  const [sending, setSending] = useState(false);

  const accept = async () => {
    setSending(true);
    try {
      const { acceptTermsOfService } = await graphqlClient.request(ACCEPT_TERMS_OF_SERVICE);
      graphqlClient.updateSessionUser(acceptTermsOfService);
      onAccepted();
    } catch (error) {
      notify(errorMessageKey(error), { type: 'error' });
      setSending(false);
    }
  };

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100', p: 2 }}>
      <Card sx={{ maxWidth: 640 }}>
        <CardContent>
          <Typography component="h1" variant="h5" gutterBottom>
            {translate('orga.layout.terms.title')}
          </Typography>
          <Typography paragraph>{translate('orga.layout.terms.intro')}</Typography>
          <Typography paragraph>{translate('orga.layout.terms.data')}</Typography>
          <Link href={TERMS_URL} target="_blank" rel="noopener noreferrer">
            {translate('orga.layout.terms.read')}
          </Link>
        </CardContent>
        <CardActions sx={{ justifyContent: 'space-between', flexWrap: 'wrap' }}>
          <Button variant="contained" onClick={accept} disabled={sending}>
            {translate('orga.layout.terms.accept')}
          </Button>
          <Box>
            <LocalesMenuButton />
            <Button onClick={() => logout()}>{translate('ra.auth.logout')}</Button>
          </Box>
        </CardActions>
      </Card>
    </Box>
  );
};

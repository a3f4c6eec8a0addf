import { Alert, Box, Button, Checkbox, FormControlLabel, Tab, Tabs, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';
import { errorMessageKey } from '../auth/errorCodes';
import { graphqlClient } from '../auth/graphqlClient';
import { SIGN_UP } from './operations';

/**
 * "Inscrivez-vous ou connectez-vous sur la plateforme Pix et lancez votre test" (guide p.25): the
 * participant signs in, or creates an account, without leaving the landing page.
 */
export const ParticipantAuth = ({ onSignedIn }: { onSignedIn: () => void }) => {
  const translate = useTranslate();
  const [mode, setMode] = useState<'signIn' | 'signUp'>('signIn');
  const [values, setValues] = useState({ email: '', password: '', firstName: '', lastName: '', terms: false });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof values) => (event: { target: { value: string; checked?: boolean } }) =>
    setValues((current) => ({ ...current, [field]: field === 'terms' ? Boolean(event.target.checked) : event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const email = values.email.trim();
      if (mode === 'signUp') {
        await graphqlClient.request(SIGN_UP, {
          input: { email, password: values.password, firstName: values.firstName.trim(), lastName: values.lastName.trim(), acceptTermsOfService: values.terms },
        });
      }
      // signUp answers tokens too, but the client stores a session only from its own login.
      await graphqlClient.openSession(email, values.password);
      onSignedIn();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="form" onSubmit={submit} sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 2 }} aria-label={translate('orga.landing.auth.title')}>
      <Tabs value={mode} onChange={(_event, value: 'signIn' | 'signUp') => setMode(value)} variant="fullWidth">
        <Tab value="signIn" label={translate('orga.landing.auth.signIn')} />
        <Tab value="signUp" label={translate('orga.landing.auth.signUp')} />
      </Tabs>
      {mode === 'signUp' ? (
        <>
          <TextField label={translate('orga.landing.auth.firstName')} value={values.firstName} onChange={set('firstName')} required autoComplete="given-name" />
          <TextField label={translate('orga.landing.auth.lastName')} value={values.lastName} onChange={set('lastName')} required autoComplete="family-name" />
        </>
      ) : null}
      <TextField label={translate('orga.login.email')} type="email" value={values.email} onChange={set('email')} required autoComplete="email" />
      <TextField
        label={translate('orga.login.password')}
        type="password"
        value={values.password}
        onChange={set('password')}
        required
        autoComplete={mode === 'signUp' ? 'new-password' : 'current-password'}
        helperText={mode === 'signUp' ? translate('orga.landing.auth.passwordRules') : undefined}
      />
      {mode === 'signUp' ? (
        <FormControlLabel control={<Checkbox checked={values.terms} onChange={set('terms')} required />} label={translate('orga.landing.auth.terms')} />
      ) : null}
      {error ? <Alert severity="error">{translate(errorMessageKey(error))}</Alert> : null}
      <Button type="submit" variant="contained" disabled={busy}>
        {translate(mode === 'signUp' ? 'orga.landing.auth.signUpSubmit' : 'orga.landing.auth.signInSubmit')}
      </Button>
    </Box>
  );
};

import { Alert, Box, Button, Checkbox, FormControlLabel, FormHelperText, Link, Tab, Tabs, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { TERMS_URL } from '../auth/TermsOfServiceGate';
import { errorMessageKey } from '../auth/errorCodes';
import { graphqlClient } from '../auth/graphqlClient';
import { SIGN_UP } from './operations';
import { passwordHelp } from './passwordHelp';
import { brokenPasswordRules, fieldProblemsOf, type FieldProblems } from './signUpErrors';

/**
 * "Inscrivez-vous ou connectez-vous sur la plateforme Pix et lancez votre test" (guide p.25): the
 * participant signs in, or creates an account, without leaving the landing page.
 */
export const ParticipantAuth = ({ onSignedIn }: { onSignedIn: () => void }) => {
  const translate = useTranslate();
  const [mode, setMode] = useState<'signIn' | 'signUp'>('signIn');
  const [values, setValues] = useState({ email: '', password: '', firstName: '', lastName: '', terms: false });
  const [error, setError] = useState<unknown>(null);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [termsMissing, setTermsMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof values) => (event: { target: { value: string; checked?: boolean } }) =>
    setValues((current) => ({ ...current, [field]: field === 'terms' ? Boolean(event.target.checked) : event.target.value }));

  const fieldError = (field: 'email' | 'firstName' | 'lastName') =>
    problems[field] ? { error: true, helperText: translate(problems[field]!.key) } : {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setProblems({});
    setTermsMissing(false);
    if (mode === 'signUp') {
      // The rules are checked here first, as the API checks them, so that each shows under its field.
      const broken = brokenPasswordRules(values.password);
      if (broken.length) return setProblems({ password: { key: 'orga.account.rules.missing', rules: broken } });
      if (!values.terms) return setTermsMissing(true);
    }
    setBusy(true);
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
      const fields = mode === 'signUp' ? fieldProblemsOf(caught) : null;
      if (fields) setProblems(fields);
      else setError(caught);
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
          <TextField label={translate('orga.landing.auth.firstName')} value={values.firstName} onChange={set('firstName')} required autoComplete="given-name" {...fieldError('firstName')} />
          <TextField label={translate('orga.landing.auth.lastName')} value={values.lastName} onChange={set('lastName')} required autoComplete="family-name" {...fieldError('lastName')} />
        </>
      ) : null}
      <TextField label={translate('orga.login.email')} type="email" value={values.email} onChange={set('email')} required autoComplete="email" {...fieldError('email')} />
      <TextField
        label={translate('orga.login.password')}
        type="password"
        value={values.password}
        onChange={set('password')}
        required
        autoComplete={mode === 'signUp' ? 'new-password' : 'current-password'}
        error={Boolean(problems.password)}
        helperText={mode === 'signUp' ? passwordHelp(translate, problems.password?.rules) : undefined}
      />
      {mode === 'signUp' ? (
        <Box>
          <FormControlLabel control={<Checkbox checked={values.terms} onChange={set('terms')} />} label={translate('orga.landing.auth.terms')} />
          <Link href={TERMS_URL} target="_blank" rel="noopener noreferrer" variant="body2" sx={{ display: 'block', ml: 4 }}>
            {translate('orga.account.termsLink')}
          </Link>
          {termsMissing ? <FormHelperText error>{translate('orga.account.fields.terms')}</FormHelperText> : null}
        </Box>
      ) : (
        <Link component={RouterLink} to="/mot-de-passe-oublie" variant="body2">
          {translate('orga.account.forgotLink')}
        </Link>
      )}
      {error ? <Alert severity="error">{translate(errorMessageKey(error))}</Alert> : null}
      <Button type="submit" variant="contained" disabled={busy}>
        {translate(mode === 'signUp' ? 'orga.landing.auth.signUpSubmit' : 'orga.landing.auth.signInSubmit')}
      </Button>
    </Box>
  );
};

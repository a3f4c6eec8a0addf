import { Alert, Box, Button, Link, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { errorMessageKey } from '../auth/errorCodes';
import { graphqlClient } from '../auth/graphqlClient';
import { REQUEST_PASSWORD_RESET } from './accountOperations';
import { PublicFrame } from './PublicFrame';

/**
 * `/mot-de-passe-oublie`: the address, then the same sentence whether or not an account has it
 * (the API answers the same too), so that nobody learns who has an account.
 */
export const ForgotPasswordPage = () => {
  const translate = useTranslate();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    setProblem(null);
    try {
      await graphqlClient.request(REQUEST_PASSWORD_RESET, { email: email.trim() });
      setSent(true);
    } catch (error) {
      setProblem(error);
    } finally {
      setSending(false);
    }
  };
  const invalidEmail = (problem as { code?: string } | null)?.code === 'BAD_USER_INPUT';
  return (
    <PublicFrame>
      <Typography variant="h4" component="h1" gutterBottom>
        {translate('orga.account.forgot.title')}
      </Typography>
      {sent ? (
        <Alert severity="success" role="status" data-testid="reset-requested">
          {translate('orga.account.forgot.sent')}
        </Alert>
      ) : (
        <Box component="form" onSubmit={(event) => void submit(event)} noValidate sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <Typography>{translate('orga.account.forgot.intro')}</Typography>
          <TextField
            label={translate('orga.login.email')}
            type="email"
            autoComplete="email"
            required
            autoFocus
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={invalidEmail}
            helperText={invalidEmail ? translate('orga.account.fields.emailInvalid') : undefined}
            inputProps={{ maxLength: 320 }}
          />
          {problem && !invalidEmail ? (
            <Alert severity="error" role="alert">
              {translate(errorMessageKey(problem))}
            </Alert>
          ) : null}
          <Button type="submit" variant="contained" disabled={sending || !email.trim()}>
            {translate('orga.account.forgot.submit')}
          </Button>
        </Box>
      )}
      <Typography variant="body2" sx={{ mt: 3 }}>
        <Link component={RouterLink} to="/login">
          {translate('orga.account.forgot.back')}
        </Link>
      </Typography>
    </PublicFrame>
  );
};

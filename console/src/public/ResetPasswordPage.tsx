import { Alert, Box, Button, Link, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { errorMessageKey } from '../auth/errorCodes';
import { graphqlClient } from '../auth/graphqlClient';
import { RESET_PASSWORD } from './accountOperations';
import { passwordHelp } from './passwordHelp';
import { PublicFrame } from './PublicFrame';
import { brokenPasswordRules, fieldProblemsOf, type PasswordRule } from './signUpErrors';

/**
 * `/mot-de-passe/<token>`, the reset e-mail's link: the new password twice, its rules shown. The
 * API spends the link and ends every session of the account; the person then signs in again.
 */
export const ResetPasswordPage = () => {
  const translate = useTranslate();
  const token = useParams().token ?? '';
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [broken, setBroken] = useState<PasswordRule[] | undefined>(undefined);
  const [mismatch, setMismatch] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const rules = brokenPasswordRules(password);
    setBroken(rules);
    setMismatch(password !== confirm);
    if (rules.length || password !== confirm) return;
    setSending(true);
    try {
      await graphqlClient.request(RESET_PASSWORD, { token, password });
      // Every session of the account has just ended, this browser's too.
      if (graphqlClient.getSession()) await graphqlClient.closeSession().catch(() => undefined);
      setDone(true);
    } catch (error) {
      const fields = fieldProblemsOf(error);
      if (fields?.password) setBroken(fields.password.rules);
      else setProblem(error);
    } finally {
      setSending(false);
    }
  };

  const invalidLink = (problem as { code?: string } | null)?.code === 'RESET_TOKEN_INVALID';
  return (
    <PublicFrame>
      <Typography variant="h4" component="h1" gutterBottom>
        {translate('orga.account.reset.title')}
      </Typography>
      {done ? (
        <>
          <Alert severity="success" role="status" data-testid="password-changed">
            {translate('orga.account.reset.done')}
          </Alert>
          <Button component={RouterLink} to="/login" variant="contained" sx={{ mt: 2 }}>
            {translate('orga.account.reset.toLogin')}
          </Button>
        </>
      ) : (
        <Box component="form" onSubmit={(event) => void submit(event)} noValidate sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <Typography>{translate('orga.account.reset.intro')}</Typography>
          <TextField
            label={translate('orga.account.reset.password')}
            type="password"
            autoComplete="new-password"
            required
            autoFocus
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={Boolean(broken?.length)}
            helperText={passwordHelp(translate, broken)}
            inputProps={{ maxLength: 200 }}
          />
          <TextField
            label={translate('orga.account.reset.confirm')}
            type="password"
            autoComplete="new-password"
            required
            value={confirm}
            onChange={(event) => setConfirm(event.target.value)}
            error={mismatch}
            helperText={mismatch ? translate('orga.account.reset.mismatch') : undefined}
            inputProps={{ maxLength: 200 }}
          />
          {problem ? (
            <Alert severity="error" role="alert">
              {translate(errorMessageKey(problem))}
              {invalidLink ? (
                <>
                  {' '}
                  <Link component={RouterLink} to="/mot-de-passe-oublie">
                    {translate('orga.account.reset.askAgain')}
                  </Link>
                </>
              ) : null}
            </Alert>
          ) : null}
          <Button type="submit" variant="contained" disabled={sending || !password || !confirm}>
            {translate('orga.account.reset.submit')}
          </Button>
        </Box>
      )}
    </PublicFrame>
  );
};

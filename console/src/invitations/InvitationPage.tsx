import { Alert, Box, Button, Card, CardContent, Checkbox, Divider, FormControlLabel, Link, Tab, Tabs, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { LocalesMenuButton, useStore, useTranslate } from 'react-admin';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { errorMessageKey } from '../auth/errorCodes';
import { graphqlClient } from '../auth/graphqlClient';
import { TERMS_URL } from '../auth/TermsOfServiceGate';
import { CURRENT_ORGANIZATION_KEY } from '../organization/useCurrentOrganization';
import { passwordHelp } from '../public/passwordHelp';
import { brokenPasswordRules, fieldProblemsOf, type FieldProblems } from '../public/signUpErrors';
import { ACCEPT_INVITATION, INVITATION_PREVIEW, invitationProblem, invitedEmailFromFragment, mayBeInvitee } from './operations';

/**
 * The invitation e-mail's link, `/invitations/<id>?code=<code>#email=<address>` (guide p.51-52):
 * public, outside the admin layout. It names the organisation and the invited address (masked),
 * then lets the invitee sign in ("Déjà utilisateur ?") or create an account — the forms pre-filled
 * with the address from the fragment — then accept; accepting lands in that organisation. Only the
 * invited account may accept: signed in with another one, the page says which address to use.
 */
export const InvitationPage = () => {
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const code = searchParams.get('code') ?? '';
  const translate = useTranslate();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [, setCurrentOrganization] = useStore<string | null>(CURRENT_ORGANIZATION_KEY, null);
  const [session, setSession] = useState(() => graphqlClient.getSession());
  const [problem, setProblem] = useState<string | null>(null);
  const [accepting, setAccepting] = useState(false);

  const { data: invitation, error, isPending } = useQuery({
    queryKey: ['invitationPreview', id, code],
    queryFn: async () => (await graphqlClient.request(INVITATION_PREVIEW, { id, code })).invitation,
    enabled: id !== '' && code !== '',
    retry: false,
  });

  const signedIn = () => {
    setSession(graphqlClient.getSession());
    setProblem(null);
    // The admin's cached "signed out" answer must not log this new session out on the next page.
    void queryClient.invalidateQueries({ queryKey: ['auth'] });
  };

  const signOut = async () => {
    await graphqlClient.closeSession();
    setSession(null);
    void queryClient.invalidateQueries({ queryKey: ['auth'] });
  };

  const accept = async () => {
    setAccepting(true);
    setProblem(null);
    try {
      const { acceptInvitation } = await graphqlClient.request(ACCEPT_INVITATION, { id, code });
      setCurrentOrganization(acceptInvitation.organization.id);
      await queryClient.invalidateQueries();
      navigate('/');
    } catch (failure) {
      const { code } = failure as { code?: string };
      setProblem(
        code === 'INVITATION_EMAIL_MISMATCH' && invitation
          ? translate('orga.invitation.otherAccount', { email: invitation.maskedEmail })
          : translate(errorMessageKey(failure)),
      );
      setAccepting(false);
    }
  };

  const invitedEmail = invitation ? invitedEmailFromFragment(window.location.hash, invitation.maskedEmail) : '';

  const unusable = !id || !code ? 'NOT_FOUND' : error ? errorMessageKey(error).replace('orga.errors.', '') : invitation ? invitationProblem(invitation) : null;

  return (
    <Box component="main" sx={{ minHeight: '100vh', bgcolor: 'grey.100', py: { xs: 2, sm: 6 }, px: 2 }}>
      <Card sx={{ maxWidth: 560, mx: 'auto' }}>
        <CardContent>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <Typography variant="overline">{translate('orga.appTitle')}</Typography>
            <LocalesMenuButton />
          </Box>
          <Typography component="h1" variant="h5" gutterBottom>
            {translate('orga.invitation.title')}
          </Typography>
          {isPending && !unusable ? <Typography>{translate('ra.page.loading')}</Typography> : null}
          {unusable ? (
            <>
              <Alert severity="error" data-testid="invitation-error">
                {unusable === 'NOT_FOUND' ? translate('orga.invitation.notFound') : translate(`orga.errors.${unusable}`)}
              </Alert>
              <Box sx={{ mt: 2 }}>
                <Link href="/">{translate('orga.invitation.toConsole')}</Link>
              </Box>
            </>
          ) : invitation ? (
            <>
              <Typography paragraph>{translate('orga.invitation.invitedTo')}</Typography>
              <Typography component="p" variant="h6" data-testid="invitation-organization" gutterBottom>
                {invitation.organizationName}
              </Typography>
              <Typography variant="body2" color="text.secondary" paragraph>
                {translate('orga.invitation.sentTo', { email: invitation.maskedEmail })}
              </Typography>
              <Divider sx={{ my: 2 }} />
              {session ? (
                <>
                  <Typography paragraph>
                    {translate('orga.invitation.signedInAs', { name: `${session.user.firstName} ${session.user.lastName}`, email: session.user.email })}
                  </Typography>
                  {mayBeInvitee(session.user.email, invitation, invitedEmail) ? (
                    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
                      <Button variant="contained" onClick={() => void accept()} disabled={accepting}>
                        {translate('orga.invitation.accept')}
                      </Button>
                      <Button onClick={() => void signOut()}>{translate('orga.invitation.notMe')}</Button>
                    </Box>
                  ) : (
                    <>
                      <Alert severity="warning" data-testid="invitation-other-account" sx={{ mb: 2 }}>
                        {translate('orga.invitation.otherAccount', { email: invitation.maskedEmail })}
                      </Alert>
                      <Button variant="contained" onClick={() => void signOut()}>
                        {translate('orga.invitation.switchAccount')}
                      </Button>
                    </>
                  )}
                </>
              ) : (
                <SignInOrSignUp email={invitedEmail} onSignedIn={signedIn} />
              )}
              {problem ? (
                <Alert severity="error" sx={{ mt: 2 }} role="alert">
                  {problem}
                </Alert>
              ) : null}
            </>
          ) : null}
        </CardContent>
      </Card>
    </Box>
  );
};

const SignInOrSignUp = ({ email, onSignedIn }: { email: string; onSignedIn: () => void }) => {
  const translate = useTranslate();
  const [tab, setTab] = useState<'signIn' | 'signUp'>('signIn');
  return (
    <>
      <Tabs value={tab} onChange={(_, value) => setTab(value)} variant="fullWidth" sx={{ mb: 2 }}>
        <Tab value="signIn" label={translate('orga.invitation.signIn.tab')} />
        <Tab value="signUp" label={translate('orga.invitation.signUp.tab')} />
      </Tabs>
      {tab === 'signIn' ? <SignInForm email={email} onSignedIn={onSignedIn} /> : <SignUpForm email={email} onSignedIn={onSignedIn} />}
    </>
  );
};

const SignInForm = ({ email: invitedEmail, onSignedIn }: { email: string; onSignedIn: () => void }) => {
  const translate = useTranslate();
  const [email, setEmail] = useState(invitedEmail);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    try {
      await graphqlClient.openSession(email.trim(), password);
      onSignedIn();
    } catch (error) {
      setProblem(translate(errorMessageKey(error)));
      setSending(false);
    }
  };
  return (
    <Box component="form" onSubmit={(event) => void submit(event)} noValidate>
      <Typography variant="subtitle1">{translate('orga.invitation.signIn.heading')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('orga.invitation.signIn.help')}
      </Typography>
      <TextField fullWidth margin="normal" required type="email" autoComplete="username" label={translate('orga.login.email')} value={email} onChange={(e) => setEmail(e.target.value)} />
      <TextField fullWidth margin="normal" required type="password" autoComplete="current-password" label={translate('orga.login.password')} value={password} onChange={(e) => setPassword(e.target.value)} />
      {problem ? (
        <Alert severity="error" role="alert" sx={{ my: 1 }}>
          {problem}
        </Alert>
      ) : null}
      <Button type="submit" variant="contained" fullWidth disabled={sending || !email || !password}>
        {translate('orga.invitation.signIn.submit')}
      </Button>
      <Link component={RouterLink} to="/mot-de-passe-oublie" variant="body2" sx={{ display: 'inline-block', mt: 1 }}>
        {translate('orga.account.forgotLink')}
      </Link>
    </Box>
  );
};

const SignUpForm = ({ email: invitedEmail, onSignedIn }: { email: string; onSignedIn: () => void }) => {
  const translate = useTranslate();
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [email, setEmail] = useState(invitedEmail);
  const [password, setPassword] = useState('');
  const [terms, setTerms] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [sending, setSending] = useState(false);
  const fieldError = (field: 'email' | 'firstName' | 'lastName') => (problems[field] ? { error: true, helperText: translate(problems[field]!.key) } : {});
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    // Checked here as the API checks it, so that the broken rules show under the field.
    const broken = brokenPasswordRules(password);
    setProblems(broken.length ? { password: { key: 'orga.account.rules.missing', rules: broken } } : {});
    if (broken.length) return;
    setSending(true);
    try {
      await graphqlClient.signUp({ firstName: firstName.trim(), lastName: lastName.trim(), email: email.trim(), password, acceptTermsOfService: terms });
      onSignedIn();
    } catch (error) {
      const fields = fieldProblemsOf(error);
      if (fields) setProblems(fields);
      else setProblem(translate(errorMessageKey(error)));
      setSending(false);
    }
  };
  return (
    <Box component="form" onSubmit={(event) => void submit(event)} noValidate>
      <Typography variant="subtitle1">{translate('orga.invitation.signUp.heading')}</Typography>
      <TextField fullWidth margin="normal" required autoComplete="given-name" label={translate('orga.invitation.signUp.firstName')} value={firstName} onChange={(e) => setFirstName(e.target.value)} {...fieldError('firstName')} />
      <TextField fullWidth margin="normal" required autoComplete="family-name" label={translate('orga.invitation.signUp.lastName')} value={lastName} onChange={(e) => setLastName(e.target.value)} {...fieldError('lastName')} />
      <TextField fullWidth margin="normal" required type="email" autoComplete="email" label={translate('orga.login.email')} value={email} onChange={(e) => setEmail(e.target.value)} {...fieldError('email')} />
      <TextField
        fullWidth
        margin="normal"
        required
        type="password"
        autoComplete="new-password"
        label={translate('orga.login.password')}
        error={Boolean(problems.password)}
        helperText={passwordHelp(translate, problems.password?.rules)}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <FormControlLabel
        control={<Checkbox checked={terms} onChange={(e) => setTerms(e.target.checked)} />}
        label={
          <>
            {translate('orga.invitation.signUp.terms')}{' '}
            <Link href={TERMS_URL} target="_blank" rel="noopener noreferrer">
              {translate('orga.invitation.signUp.termsLink')}
            </Link>
          </>
        }
      />
      {problem ? (
        <Alert severity="error" role="alert" sx={{ my: 1 }}>
          {problem}
        </Alert>
      ) : null}
      <Button type="submit" variant="contained" fullWidth disabled={sending || !firstName || !lastName || !email || !password || !terms}>
        {translate('orga.invitation.signUp.submit')}
      </Button>
    </Box>
  );
};

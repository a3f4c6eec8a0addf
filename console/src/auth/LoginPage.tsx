import { Box, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { LocalesMenuButton, Login, LoginForm, PasswordInput, TextInput, required, useTranslate } from 'react-admin';

/**
 * react-admin's login page with the product's title and French labels. The field is still named
 * `username` so that authProvider.login keeps react-admin's contract and browsers autofill it.
 */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login>
      <Box component="header" sx={{ px: 2, textAlign: 'center', maxWidth: 300, mx: 'auto' }}>
        <Typography component="h1" variant="h5">
          {translate('orga.appTitle')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('orga.login.subtitle')}
        </Typography>
      </Box>
      <LoginForm>
        <TextInput
          autoFocus
          source="username"
          type="email"
          label={translate('orga.login.email')}
          autoComplete="username"
          validate={required()}
        />
        <PasswordInput
          source="password"
          label={translate('orga.login.password')}
          autoComplete="current-password"
          validate={required()}
        />
      </LoginForm>
      <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }}>
        <Link component={RouterLink} to="/mot-de-passe-oublie" variant="body2">
          {translate('orga.account.forgotLink')}
        </Link>
      </Box>
      <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }}>
        <LocalesMenuButton />
      </Box>
    </Login>
  );
};

import { CssBaseline } from '@mui/material';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import {
  defaultDarkTheme,
  I18nContextProvider,
  StoreContextProvider,
  ThemeProvider,
  ThemesContext,
} from 'react-admin';
import { i18nProvider } from '../i18n/i18nProvider';
import { queryClient } from '../queryClient';
import { store } from './store';
import { theme } from './theme';

/**
 * What a public page needs of react-admin, without `<Admin>`: the same store (the chosen language),
 * translations, the theme `<Admin>` gets (layout/theme.ts) and query client. Only
 * these providers and hooks are imported (react-admin is tree-shaken), so a participant opening a
 * campaign link never downloads the console's screens, lists and forms (the `App` chunk). No data
 * or auth provider: public pages call the API through `auth/graphqlClient`, and `useNotify` shows
 * nothing here.
 */
export const PublicShell = ({ children }: { children: ReactNode }) => (
  <StoreContextProvider value={store}>
    <I18nContextProvider value={i18nProvider}>
      <QueryClientProvider client={queryClient}>
        <ThemesContext.Provider value={{ lightTheme: theme, darkTheme: defaultDarkTheme }}>
          <ThemeProvider>
            {/* As `<Admin>` does: the theme's background and typography, no body margin. */}
            <CssBaseline enableColorScheme>{children}</CssBaseline>
          </ThemeProvider>
        </ThemesContext.Provider>
      </QueryClientProvider>
    </I18nContextProvider>
  </StoreContextProvider>
);

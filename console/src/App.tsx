import { Admin, CustomRoutes } from 'react-admin';
import { authProvider } from './auth/authProvider';
import { LoginPage } from './auth/LoginPage';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { store } from './layout/store';

export const App = () => (
  <Admin
    title="Orga SPE"
    authProvider={authProvider}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    store={store}
    loginPage={LoginPage}
    dashboard={Dashboard}
    requireAuth
    // Otherwise a production build pings marmelab's telemetry server from every browser.
    disableTelemetry
  >
    {/*
      An Admin with neither Resource nor custom route counts as unconfigured: react-admin then
      renders an empty "ready" screen instead of the login page and the dashboard. This group
      stays until the first Resource (organisations, team, campaigns...) is declared here.
    */}
    <CustomRoutes>{null}</CustomRoutes>
  </Admin>
);

import { lazy } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './auth/authProvider';
import { campaignsResource } from './campaigns';
import { CreationRequestPage } from './creationRequest/CreationRequestPage';
import { LoginPage } from './auth/LoginPage';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import { queryClient } from './queryClient';
import { store } from './layout/store';
import { theme } from './layout/theme';
import { supportResources } from './support';
import { SupportCampaignSearch } from './support/campaigns/SupportCampaignSearch';
import { EligibilityLookup } from './support/eligibility/EligibilityLookup';
import { NetworkAccessPage } from './support/networkAccesses/NetworkAccessPage';
import { CurrentTeamRedirect, TeamPage } from './team/TeamPage';

/** The network dashboard carries the charts library: its own chunk, downloaded by those who open it. */
const NetworkDashboardPage = lazy(() => import('./network/NetworkDashboardPage').then((m) => ({ default: m.NetworkDashboardPage })));

export const App = () => (
  <Admin
    title="Orga SPE"
    authProvider={authProvider}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    store={store}
    queryClient={queryClient}
    loginPage={LoginPage}
    dashboard={Dashboard}
    layout={Layout}
    theme={theme}
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
    {/* Public pages (invitation, campaign landing page) are routed before the console: main.tsx, layout/publicRoutes.tsx. */}
    {/* Équipe, addressed by organisation (support agents reach any team from the support area). */}
    <CustomRoutes>
      <Route path="/team" element={<CurrentTeamRedirect />} />
      <Route path="/organizations/:organizationId/team" element={<TeamPage />} />
      <Route path="/support/campaigns" element={<SupportCampaignSearch />} />
      <Route path="/support/eligibility" element={<EligibilityLookup />} />
      <Route path="/support/networkAccesses" element={<NetworkAccessPage />} />
      <Route path="/network" element={<NetworkDashboardPage />} />
      <Route path="/demande-espace" element={<CreationRequestPage />} />
    </CustomRoutes>
    {/* Campagnes (guide p.53-73); a participant's results page is a child route. */}
    <Resource {...campaignsResource} />
    {supportResources}
  </Admin>
);

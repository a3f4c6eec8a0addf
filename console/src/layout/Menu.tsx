import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import BusinessIcon from '@mui/icons-material/Business';
import CampaignIcon from '@mui/icons-material/Campaign';
import GroupIcon from '@mui/icons-material/Group';
import HistoryIcon from '@mui/icons-material/History';
import HubIcon from '@mui/icons-material/Hub';
import InsightsIcon from '@mui/icons-material/Insights';
import MailIcon from '@mui/icons-material/Mail';
import PersonSearchIcon from '@mui/icons-material/PersonSearch';
import VerifiedIcon from '@mui/icons-material/Verified';
import VpnKeyIcon from '@mui/icons-material/VpnKey';
import { Divider, ListSubheader } from '@mui/material';
import type { ReactElement } from 'react';
import { Menu as RaMenu, useGetIdentity, useResourceDefinitions, useSidebarState, useTranslate } from 'react-admin';
import type { SupportRole } from '../auth/session';
import { useMyNetworkAccesses } from '../network/useMyNetworkAccesses';
import { useCurrentOrganization } from '../organization/useCurrentOrganization';
import { SUPPORT_RESOURCES } from '../support/resources';
import { supportAreas, type SupportArea } from '../support/capabilities';

const SUPPORT_ENTRIES: Record<SupportArea, { to: string; icon: ReactElement }> = {
  organizations: { to: '/organizations', icon: <BusinessIcon /> },
  creationRequests: { to: '/organizationCreationRequests', icon: <AssignmentIndIcon /> },
  users: { to: '/users', icon: <PersonSearchIcon /> },
  campaigns: { to: '/support/campaigns', icon: <CampaignIcon /> },
  eligibility: { to: '/support/eligibility', icon: <VerifiedIcon /> },
  mails: { to: '/outboxMails', icon: <MailIcon /> },
  partners: { to: '/partnerClients', icon: <VpnKeyIcon /> },
  networkAccesses: { to: '/support/networkAccesses', icon: <HubIcon /> },
  auditLog: { to: '/auditEntries', icon: <HistoryIcon /> },
};

/**
 * The left menu: the dashboard, the organisation's screens (the resources declared in App.tsx,
 * e.g. campagnes, then Équipe), the network dashboard for a person granted a network and support, and for support agents the support area, each entry only for
 * the roles allowed to use it.
 */
export const Menu = () => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const resources = useResourceDefinitions();
  const { organization } = useCurrentOrganization();
  const { identity } = useGetIdentity();
  const supportRole = (identity?.supportRole ?? null) as SupportRole | null;
  const organizationResources = Object.values(resources).filter(
    (resource) => resource.hasList && !SUPPORT_RESOURCES.includes(resource.name),
  );
  const areas = supportAreas(supportRole);
  const { hasDashboard: hasNetworkDashboard } = useMyNetworkAccesses();
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {organization
        ? organizationResources.map((resource) => <RaMenu.ResourceItem key={resource.name} name={resource.name} />)
        : null}
      {hasNetworkDashboard ? <RaMenu.Item to="/network" primaryText={translate('orga.network.menu')} leftIcon={<InsightsIcon />} /> : null}
      {organization ? (
        <RaMenu.Item to="/team" primaryText={translate('orga.team.menu')} leftIcon={<GroupIcon />} />
      ) : null}
      {areas.length > 0 ? (
        <>
          <Divider role="separator" />
          {/* A caption, not an entry: a plain list item would break the menu's structure (role="menu"). */}
          {open ? (
            <ListSubheader role="presentation" sx={{ bgcolor: 'transparent' }}>
              {translate('orga.support.menu.title')}
            </ListSubheader>
          ) : null}
          {areas.map((area) => (
            <RaMenu.Item
              key={area}
              to={SUPPORT_ENTRIES[area].to}
              primaryText={translate(`orga.support.menu.${area}`)}
              leftIcon={SUPPORT_ENTRIES[area].icon}
            />
          ))}
        </>
      ) : null}
    </RaMenu>
  );
};

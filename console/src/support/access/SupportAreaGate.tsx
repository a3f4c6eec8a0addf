import BlockIcon from '@mui/icons-material/Block';
import { Box, Card, CardContent, List as MuiList, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import type { ComponentType, ReactNode } from 'react';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { SupportRole } from '../../auth/session';
import { canOpen, SUPPORT_AREA_PATHS, supportAreas, type SupportArea } from '../capabilities';

/**
 * What someone sees who opens (typically by typing its address) a support screen their role does
 * not give: a page that says so and offers what they can open instead, rather than the screen
 * itself answering with an empty list, a "Créer" button and a red FORBIDDEN toast. The API
 * refuses the requests anyway; this only spares the person a broken screen.
 */
export const AccessDenied = ({ area, role, screenKey }: { area: SupportArea; role: SupportRole | null; screenKey?: string }) => {
  const translate = useTranslate();
  const allowed = supportAreas(role);
  // A screen inside an area the role may open (e.g. a creation form for SUPER_ADMIN only) names itself.
  const screen = translate(screenKey ?? `orga.support.menu.${area}`);
  return (
    <Card sx={{ mt: 2, maxWidth: 720 }} data-testid="access-denied">
      <Title title="orga.support.denied.title" />
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
          <BlockIcon color="error" aria-hidden />
          <Typography component="h1" variant="h5">
            {translate('orga.support.denied.title')}
          </Typography>
        </Box>
        <Typography variant="body1" gutterBottom>
          {role
            ? translate('orga.support.denied.roleCannot', { screen, role: translate(`orga.supportRoles.${role}`) })
            : translate('orga.support.denied.notSupport', { screen })}
        </Typography>
        <Typography component="h2" variant="subtitle1" sx={{ mt: 2 }}>
          {translate('orga.support.denied.instead')}
        </Typography>
        <MuiList dense aria-label={translate('orga.support.denied.instead')}>
          {allowed.map((other) => (
            <ListItem key={other} disablePadding>
              <ListItemButton component={Link} to={SUPPORT_AREA_PATHS[other]}>
                <ListItemText primary={translate(`orga.support.menu.${other}`)} />
              </ListItemButton>
            </ListItem>
          ))}
          <ListItem disablePadding>
            <ListItemButton component={Link} to="/">
              <ListItemText primary={translate('orga.support.denied.dashboard')} />
            </ListItemButton>
          </ListItem>
        </MuiList>
        <Typography variant="body2" color="text.secondary">
          {translate('orga.support.denied.askAdmin')}
        </Typography>
      </CardContent>
    </Card>
  );
};

/** Renders `children` only for a role that may open `area`; otherwise the access-denied page. */
export const SupportAreaGate = ({ area, children }: { area: SupportArea; children: ReactNode }) => {
  const { identity, isPending } = useGetIdentity();
  if (isPending) return null;
  const role = (identity?.supportRole ?? null) as SupportRole | null;
  return canOpen(role, area) ? <>{children}</> : <AccessDenied area={area} role={role} />;
};

/** A screen component behind the gate (for `<Resource list={…}>` and custom routes). */
export function gated<P extends object>(area: SupportArea, Screen: ComponentType<P>): ComponentType<P> {
  const Gated = (props: P) => (
    <SupportAreaGate area={area}>
      <Screen {...props} />
    </SupportAreaGate>
  );
  Gated.displayName = `Gated(${Screen.displayName ?? Screen.name})`;
  return Gated;
}

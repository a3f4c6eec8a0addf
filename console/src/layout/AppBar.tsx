import { CircularProgress } from '@mui/material';
import { AppBar as RaAppBar, LocalesMenuButton, RefreshIconButton, TitlePortal, UserMenu, useGetIdentity, useLoading, useTranslate } from 'react-admin';
import { OrganizationSwitcher } from '../organization/OrganizationSwitcher';

/**
 * react-admin's LoadingIndicator, with a name: its spinner is a progressbar, which a screen reader
 * announces by name (axe: aria-progressbar-name), in the interface's language.
 */
const LoadingIndicator = () => {
  const loading = useLoading();
  const translate = useTranslate();
  return loading ? (
    <CircularProgress color="inherit" size={18} thickness={2} sx={{ m: 1.5 }} aria-label={translate('ra.page.loading')} />
  ) : (
    <RefreshIconButton />
  );
};

/**
 * react-admin's bar plus the organisation switcher; the language menu stays; logout is in the
 * user menu, whose button is named after the person it shows. Whether the screen's title is the
 * page's level-1 heading is decided by `usePageTitle` (when the screen has no `h1` of its own).
 */
export const AppBar = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const userMenuLabel = identity?.fullName ? translate('orga.layout.userMenu', { name: identity.fullName }) : translate('orga.layout.userMenuWithoutName');
  return (
    <RaAppBar
      userMenu={<UserMenu label={userMenuLabel} />}
      toolbar={
        <>
          <OrganizationSwitcher />
          <LocalesMenuButton />
          <LoadingIndicator />
        </>
      }
    >
      <TitlePortal component="div" />
    </RaAppBar>
  );
};

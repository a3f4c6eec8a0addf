import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, TitlePortal } from 'react-admin';
import { OrganizationSwitcher } from '../organization/OrganizationSwitcher';

/** react-admin's bar plus the organisation switcher; the language menu stays; logout is in the user menu. */
export const AppBar = () => (
  <RaAppBar
    toolbar={
      <>
        <OrganizationSwitcher />
        <LocalesMenuButton />
        <LoadingIndicator />
      </>
    }
  >
    <TitlePortal />
  </RaAppBar>
);

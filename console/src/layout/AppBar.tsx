import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, TitlePortal, UserMenu, useGetIdentity, useTranslate } from 'react-admin';
import { OrganizationSwitcher } from '../organization/OrganizationSwitcher';

/**
 * react-admin's bar plus the organisation switcher; the language menu stays; logout is in the
 * user menu, whose button is named after the person it shows. The screen's title is the page's
 * level-1 heading when the screen has none of its own.
 */
export const AppBar = ({ titleIsHeading }: { titleIsHeading: boolean }) => {
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
      <TitlePortal component="div" {...(titleIsHeading ? { role: 'heading', 'aria-level': 1 } : {})} />
    </RaAppBar>
  );
};

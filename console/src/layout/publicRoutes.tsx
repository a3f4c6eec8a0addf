import type { ReactElement } from 'react';
import { Route } from 'react-router-dom';
import { InvitationPage } from '../invitations/InvitationPage';
import { CampaignLandingPage } from '../public/CampaignLandingPage';
import { CodeEntryPage } from '../public/CodeEntryPage';
import { ForgotPasswordPage } from '../public/ForgotPasswordPage';
import { ResetPasswordPage } from '../public/ResetPasswordPage';

export interface PublicRoute {
  /** A react-router path, e.g. `/campagnes/:code`. */
  path: string;
  element: ReactElement;
}

/**
 * Pages opened from a link (an e-mail, a flyer) by people who may have no account or no session:
 * no admin layout, no login redirect. `App.tsx` renders them inside `<CustomRoutes noLayout>`,
 * which react-admin serves even with `requireAuth` while signed out (its own i18n, store and
 * theme stay available, unlike a route outside `<Admin>`). Each feature adds its line here.
 */
export const publicRoutes: PublicRoute[] = [
  // The invitation e-mail's link: `<public url>/invitations/<id>?code=<code>` (api/src/organizations/domain/invitation-link.ts).
  { path: '/invitations/:id', element: <InvitationPage /> },
  // A campaign's direct link: `<public url>/campagnes/<CODE>` (Campaign.url).
  { path: '/campagnes/:code', element: <CampaignLandingPage /> },
  // Typing a code parcours, as on Pix's own site.
  { path: '/campagnes', element: <CodeEntryPage /> },
  // "Mot de passe oublié ?" (login page, landing and invitation sign-in forms).
  { path: '/mot-de-passe-oublie', element: <ForgotPasswordPage /> },
  // The reset e-mail's link: `<public url>/mot-de-passe/<token>` (api/src/organizations/domain/password-reset-link.ts).
  { path: '/mot-de-passe/:token', element: <ResetPasswordPage /> },
];

/** The `<Route>` elements of `publicRoutes`, for `<CustomRoutes noLayout>`. */
export const publicRouteElements = () =>
  publicRoutes.map(({ path, element }) => <Route key={path} path={path} element={element} />);

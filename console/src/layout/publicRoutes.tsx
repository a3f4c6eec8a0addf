import { lazy, Suspense, type ComponentType } from 'react';
import type { RouteObject } from 'react-router-dom';
import { RouteCrashPage } from './CrashPage';
import { PublicShell } from './PublicShell';

export interface PublicRoute {
  /** A react-router path, e.g. `/campagnes/:code`. */
  path: string;
  /** The page, loaded on demand: `() => import('../public/MyPage').then((m) => m.MyPage)`. */
  page: () => Promise<ComponentType>;
}

/**
 * Pages opened from a link (an e-mail, a flyer) by people who may have no account or no session:
 * no admin layout, no login redirect. They are rendered outside `<Admin>` (main.tsx), each in its
 * own chunk, inside `PublicShell`: a participant on a phone downloads the page, not the console.
 * A public page may use react-admin's hooks and small components (useTranslate, Confirm...) but
 * never a screen of the console. Each feature adds its line here.
 */
export const publicRoutes: PublicRoute[] = [
  // The invitation e-mail's link: `<public url>/invitations/<id>?code=<code>` (api/src/organizations/domain/invitation-link.ts).
  { path: '/invitations/:id', page: () => import('../invitations/InvitationPage').then((m) => m.InvitationPage) },
  // A campaign's direct link: `<public url>/campagnes/<CODE>` (Campaign.url).
  { path: '/campagnes/:code', page: () => import('../public/CampaignLandingPage').then((m) => m.CampaignLandingPage) },
  // Typing a code parcours, as on Pix's own site.
  { path: '/campagnes', page: () => import('../public/CodeEntryPage').then((m) => m.CodeEntryPage) },
  // "Mot de passe oublié ?" (login page, landing and invitation sign-in forms).
  { path: '/mot-de-passe-oublie', page: () => import('../public/ForgotPasswordPage').then((m) => m.ForgotPasswordPage) },
  // The reset e-mail's link: `<public url>/mot-de-passe/<token>` (api/src/organizations/domain/password-reset-link.ts).
  { path: '/mot-de-passe/:token', page: () => import('../public/ResetPasswordPage').then((m) => m.ResetPasswordPage) },
];

/** The router's entries of `publicRoutes`, ahead of the console's catch-all route. */
export const publicRouteObjects = (): RouteObject[] =>
  publicRoutes.map(({ path, page }) => {
    const Page = lazy(() => page().then((component) => ({ default: component })));
    return {
      path,
      errorElement: <RouteCrashPage />,
      element: (
        <PublicShell>
          <Suspense fallback={null}>
            <Page />
          </Suspense>
        </PublicShell>
      ),
    };
  });

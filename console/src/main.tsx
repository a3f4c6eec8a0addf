import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AppErrorBoundary, RouteCrashPage } from './layout/CrashPage';
import { publicRouteObjects } from './layout/publicRoutes';

/** The console (react-admin and every signed-in screen): its own chunk, not loaded by public pages. */
const App = lazy(() => import('./App').then((m) => ({ default: m.App })));

/**
 * Browser history rather than react-admin's default hash router: links sent by e-mail
 * (invitations, `/campagnes/<CODE>`) must be plain paths. The API answers every other GET that
 * wants HTML with index.html. A data router keeps react-admin's unsaved-changes guard working.
 */
const router = createBrowserRouter([
  // Public pages first (layout/publicRoutes.tsx): each its own small chunk, outside `<Admin>`.
  ...publicRouteObjects(),
  {
    path: '*',
    element: (
      <Suspense fallback={null}>
        <App />
      </Suspense>
    ),
    errorElement: <RouteCrashPage />,
  },
]);

/*
 * `useTransitions={false}`: react-router 7 otherwise commits every navigation inside
 * React.startTransition, while react-admin expects navigate() to take effect before the urgent
 * updates that follow it. Its logout (run by `requireAuth` when checkAuth fails) navigates to
 * /login, then clears the query cache in the same tick: the urgent re-render of the "/" tree,
 * still mounted, restarts the auth check, which fails and logs out and navigates again, before the
 * transition to /login can commit. A first visit then pushed /login ~3,000 times over 10+ seconds
 * of blank page. react-admin's built-in router asks for the same (`v7_startTransition: false`).
 */
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppErrorBoundary>
      <RouterProvider router={router} useTransitions={false} />
    </AppErrorBoundary>
  </StrictMode>,
);

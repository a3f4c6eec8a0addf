import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { App } from './App';
import { AppErrorBoundary, RouteCrashPage } from './layout/CrashPage';

/**
 * Browser history rather than react-admin's default hash router: links sent by e-mail
 * (invitations, `/campagnes/<CODE>`) must be plain paths. The API answers every other GET that
 * wants HTML with index.html. A data router keeps react-admin's unsaved-changes guard working.
 */
const router = createBrowserRouter([{ path: '*', element: <App />, errorElement: <RouteCrashPage /> }]);

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

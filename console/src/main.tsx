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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppErrorBoundary>
      <RouterProvider router={router} />
    </AppErrorBoundary>
  </StrictMode>,
);

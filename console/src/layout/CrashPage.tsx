import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useRouteError } from 'react-router-dom';

/**
 * Last resort when react-admin itself cannot render (its own error page covers the screens).
 * It lives outside react-admin's i18n, hence both languages at once.
 */
export const CrashPage = () => (
  <main style={{ fontFamily: 'Roboto, Helvetica, Arial, sans-serif', maxWidth: 560, margin: '15vh auto', padding: 16 }}>
    <h1>Orga SPE</h1>
    <p>Une erreur inattendue empêche l'affichage de la console. Rechargez la page ; si le problème persiste, contactez le support.</p>
    <p lang="en">Something unexpected keeps the console from showing. Reload the page; if it persists, contact support.</p>
    <button type="button" onClick={() => window.location.reload()}>
      Recharger la page
    </button>
  </main>
);

/** The router's `errorElement`: data routers catch render errors before any outer boundary. */
export const RouteCrashPage = () => {
  console.error(useRouteError());
  return <CrashPage />;
};

export class AppErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  render() {
    return this.state.failed ? <CrashPage /> : this.props.children;
  }
}

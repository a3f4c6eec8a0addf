import { styled } from '@mui/material/styles';
import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { Error as ErrorPage, Loading, Sidebar, SkipNavigationButton, useTranslate } from 'react-admin';
import { TermsOfServiceGate } from '../auth/TermsOfServiceGate';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { usePageTitle } from './usePageTitle';

/**
 * react-admin's layout (same classes, same look), with one change of structure: its `<main>`
 * wrapped the menu too. Here the menu is a `<nav>` landmark and `<main>` holds the screen only, so
 * "go to main content" and landmark navigation land where a screen reader user expects.
 */
const Frame = styled('div', { name: 'RaLayout', overridesResolver: (_props, styles) => styles.root })(({ theme }) => ({
  display: 'flex',
  flexDirection: 'column',
  zIndex: 1,
  minHeight: '100vh',
  backgroundColor: theme.palette.background.default,
  position: 'relative',
  width: '100%',
  '& .RaLayout-appFrame': {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    marginTop: theme.spacing(6),
    [theme.breakpoints.down('sm')]: { marginTop: theme.spacing(7) },
  },
  '& .RaLayout-contentWithSidebar': { display: 'flex', flexGrow: 1 },
  '& .RaLayout-content': {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    flexBasis: 0,
    // Lets a wide table scroll inside the screen instead of widening the whole page (phones).
    minWidth: 0,
    padding: 0,
    [theme.breakpoints.up('xs')]: { paddingRight: theme.spacing(1), paddingLeft: theme.spacing(1) },
  },
}));

/** A screen that throws shows react-admin's error page inside the frame (menu and bar stay). */
class ScreenErrorBoundary extends Component<{ children: ReactNode }, { error?: Error; errorInfo?: ErrorInfo }> {
  state: { error?: Error; errorInfo?: ErrorInfo } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, errorInfo: ErrorInfo) {
    this.setState({ error, errorInfo });
  }

  render() {
    const { error, errorInfo } = this.state;
    if (!error) return this.props.children;
    return <ErrorPage error={error} errorInfo={errorInfo} resetErrorBoundary={() => this.setState({ error: undefined, errorInfo: undefined })} />;
  }
}

const ConsoleFrame = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  usePageTitle();
  return (
    <Frame className="layout">
      <SkipNavigationButton />
      <div className="RaLayout-appFrame">
        <AppBar />
        <div className="RaLayout-contentWithSidebar">
          <nav aria-label={translate('orga.layout.navigation')}>
            <Sidebar>
              <Menu />
            </Sidebar>
          </nav>
          <main id="main-content" className="RaLayout-content">
            <ScreenErrorBoundary>
              <Suspense fallback={<Loading />}>{children}</Suspense>
            </ScreenErrorBoundary>
          </main>
        </div>
      </div>
    </Frame>
  );
};

/** Every signed-in screen: the terms of service first (guide: asked at first login), then the console. */
export const Layout = ({ children }: { children: ReactNode }) => (
  <TermsOfServiceGate>
    <ConsoleFrame>{children}</ConsoleFrame>
  </TermsOfServiceGate>
);

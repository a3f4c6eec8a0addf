import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { TermsOfServiceGate } from '../auth/TermsOfServiceGate';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

/** Every signed-in screen: the terms of service first (guide: asked at first login), then the console. */
export const Layout = ({ children }: { children: ReactNode }) => (
  <TermsOfServiceGate>
    <RaLayout appBar={AppBar} menu={Menu}>
      {children}
    </RaLayout>
  </TermsOfServiceGate>
);

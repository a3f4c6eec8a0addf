import { Link } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';

/**
 * The first cell of a table row as a real link: react-admin's `rowClick` answers the mouse only,
 * this gives the keyboard (Tab, Enter) and screen readers the same way in, and a middle click
 * a new tab. The row's own click stays for the rest of the row.
 */
export const RowLink = ({ to, children }: { to: string; children: ReactNode }) => (
  <Link component={RouterLink} to={to} underline="hover" color="inherit" sx={{ fontWeight: 500 }} onClick={(event) => event.stopPropagation()}>
    {children}
  </Link>
);

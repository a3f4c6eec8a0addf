import { Alert } from '@mui/material';
import type { ReactNode } from 'react';
import { Loading, useTranslate } from 'react-admin';
import { errorMessageKey } from '../auth/errorCodes';
import { useCurrentOrganization, type MyOrganization } from '../organization/useCurrentOrganization';

/** Campaign screens work in the current organisation: wait for it, or say why there is none. */
export const OrganizationGate = ({ children }: { children: (organization: MyOrganization) => ReactNode }) => {
  const translate = useTranslate();
  const { organization, isPending, error } = useCurrentOrganization();
  if (isPending) return <Loading />;
  if (error) return <Alert severity="error" sx={{ mt: 2 }}>{translate(errorMessageKey(error))}</Alert>;
  if (!organization) return <Alert severity="info" sx={{ mt: 2 }}>{translate('orga.campaigns.noOrganization')}</Alert>;
  return <>{children(organization)}</>;
};

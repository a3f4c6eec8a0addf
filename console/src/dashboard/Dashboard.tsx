import { Box, Card, CardContent, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { graphqlClient } from '../auth/graphqlClient';
import { CreationRequestCard } from '../creationRequest/CreationRequestCard';
import { useCurrentOrganization } from '../organization/useCurrentOrganization';
import { StatisticsCard } from './StatisticsCard';
import { NATIONAL_STATISTICS, ORGANIZATION_STATISTICS, type Statistics } from './statistics';

/**
 * Home page: a greeting, the current organisation's figures (participations by status, share
 * rate), and for support agents the national figures. Network-wide figures wait for an API query.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  const { organization, organizations, isPending: membershipsPending, error: membershipsError } = useCurrentOrganization();
  const firstName = typeof identity?.firstName === 'string' ? identity.firstName : '';
  const supportRole = typeof identity?.supportRole === 'string' ? identity.supportRole : null;

  const organizationFigures = useQuery({
    queryKey: ['organizationStatistics', organization?.id],
    enabled: organization !== null,
    queryFn: async () =>
      (await graphqlClient.request<{ organization: { statistics: Statistics } }>(ORGANIZATION_STATISTICS, { id: organization!.id })).organization.statistics,
  });
  const nationalFigures = useQuery({
    queryKey: ['nationalStatistics'],
    enabled: supportRole !== null,
    queryFn: async () => (await graphqlClient.request<{ nationalStatistics: Statistics }>(NATIONAL_STATISTICS)).nationalStatistics,
  });

  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2 }}>
      <Title title="orga.dashboard.title" />
      <Card>
        <CardContent>
          {isPending ? null : (
            <Typography component="h1" variant="h4" gutterBottom data-testid="dashboard-greeting">
              {firstName ? translate('orga.dashboard.greeting', { firstName }) : translate('orga.dashboard.greetingWithoutName')}
            </Typography>
          )}
          <Typography variant="body1">{translate('orga.dashboard.intro')}</Typography>
          {supportRole ? (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {translate('orga.dashboard.supportRole', { role: translate(`orga.supportRoles.${supportRole}`) })}
            </Typography>
          ) : null}
        </CardContent>
      </Card>
      {organization ? (
        <StatisticsCard
          testId="organization-figures"
          title={translate('orga.figures.organization', { name: organization.name })}
          statistics={organizationFigures.data}
          error={organizationFigures.error}
        />
      ) : null}
      {!membershipsPending && !membershipsError && organizations.length === 0 && !supportRole ? <CreationRequestCard /> : null}
      {supportRole ? (
        <StatisticsCard testId="national-figures" title={translate('orga.figures.national')} statistics={nationalFigures.data} error={nationalFigures.error} />
      ) : null}
    </Box>
  );
};

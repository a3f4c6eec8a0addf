import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { graphqlClient } from '../auth/graphqlClient';
import { CreationRequestCard } from '../creationRequest/CreationRequestCard';
import { requestState, useMyCreationRequests } from '../creationRequest/myRequests';
import { useCurrentOrganization } from '../organization/useCurrentOrganization';
import { HelpCard } from './HelpCard';
import { StatisticsCard } from './StatisticsCard';
import { NATIONAL_STATISTICS, ORGANIZATION_STATISTICS } from './statistics';

/**
 * Home page: a greeting, the current organisation's figures (participations by status, share
 * rate) with what zeros mean, for support agents the national figures, then where to find help
 * (the guide, the community). Network-wide figures wait for an API query.
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
      (await graphqlClient.request(ORGANIZATION_STATISTICS, { id: organization!.id })).organization,
  });
  const myRequests = useMyCreationRequests({ enabled: !isPending && supportRole === null });
  const request = requestState(myRequests.data);
  const withoutSpace = !membershipsPending && !membershipsError && organizations.length === 0 && supportRole === null;
  // A member of nothing sees where their request stands; anyone sees the way into a space just approved.
  const showRequest = (withoutSpace && !myRequests.isPending) || request.kind === 'ready';
  const nationalFigures = useQuery({
    queryKey: ['nationalStatistics'],
    enabled: supportRole !== null,
    queryFn: async () => (await graphqlClient.request(NATIONAL_STATISTICS)).nationalStatistics,
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
          statistics={organizationFigures.data?.statistics}
          error={organizationFigures.error}
          zeroHint={translate('orga.figures.zero.organization')}
          zeroAction={
            <Button component={Link} to="/campaigns" variant="outlined" size="small">
              {translate('orga.figures.zero.campaigns')}
            </Button>
          }
        />
      ) : null}
      {showRequest ? <CreationRequestCard state={request} /> : null}
      {supportRole ? (
        <StatisticsCard
          testId="national-figures"
          title={translate('orga.figures.national')}
          statistics={nationalFigures.data}
          error={nationalFigures.error}
          zeroHint={translate('orga.figures.zero.national')}
        />
      ) : null}
      {isPending ? null : <HelpCard guideUrl={organizationFigures.data?.documentationUrl} />}
    </Box>
  );
};

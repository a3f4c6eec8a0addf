import { Card, CardContent, Typography } from '@mui/material';
import { Title, useGetIdentity, useTranslate } from 'react-admin';

/** Home page after login: a greeting only, until the campaign and team screens exist. */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  const firstName = typeof identity?.firstName === 'string' ? identity.firstName : '';
  const supportRole = typeof identity?.supportRole === 'string' ? identity.supportRole : null;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="orga.dashboard.title" />
      <CardContent>
        {isPending ? null : (
          <Typography component="h1" variant="h4" gutterBottom data-testid="dashboard-greeting">
            {firstName
              ? translate('orga.dashboard.greeting', { firstName })
              : translate('orga.dashboard.greetingWithoutName')}
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
  );
};

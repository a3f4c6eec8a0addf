import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export const InvitationPage = () => {
  const translate = useTranslate();
  return (
    <Card sx={{ maxWidth: 560, mx: 'auto', mt: 8 }}>
      <CardContent>
        <Typography component="h1" variant="h5">
          {translate('orga.invitation.title')}
        </Typography>
      </CardContent>
    </Card>
  );
};

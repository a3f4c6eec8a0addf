import { Button, Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';

/** Where the creation request page lives (App.tsx's logged-in routes). */
export const CREATION_REQUEST_PATH = '/demande-espace';

/** On the dashboard of a person who belongs to no organisation: the way to ask for a space. */
export const CreationRequestCard = () => {
  const translate = useTranslate();
  return (
    <Card data-testid="creation-request-card">
      <CardContent>
        <Typography component="h2" variant="h6" gutterBottom>
          {translate('orga.creationRequest.card.title')}
        </Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('orga.creationRequest.card.body')}
        </Typography>
        <Button component={Link} to={CREATION_REQUEST_PATH} variant="contained">
          {translate('orga.creationRequest.card.link')}
        </Button>
      </CardContent>
    </Card>
  );
};

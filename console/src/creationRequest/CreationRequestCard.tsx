import { Button, Card, CardContent, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatDate } from '../participants/participationStatus';
import type { RequestState } from './myRequests';

/** Where the creation request page lives (App.tsx's logged-in routes). */
export const CREATION_REQUEST_PATH = '/demande-espace';

/**
 * On the dashboard of a person who belongs to no organisation: the way to ask for a space, or
 * where their request stands — waiting for support (no second request), approved with the button
 * into the new space (no hunting for the e-mail), or rejected with the reason.
 */
export const CreationRequestCard = ({ state }: { state: RequestState }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const card = (testId: string, title: string, body: string, action?: { to: string; label: string; variant?: 'contained' | 'outlined' }, extra?: string) => (
    <Card data-testid={testId}>
      <CardContent>
        <Typography component="h2" variant="h6" gutterBottom>
          {title}
        </Typography>
        <Typography variant="body2" sx={{ mb: extra ? 1 : 2 }}>
          {body}
        </Typography>
        {extra ? (
          <Typography variant="body2" sx={{ mb: 2 }}>
            {extra}
          </Typography>
        ) : null}
        {action ? (
          <Button component={Link} to={action.to} variant={action.variant ?? 'contained'}>
            {action.label}
          </Button>
        ) : null}
      </CardContent>
    </Card>
  );
  switch (state.kind) {
    case 'pending':
      return card(
        'creation-request-pending',
        translate('orga.creationRequest.pending.title'),
        translate('orga.creationRequest.pending.body', { name: state.request.name, date: formatDate(state.request.createdAt, locale) }),
        undefined,
        translate('orga.creationRequest.pending.onlyOne'),
      );
    case 'ready':
      return card('creation-request-ready', translate('orga.creationRequest.ready.title', { name: state.request.organization?.name ?? state.request.name }), translate('orga.creationRequest.ready.body'), {
        to: state.request.joinPath,
        label: translate('orga.creationRequest.ready.join'),
      });
    case 'approved':
      return card('creation-request-approved', translate('orga.creationRequest.approved.title', { name: state.request.name }), translate('orga.creationRequest.approved.body'), {
        to: CREATION_REQUEST_PATH,
        label: translate('orga.creationRequest.card.link'),
        variant: 'outlined',
      });
    case 'rejected':
      return card(
        'creation-request-rejected',
        translate('orga.creationRequest.rejected.title', { name: state.request.name }),
        translate('orga.creationRequest.rejected.reason', { reason: state.request.rejectionReason ?? '' }),
        { to: CREATION_REQUEST_PATH, label: translate('orga.creationRequest.rejected.again') },
      );
    default:
      return card('creation-request-card', translate('orga.creationRequest.card.title'), translate('orga.creationRequest.card.body'), {
        to: CREATION_REQUEST_PATH,
        label: translate('orga.creationRequest.card.link'),
      });
  }
};

import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { CopyButton } from '../../campaigns/CopyButton';
import type { PartnerScope } from '../../gql/graphql';
import { tokenCurl } from './partnerClients';

/** What the dialog shows: the answer of createPartnerClient or rotatePartnerClientSecret, held by the screen until it closes. */
export interface ShownSecret {
  kind: 'created' | 'rotated';
  name: string;
  clientId: string;
  clientSecret: string;
  scopes: readonly PartnerScope[];
  /** After a rotation: how long the previous secrets keep working. */
  overlapHours?: number;
}

/** A read-only value with its copy button; selected whole when focused, so that Ctrl+C copies it too. */
const CopyableValue = ({ label, value, copyLabel, autoFocus, testId }: { label: string; value: string; copyLabel: string; autoFocus?: boolean; testId: string }) => (
  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
    <TextField
      label={label}
      value={value}
      fullWidth
      autoFocus={autoFocus}
      onFocus={(event) => event.target.select()}
      slotProps={{ htmlInput: { readOnly: true, spellCheck: false, 'data-testid': testId, style: { fontFamily: 'monospace' } } }}
    />
    <CopyButton text={value} label={copyLabel} />
  </Box>
);

/**
 * The one time a client's secret is shown (the API keeps only its hash). The dialog takes the
 * focus on the secret itself and does not close on a click beside it or on Escape: only the
 * button saying the secret was copied closes it, and the screen then forgets the secret.
 */
export const SecretDialog = ({ shown, onClose }: { shown: ShownSecret | null; onClose: () => void }) => {
  const translate = useTranslate();
  const titleId = useId();
  const warningId = useId();
  const t = (key: string, options?: Record<string, unknown>) => translate(`orga.support.partners.secret.${key}`, options);
  if (!shown) return null;
  const curl = tokenCurl(window.location.origin, shown.clientId, shown.clientSecret, shown.scopes);
  return (
    <Dialog
      open
      onClose={(_event, reason) => {
        if (reason !== 'backdropClick' && reason !== 'escapeKeyDown') onClose();
      }}
      aria-labelledby={titleId}
      aria-describedby={warningId}
      maxWidth="md"
      fullWidth
      data-testid="partner-secret-dialog"
    >
      <DialogTitle id={titleId}>{t(shown.kind === 'created' ? 'createdTitle' : 'rotatedTitle', { name: shown.name })}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <Alert severity="warning" id={warningId}>
          {t('warning')}
          {shown.kind === 'rotated' ? ` ${shown.overlapHours ? t('oldSecretKept', { hours: shown.overlapHours }) : t('oldSecretStopped')}` : null}
        </Alert>
        <CopyableValue label={t('clientId')} value={shown.clientId} copyLabel={t('copyClientId')} testId="partner-client-id" />
        <CopyableValue label={t('clientSecret')} value={shown.clientSecret} copyLabel={t('copySecret')} autoFocus testId="partner-client-secret" />
        <Box>
          <Typography component="h3" variant="subtitle2" gutterBottom>
            {t('curl')}
          </Typography>
          <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
            <Box
              component="pre"
              tabIndex={0}
              aria-label={t('curl')}
              data-testid="partner-token-curl"
              sx={{ m: 0, p: 1.5, flex: 1, bgcolor: 'grey.100', color: 'text.primary', borderRadius: 1, fontSize: '0.85rem', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            >
              {curl}
            </Box>
            <CopyButton text={curl} label={t('copyCurl')} />
          </Box>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t('curlHelp')}
          </Typography>
        </Box>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          {t('close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

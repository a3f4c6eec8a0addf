import AutorenewIcon from '@mui/icons-material/Autorenew';
import BlockIcon from '@mui/icons-material/Block';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useId, useState, type FormEvent } from 'react';
import { Confirm, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { errorMessageKey } from '../../auth/errorCodes';
import { graphqlClient } from '../../auth/graphqlClient';
import { REVOKE_PARTNER_CLIENT, ROTATE_PARTNER_CLIENT_SECRET, type PartnerClientRecord } from '../dataProviders';
import { DEFAULT_OVERLAP_HOURS, fieldErrorsFromApi, MAX_OVERLAP_HOURS, partnerClientStatus } from './partnerClients';
import { SecretDialog, type ShownSecret } from './SecretDialog';

/** "Renouveler le secret": the overlap in hours, then the new secret shown once. Active clients only (the API refuses the others). */
export const RotateSecretButton = () => {
  const record = useRecordContext<PartnerClientRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [hours, setHours] = useState(String(DEFAULT_OVERLAP_HOURS));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<ShownSecret | null>(null);
  if (!record || partnerClientStatus(record, new Date()) !== 'ACTIVE') return null;
  const t = (key: string, options?: Record<string, unknown>) => translate(`orga.support.partners.rotate.${key}`, options);

  const overlapHours = /^\d+$/.test(hours.trim()) ? Number(hours.trim()) : Number.NaN;
  const rotate = async (event: FormEvent) => {
    event.preventDefault();
    if (!Number.isInteger(overlapHours) || overlapHours < 0 || overlapHours > MAX_OVERLAP_HOURS) {
      setProblem('orga.support.partners.fieldErrors.overlapHours');
      return;
    }
    setBusy(true);
    try {
      const { rotatePartnerClientSecret } = await graphqlClient.request(ROTATE_PARTNER_CLIENT_SECRET, { input: { id: record.id, overlapHours } });
      setOpen(false);
      setShown({ kind: 'rotated', name: record.name, clientId: rotatePartnerClientSecret.client.clientId, clientSecret: rotatePartnerClientSecret.clientSecret, scopes: rotatePartnerClientSecret.client.scopes, overlapHours });
    } catch (error) {
      const fields = fieldErrorsFromApi(error);
      if (fields.overlapHours) setProblem(fields.overlapHours);
      else {
        setOpen(false);
        notify(errorMessageKey(error), { type: 'error' });
        refresh();
      }
    }
    setBusy(false);
  };

  return (
    <>
      <Button
        size="small"
        startIcon={<AutorenewIcon />}
        onClick={() => {
          setHours(String(DEFAULT_OVERLAP_HOURS));
          setProblem(null);
          setOpen(true);
        }}
      >
        {t('button')}
      </Button>
      <Dialog open={open} onClose={() => !busy && setOpen(false)} aria-labelledby={titleId} maxWidth="sm" fullWidth>
        <form onSubmit={(event) => void rotate(event)} noValidate>
          <DialogTitle id={titleId}>{t('title', { name: record.name })}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{t('body')}</DialogContentText>
            <TextField
              autoFocus
              label={t('overlap')}
              type="number"
              value={hours}
              onChange={(event) => {
                setHours(event.target.value);
                setProblem(null);
              }}
              error={Boolean(problem)}
              helperText={translate(problem ?? 'orga.support.partners.rotate.overlapHelp')}
              slotProps={{ htmlInput: { min: 0, max: MAX_OVERLAP_HOURS, step: 1, inputMode: 'numeric' } }}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)} disabled={busy}>
              {translate('ra.action.cancel')}
            </Button>
            <Button type="submit" variant="contained" disabled={busy}>
              {t('confirm')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
      <SecretDialog
        shown={shown}
        onClose={() => {
          setShown(null);
          refresh();
        }}
      />
    </>
  );
};

/** "Révoquer", after a confirmation that says the tokens stop at once. Hidden once revoked. */
export const RevokeButton = () => {
  const record = useRecordContext<PartnerClientRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record || record.revokedAt) return null;
  const revoke = async () => {
    setBusy(true);
    try {
      await graphqlClient.request(REVOKE_PARTNER_CLIENT, { id: record.id });
      notify('orga.support.partners.revoke.done', { type: 'success' });
    } catch (error) {
      notify(errorMessageKey(error), { type: 'error' });
    }
    setBusy(false);
    setOpen(false);
    refresh();
  };
  return (
    <>
      <Button size="small" color="error" startIcon={<BlockIcon />} onClick={() => setOpen(true)}>
        {translate('orga.support.partners.revoke.button')}
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="orga.support.partners.revoke.title"
        content="orga.support.partners.revoke.content"
        translateOptions={{ name: record.name }}
        confirm="orga.support.partners.revoke.button"
        confirmColor="warning"
        onConfirm={() => void revoke()}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

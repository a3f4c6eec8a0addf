import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { errorMessageKey } from '../auth/errorCodes';
import { graphqlClient } from '../auth/graphqlClient';
import { INVITE_MEMBERS } from './operations';
import { parseEmails } from './parseEmails';

/** "Inviter un membre" (guide p.51), several addresses at once; the role is optional. */
export const InviteMembersDialog = ({
  open,
  organizationId,
  onClose,
  onInvited,
}: {
  open: boolean;
  organizationId: string;
  onClose: () => void;
  onInvited: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [text, setText] = useState('');
  const [role, setRole] = useState<'' | 'ADMIN' | 'MEMBER'>('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async () => {
    const { emails, invalid } = parseEmails(text);
    if (invalid.length > 0) {
      setProblem(translate('orga.team.invite.invalid', { emails: invalid.join(', '), smart_count: invalid.length }));
      return;
    }
    if (emails.length === 0) {
      setProblem(translate('orga.team.invite.empty'));
      return;
    }
    setSending(true);
    try {
      await graphqlClient.request(INVITE_MEMBERS, { organizationId, emails, role: role || null });
      notify('orga.team.notifications.invited', { type: 'success', messageArgs: { smart_count: emails.length } });
      setText('');
      setRole('');
      setProblem(null);
      onInvited();
    } catch (error) {
      setProblem(translate(errorMessageKey(error)));
    } finally {
      setSending(false);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="invite-title">
      <DialogTitle id="invite-title">{translate('orga.team.invite.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('orga.team.invite.help')}</DialogContentText>
        <TextField
          autoFocus
          multiline
          minRows={3}
          fullWidth
          margin="normal"
          label={translate('orga.team.invite.emails')}
          helperText={translate('orga.team.invite.emailsHelp')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <TextField
          select
          fullWidth
          margin="normal"
          label={translate('orga.team.fields.role')}
          value={role}
          onChange={(event) => setRole(event.target.value as '' | 'ADMIN' | 'MEMBER')}
          helperText={translate('orga.team.invite.roleHelp')}
        >
          <MenuItem value="">{translate('orga.team.roles.UNDECIDED')}</MenuItem>
          <MenuItem value="MEMBER">{translate('orga.team.roles.MEMBER')}</MenuItem>
          <MenuItem value="ADMIN">{translate('orga.team.roles.ADMIN')}</MenuItem>
        </TextField>
        {problem ? (
          <Alert severity="error" sx={{ mt: 1 }} role="alert">
            {problem}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={sending}>
          {translate('orga.team.invite.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

import { Alert, Box, Button, Chip, Link, Typography } from '@mui/material';
import { useState } from 'react';
import { Datagrid, DateField, FunctionField, List, NumberField, SelectField, SelectInput, TextField, TextInput, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { errorMessageKey } from '../../auth/errorCodes';
import { graphqlClient } from '../../auth/graphqlClient';
import { REQUEUE_MAIL, type OutboxMail } from '../dataProviders';
import { invitationState, mailTextParts } from './mailText';

const statusChoices = ['PENDING', 'SENDING', 'SENT', 'FAILED'].map((id) => ({ id, name: `orga.support.mails.statuses.${id}` }));

const filters = [
  <TextInput key="recipient" source="recipient" label="orga.support.mails.recipient" alwaysOn />,
  <SelectInput key="status" source="status" label="orga.support.fields.status" choices={statusChoices} alwaysOn />,
];

/** The text as sent, its links clickable; a link whose secret the API masked is shown as masked, not as a link. */
const MailText = ({ text }: { text: string }) => {
  const translate = useTranslate();
  return (
    <Typography component="pre" variant="body2" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', m: 0, overflowWrap: 'anywhere' }} data-testid="mail-body">
      {mailTextParts(text).map((part, index) =>
        part.kind === 'text' ? (
          part.text
        ) : part.kind === 'link' ? (
          <Link key={index} href={part.href} target="_blank" rel="noopener noreferrer">
            {part.href}
          </Link>
        ) : (
          <Box key={index} component="span" data-testid="masked-link" sx={{ bgcolor: 'action.selected', px: 0.5, borderRadius: 0.5 }}>
            {part.text} ({translate('orga.support.mails.masked')})
          </Box>
        ),
      )}
    </Typography>
  );
};

const MailBody = () => {
  const record = useRecordContext<OutboxMail>();
  const translate = useTranslate();
  if (!record) return null;
  const state = invitationState(record.invitation);
  const hasMasked = mailTextParts(record.textBody).some((part) => part.kind === 'masked');
  return (
    <Box sx={{ py: 1, display: 'grid', gap: 1 }}>
      {record.lastError ? (
        <Typography variant="body2" color="error">
          {translate('orga.support.mails.lastError')} : {record.lastError}
        </Typography>
      ) : null}
      {state && state !== 'PENDING' ? (
        <Alert severity="warning" data-testid="invitation-gone">
          {translate('orga.support.mails.invitationGone', { state: translate(`orga.support.mails.invitationStateWords.${state}`) })}
        </Alert>
      ) : null}
      <MailText text={record.textBody} />
      {hasMasked ? (
        <Typography variant="body2" color="text.secondary">
          {translate('orga.support.mails.maskedHelp')}
        </Typography>
      ) : null}
    </Box>
  );
};

/** Beside the sending status: whether the invitation an e-mail carries still opens. */
const InvitationChip = () => {
  const record = useRecordContext<OutboxMail>();
  const translate = useTranslate();
  const state = invitationState(record?.invitation);
  if (!state) return null;
  const color = state === 'PENDING' ? 'info' : state === 'ACCEPTED' ? 'success' : 'warning';
  return <Chip size="small" variant="outlined" color={color} label={translate(`orga.support.mails.invitationStates.${state}`)} data-testid="invitation-state" />;
};

/** A mail the worker gave up on goes back in the queue (the API audits it); other statuses have no button. */
const RequeueButton = () => {
  const record = useRecordContext<OutboxMail>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  if (!record || record.status !== 'FAILED') return null;
  const requeue = async () => {
    setBusy(true);
    try {
      await graphqlClient.request(REQUEUE_MAIL, { id: record.id });
      notify('orga.support.mails.requeued', { type: 'success' });
    } catch (error) {
      notify(errorMessageKey(error), { type: 'error' });
    }
    setBusy(false);
    refresh();
  };
  return (
    <Button size="small" variant="outlined" disabled={busy} onClick={(event) => (event.stopPropagation(), void requeue())}>
      {translate('orga.support.mails.requeue')}
    </Button>
  );
};

/** Support: the e-mails written by the application (when no SMTP server is configured, they wait here). */
export const OutboxMailList = () => (
  <List filters={filters} perPage={25} title="orga.support.mails.title" exporter={false}>
    <Datagrid expand={<MailBody />} rowClick="expand" bulkActionButtons={false}>
      <DateField source="createdAt" label="orga.support.fields.createdAt" showTime sortable={false} />
      <TextField source="recipient" label="orga.support.mails.recipient" sortable={false} />
      <TextField source="subject" label="orga.support.mails.subject" sortable={false} />
      <SelectField source="status" label="orga.support.fields.status" choices={statusChoices} sortable={false} />
      <FunctionField label="orga.support.mails.invitation" render={() => <InvitationChip />} />
      <NumberField source="attempts" label="orga.support.mails.attempts" sortable={false} />
      <DateField source="sentAt" label="orga.support.mails.sentAt" showTime emptyText="—" sortable={false} />
      <RequeueButton />
    </Datagrid>
  </List>
);

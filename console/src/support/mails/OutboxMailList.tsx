import { Box, Button, Typography } from '@mui/material';
import { useState } from 'react';
import { Datagrid, DateField, List, NumberField, SelectField, SelectInput, TextField, TextInput, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { errorMessageKey } from '../../auth/errorCodes';
import { graphqlClient } from '../../auth/graphqlClient';
import { REQUEUE_MAIL } from '../dataProviders';

const statusChoices = ['PENDING', 'SENDING', 'SENT', 'FAILED'].map((id) => ({ id, name: `orga.support.mails.statuses.${id}` }));

const filters = [
  <TextInput key="recipient" source="recipient" label="orga.support.mails.recipient" alwaysOn />,
  <SelectInput key="status" source="status" label="orga.support.fields.status" choices={statusChoices} alwaysOn />,
];

const MailBody = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ py: 1 }}>
      {record.lastError ? (
        <Typography variant="body2" color="error" gutterBottom>
          {translate('orga.support.mails.lastError')} : {String(record.lastError)}
        </Typography>
      ) : null}
      <Typography component="pre" variant="body2" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', m: 0 }} data-testid="mail-body">
        {String(record.textBody)}
      </Typography>
    </Box>
  );
};

/** A mail the worker gave up on goes back in the queue (the API audits it); other statuses have no button. */
const RequeueButton = () => {
  const record = useRecordContext();
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
      <NumberField source="attempts" label="orga.support.mails.attempts" sortable={false} />
      <DateField source="sentAt" label="orga.support.mails.sentAt" showTime emptyText="—" sortable={false} />
      <RequeueButton />
    </Datagrid>
  </List>
);

import { Box, Typography } from '@mui/material';
import { Datagrid, DateField, List, NumberField, SelectField, SelectInput, TextField, TextInput, useRecordContext, useTranslate } from 'react-admin';

const statusChoices = ['PENDING', 'SENT', 'FAILED'].map((id) => ({ id, name: `orga.support.mails.statuses.${id}` }));

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
    </Datagrid>
  </List>
);

import { Box, Typography } from '@mui/material';
import { Datagrid, DateField, FunctionField, List, TextField, TextInput, useRecordContext, useTranslate, type RaRecord } from 'react-admin';

const filters = [<TextInput key="targetId" source="targetId" label="orga.support.audit.targetId" alwaysOn />];

const Change = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const block = (key: string, value: unknown) => (
    <Box>
      <Typography variant="subtitle2">{translate(key)}</Typography>
      <Typography component="pre" variant="body2" sx={{ whiteSpace: 'pre-wrap', m: 0 }}>
        {value ? JSON.stringify(value, null, 2) : '—'}
      </Typography>
    </Box>
  );
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2, py: 1 }}>
      {block('orga.support.audit.before', record.before)}
      {block('orga.support.audit.after', record.after)}
    </Box>
  );
};

/** SUPER_ADMIN: every support action, newest first. */
export const AuditEntryList = () => (
  <List filters={filters} perPage={25} title="orga.support.audit.title" exporter={false}>
    <Datagrid expand={<Change />} rowClick="expand" bulkActionButtons={false}>
      <DateField source="createdAt" label="orga.support.fields.createdAt" showTime sortable={false} />
      <FunctionField
        label="orga.support.audit.actor"
        render={(record: RaRecord) => (record.actor ? `${record.actor.firstName} ${record.actor.lastName}` : '—')}
      />
      <TextField source="actorRole" label="orga.support.audit.actorRole" sortable={false} />
      <TextField source="action" label="orga.support.audit.action" sortable={false} />
      <TextField source="targetType" label="orga.support.audit.targetType" sortable={false} />
      <TextField source="targetId" label="orga.support.audit.targetId" sortable={false} />
    </Datagrid>
  </List>
);

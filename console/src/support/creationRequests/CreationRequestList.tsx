import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField as MuiTextField, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Datagrid,
  DateField,
  FunctionField,
  List,
  SelectField,
  SelectInput,
  TextField,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { errorMessageKey } from '../../auth/errorCodes';
import { graphqlClient, type Operation } from '../../auth/graphqlClient';
import { APPROVE_CREATION_REQUEST, REJECT_CREATION_REQUEST, type CreationRequestRecord } from '../dataProviders';
import { organizationTypeChoices } from '../organizations/organizationTypes';

const statusChoices = ['PENDING', 'APPROVED', 'REJECTED'].map((id) => ({ id, name: `orga.support.creationRequests.statuses.${id}` }));

const filters = [<SelectInput key="status" source="status" label="orga.support.fields.status" choices={statusChoices} alwaysOn />];

/** Approve (creates the organisation and invites the requester as ADMIN) or reject with a reason. */
const Decision = () => {
  const record = useRecordContext<CreationRequestRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  if (!record || record.status !== 'PENDING') return null;
  const run = async <V,>(operation: Operation<unknown, V>, variables: V, success: string) => {
    setBusy(true);
    try {
      await graphqlClient.request(operation, variables);
      notify(success, { type: 'success' });
    } catch (error) {
      notify(errorMessageKey(error), { type: 'error' });
    }
    setBusy(false);
    setRejecting(false);
    refresh();
  };
  return (
    <Box sx={{ display: 'flex', gap: 1 }} onClick={(event) => event.stopPropagation()}>
      <Button size="small" variant="contained" disabled={busy} onClick={() => void run(APPROVE_CREATION_REQUEST, { id: record.id }, 'orga.support.creationRequests.approved')}>
        {translate('orga.support.creationRequests.approve')}
      </Button>
      <Button size="small" color="error" disabled={busy} onClick={() => setRejecting(true)}>
        {translate('orga.support.creationRequests.reject')}
      </Button>
      <Dialog open={rejecting} onClose={() => setRejecting(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('orga.support.creationRequests.rejectTitle', { name: record.name })}</DialogTitle>
        <DialogContent>
          <MuiTextField
            autoFocus
            fullWidth
            multiline
            minRows={3}
            margin="normal"
            label={translate('orga.support.creationRequests.reason')}
            helperText={translate('orga.support.creationRequests.reasonHelp')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setRejecting(false)}>{translate('ra.action.cancel')}</Button>
          <Button
            color="error"
            variant="contained"
            disabled={busy || reason.trim() === ''}
            onClick={() => void run(REJECT_CREATION_REQUEST, { id: record.id, reason: reason.trim() }, 'orga.support.creationRequests.rejected')}
          >
            {translate('orga.support.creationRequests.reject')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
};

const Details = () => {
  const record = useRecordContext<CreationRequestRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const line = (key: string, value: unknown) => (
    <Typography variant="body2">
      <strong>{translate(key)} :</strong> {value ? String(value) : '—'}
    </Typography>
  );
  return (
    <Box sx={{ display: 'grid', gap: 0.5, py: 1 }}>
      {line('orga.support.organizations.fields.siret', record.siret)}
      {line('orga.support.organizations.fields.street', [record.street, record.postalCode, record.city].filter(Boolean).join(', '))}
      {line('orga.support.organizations.fields.department', record.department)}
      {line('orga.support.organizations.fields.region', record.region)}
      {line('orga.support.organizations.fields.network', record.network?.name)}
      {line('orga.support.creationRequests.director', record.directorName)}
      {line('orga.support.creationRequests.mandate', record.mandateStatement)}
      {record.rejectionReason ? line('orga.support.creationRequests.reason', record.rejectionReason) : null}
      {record.organization ? line('orga.support.creationRequests.organization', record.organization.name) : null}
    </Box>
  );
};

export const CreationRequestList = () => (
  <List filters={filters} filterDefaultValues={{ status: 'PENDING' }} perPage={25} title="orga.support.creationRequests.title" exporter={false}>
    <Datagrid expand={<Details />} bulkActionButtons={false} rowClick={false}>
      <TextField source="name" label="orga.support.organizations.fields.name" sortable={false} />
      <SelectField source="type" label="orga.support.organizations.fields.type" choices={organizationTypeChoices} sortable={false} />
      <FunctionField
        label="orga.support.creationRequests.requester"
        render={(record: CreationRequestRecord) => `${record.requester.firstName} ${record.requester.lastName} (${record.requester.email})`}
      />
      <SelectField source="status" label="orga.support.fields.status" choices={statusChoices} sortable={false} />
      <DateField source="createdAt" label="orga.support.fields.createdAt" sortable={false} />
      <Decision />
    </Datagrid>
  </List>
);

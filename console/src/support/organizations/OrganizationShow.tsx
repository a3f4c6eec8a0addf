import ArchiveIcon from '@mui/icons-material/Archive';
import GroupIcon from '@mui/icons-material/Group';
import { Button } from '@mui/material';
import { useState } from 'react';
import {
  BooleanField,
  Confirm,
  DateField,
  EditButton,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  UrlField,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { errorMessageKey } from '../../auth/errorCodes';
import { graphqlClient } from '../../auth/graphqlClient';
import { ARCHIVE_ORGANIZATION, type SupportOrganization } from '../dataProviders';
import { organizationTypeChoices } from './organizationTypes';
import { OrganizationActivity } from './OrganizationActivity';

const ArchiveButton = () => {
  const record = useRecordContext<SupportOrganization>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!record || record.isArchived) return null;
  const archive = async () => {
    setOpen(false);
    try {
      await graphqlClient.request(ARCHIVE_ORGANIZATION, { id: record.id });
      notify('orga.support.organizations.archivedNotice', { type: 'success' });
    } catch (error) {
      notify(errorMessageKey(error), { type: 'error' });
    }
    refresh();
  };
  return (
    <>
      <Button color="error" startIcon={<ArchiveIcon />} onClick={() => setOpen(true)}>
        {translate('orga.support.organizations.archive')}
      </Button>
      <Confirm
        isOpen={open}
        title="orga.support.organizations.archiveTitle"
        content="orga.support.organizations.archiveContent"
        translateOptions={{ name: record.name }}
        onConfirm={() => void archive()}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

const MembersButton = () => {
  const record = useRecordContext<SupportOrganization>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Button component={Link} to={`/organizations/${encodeURIComponent(record.id)}/team`} startIcon={<GroupIcon />}>
      {translate('orga.support.organizations.members')}
    </Button>
  );
};

const Actions = () => {
  const record = useRecordContext<SupportOrganization>();
  return (
    <TopToolbar>
      <MembersButton />
      {record && !record.isArchived ? <EditButton /> : null}
      <ArchiveButton />
    </TopToolbar>
  );
};

export const OrganizationShow = () => (
  <Show actions={<Actions />} title="orga.support.organizations.show">
    <SimpleShowLayout>
      <TextField source="name" label="orga.support.organizations.fields.name" />
      <SelectField source="type" label="orga.support.organizations.fields.type" choices={organizationTypeChoices} />
      <TextField source="network.name" label="orga.support.organizations.fields.network" emptyText="—" />
      <TextField source="parent.name" label="orga.support.organizations.fields.parent" emptyText="—" />
      <TextField source="externalId" label="orga.support.organizations.fields.externalId" emptyText="—" />
      <TextField source="siret" label="orga.support.organizations.fields.siret" emptyText="—" />
      <TextField source="street" label="orga.support.organizations.fields.street" emptyText="—" />
      <TextField source="postalCode" label="orga.support.organizations.fields.postalCode" emptyText="—" />
      <TextField source="city" label="orga.support.organizations.fields.city" emptyText="—" />
      <TextField source="department" label="orga.support.organizations.fields.department" emptyText="—" />
      <TextField source="region" label="orga.support.organizations.fields.region" emptyText="—" />
      <UrlField source="documentationUrl" label="orga.support.organizations.fields.documentationUrl" target="_blank" rel="noopener noreferrer" />
      <BooleanField source="isCertificationCenter" label="orga.support.organizations.fields.isCertificationCenter" />
      <DateField source="createdAt" label="orga.support.fields.createdAt" showTime />
      <DateField source="archivedAt" label="orga.support.organizations.fields.archivedAt" showTime emptyText="—" />
    </SimpleShowLayout>
    <OrganizationActivity />
  </Show>
);

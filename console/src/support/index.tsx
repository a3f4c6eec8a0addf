import { Resource } from 'react-admin';
import { AuditEntryList } from './auditLog/AuditEntryList';
import { CreationRequestList } from './creationRequests/CreationRequestList';
import { OutboxMailList } from './mails/OutboxMailList';
import { partnerClients } from './partners';
import { organizations } from './organizations';
import { UserList } from './users/UserList';
import { gated } from './access/SupportAreaGate';

/** The support area's resources, for App.tsx (the menu shows each only to the roles allowed). */
export const supportResources = [
  <Resource key="organizations" {...organizations} />,
  <Resource key="organizationCreationRequests" name="organizationCreationRequests" list={gated('creationRequests', CreationRequestList)} />,
  <Resource key="users" name="users" list={gated('users', UserList)} />,
  <Resource key="outboxMails" name="outboxMails" list={gated('mails', OutboxMailList)} />,
  <Resource key="partnerClients" {...partnerClients} />,
  <Resource key="auditEntries" name="auditEntries" list={gated('auditLog', AuditEntryList)} />,
];

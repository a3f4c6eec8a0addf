import { Box, Card, CardContent, Chip, Typography } from '@mui/material';
import { CreateButton, Datagrid, FunctionField, List, TopToolbar, useGetIdentity, useLocale, useTranslate } from 'react-admin';
import type { SupportRole } from '../../auth/session';
import { canManagePartnerClients } from '../capabilities';
import type { PartnerClientRecord } from '../dataProviders';
import { RevokeButton, RotateSecretButton } from './PartnerClientActions';
import { PartnerNetworkInput } from './PartnerNetworkInput';
import { displayAddress, PARTNER_SCOPES, partnerClientStatus, WIRE_SCOPES } from './partnerClients';

const filters = [<PartnerNetworkInput key="networkId" source="networkId" alwaysOn emptyText="orga.support.partners.allNetworks" />];

const useCanManage = () => {
  const { identity } = useGetIdentity();
  return canManagePartnerClients((identity?.supportRole ?? null) as SupportRole | null);
};

const ListActions = () => (useCanManage() ? <TopToolbar><CreateButton label="orga.support.partners.create.button" /></TopToolbar> : <TopToolbar />);

const NoClient = () => {
  const translate = useTranslate();
  const canManage = useCanManage();
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent sx={{ textAlign: 'center', py: 4 }}>
        <Typography component="h2" variant="h6" gutterBottom>
          {translate('orga.support.partners.empty')}
        </Typography>
        <Typography variant="body2" sx={{ maxWidth: 560, mx: 'auto', mb: 2 }}>
          {translate('orga.support.partners.emptyHelp')}
        </Typography>
        {canManage ? (
          <CreateButton resource="partnerClients" label="orga.support.partners.create.button" variant="contained" />
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('orga.support.partners.emptyReadOnly')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};

const Scopes = ({ record }: { record: PartnerClientRecord }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, minWidth: 180 }}>
      {PARTNER_SCOPES.filter((scope) => record.scopes.includes(scope)).map((scope) => (
        <Chip key={scope} size="small" variant="outlined" label={translate(`orga.support.partners.scopes.${scope}.label`)} title={WIRE_SCOPES[scope]} />
      ))}
    </Box>
  );
};

/** The network, and the regions or departments the client is limited to (none: the whole network). */
const NetworkAndPerimeter = ({ record }: { record: PartnerClientRecord }) => {
  const translate = useTranslate();
  const limited = record.regions.length > 0 || record.departments.length > 0;
  return (
    <Box>
      <div>{record.network.name}</div>
      <Typography variant="body2" color="text.secondary" component="div">
        {limited ? null : translate('orga.support.partners.wholeNetwork')}
        {record.regions.length ? <div>{translate('orga.support.partners.regionsList', { list: record.regions.join(', ') })}</div> : null}
        {record.departments.length ? <div>{translate('orga.support.partners.departmentsList', { list: record.departments.join(', ') })}</div> : null}
      </Typography>
    </Box>
  );
};

const dateFormat = (locale: string) => new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'short' });
const dateTimeFormat = (locale: string) => new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'short', timeStyle: 'short' });

/** Actif, révoqué or expiré, with the day that goes with it (until when, since when). */
const Status = ({ record }: { record: PartnerClientRecord }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const status = partnerClientStatus(record, new Date());
  const color = status === 'ACTIVE' ? 'success' : status === 'REVOKED' ? 'error' : 'warning';
  const day = (iso: string) => dateFormat(locale).format(new Date(iso));
  const when =
    status === 'REVOKED' && record.revokedAt
      ? translate('orga.support.partners.revokedOn', { date: day(record.revokedAt) })
      : translate(status === 'EXPIRED' ? 'orga.support.partners.expiredOn' : 'orga.support.partners.expiresOn', { date: day(record.expiresAt) });
  return (
    <Box data-testid="partner-client-status">
      <Chip size="small" color={color} label={translate(`orga.support.partners.statuses.${status}`)} />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, whiteSpace: 'nowrap' }}>
        {when}
      </Typography>
    </Box>
  );
};

const LastUse = ({ record }: { record: PartnerClientRecord }) => {
  const translate = useTranslate();
  const locale = useLocale();
  if (!record.lastUsedAt) return <>{translate('orga.support.partners.neverUsed')}</>;
  return (
    <Box data-testid="partner-client-last-use">
      <Box sx={{ whiteSpace: 'nowrap' }}>{dateTimeFormat(locale).format(new Date(record.lastUsedAt))}</Box>
      {record.lastUsedIp ? (
        <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          {translate('orga.support.partners.fromAddress', { ip: displayAddress(record.lastUsedIp) })}
        </Typography>
      ) : null}
    </Box>
  );
};

/** The client: its name, its `client_id` (the public half of its credentials) and whom to tell. */
const Client = ({ record }: { record: PartnerClientRecord }) => (
  <Box>
    <div>{record.name}</div>
    <Box component="code" sx={{ display: 'block', fontSize: '0.85rem', whiteSpace: 'nowrap' }}>
      {record.clientId}
    </Box>
    {record.contactEmail ? (
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        {record.contactEmail}
      </Typography>
    ) : null}
  </Box>
);

/**
 * Support: the partner networks' API clients (docs/partners.md), newest first, by network.
 * SUPPORT reads; SUPER_ADMIN also creates, renews a secret and revokes.
 */
export const PartnerClientList = () => {
  const canManage = useCanManage();
  return (
    <List filters={filters} perPage={25} title="orga.support.partners.title" exporter={false} actions={<ListActions />} empty={<NoClient />}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <FunctionField label="orga.support.partners.fields.client" render={(record: PartnerClientRecord) => <Client record={record} />} />
        <FunctionField label="orga.support.partners.fields.networkAndPerimeter" render={(record: PartnerClientRecord) => <NetworkAndPerimeter record={record} />} />
        <FunctionField label="orga.support.partners.fields.scopes" render={(record: PartnerClientRecord) => <Scopes record={record} />} />
        <FunctionField label="orga.support.partners.fields.status" render={(record: PartnerClientRecord) => <Status record={record} />} />
        <FunctionField label="orga.support.partners.fields.lastUse" render={(record: PartnerClientRecord) => <LastUse record={record} />} />
        {canManage ? (
          <FunctionField
            label="orga.support.partners.fields.actions"
            render={() => (
              <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.5 }}>
                <RotateSecretButton />
                <RevokeButton />
              </Box>
            )}
          />
        ) : null}
      </Datagrid>
    </List>
  );
};

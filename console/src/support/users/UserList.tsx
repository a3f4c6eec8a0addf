import { Box, List as MuiList, ListItem, ListItemButton, ListItemText, MenuItem, TextField as MuiTextField, Typography } from '@mui/material';
import {
  Datagrid,
  DateField,
  List,
  SearchInput,
  SelectField,
  TextField,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { errorMessageKey } from '../../auth/errorCodes';
import { graphqlClient } from '../../auth/graphqlClient';
import type { SupportRole } from '../../auth/session';
import { canManageSupportRoles } from '../capabilities';
import { SET_SUPPORT_ROLE, type SupportUser } from '../dataProviders';

const SUPPORT_ROLES: SupportRole[] = ['SUPER_ADMIN', 'SUPPORT', 'METIER', 'CERTIF'];
const supportRoleChoices = SUPPORT_ROLES.map((id) => ({ id, name: `orga.supportRoles.${id}` }));


const SupportRoleEditor = () => {
  const record = useRecordContext<SupportUser>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record) return null;
  return (
      <MuiTextField
        select
        size="small"
        sx={{ minWidth: 240, mt: 1 }}
        label={translate('orga.support.users.supportRole')}
        value={record.supportRole ?? ''}
        onChange={async (event) => {
          try {
            await graphqlClient.request(SET_SUPPORT_ROLE, { userId: record.id, role: (event.target.value || null) as SupportRole | null });
            notify('orga.support.users.roleChanged', { type: 'success' });
          } catch (error) {
            notify(errorMessageKey(error), { type: 'error' });
          }
          refresh();
        }}
      >
        <MenuItem value="">{translate('orga.support.users.noSupportRole')}</MenuItem>
        {SUPPORT_ROLES.map((role) => (
          <MenuItem key={role} value={role}>
            {translate(`orga.supportRoles.${role}`)}
          </MenuItem>
        ))}
      </MuiTextField>
  );
};

/** A user's memberships (each a link to that organisation's team), their campaigns (each a link into it) and their support role. */
const UserDetails = () => {
  const record = useRecordContext<SupportUser>();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  if (!record) return null;
  const memberships = record.memberships;
  const participations = (record.participations ?? []).filter((participation) => participation.campaign);
  return (
    <Box sx={{ py: 1, display: 'grid', gap: 1, gridTemplateColumns: { md: '1fr 1fr' } }}>
      <Box>
        <Typography component="h3" variant="subtitle2">
          {translate('orga.support.users.memberships')}
        </Typography>
        {memberships.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('orga.support.users.noMembership')}
          </Typography>
        ) : (
          <MuiList dense>
            {memberships.map((membership) => (
              <ListItem key={membership.id} disablePadding>
                <ListItemButton component={Link} to={`/organizations/${encodeURIComponent(membership.organization.id)}/team`}>
                  <ListItemText primary={membership.organization.name} secondary={translate(`orga.team.roles.${membership.role}`)} />
                </ListItemButton>
              </ListItem>
            ))}
          </MuiList>
        )}
      </Box>
      <Box>
        <Typography component="h3" variant="subtitle2">
          {translate('orga.support.users.participations')}
        </Typography>
        {participations.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('orga.support.users.noParticipation')}
          </Typography>
        ) : (
          <MuiList dense data-testid="user-participations">
            {participations.map(({ id, status, campaign }) => (
              <ListItem key={id} disablePadding>
                <ListItemButton component={Link} to={`/campaigns/${encodeURIComponent(campaign!.id)}/show`}>
                  <ListItemText
                    primary={`${campaign!.name} (${campaign!.code})`}
                    secondary={`${campaign!.organization.name} — ${translate(`orga.participants.status.${status}`)}`}
                  />
                </ListItemButton>
              </ListItem>
            ))}
          </MuiList>
        )}
      </Box>
      {canManageSupportRoles((identity?.supportRole ?? null) as SupportRole | null) ? <SupportRoleEditor /> : null}
    </Box>
  );
};

/** Support: people by part of their e-mail or name. */
export const UserList = () => {
  const translate = useTranslate();
  return (
  <List filters={[<SearchInput key="q" source="q" alwaysOn placeholder={translate('orga.support.users.search')} />]} perPage={25} title="orga.support.users.title" exporter={false}>
    <Datagrid expand={<UserDetails />} bulkActionButtons={false} rowClick="expand">
      <TextField source="lastName" label="orga.team.fields.lastName" sortable={false} />
      <TextField source="firstName" label="orga.team.fields.firstName" sortable={false} />
      <TextField source="email" label="orga.team.fields.email" sortable={false} />
      <SelectField source="supportRole" label="orga.support.users.supportRole" choices={supportRoleChoices} emptyText="—" sortable={false} />
      <DateField source="createdAt" label="orga.support.fields.createdAt" sortable={false} />
    </Datagrid>
  </List>
  );
};

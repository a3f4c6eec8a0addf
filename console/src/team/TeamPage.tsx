import PersonAddIcon from '@mui/icons-material/PersonAdd';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  MenuItem,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Confirm, Loading, Title, useGetIdentity, useLocale, useNotify, useTranslate } from 'react-admin';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { errorMessageKey } from '../auth/errorCodes';
import { teamFailureMessage } from './teamFailures';
import { graphqlClient, type Operation } from '../auth/graphqlClient';
import type { SupportRole } from '../auth/session';
import { useCurrentOrganization, type MembershipRole } from '../organization/useCurrentOrganization';
import { InviteMembersDialog } from './InviteMembersDialog';
import {
  CANCEL_INVITATION,
  LEAVE_ORGANIZATION,
  REMOVE_MEMBERSHIP,
  RESEND_INVITATION,
  TEAM,
  UPDATE_MEMBERSHIP_ROLE,
  type PendingInvitation,
  type TeamMember,
  type TeamOrganization,
} from './operations';
import { canLeave, canManageTeam } from './teamRights';

/** `/team`: the team of the organisation chosen in the switcher. */
export const CurrentTeamRedirect = () => {
  const { organization, isPending } = useCurrentOrganization();
  if (isPending) return <Loading />;
  if (!organization) return <Navigate to="/" replace />;
  return <Navigate to={`/organizations/${encodeURIComponent(organization.id)}/team`} replace />;
};

async function loadTeam(id: string): Promise<TeamOrganization> {
  const first = await graphqlClient.request(TEAM, { id });
  const organization = first.organization;
  const nodes = [...organization.members.nodes];
  let pageInfo = organization.members.pageInfo;
  // Teams are small; a big network head office may pass 100: read on.
  while (pageInfo.hasNextPage && pageInfo.endCursor) {
    const next = await graphqlClient.request(TEAM, { id, after: pageInfo.endCursor });
    nodes.push(...next.organization.members.nodes);
    pageInfo = next.organization.members.pageInfo;
  }
  return { ...organization, members: { ...organization.members, nodes } };
}

type PendingAction =
  | { kind: 'remove'; member: TeamMember }
  | { kind: 'leave' }
  | { kind: 'cancel'; invitation: PendingInvitation };

/**
 * Équipe (guide p.51-52): the members in alphabetical order with their roles, the invitations
 * awaiting an answer; an administrator invites, changes roles, removes, resends and cancels.
 * Addressed by organisation so that support agents reach any team from the support area; the
 * API decides who may read it (another organisation's member gets NOT_FOUND / FORBIDDEN).
 */
export const TeamPage = () => {
  const { organizationId = '' } = useParams();
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { identity } = useGetIdentity();
  const { refetch: refetchMemberships } = useCurrentOrganization();
  const [inviting, setInviting] = useState(false);
  const [pendingAction, setPendingAction] = useState<PendingAction | null>(null);
  const [busy, setBusy] = useState(false);

  const { data: team, error, isPending } = useQuery({
    queryKey: ['team', organizationId],
    queryFn: () => loadTeam(organizationId),
    retry: false,
  });

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['team', organizationId] });
    await refetchMemberships();
  };

  const run = async <V,>(operation: Operation<unknown, V>, variables: V, successKey: string) => {
    setBusy(true);
    try {
      await graphqlClient.request(operation, variables);
      notify(successKey, { type: 'success' });
      return true;
    } catch (failure) {
      notify(...teamFailureMessage(failure));
      return false;
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  if (isPending) return <Loading />;
  if (error || !team) {
    return (
      <Card sx={{ mt: 2 }}>
        <Title title="orga.team.title" />
        <CardContent>
          <Alert severity="error" data-testid="team-error">
            {translate(errorMessageKey(error))}
          </Alert>
        </CardContent>
      </Card>
    );
  }

  const supportRole = (identity?.supportRole ?? null) as SupportRole | null;
  const viewer = { viewerRole: team.viewerRole, supportRole };
  const manages = canManageTeam(viewer) && !team.isArchived;
  const date = (iso: string) => new Date(iso).toLocaleDateString(locale === 'en' ? 'en-GB' : 'fr-FR');
  const roleLabel = (role: MembershipRole | null) => translate(`orga.team.roles.${role ?? 'UNDECIDED'}`);

  const confirm = async () => {
    if (!pendingAction) return;
    const action = pendingAction;
    setPendingAction(null);
    if (action.kind === 'remove') {
      await run(REMOVE_MEMBERSHIP, { id: action.member.id }, 'orga.team.notifications.removed');
    } else if (action.kind === 'cancel') {
      await run(CANCEL_INVITATION, { id: action.invitation.id }, 'orga.team.notifications.cancelled');
    } else if (await run(LEAVE_ORGANIZATION, { organizationId: team.id }, 'orga.team.notifications.left')) {
      navigate('/');
    }
  };

  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2 }}>
      <Title title={translate('orga.team.titleWithName', { name: team.name })} />
      <Card>
        <CardContent>
          <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1, mb: 1 }}>
            <Typography component="h1" variant="h5">
              {translate('orga.team.heading')}
              <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                ({translate('orga.team.membersCount', { smart_count: team.members.totalCount })})
              </Typography>
            </Typography>
            <Box sx={{ display: 'flex', gap: 1 }}>
              {canLeave(viewer) ? (
                <Button color="error" onClick={() => setPendingAction({ kind: 'leave' })} disabled={busy}>
                  {translate('orga.team.actions.leave')}
                </Button>
              ) : null}
              {manages ? (
                <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => setInviting(true)}>
                  {translate('orga.team.actions.add')}
                </Button>
              ) : null}
            </Box>
          </Box>
          {team.isArchived ? <Alert severity="info">{translate('orga.team.archived')}</Alert> : null}
          <Table size="small" aria-label={translate('orga.team.heading')} data-testid="members">
            <TableHead>
              <TableRow>
                <TableCell>{translate('orga.team.fields.lastName')}</TableCell>
                <TableCell>{translate('orga.team.fields.firstName')}</TableCell>
                <TableCell>{translate('orga.team.fields.email')}</TableCell>
                <TableCell>{translate('orga.team.fields.role')}</TableCell>
                {manages ? <TableCell align="right">{translate('orga.team.fields.actions')}</TableCell> : null}
              </TableRow>
            </TableHead>
            <TableBody>
              {team.members.nodes.map((member) => (
                <TableRow key={member.id} data-testid="member-row">
                  <TableCell sx={{ textTransform: 'uppercase' }}>{member.user.lastName}</TableCell>
                  <TableCell>{member.user.firstName}</TableCell>
                  <TableCell>{member.user.email}</TableCell>
                  <TableCell>
                    {manages ? (
                      <Select
                        size="small"
                        variant="standard"
                        value={member.role}
                        disabled={busy}
                        inputProps={{ 'aria-label': translate('orga.team.actions.changeRoleOf', { name: `${member.user.firstName} ${member.user.lastName}` }) }}
                        onChange={(event) =>
                          void run(UPDATE_MEMBERSHIP_ROLE, { id: member.id, role: event.target.value }, 'orga.team.notifications.roleChanged')
                        }
                      >
                        <MenuItem value="ADMIN">{roleLabel('ADMIN')}</MenuItem>
                        <MenuItem value="MEMBER">{roleLabel('MEMBER')}</MenuItem>
                      </Select>
                    ) : (
                      roleLabel(member.role)
                    )}
                  </TableCell>
                  {manages ? (
                    <TableCell align="right">
                      {member.user.id === identity?.id ? null : (
                        <Button size="small" color="error" disabled={busy} onClick={() => setPendingAction({ kind: 'remove', member })}>
                          {translate('orga.team.actions.remove')}
                        </Button>
                      )}
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>

      <Card>
        <CardContent>
          <Typography component="h2" variant="h6" gutterBottom>
            {translate('orga.team.invitations.heading')}
          </Typography>
          {team.invitations.length === 0 ? (
            <Typography color="text.secondary">{translate('orga.team.invitations.none')}</Typography>
          ) : (
            <Table size="small" aria-label={translate('orga.team.invitations.heading')} data-testid="invitations">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('orga.team.fields.email')}</TableCell>
                  <TableCell>{translate('orga.team.fields.role')}</TableCell>
                  <TableCell>{translate('orga.team.invitations.sentAt')}</TableCell>
                  <TableCell>{translate('orga.team.invitations.expiresAt')}</TableCell>
                  {manages ? <TableCell align="right">{translate('orga.team.fields.actions')}</TableCell> : null}
                </TableRow>
              </TableHead>
              <TableBody>
                {team.invitations.map((invitation) => (
                  <TableRow key={invitation.id} data-testid="invitation-row">
                    <TableCell>{invitation.email}</TableCell>
                    <TableCell>{roleLabel(invitation.role)}</TableCell>
                    <TableCell>{date(invitation.updatedAt)}</TableCell>
                    <TableCell>
                      {invitation.isExpired ? (
                        <Chip size="small" color="warning" label={translate('orga.team.invitations.expired')} />
                      ) : (
                        date(invitation.expiresAt)
                      )}
                    </TableCell>
                    {manages ? (
                      <TableCell align="right">
                        <Button
                          size="small"
                          disabled={busy}
                          onClick={() => void run(RESEND_INVITATION, { id: invitation.id }, 'orga.team.notifications.resent')}
                        >
                          {translate('orga.team.actions.resend')}
                        </Button>
                        <Button size="small" color="error" disabled={busy} onClick={() => setPendingAction({ kind: 'cancel', invitation })}>
                          {translate('orga.team.actions.cancel')}
                        </Button>
                      </TableCell>
                    ) : null}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>

      <InviteMembersDialog
        open={inviting}
        organizationId={team.id}
        onClose={() => setInviting(false)}
        onInvited={() => {
          setInviting(false);
          void refresh();
        }}
      />
      <Confirm
        isOpen={pendingAction !== null}
        title={pendingAction ? `orga.team.confirm.${pendingAction.kind}.title` : ''}
        content={pendingAction ? `orga.team.confirm.${pendingAction.kind}.content` : ''}
        translateOptions={{
          name: pendingAction?.kind === 'remove' ? `${pendingAction.member.user.firstName} ${pendingAction.member.user.lastName}` : '',
          email: pendingAction?.kind === 'cancel' ? pendingAction.invitation.email : '',
          organization: team.name,
        }}
        onConfirm={() => void confirm()}
        onClose={() => setPendingAction(null)}
      />
    </Box>
  );
};

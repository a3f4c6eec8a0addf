import type { MembershipRole } from '../organization/useCurrentOrganization';

export interface TeamMember {
  id: string;
  role: MembershipRole;
  createdAt: string;
  user: { id: string; firstName: string; lastName: string; email: string };
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: MembershipRole | null;
  isExpired: boolean;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
}

export interface TeamOrganization {
  id: string;
  name: string;
  isArchived: boolean;
  viewerRole: MembershipRole | null;
  members: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: TeamMember[] };
  invitations: PendingInvitation[];
}

const MEMBER_FIELDS = 'id role createdAt user { id firstName lastName email }';

export const TEAM = `query Team($id: ID!, $after: String) {
  organization(id: $id) {
    id name isArchived viewerRole
    members(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${MEMBER_FIELDS} } }
    invitations(status: PENDING) { id email role isExpired createdAt updatedAt expiresAt }
  }
}`;

export const INVITE_MEMBERS = `mutation InviteMembers($organizationId: ID!, $emails: [String!]!, $role: MembershipRole) {
  inviteMembers(organizationId: $organizationId, emails: $emails, role: $role) { id email }
}`;

export const RESEND_INVITATION = `mutation ResendInvitation($id: ID!) { resendInvitation(id: $id) { id updatedAt expiresAt } }`;
export const CANCEL_INVITATION = `mutation CancelInvitation($id: ID!) { cancelInvitation(id: $id) { id status } }`;
export const UPDATE_MEMBERSHIP_ROLE = `mutation UpdateMembershipRole($id: ID!, $role: MembershipRole!) { updateMembershipRole(id: $id, role: $role) { id role } }`;
export const REMOVE_MEMBERSHIP = `mutation RemoveMembership($id: ID!) { removeMembership(id: $id) { id } }`;
export const LEAVE_ORGANIZATION = `mutation LeaveOrganization($organizationId: ID!) { leaveOrganization(organizationId: $organizationId) }`;

import { graphql } from '../gql';
import type { TeamQuery } from '../gql/graphql';

/** The team page's organisation: its members (one page) and pending invitations. */
export type TeamOrganization = TeamQuery['organization'];
export type TeamMember = TeamOrganization['members']['nodes'][number];
export type PendingInvitation = TeamOrganization['invitations'][number];

export const TEAM = graphql(`query Team($id: ID!, $after: String) {
  organization(id: $id) {
    id name isArchived viewerRole
    members(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id role createdAt user { id firstName lastName email } } }
    invitations(status: PENDING) { id email role isExpired createdAt updatedAt expiresAt }
  }
}`);

export const INVITE_MEMBERS = graphql(`mutation InviteMembers($organizationId: ID!, $emails: [String!]!, $role: MembershipRole) {
  inviteMembers(organizationId: $organizationId, emails: $emails, role: $role) { id email }
}`);

export const RESEND_INVITATION = graphql(`mutation ResendInvitation($id: ID!) { resendInvitation(id: $id) { id updatedAt expiresAt } }`);
export const CANCEL_INVITATION = graphql(`mutation CancelInvitation($id: ID!) { cancelInvitation(id: $id) { id status } }`);
export const UPDATE_MEMBERSHIP_ROLE = graphql(`mutation UpdateMembershipRole($id: ID!, $role: MembershipRole!) { updateMembershipRole(id: $id, role: $role) { id role } }`);
export const REMOVE_MEMBERSHIP = graphql(`mutation RemoveMembership($id: ID!) { removeMembership(id: $id) { id } }`);
export const LEAVE_ORGANIZATION = graphql(`mutation LeaveOrganization($organizationId: ID!) { leaveOrganization(organizationId: $organizationId) }`);

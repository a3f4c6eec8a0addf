import { type Membership, MembershipRole } from './models/membership.js';

/**
 * The team rules of an organisation (guide p.52), as pure functions: the use cases count what
 * they need under the organisation's row lock, then ask these.
 */

/** Whether taking this membership away (leaving, removal) would leave the organisation without an active ADMIN. */
export function isLastAdmin(membership: Pick<Membership, 'role'>, activeAdminsCount: number): boolean {
  return membership.role === MembershipRole.ADMIN && activeAdminsCount <= 1;
}

/** Whether giving this member `role` would leave the organisation without an active ADMIN (demoting the last one). */
export function demotesLastAdmin(membership: Pick<Membership, 'role'>, role: MembershipRole, activeAdminsCount: number): boolean {
  return role !== MembershipRole.ADMIN && isLastAdmin(membership, activeAdminsCount);
}

/**
 * The role an invitation without one gives (an invitation with a role gives that role): ADMIN to
 * the first member of an organisation with no active member, so that a new space is never without
 * an administrator; MEMBER to anyone after.
 */
export function defaultRoleOnJoining(activeMembersCount: number): MembershipRole {
  return activeMembersCount === 0 ? MembershipRole.ADMIN : MembershipRole.MEMBER;
}

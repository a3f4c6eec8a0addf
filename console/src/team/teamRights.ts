import type { SupportRole } from '../auth/session';
import type { MembershipRole } from '../organization/useCurrentOrganization';

export interface TeamViewer {
  /** `Organization.viewerRole`: null when reading as support. */
  viewerRole: MembershipRole | null | undefined;
  supportRole: SupportRole | null | undefined;
}

/**
 * Who may invite, change roles and remove (guide p.51: "seul un administrateur"), as the API's
 * OrganizationAccess decides it: the organisation's ADMINs, and SUPER_ADMIN / SUPPORT agents who
 * fix memberships. METIER reads the team without changing it.
 */
export function canManageTeam({ viewerRole, supportRole }: TeamViewer): boolean {
  return viewerRole === 'ADMIN' || supportRole === 'SUPER_ADMIN' || supportRole === 'SUPPORT';
}

/** Only a member can leave; the API refuses the last ADMIN (LAST_ADMIN). */
export function canLeave({ viewerRole }: TeamViewer): boolean {
  return viewerRole === 'ADMIN' || viewerRole === 'MEMBER';
}

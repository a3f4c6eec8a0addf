import type { UserPrincipal } from '../../../shared/auth/principal.js';
import { type Membership, MembershipRole } from '../models/membership.js';
import { buildMembership, buildOrganization } from './builders.js';
import { inMemoryOrganizations } from './in-memory.js';

/**
 * One organisation and its team, for the team rules' tests: `inTeam(person, role)` makes a
 * membership of it (ADMIN unless told), `team(...memberships)` the in-memory ports holding them.
 */
export function teamFixture() {
  const organization = buildOrganization();
  const inTeam = (principal: UserPrincipal, role: MembershipRole = MembershipRole.ADMIN) => buildMembership({ organizationId: organization.id, userId: principal.userId, role });
  const team = (...memberships: Membership[]) => inMemoryOrganizations({ organizations: [organization], memberships });
  return { organization, inTeam, team };
}

import type { UserPrincipal } from '../../../shared/auth/principal.js';
import { buildUserPrincipal, daysAfter, NOW } from '../../../shared/testing/builders.js';
import { type Invitation, InvitationStatus } from '../models/invitation.js';
import { type Membership, MembershipRole } from '../models/membership.js';
import { DEFAULT_DOCUMENTATION_URL, type Organization, OrganizationType } from '../models/organization.js';
import type { User } from '../models/user.js';
import { OrganizationAccess } from '../organization-access.js';

/**
 * Valid domain objects of the organizations context for unit tests: `build<Noun>(overrides)` gives
 * sensible defaults (an active Mission locale, an ADMIN membership, a pending invitation valid 30
 * days) and fresh ids, so that a test spells only what its rule reads. For tests only: the
 * dependency rule keeps these files importing nothing but the domain.
 */
let sequence = 0;
const next = () => (sequence += 1);
const id = (prefix: string) => `${prefix}-${next()}`;

export { buildSupportAgent, buildUserPrincipal, daysAfter, NOW } from '../../../shared/testing/builders.js';

export function buildUser(overrides: Partial<User> = {}): User {
  const n = next();
  return {
    id: `user-${n}`,
    email: `camille.durand.${n}@exemple.fr`,
    firstName: 'Camille',
    lastName: `Durand ${n}`,
    supportRole: null,
    termsAcceptedAt: NOW,
    lastLoggedAt: null,
    createdAt: NOW,
    ...overrides,
  };
}

export function buildOrganization(overrides: Partial<Organization> = {}): Organization {
  const n = next();
  return {
    id: `organization-${n}`,
    name: `Mission locale ${n}`,
    type: OrganizationType.MISSION_LOCALE,
    networkId: null,
    parentId: null,
    externalId: null,
    siret: null,
    address: { street: '1 rue de la République', postalCode: '69001', city: 'Lyon', department: 'Rhône', region: 'Auvergne-Rhône-Alpes' },
    documentationUrl: DEFAULT_DOCUMENTATION_URL,
    isCertificationCenter: false,
    createdAt: NOW,
    createdById: null,
    archivedAt: null,
    archivedById: null,
    ...overrides,
  };
}

/** An active ADMIN membership unless told otherwise. */
export function buildMembership(overrides: Partial<Membership> = {}): Membership {
  return {
    id: id('membership'),
    organizationId: id('organization'),
    userId: id('user'),
    role: MembershipRole.ADMIN,
    createdAt: NOW,
    updatedAt: NOW,
    disabledAt: null,
    ...overrides,
  };
}

/** A pending invitation without a role, sent at NOW and valid 30 days. */
export function buildInvitation(overrides: Partial<Invitation> = {}): Invitation {
  const n = next();
  return {
    id: `invitation-${n}`,
    organizationId: id('organization'),
    email: `invitee.${n}@exemple.fr`,
    code: 'ABCDEFGH12',
    role: null,
    status: InvitationStatus.PENDING,
    createdAt: NOW,
    updatedAt: NOW,
    expiresAt: daysAfter(NOW, 30),
    lastSentAt: NOW,
    acceptedAt: null,
    cancelledAt: null,
    ...overrides,
  };
}

/** The caller's rights in one organisation: a member with this role, or (null) no membership. */
export function buildOrganizationAccess(
  { role = MembershipRole.ADMIN, principal = buildUserPrincipal(), organizationId = id('organization') }: { role?: MembershipRole | null; principal?: UserPrincipal; organizationId?: string } = {},
): OrganizationAccess {
  return new OrganizationAccess(principal, role === null ? null : buildMembership({ organizationId, userId: principal.userId, role }));
}

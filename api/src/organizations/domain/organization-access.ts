import { SupportRole, type Principal, type UserPrincipal } from '../../shared/auth/principal.js';
import { ForbiddenError, UnauthenticatedError } from '../../shared/errors/domain-error.js';
import { type Membership, MembershipRole } from './models/membership.js';

/** Support roles that may read any organisation's space, and those that may also run its team. */
const SUPPORT_READERS = new Set<SupportRole>([SupportRole.SUPER_ADMIN, SupportRole.SUPPORT, SupportRole.METIER]);
const SUPPORT_TEAM_MANAGERS = new Set<SupportRole>([SupportRole.SUPER_ADMIN, SupportRole.SUPPORT]);
/** PRODUCT.md: organisations are managed by SUPER_ADMIN, SUPPORT and METIER. */
export const ORGANIZATION_MANAGERS = [SupportRole.SUPPORT, SupportRole.METIER] as const;

/**
 * What the caller may do in one organisation, from who they are (principal) and their active
 * membership there (loaded by the caller, never taken from arguments).
 */
export class OrganizationAccess {
  constructor(
    readonly principal: UserPrincipal,
    readonly membership: Membership | null,
  ) {}

  static of(principal: Principal, membership: Membership | null): OrganizationAccess {
    if (principal.kind !== 'user') throw new UnauthenticatedError('Vous devez être connecté.');
    return new OrganizationAccess(principal, membership);
  }

  get isSupport(): boolean {
    return this.principal.supportRole !== null && SUPPORT_READERS.has(this.principal.supportRole);
  }

  get canRead(): boolean {
    return this.membership !== null || this.isSupport;
  }

  get canManageTeam(): boolean {
    if (this.membership?.role === MembershipRole.ADMIN) return true;
    return this.principal.supportRole !== null && SUPPORT_TEAM_MANAGERS.has(this.principal.supportRole);
  }

  /** True when the caller acts as support rather than as a member: such actions are audited. */
  get actsAsSupport(): boolean {
    return this.membership?.role !== MembershipRole.ADMIN && this.canManageTeam;
  }

  assertCanRead(): this {
    if (!this.canRead) throw new ForbiddenError("Vous n'êtes pas membre de cette organisation.");
    return this;
  }

  assertCanManageTeam(): this {
    if (!this.canManageTeam) throw new ForbiddenError("Seul un administrateur de l'organisation peut gérer l'équipe.");
    return this;
  }
}

/** How a use case learns the caller's rights in the organisation of the record it loaded. */
export type AccessLookup = (organizationId: string) => Promise<OrganizationAccess>;

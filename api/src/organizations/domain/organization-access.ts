import { SupportRole, type Principal, type UserPrincipal } from '../../shared/auth/principal.js';
import { ForbiddenError, type NotFoundError, UnauthenticatedError } from '../../shared/errors/domain-error.js';
import { OrganizationNotFoundError } from './errors.js';
import { type Membership, MembershipRole } from './models/membership.js';

/**
 * PRODUCT.md "Support area". Who sees every organisation (its record, team, invitations): SUPER_ADMIN,
 * SUPPORT and METIER. Who also sees what happens inside (campaigns, participants, results,
 * statistics, CSV): SUPER_ADMIN and SUPPORT only — METIER manages organisations, not their
 * activity. Who runs any team: SUPER_ADMIN and SUPPORT. CERTIF sees no organisation.
 */
const ORGANIZATION_READERS = new Set<SupportRole>([SupportRole.SUPER_ADMIN, SupportRole.SUPPORT, SupportRole.METIER]);
const ACTIVITY_READERS = new Set<SupportRole>([SupportRole.SUPER_ADMIN, SupportRole.SUPPORT]);
const SUPPORT_TEAM_MANAGERS = new Set<SupportRole>([SupportRole.SUPER_ADMIN, SupportRole.SUPPORT]);
/** PRODUCT.md: organisations are managed by SUPER_ADMIN, SUPPORT and METIER. */
export const ORGANIZATION_MANAGERS = [SupportRole.SUPPORT, SupportRole.METIER] as const;

/** What an unknown record answers; a hidden one answers the same (no existence oracle). */
export type HiddenAs = () => NotFoundError;
const organizationNotFound: HiddenAs = () => new OrganizationNotFoundError();

/**
 * What the caller may do in one organisation, from who they are (principal) and their active
 * membership there (loaded by the caller, never taken from arguments). An organisation the caller
 * may not see is answered as if it did not exist (NOT_FOUND); FORBIDDEN is kept for what the
 * caller sees but may not do (a MEMBER running the team, METIER reading campaigns).
 */
export class OrganizationAccess {
  constructor(
    readonly principal: UserPrincipal,
    readonly membership: Membership | null,
  ) {}

  static of(principal: Principal, membership: Membership | null): OrganizationAccess {
    // A partner client reads through its network's feeds, never through the people's screens.
    if (principal.kind === 'partner') throw new ForbiddenError("Un client partenaire lit par les champs de son réseau (Network), pas par l'espace Orga.");
    if (principal.kind !== 'user') throw new UnauthenticatedError('Vous devez être connecté.');
    return new OrganizationAccess(principal, membership);
  }

  private hasSupportRole(roles: ReadonlySet<SupportRole>): boolean {
    return this.principal.supportRole !== null && roles.has(this.principal.supportRole);
  }

  get isSupport(): boolean {
    return this.hasSupportRole(ORGANIZATION_READERS);
  }

  /** Sees the organisation itself: its record, team and invitations. */
  get canRead(): boolean {
    return this.membership !== null || this.isSupport;
  }

  /** Sees its campaigns, participants, results and statistics. */
  get canReadActivity(): boolean {
    return this.membership !== null || this.hasSupportRole(ACTIVITY_READERS);
  }

  get canManageTeam(): boolean {
    if (this.membership?.role === MembershipRole.ADMIN) return true;
    return this.hasSupportRole(SUPPORT_TEAM_MANAGERS);
  }

  /** True when the caller acts as support rather than as a member: such actions are audited. */
  get actsAsSupport(): boolean {
    return this.membership?.role !== MembershipRole.ADMIN && this.canManageTeam;
  }

  /** `hidden`: the error an unknown id of the record being reached answers (the organisation's by default). */
  assertCanRead(hidden: HiddenAs = organizationNotFound): this {
    if (!this.canRead) throw hidden();
    return this;
  }

  /** Reading an organisation's activity (its lists of campaigns, participants, figures). */
  assertCanReadActivity(): this {
    this.assertCanRead();
    if (!this.canReadActivity) throw new ForbiddenError('Votre rôle de support ne donne pas accès aux campagnes ni aux résultats des organisations.');
    return this;
  }

  assertCanManageTeam(hidden: HiddenAs = organizationNotFound): this {
    this.assertCanRead(hidden);
    if (!this.canManageTeam) throw new ForbiddenError("Seul un administrateur de l'organisation peut gérer l'équipe.");
    return this;
  }
}

/** How a use case learns the caller's rights in the organisation of the record it loaded. */
export type AccessLookup = (organizationId: string) => Promise<OrganizationAccess>;

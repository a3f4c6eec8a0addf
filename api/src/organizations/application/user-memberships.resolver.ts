import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OrganizationsContext } from './request-context.js';
import { SupportRole } from '../../shared/auth/principal.js';
import { ForbiddenError } from '../../shared/errors/domain-error.js';
import { Membership } from './membership.type.js';
import { User } from './user.type.js';

const SUPPORT_READING_MEMBERSHIPS = new Set<SupportRole | null>([SupportRole.SUPER_ADMIN, SupportRole.SUPPORT]);

@Resolver(() => User)
export class UserMembershipsResolver {
  @FieldResolver(() => [Membership], { description: "The person's active memberships, oldest first. Readable by the person and by support." })
  async memberships(@Root() user: User, @Ctx() { principal, loaders }: OrganizationsContext): Promise<Membership[]> {
    const allowed = principal.kind === 'user' && (principal.userId === user.id || SUPPORT_READING_MEMBERSHIPS.has(principal.supportRole));
    if (!allowed) throw new ForbiddenError("Les appartenances d'une autre personne ne sont pas visibles.");
    return (await loaders.organizations.activeMembershipsByUserId.load(user.id)).map(Membership.from);
  }
}

import { Arg, Authorized, Ctx, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { OrganizationsContext } from './request-context.js';
import { CurrentUser } from '../../shared/auth/current-principal.decorator.js';
import { SupportRole, type UserPrincipal } from '../../shared/auth/principal.js';
import { Connection, toConnection } from '../../shared/graphql/connection.js';
import { pageRequest } from '../../shared/pagination.js';
import { searchUsers } from '../domain/usecases/search-users.usecase.js';
import { setSupportRole } from '../domain/usecases/set-support-role.usecase.js';
import { organizationsDependencies } from './dependencies.js';
import { User } from './user.type.js';

@ObjectType()
export class UserConnection extends Connection(User, 'User') {}

@Resolver()
export class UsersResolver {
  @Authorized(SupportRole.SUPPORT, SupportRole.CERTIF)
  @Query(() => UserConnection, { description: 'Support: people by part of their e-mail or name, alphabetical. CERTIF: the one person of this exact e-mail (no listing).' })
  async users(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @CurrentUser() actor: UserPrincipal,
    @Ctx() context: OrganizationsContext,
  ): Promise<UserConnection> {
    const page = await searchUsers({ actor, search: search?.slice(0, 320) ?? null, page: pageRequest(first ?? undefined, after) }, organizationsDependencies(context));
    return toConnection(page, User.from);
  }

  @Authorized(SupportRole.SUPER_ADMIN)
  @Mutation(() => User, { description: 'SUPER_ADMIN: gives a person a support role, or takes it back (null).' })
  async setSupportRole(
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => SupportRole, { nullable: true }) role: SupportRole | null,
    @CurrentUser() actor: UserPrincipal,
    @Ctx() context: OrganizationsContext,
  ): Promise<User> {
    return User.from(await setSupportRole({ actor, userId, role }, organizationsDependencies(context)));
  }
}

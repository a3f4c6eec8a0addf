import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { SupportRole } from '../../shared/auth/principal.js';
import { pageRequest } from '../../shared/pagination.js';
import { toConnection } from '../../shared/graphql/connection.js';
import { listAuditLog } from '../domain/usecases/list-audit-log.usecase.js';
import { organizationsDependencies } from './dependencies.js';
import { AuditEntry, AuditEntryConnection } from './audit-entry.type.js';
import { User } from './user.type.js';

@Resolver(() => AuditEntry)
export class AuditLogResolver {
  @Authorized(SupportRole.SUPER_ADMIN)
  @Query(() => AuditEntryConnection, { description: 'SUPER_ADMIN: every support action, newest first; filter by the record acted on.' })
  async auditLog(
    @Arg('targetId', () => ID, { nullable: true }) targetId: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: GraphQLContext,
  ): Promise<AuditEntryConnection> {
    const page = await listAuditLog({ targetId, page: pageRequest(first ?? undefined, after) }, organizationsDependencies(context));
    return toConnection(page, AuditEntry.from);
  }

  @FieldResolver(() => User, { nullable: true })
  async actor(@Root() entry: AuditEntry, @Ctx() { loaders }: GraphQLContext): Promise<User | null> {
    const user = await loaders.organizations.userById.load(entry.actorId);
    return user && User.from(user);
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { OrganizationsContext } from './request-context.js';
import { SupportRole } from '../../shared/auth/principal.js';
import { pageRequest } from '../../shared/pagination.js';
import { toConnection } from '../../shared/graphql/connection.js';
import { listAuditLog } from '../domain/usecases/list-audit-log.usecase.js';
import { organizationsDependencies } from './dependencies.js';
import { AuditEntry, AuditEntryConnection } from './audit-entry.type.js';
import { User } from './user.type.js';
import { Organization } from './organization.type.js';

@Resolver(() => AuditEntry)
export class AuditLogResolver {
  @Authorized(SupportRole.SUPER_ADMIN)
  @Query(() => AuditEntryConnection, { description: 'SUPER_ADMIN: every support action, newest first; filter by the record acted on.' })
  async auditLog(
    @Arg('targetId', () => ID, { nullable: true }) targetId: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: OrganizationsContext,
  ): Promise<AuditEntryConnection> {
    const page = await listAuditLog({ targetId, page: pageRequest(first ?? undefined, after) }, organizationsDependencies(context));
    return toConnection(page, AuditEntry.from);
  }

  @FieldResolver(() => User, { nullable: true })
  async actor(@Root() entry: AuditEntry, @Ctx() { loaders }: OrganizationsContext): Promise<User | null> {
    const user = await loaders.organizations.userById.load(entry.actorId);
    return user && User.from(user);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organisation the action was about: the one acted on, the one of the membership, the one an approved request created. Null otherwise.',
  })
  async organization(@Root() entry: AuditEntry, @Ctx() { loaders }: OrganizationsContext): Promise<Organization | null> {
    if (!entry.subjects.organizationId) return null;
    const organization = await loaders.organizations.organizationById.load(entry.subjects.organizationId);
    return organization && Organization.from(organization);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'The person the action was about: the one acted on (support role), the member of the membership, the author of the space request. Null otherwise.',
  })
  async person(@Root() entry: AuditEntry, @Ctx() { loaders }: OrganizationsContext): Promise<User | null> {
    if (!entry.subjects.userId) return null;
    const user = await loaders.organizations.userById.load(entry.subjects.userId);
    return user && User.from(user);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'A name for the record acted on when no organisation or person names it: the organisation name of a space request, the recipient of an e-mail. Null otherwise.',
  })
  async targetLabel(@Root() entry: AuditEntry, @Ctx() { loaders }: OrganizationsContext): Promise<string | null> {
    if (entry.subjects.mailId) return (await loaders.organizations.outboxMailById.load(entry.subjects.mailId))?.recipient ?? null;
    return entry.subjects.label;
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { OrganizationsContext } from './request-context.js';
import { SupportRole, type UserPrincipal } from '../../shared/auth/principal.js';
import { CurrentUser } from '../../shared/auth/current-principal.decorator.js';
import { toConnection } from '../../shared/graphql/connection.js';
import { pageRequest } from '../../shared/pagination.js';
import { findOutbox } from '../../shared/mail/outbox.js';
import type { MailStatus } from '../../shared/mail/mail-outbox.entity.js';
import { listMailOutbox } from '../domain/usecases/list-mail-outbox.usecase.js';
import { requeueMail } from '../domain/usecases/requeue-mail.usecase.js';
import { organizationsDependencies } from './dependencies.js';
import { OutboxMail, OutboxMailConnection, OutboxMailStatus } from './outbox-mail.type.js';
import { Invitation } from './invitation.type.js';

@Resolver(() => OutboxMail)
export class MailOutboxResolver {
  @Authorized(SupportRole.SUPPORT)
  @Query(() => OutboxMailConnection, { description: 'Support: the e-mail outbox, newest first; filter by status (PENDING, SENT, FAILED) or recipient.' })
  async mailOutbox(
    @Arg('status', () => OutboxMailStatus, { nullable: true }) status: OutboxMailStatus | null,
    @Arg('recipient', () => String, { nullable: true }) recipient: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: OrganizationsContext,
  ): Promise<OutboxMailConnection> {
    const outbox = { find: (filter: { status: string | null; recipient: string | null }, page: Parameters<typeof findOutbox>[2]) => findOutbox(context.em, { status: filter.status as MailStatus | null, recipient: filter.recipient }, page) };
    const page = await listMailOutbox({ status, recipient, page: pageRequest(first ?? undefined, after) }, { outbox });
    return toConnection(page, OutboxMail.from);
  }

  @Authorized(SupportRole.SUPPORT)
  @Mutation(() => OutboxMail, { description: 'Support: puts a FAILED e-mail back in the queue (due now, attempts from zero); audited. MAIL_NOT_FAILED for any other status.' })
  async requeueMail(@Arg('id', () => ID) id: string, @CurrentUser() actor: UserPrincipal, @Ctx() context: OrganizationsContext): Promise<OutboxMail> {
    return OutboxMail.from(await requeueMail({ actor, id }, organizationsDependencies(context)));
  }

  @FieldResolver(() => Invitation, {
    nullable: true,
    description: 'The invitation whose link this e-mail carries (invitation and space-approval e-mails), as it stands now: a cancelled, accepted or expired one no longer opens. Null for other e-mails.',
  })
  async invitation(@Root() mail: OutboxMail, @Ctx() { loaders }: OrganizationsContext): Promise<Invitation | null> {
    if (!mail.invitationId) return null;
    const invitation = await loaders.organizations.invitationById.load(mail.invitationId);
    return invitation && Invitation.from(invitation);
  }
}

import { Arg, Authorized, Ctx, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { CurrentUser } from '../../shared/auth/current-principal.decorator.js';
import { SupportRole, type UserPrincipal } from '../../shared/auth/principal.js';
import { Connection, toConnection } from '../../shared/graphql/connection.js';
import { pageRequest } from '../../shared/pagination.js';
import { createPartnerClient } from '../domain/usecases/create-partner-client.usecase.js';
import { listPartnerClients } from '../domain/usecases/list-partner-clients.usecase.js';
import { revokePartnerClient } from '../domain/usecases/revoke-partner-client.usecase.js';
import { rotatePartnerClientSecret } from '../domain/usecases/rotate-partner-client-secret.usecase.js';
import { buildPartnersDependencies } from './dependencies.js';
import { CreatePartnerClientInput, RotatePartnerClientSecretInput } from './partner-client.input.js';
import { PartnerClient, PartnerClientWithSecret } from './partner-client.type.js';
import type { PartnersContext } from './request-context.js';

@ObjectType()
export class PartnerClientConnection extends Connection(PartnerClient, 'PartnerClient') {}

const withSecret = ({ client, clientSecret }: Awaited<ReturnType<typeof createPartnerClient>>): PartnerClientWithSecret =>
  Object.assign(new PartnerClientWithSecret(), { client: PartnerClient.from(client), clientSecret });

/** Support's management of partner clients: SUPER_ADMIN creates, rotates and revokes; SUPPORT reads. */
@Resolver()
export class PartnerClientsResolver {
  @Authorized(SupportRole.SUPPORT)
  @Query(() => PartnerClientConnection, { description: 'Support: the partner clients, newest first, optionally of one network.' })
  async partnerClients(
    @Arg('networkId', () => ID, { nullable: true }) networkId: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: PartnersContext,
  ): Promise<PartnerClientConnection> {
    const page = await listPartnerClients({ networkId }, pageRequest(first ?? undefined, after), buildPartnersDependencies(context.em, context.services));
    return toConnection(page, PartnerClient.from);
  }

  @Authorized(SupportRole.SUPER_ADMIN)
  @Mutation(() => PartnerClientWithSecret, { description: 'SUPER_ADMIN: a new client for a network; its secret is in this answer only.' })
  async createPartnerClient(
    @Arg('input', () => CreatePartnerClientInput) input: CreatePartnerClientInput,
    @CurrentUser() actor: UserPrincipal,
    @Ctx() context: PartnersContext,
  ): Promise<PartnerClientWithSecret> {
    return withSecret(await createPartnerClient(input, actor, buildPartnersDependencies(context.em, context.services)));
  }

  @Authorized(SupportRole.SUPER_ADMIN)
  @Mutation(() => PartnerClientWithSecret, { description: 'SUPER_ADMIN: a new secret (shown once); the current ones keep working for `overlapHours`.' })
  async rotatePartnerClientSecret(
    @Arg('input', () => RotatePartnerClientSecretInput) input: RotatePartnerClientSecretInput,
    @CurrentUser() actor: UserPrincipal,
    @Ctx() context: PartnersContext,
  ): Promise<PartnerClientWithSecret> {
    return withSecret(await rotatePartnerClientSecret(input, actor, buildPartnersDependencies(context.em, context.services)));
  }

  @Authorized(SupportRole.SUPER_ADMIN)
  @Mutation(() => PartnerClient, { description: 'SUPER_ADMIN: revokes the client at once (its tokens stop working with the next request).' })
  async revokePartnerClient(@Arg('id', () => ID) id: string, @CurrentUser() actor: UserPrincipal, @Ctx() context: PartnersContext): Promise<PartnerClient> {
    return PartnerClient.from(await revokePartnerClient(id, actor, buildPartnersDependencies(context.em, context.services)));
  }
}

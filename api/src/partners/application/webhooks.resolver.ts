import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PartnerPrincipal } from '../../shared/auth/principal.js';
import { Role } from '../../shared/auth/roles.js';
import { InvalidInputError } from '../../shared/errors/domain-error.js';
import { decodeKey, encodeKey, MAX_PAGE_SIZE } from '../../shared/pagination.js';
import { createWebhookEndpoint, deleteWebhookEndpoint, listWebhookEndpoints, updateWebhookEndpoint } from '../domain/usecases/manage-webhook-endpoints.js';
import { readNetworkEvents } from '../domain/usecases/read-network-events.usecase.js';
import { replayWebhookEvents } from '../domain/usecases/replay-webhook-events.usecase.js';
import { payloadFor } from '../domain/event-payload.js';
import { pseudonymousId } from '../api/pseudonyms.js';
import { webhookDependencies } from './dependencies.js';
import { NetworkRef } from './references.type.js';
import type { PartnersContext } from './request-context.js';
import { CreateWebhookEndpointInput, UpdateWebhookEndpointInput } from './webhook.input.js';
import { WebhookDelivery, WebhookEndpoint, WebhookEndpointWithSecret, WebhookEvent, WebhookEventFeed } from './webhook.type.js';

const LIST = 'events';
const TRANSACTION_ID = /^\d{1,20}$/;

function partnerOf(context: PartnersContext): PartnerPrincipal {
  if (context.principal.kind !== 'partner') throw new Error('unreachable: @Authorized(PARTNER) lets only partner clients in');
  return context.principal;
}

function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw new InvalidInputError(`first va de 1 à ${MAX_PAGE_SIZE}.`, [{ field: 'first', constraints: ['range'] }]);
  return first;
}

/** Partner clients manage their webhook endpoints (scope webhooks:manage) and pull their events. */
@Resolver(() => WebhookEndpoint)
export class WebhooksResolver {
  @Authorized(Role.PARTNER)
  @Query(() => [WebhookEndpoint], { description: 'Partner clients (webhooks:manage): their webhook endpoints.' })
  async webhookEndpoints(@Ctx() context: PartnersContext): Promise<WebhookEndpoint[]> {
    return (await listWebhookEndpoints(partnerOf(context), webhookDependencies(context))).map(WebhookEndpoint.from);
  }

  @Authorized(Role.PARTNER)
  @Mutation(() => WebhookEndpointWithSecret, { description: 'Partner clients (webhooks:manage): a new endpoint and its `whsec_` secret, shown once.' })
  async createWebhookEndpoint(@Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput, @Ctx() context: PartnersContext): Promise<WebhookEndpointWithSecret> {
    const { endpoint, secret } = await createWebhookEndpoint(partnerOf(context), input, webhookDependencies(context));
    return Object.assign(new WebhookEndpointWithSecret(), { endpoint: WebhookEndpoint.from(endpoint), secret });
  }

  @Authorized(Role.PARTNER)
  @Mutation(() => WebhookEndpoint)
  async updateWebhookEndpoint(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateWebhookEndpointInput) input: UpdateWebhookEndpointInput,
    @Ctx() context: PartnersContext,
  ): Promise<WebhookEndpoint> {
    return WebhookEndpoint.from(await updateWebhookEndpoint(partnerOf(context), id, input, webhookDependencies(context)));
  }

  @Authorized(Role.PARTNER)
  @Mutation(() => Boolean)
  async deleteWebhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() context: PartnersContext): Promise<boolean> {
    return deleteWebhookEndpoint(partnerOf(context), id, webhookDependencies(context));
  }

  @Authorized(Role.PARTNER)
  @Mutation(() => Int, { description: 'Partner clients: sends again, now, these events (at most 100) or those of a period of the last 30 days; the number of deliveries due. Same `webhook-id` as before.' })
  async replayWebhookEvents(
    @Arg('endpointId', () => ID) endpointId: string,
    @Arg('eventIds', () => [ID], { nullable: true }) eventIds: string[] | null,
    @Arg('from', () => GraphQLDateTimeISO, { nullable: true }) from: Date | null,
    @Arg('to', () => GraphQLDateTimeISO, { nullable: true }) to: Date | null,
    @Ctx() context: PartnersContext,
  ): Promise<number> {
    return replayWebhookEvents(partnerOf(context), { endpointId, eventIds, from, to }, webhookDependencies(context));
  }

  @FieldResolver(() => [WebhookDelivery], { description: 'The latest deliveries to this endpoint, newest first, with their attempts.' })
  async deliveries(@Root() endpoint: WebhookEndpoint, @Arg('first', () => Int, { description: '1 to 100.' }) first: number, @Ctx() context: PartnersContext): Promise<WebhookDelivery[]> {
    const deps = webhookDependencies(context);
    const deliveries = await deps.webhooks.deliveries(endpoint.id, pageSize(first));
    const attempts = await deps.webhooks.attemptsOf(deliveries.map((delivery) => delivery.id));
    return deliveries.map((delivery) => WebhookDelivery.from(delivery, attempts.get(delivery.id) ?? []));
  }
}

@Resolver(() => NetworkRef)
export class NetworkEventsResolver {
  @FieldResolver(() => WebhookEventFeed, {
    description: "Partner clients: the network's events they may read (participation.* with results:read, campaign.* with campaigns:read), in commit order, kept 30 days: what their webhooks carry, for a client that was down to catch up.",
  })
  async events(
    @Root() network: NetworkRef,
    @Arg('first', () => Int, { description: '1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('types', () => [String], { nullable: true }) types: string[] | null,
    @Ctx() context: PartnersContext,
  ): Promise<WebhookEventFeed> {
    const cursor = decodePosition(after);
    const { events, hasMore, client } = await readNetworkEvents({ principal: context.principal, networkId: network.id, types: types ?? null, after: cursor, first: pageSize(first) }, webhookDependencies(context));
    const reader = { partnerClientId: client.partnerClientId, scopes: client.scopes, pseudonym: (userId: string) => pseudonymousId(context.services.config.authSecret, client.partnerClientId, userId) };
    const edges = events.map((event) => ({
      cursor: encodeKey(LIST, [event.xid, event.id]),
      node: Object.assign(new WebhookEvent(), { id: event.id, webhookId: `msg_${event.id}`, type: event.type, occurredAt: event.occurredAt, data: payloadFor(event, reader).data }),
    }));
    const given = after ?? null;
    return Object.assign(new WebhookEventFeed(), {
      edges,
      nodes: edges.map((edge) => edge.node),
      pageInfo: { hasNextPage: hasMore, hasPreviousPage: given !== null, startCursor: edges[0]?.cursor ?? given, endCursor: edges.at(-1)?.cursor ?? given },
    });
  }
}

function decodePosition(cursor: string | null | undefined): { xid: string; id: string } | null {
  const values = decodeKey({ size: 0, backward: false, cursor: cursor ?? null }, LIST, ['text', 'uuid']);
  if (!values) return null;
  if (!TRANSACTION_ID.test(values[0]!)) throw new InvalidInputError('Curseur de pagination invalide.', [{ field: 'after', constraints: ['cursor'] }]);
  return { xid: values[0]!, id: values[1]! };
}

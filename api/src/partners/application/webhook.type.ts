import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../shared/graphql/connection.js';
import type { AttemptView, DeliveryView, WebhookEndpoint as EndpointModel } from '../domain/models/webhook.js';

@ObjectType({ description: 'Where a partner client hears of its events (Standard Webhooks v1: signed, retried for about three days).' })
export class WebhookEndpoint {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  url!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [String], { description: 'participation.started, participation.completed, participation.shared, campaign.created, campaign.archived, campaign.unarchived, campaign.deleted.' })
  eventTypes!: string[];

  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  disabledAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'GONE (the receiver answered 410), FAILING (failing for days), MANUAL.' })
  disabledReason!: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Since when every attempt failed (null after a success).' })
  failingSince!: Date | null;

  @Field(() => GraphQLDateTimeISO)
  createdAt!: Date;

  static from(endpoint: EndpointModel): WebhookEndpoint {
    return Object.assign(new WebhookEndpoint(), { ...endpoint, enabled: endpoint.disabledAt === null });
  }
}

@ObjectType({ description: 'An endpoint with its signing secret: the only time the secret is shown.' })
export class WebhookEndpointWithSecret {
  @Field(() => WebhookEndpoint)
  endpoint!: WebhookEndpoint;

  @Field(() => String, { description: '`whsec_…`: verify each delivery with it (the standardwebhooks package).' })
  secret!: string;
}

@ObjectType({ description: 'One try of a delivery.' })
export class WebhookAttempt {
  @Field(() => Int)
  attempt!: number;

  @Field(() => GraphQLDateTimeISO)
  at!: Date;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status; null when none came (timeout, refused address)." })
  responseCode!: number | null;

  @Field(() => Int)
  durationMs!: number;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => String, { nullable: true, description: 'The first 500 characters of the answer.' })
  responseExcerpt!: string | null;

  static from(attempt: AttemptView): WebhookAttempt {
    return Object.assign(new WebhookAttempt(), { ...attempt, responseCode: attempt.statusCode });
  }
}

@ObjectType({ description: 'An event on its way to one endpoint.' })
export class WebhookDelivery {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The event (its `webhook-id` is `msg_` and this id).' })
  eventId!: string;

  @Field(() => String)
  eventType!: string;

  @Field(() => GraphQLDateTimeISO)
  occurredAt!: Date;

  @Field(() => String, { description: 'PENDING, SENDING, DELIVERED or FAILED.' })
  status!: string;

  @Field(() => Int)
  attemptCount!: number;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  nextAttemptAt!: Date | null;

  @Field(() => Int, { nullable: true })
  responseCode!: number | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  deliveredAt!: Date | null;

  @Field(() => [WebhookAttempt])
  attempts!: WebhookAttempt[];

  static from(delivery: DeliveryView, attempts: AttemptView[]): WebhookDelivery {
    return Object.assign(new WebhookDelivery(), { ...delivery, attemptCount: delivery.attempts, responseCode: delivery.lastStatusCode, attempts: attempts.map(WebhookAttempt.from) });
  }
}

@ObjectType({ description: 'An event as a client pulls it: the payload its webhooks carry.' })
export class WebhookEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The `webhook-id` its deliveries carry: deduplicate pulled and pushed events on it.' })
  webhookId!: string;

  @Field(() => String)
  type!: string;

  @Field(() => GraphQLDateTimeISO)
  occurredAt!: Date;

  @Field(() => GraphQLJSONObject, { description: 'As in the webhook body; the participant under this client\'s pseudonym.' })
  data!: Record<string, unknown>;
}

@ObjectType('WebhookEventEdge')
export class WebhookEventEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => WebhookEvent)
  node!: WebhookEvent;
}

@ObjectType({ description: "A page of the network's events, in commit order; `pageInfo.endCursor` is where to resume (the `after` given when the page is empty)." })
export class WebhookEventFeed {
  @Field(() => [WebhookEventEdge])
  edges!: WebhookEventEdge[];

  @Field(() => [WebhookEvent])
  nodes!: WebhookEvent[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from '../../shared/auth/roles.js';
import type { CostedContext } from './cost-limits.plugin.js';
import type { PartnersContext } from './request-context.js';

@ObjectType({ description: "A partner client's points for the current window, after this request was charged (GitHub's rateLimit)." })
export class RateLimit {
  @Field(() => Int, { description: 'Points per window (an hour).' })
  limit!: number;

  @Field(() => Int, { description: 'What this request cost.' })
  cost!: number;

  @Field(() => Int)
  remaining!: number;

  @Field(() => GraphQLDateTimeISO, { description: 'When the window starts again with `limit` points.' })
  resetAt!: Date;
}

@Resolver()
export class RateLimitResolver {
  @Authorized(Role.PARTNER)
  @Query(() => RateLimit, { description: 'Partner clients: the points left, and what this request cost.' })
  async rateLimit(@Ctx() context: PartnersContext & CostedContext): Promise<RateLimit> {
    const principal = context.principal;
    if (principal.kind !== 'partner') throw new Error('unreachable: @Authorized(PARTNER) lets only partner clients in');
    const status = context.partnerCost ?? (await context.services.partnerBudget.peek(principal.partnerClientId));
    return Object.assign(new RateLimit(), status);
  }
}

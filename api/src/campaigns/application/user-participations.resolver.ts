import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { CampaignsContext } from './request-context.js';
import { SupportRole } from '../../shared/auth/principal.js';
import { ForbiddenError } from '../../shared/errors/domain-error.js';
import type { Participation } from '../domain/models/participation.js';
import { Campaign } from './campaign.type.js';
import { ParticipationStatus } from './enums.js';
import { UserRef } from './references.type.js';

@ObjectType({
  description:
    "One campaign a person takes part in, for support's user detail: the current attempt's status and start, and the campaign. No result here: results are read in the campaign, once shared, by those who may.",
})
export class UserParticipation {
  @Field(() => ID)
  id!: string;

  @Field(() => ParticipationStatus)
  status!: ParticipationStatus;

  @Field(() => GraphQLDateTimeISO)
  startedAt!: Date;

  campaignId!: string;

  static from(participation: Participation): UserParticipation {
    return Object.assign(new UserParticipation(), { id: participation.id, status: participation.status, startedAt: participation.startedAt, campaignId: participation.campaignId });
  }
}

// SUPPORT and SUPER_ADMIN read campaigns of every organisation; METIER and CERTIF do not (PRODUCT.md).
const SUPPORT_READING_PARTICIPATIONS = new Set<SupportRole | null>([SupportRole.SUPER_ADMIN, SupportRole.SUPPORT]);

@Resolver(() => UserRef)
export class UserParticipationsResolver {
  @FieldResolver(() => [UserParticipation], {
    nullable: true,
    description:
      "The person's current participations (one a campaign, a retry replacing the earlier attempt), newest first. Readable by the person and by SUPPORT and SUPER_ADMIN; FORBIDDEN (this field null) for anyone else. Batched per request.",
  })
  async participations(@Root() user: UserRef, @Ctx() { principal, loaders }: CampaignsContext): Promise<UserParticipation[]> {
    const allowed = principal.kind === 'user' && (principal.userId === user.id || SUPPORT_READING_PARTICIPATIONS.has(principal.supportRole));
    if (!allowed) throw new ForbiddenError("Les participations d'une autre personne ne sont pas visibles.");
    return (await loaders.campaigns.currentParticipationsByUserId.load(user.id)).map(UserParticipation.from);
  }
}

@Resolver(() => UserParticipation)
export class UserParticipationResolver {
  @FieldResolver(() => Campaign, { nullable: true, description: 'The campaign (null if it was deleted since). Batched per request.' })
  async campaign(@Root() participation: UserParticipation, @Ctx() { loaders }: CampaignsContext): Promise<Campaign | null> {
    const campaign = await loaders.campaigns.campaignById.load(participation.campaignId);
    return campaign && Campaign.from(campaign);
  }
}

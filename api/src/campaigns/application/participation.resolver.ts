import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CampaignsContext } from './request-context.js';
import { CurrentUser } from '../../shared/auth/current-principal.decorator.js';
import type { UserPrincipal } from '../../shared/auth/principal.js';
import { Role } from '../../shared/auth/roles.js';
import { startParticipation } from '../domain/usecases/start-participation.usecase.js';
import { shareParticipationResults } from '../domain/usecases/share-participation-results.usecase.js';
import { recordParticipationProgress } from '../domain/usecases/record-participation-progress.usecase.js';
import { retryParticipation } from '../domain/usecases/retry-participation.usecase.js';
import { resetParticipation } from '../domain/usecases/reset-participation.usecase.js';
import { campaignsDependencies } from './dependencies.js';
import { KnowledgeElementInput } from './knowledge-element.input.js';
import { CampaignParticipation } from './participation.type.js';
import type { ParticipationStatus } from '../domain/models/participation.js';

@Resolver(() => CampaignParticipation)
export class ParticipationResolver {
  @Authorized()
  @Mutation(() => CampaignParticipation, {
    description: 'Starts the campaign of this code, with the identifier it asks for. As a new sending ("Je retente") it keeps the previous participation\'s identifier: participantExternalId is then ignored.',
  })
  async startParticipation(
    @Arg('code', () => String) code: string,
    @Arg('participantExternalId', () => String, {
      nullable: true,
      description: "The identifier the campaign asks for (first participation only: a new sending keeps the previous one, the structure's key for the person).",
    })
    participantExternalId: string | null,
    @CurrentUser() actor: UserPrincipal,
    @Ctx() context: CampaignsContext,
  ): Promise<CampaignParticipation> {
    return CampaignParticipation.from(await startParticipation({ actor, code: code.slice(0, 32), participantExternalId: participantExternalId?.slice(0, 1000) ?? null }, campaignsDependencies(context)));
  }

  @Authorized()
  @Mutation(() => CampaignParticipation, { description: 'The participant sends their results to the organisation (once, when finished).' })
  async shareParticipationResults(@Arg('participationId', () => ID) participationId: string, @CurrentUser() actor: UserPrincipal, @Ctx() context: CampaignsContext): Promise<CampaignParticipation> {
    return CampaignParticipation.from(await shareParticipationResults({ actor, participationId }, campaignsDependencies(context)));
  }

  @Authorized()
  @Mutation(() => CampaignParticipation, { description: '"Je retente": with multiple sendings, a new participation some days after sharing (RETRY_NOT_ALLOWED_YET before).' })
  async retryParticipation(@Arg('campaignId', () => ID) campaignId: string, @CurrentUser() actor: UserPrincipal, @Ctx() context: CampaignsContext): Promise<CampaignParticipation> {
    return CampaignParticipation.from(await retryParticipation({ actor, campaignId }, campaignsDependencies(context)));
  }

  @Authorized()
  @Mutation(() => CampaignParticipation, {
    description:
      '"Remise à zéro": like retryParticipation, but every skill of the target profile is asked again. Only when the profile allows it (RESET_NOT_ALLOWED otherwise).',
  })
  async resetParticipation(@Arg('campaignId', () => ID) campaignId: string, @CurrentUser() actor: UserPrincipal, @Ctx() context: CampaignsContext): Promise<CampaignParticipation> {
    return CampaignParticipation.from(await resetParticipation({ actor, campaignId }, campaignsDependencies(context)));
  }

  @Authorized(Role.ENGINE)
  @Mutation(() => CampaignParticipation, {
    description: 'Assessment engine only: appends knowledge elements to a running participation; `finished` moves it to TO_SHARE. All or nothing.',
  })
  async recordKnowledgeElements(
    @Arg('participationId', () => ID) participationId: string,
    @Arg('elements', () => [KnowledgeElementInput], { validate: true }) elements: KnowledgeElementInput[],
    @Arg('finished', () => Boolean, { defaultValue: false }) finished: boolean,
    @Ctx() context: CampaignsContext,
  ): Promise<CampaignParticipation> {
    return CampaignParticipation.from(await recordParticipationProgress({ participationId, elements, finished }, campaignsDependencies(context)));
  }

  @Authorized()
  @Query(() => [CampaignParticipation], { description: "The signed-in person's current participations, newest first." })
  async myParticipations(@CurrentUser() actor: UserPrincipal, @Ctx() context: CampaignsContext): Promise<CampaignParticipation[]> {
    return (await campaignsDependencies(context).participations.findCurrentOfUser(actor.userId)).map(CampaignParticipation.from);
  }

  @FieldResolver(() => [CampaignParticipation], {
    description:
      "The person's sendings in this campaign (\"Je retente\"), newest first, this one included; each carries its own result once shared. Batched per request.",
  })
  async sendings(@Root() participation: CampaignParticipation, @Ctx() { loaders }: CampaignsContext): Promise<CampaignParticipation[]> {
    if (!participation.participantId) return [participation];
    const sendings = await loaders.campaigns.sendingsByPerson.load({ campaignId: participation.campaignId, participantId: participation.participantId });
    return sendings.map((sending) =>
      Object.assign(CampaignParticipation.from(sending), { participantFirstName: participation.participantFirstName, participantLastName: participation.participantLastName }),
    );
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'How far the attempt is, 0 to 1: 1 once finished; while it runs, the target profile\'s skills tested so far (at most 0.99); null for a running profiles collection (no profile to measure against). Not a result: readable before sharing. Batched per request.',
  })
  progress(@Root() participation: CampaignParticipation, @Ctx() { loaders }: CampaignsContext): Promise<number | null> {
    return loaders.campaigns.progressByParticipation.load({
      id: participation.id,
      campaignId: participation.campaignId,
      userId: participation.userId,
      status: participation.status as unknown as ParticipationStatus,
    });
  }
}

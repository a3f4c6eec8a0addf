import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { CampaignsContext } from './request-context.js';
import { getOrganizationCard } from '../../organizations/api/index.js';
import { getCampaignToJoin } from '../domain/usecases/get-campaign-to-join.usecase.js';
import { renderWelcomeText } from '../infrastructure/welcome-text-renderer.js';
import { findMyParticipation } from '../domain/usecases/find-my-participation.usecase.js';
import { findMyRetryOptions } from '../domain/usecases/find-my-retry-options.usecase.js';
import { findMyResultBand } from '../domain/usecases/find-my-result-band.usecase.js';
import { findMySharedResult } from '../domain/usecases/find-my-shared-result.usecase.js';
import type { Participation } from '../domain/models/participation.js';
import { NO_RETRY, type RetryOptions } from '../domain/models/new-sending.js';
import { campaignsDependencies } from './dependencies.js';
import { CampaignParticipation } from './participation.type.js';
import { CampaignToJoin, ParticipantResultBand } from './campaign.type.js';

@Resolver(() => CampaignToJoin)
export class JoinResolver {
  @Query(() => CampaignToJoin, { description: 'Public: the landing page of /campagnes/<CODE>. Unknown code: NOT_FOUND.' })
  async campaignToJoin(@Arg('code', () => String) code: string, @Ctx() context: CampaignsContext): Promise<CampaignToJoin> {
    const campaign = await getCampaignToJoin({ code: code.slice(0, 32) }, campaignsDependencies(context));
    // The organisation's name is public on its own landing page, so it is read in-process here
    // rather than through the Organization entity (which only members may read).
    const organization = await getOrganizationCard(context, campaign.organizationId);
    return Object.assign(new CampaignToJoin(), {
      code: campaign.code,
      type: campaign.type,
      title: campaign.title,
      welcomeText: campaign.welcomeText,
      welcomeTextHtml: campaign.welcomeText ? renderWelcomeText(campaign.welcomeText) : null,
      externalIdLabel: campaign.externalIdLabel,
      externalIdType: campaign.externalIdType,
      organizationName: organization.name,
      isArchived: campaign.archivedAt !== null,
      isJoinable: campaign.archivedAt === null && !organization.isArchived,
      campaignId: campaign.id,
      campaign,
    });
  }

  @FieldResolver(() => CampaignParticipation, {
    nullable: true,
    description: "The signed-in person's current participation in this campaign; null when signed out or not started.",
  })
  async myParticipation(@Root() campaign: CampaignToJoin, @Ctx() context: CampaignsContext): Promise<CampaignParticipation | null> {
    const participation = await this.current(campaign, context);
    return participation ? CampaignParticipation.from(participation) : null;
  }

  @FieldResolver(() => CampaignParticipation, {
    nullable: true,
    description:
      "The signed-in person's result in this campaign, as the organisation reads it: their latest shared participation (myParticipation once shared; the earlier sending while \"Je retente\" runs). Null when signed out or before any sharing.",
  })
  async mySharedResult(@Root() campaign: CampaignToJoin, @Ctx() context: CampaignsContext): Promise<CampaignParticipation | null> {
    const participation = await this.shared(campaign, context);
    return participation ? CampaignParticipation.from(participation) : null;
  }

  @FieldResolver(() => ParticipantResultBand, {
    nullable: true,
    description:
      "The guide's message for the signed-in person's result (mySharedResult: kept while a new sending runs); null when signed out, before any sharing (consent), or when the campaign's profile has no bands (profiles collections).",
  })
  async myResultBand(@Root() campaign: CampaignToJoin, @Ctx() context: CampaignsContext): Promise<ParticipantResultBand | null> {
    const band = findMyResultBand({ campaign: campaign.campaign, participation: await this.shared(campaign, context) });
    return band ? Object.assign(new ParticipantResultBand(), band) : null;
  }

  @FieldResolver(() => Boolean)
  async canRetry(@Root() campaign: CampaignToJoin, @Ctx() context: CampaignsContext): Promise<boolean> {
    return (await this.retryOptions(campaign, context)).canRetry;
  }

  @FieldResolver(() => Boolean)
  async canReset(@Root() campaign: CampaignToJoin, @Ctx() context: CampaignsContext): Promise<boolean> {
    return (await this.retryOptions(campaign, context)).canReset;
  }

  @FieldResolver(() => GraphQLDateTimeISO, { nullable: true })
  async retryAvailableAt(@Root() campaign: CampaignToJoin, @Ctx() context: CampaignsContext): Promise<Date | null> {
    return (await this.retryOptions(campaign, context)).retryAvailableAt;
  }

  /** mySharedResult and myResultBand share one look-up per landing page. */
  private shared(campaign: CampaignToJoin, context: CampaignsContext): Promise<Participation | null> {
    const memo = campaign as CampaignToJoin & { shared?: Promise<Participation | null> };
    if (context.principal.kind !== 'user') return Promise.resolve(null);
    memo.shared ??= findMySharedResult({ userId: context.principal.userId, campaignId: campaign.campaignId }, campaignsDependencies(context));
    return memo.shared;
  }

  /** One look-up of the current participation per landing page. */
  private current(campaign: CampaignToJoin, context: CampaignsContext): Promise<Participation | null> {
    const memo = campaign as CampaignToJoin & { current?: Promise<Participation | null> };
    if (context.principal.kind !== 'user') return Promise.resolve(null);
    memo.current ??= findMyParticipation({ userId: context.principal.userId, campaignId: campaign.campaignId }, campaignsDependencies(context));
    return memo.current;
  }

  /** The three retry fields share one look-up per landing page. */
  private retryOptions(campaign: CampaignToJoin, context: CampaignsContext): Promise<RetryOptions> {
    const memo = campaign as CampaignToJoin & { retryOptions?: Promise<RetryOptions> };
    if (context.principal.kind !== 'user') return Promise.resolve(NO_RETRY);
    memo.retryOptions ??= findMyRetryOptions({ userId: context.principal.userId, campaign: campaign.campaign }, campaignsDependencies(context));
    return memo.retryOptions;
  }
}

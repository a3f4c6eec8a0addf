import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CampaignsContext } from './request-context.js';
import { getReferential } from '../../certification/api/index.js';
import { SupportRole } from '../../shared/auth/principal.js';
import { keysetPageRequest } from '../../shared/pagination.js';
import { toKeysetConnection } from '../../shared/graphql/connection.js';
import { createCampaign } from '../domain/usecases/create-campaign.usecase.js';
import { updateCampaign } from '../domain/usecases/update-campaign.usecase.js';
import { archiveCampaign, unarchiveCampaign } from '../domain/usecases/archive-campaign.usecase.js';
import { deleteCampaign } from '../domain/usecases/delete-campaign.usecase.js';
import { ReadableRootCampaign, readableCampaign } from './campaign-guard.js';
import type { ReadableCampaign } from '../domain/campaign-access.js';
import { findCampaignByCode } from '../domain/usecases/find-campaign-by-code.usecase.js';
import { listCampaigns } from '../domain/usecases/list-campaigns.usecase.js';
import { renderWelcomeText } from '../infrastructure/welcome-text-renderer.js';
import { campaignAccessLookup, campaignsDependencies } from './dependencies.js';
import { Campaign, CampaignConnection } from './campaign.type.js';
import { CampaignFilter, CreateCampaignInput, UpdateCampaignInput } from './campaign.input.js';
import { OrganizationRef, organizationRef, TargetProfileRef, targetProfileRef, UserRef, userRef } from './references.type.js';
import { listCampaignParticipations } from '../domain/usecases/list-campaign-participations.usecase.js';
import { getCollectiveResults, getResultBands } from '../domain/usecases/get-collective-results.usecase.js';
import { getOrganizationStatistics } from '../domain/usecases/get-organization-statistics.usecase.js';
import { getNationalStatistics } from '../domain/usecases/get-national-statistics.usecase.js';
import { CampaignParticipation, CampaignParticipationConnection } from './participation.type.js';
import { CompetenceCollectiveLevel, CompetenceCollectiveResult, OrganizationStatistics, Participant, ParticipantConnection, ParticipationFilter, ParticipationOrder, ResultBandCount } from './results.type.js';
import { listParticipants } from '../domain/usecases/list-participants.usecase.js';
import { getCampaignParticipation } from '../domain/usecases/get-campaign-participation.usecase.js';
import { getCollectiveLevels } from '../domain/usecases/get-collective-levels.usecase.js';
import { CampaignType } from '../domain/models/campaign.js';

@Resolver(() => Campaign)
export class CampaignResolver {
  @Authorized()
  @Query(() => Campaign)
  async campaign(@Arg('id', () => ID) id: string, @Ctx() context: CampaignsContext): Promise<Campaign> {
    return Campaign.from(await readableCampaign(context, id));
  }

  @Authorized(SupportRole.SUPPORT)
  @Query(() => Campaign, { nullable: true, description: 'Support: the campaign with this code, in any organisation (spaces and case ignored); null if none.' })
  async campaignByCode(@Arg('code', () => String) code: string, @Ctx() context: CampaignsContext): Promise<Campaign | null> {
    const campaign = await findCampaignByCode({ code }, campaignsDependencies(context));
    return campaign ? Campaign.from(campaign) : null;
  }

  // PRODUCT.md: statistics are SUPPORT's (and SUPER_ADMIN's); METIER and CERTIF read no campaign figures.
  @Authorized(SupportRole.SUPPORT)
  @Query(() => OrganizationStatistics, { description: 'Support: the same figures as Organization.statistics over every organisation (national dashboard).' })
  async nationalStatistics(@Ctx() context: CampaignsContext): Promise<OrganizationStatistics> {
    return Object.assign(new OrganizationStatistics(), await getNationalStatistics(campaignsDependencies(context)));
  }

  @Authorized()
  @Mutation(() => Campaign, { description: 'Creates a campaign and its code (guide p.55-60).' })
  async createCampaign(@Arg('input', () => CreateCampaignInput) input: CreateCampaignInput, @Ctx() context: CampaignsContext): Promise<Campaign> {
    const { organizationId, type, targetProfileId, ...fields } = input;
    const access = await campaignAccessLookup(context)(organizationId);
    return Campaign.from(await createCampaign({ access, organizationId, type, targetProfileId: targetProfileId ?? null, fields }, campaignsDependencies(context)));
  }

  @Authorized()
  @Mutation(() => Campaign)
  async updateCampaign(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateCampaignInput) input: UpdateCampaignInput, @Ctx() context: CampaignsContext): Promise<Campaign> {
    return Campaign.from(await updateCampaign({ accessTo: campaignAccessLookup(context), id, fields: { ...input } }, campaignsDependencies(context)));
  }

  @Authorized()
  @Mutation(() => Campaign, { description: 'No one can join it or share results to it any more; unarchive restores it.' })
  async archiveCampaign(@Arg('id', () => ID) id: string, @Ctx() context: CampaignsContext): Promise<Campaign> {
    return Campaign.from(await archiveCampaign({ accessTo: campaignAccessLookup(context), id }, campaignsDependencies(context)));
  }

  @Authorized()
  @Mutation(() => Campaign)
  async unarchiveCampaign(@Arg('id', () => ID) id: string, @Ctx() context: CampaignsContext): Promise<Campaign> {
    return Campaign.from(await unarchiveCampaign({ accessTo: campaignAccessLookup(context), id }, campaignsDependencies(context)));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Soft delete: the campaign disappears and its participations are anonymised.' })
  async deleteCampaign(@Arg('id', () => ID) id: string, @Ctx() context: CampaignsContext): Promise<boolean> {
    return deleteCampaign({ accessTo: campaignAccessLookup(context), id }, campaignsDependencies(context));
  }

  @Query(() => String, { description: 'The welcome text as participants will see it (safe HTML), for the console preview.' })
  renderWelcomeText(@Arg('text', () => String) text: string): string {
    return renderWelcomeText(text.slice(0, 5000));
  }

  @FieldResolver(() => String, { nullable: true, description: 'The welcome text rendered as safe HTML.' })
  welcomeTextHtml(@Root() campaign: Campaign): string | null {
    return campaign.welcomeText ? renderWelcomeText(campaign.welcomeText) : null;
  }

  @FieldResolver(() => String, { description: 'Direct link for participants: <public url>/campagnes/<CODE>.' })
  url(@Root() campaign: Campaign, @Ctx() context: CampaignsContext): string {
    return `${context.services.config.publicUrl}/campagnes/${campaign.code}`;
  }

  @FieldResolver(() => Int, { description: 'People who took part, once each whatever their sendings (campaigns README, "One person, one result").' })
  async participantsCount(@Root() campaign: Campaign, @Ctx() { loaders }: CampaignsContext): Promise<number> {
    return (await loaders.campaigns.countsByCampaignId.load(campaign.id)).participants;
  }

  @FieldResolver(() => Boolean, {
    description:
      'True once anyone has started the campaign (even a participation later anonymised): from then on the identifier (externalIdLabel, externalIdType) and multipleSendings are locked, and updateCampaign refuses them with CANT_UPDATE_WHEN_PARTICIPATIONS.',
  })
  async hasParticipations(@Root() campaign: Campaign, @Ctx() { loaders }: CampaignsContext): Promise<boolean> {
    return loaders.campaigns.hasParticipationsByCampaignId.load(campaign.id);
  }

  @FieldResolver(() => Int, { description: 'People with a result ("résultats reçus"): who shared at least once, counted once, even while a new sending runs.' })
  async sharedParticipationsCount(@Root() campaign: Campaign, @Ctx() { loaders }: CampaignsContext): Promise<number> {
    return (await loaders.campaigns.countsByCampaignId.load(campaign.id)).shared;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Profiles collections: people whose result (latest shared profile, once a person) is certifiable; null for an assessment campaign.',
  })
  async certifiableParticipantsCount(@Root() campaign: Campaign, @Ctx() { loaders }: CampaignsContext): Promise<number | null> {
    if (campaign.type !== CampaignType.PROFILES_COLLECTION) return null;
    return (await loaders.campaigns.countsByCampaignId.load(campaign.id)).certifiable;
  }

  @FieldResolver(() => CampaignParticipationConnection, {
    description: 'The "Participants" tab, one row a person: their current attempt (id, status, startedAt, progress) beside their result, the latest shared participation (sharedParticipationId, sharedAt and the result fields, an earlier sending while "Je retente" runs); result fields stay null until the person shares. The status filter is the current attempt\'s.',
  })
  async participations(
    @ReadableRootCampaign() campaign: ReadableCampaign,
    @Arg('filter', () => ParticipationFilter, { nullable: true }) filter: ParticipationFilter | null,
    @Arg('orderBy', () => ParticipationOrder, { defaultValue: ParticipationOrder.NAME }) orderBy: ParticipationOrder,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('last', () => Int, { nullable: true, description: 'The page before `before`, or the last page without it (keyset: any depth costs one page).' }) last: number | null,
    @Arg('before', () => String, { nullable: true }) before: string | null,
    @Ctx() context: CampaignsContext,
  ): Promise<CampaignParticipationConnection> {
    const page = await listCampaignParticipations(
      { campaign, filter: filter ?? {}, order: orderBy, page: keysetPageRequest({ first, after, last, before }) },
      campaignsDependencies(context),
    );
    return toKeysetConnection(page, CampaignParticipation.from);
  }

  @FieldResolver(() => CampaignParticipation, { description: "One participant's results page (guide p.72); another campaign's participation is NOT_FOUND." })
  async participation(@ReadableRootCampaign() campaign: ReadableCampaign, @Arg('id', () => ID) id: string, @Ctx() context: CampaignsContext): Promise<CampaignParticipation> {
    return CampaignParticipation.from(await getCampaignParticipation({ campaign, participationId: id }, campaignsDependencies(context)));
  }

  @FieldResolver(() => [CompetenceCollectiveResult], { description: "Per competence, the mean over each person's result (latest shared participation, once a person)." })
  async collectiveResults(@ReadableRootCampaign() campaign: ReadableCampaign, @Ctx() context: CampaignsContext): Promise<CompetenceCollectiveResult[]> {
    const [results, referential] = await Promise.all([
      getCollectiveResults({ campaign }, campaignsDependencies(context)),
      getReferential(context),
    ]);
    const competences = new Map(referential.competences.map((competence) => [competence.id, competence]));
    return results.map((result) =>
      Object.assign(new CompetenceCollectiveResult(), {
        ...result,
        competenceCode: competences.get(result.competenceId)?.code ?? null,
        competenceName: competences.get(result.competenceId)?.name ?? null,
      }),
    );
  }

  @FieldResolver(() => [CompetenceCollectiveLevel], {
    description: "Profiles collections: per competence, the mean level and pix over each person's result (latest shared profile, once a person); empty for an assessment campaign.",
  })
  async collectiveLevels(@ReadableRootCampaign() campaign: ReadableCampaign, @Ctx() context: CampaignsContext): Promise<CompetenceCollectiveLevel[]> {
    const [levels, referential] = await Promise.all([
      getCollectiveLevels({ campaign }, campaignsDependencies(context)),
      getReferential(context),
    ]);
    const competences = new Map(referential.competences.map((competence) => [competence.id, competence]));
    return levels.map((level) =>
      Object.assign(new CompetenceCollectiveLevel(), {
        ...level,
        competenceCode: competences.get(level.competenceId)?.code ?? null,
        competenceName: competences.get(level.competenceId)?.name ?? null,
      }),
    );
  }

  @FieldResolver(() => [ResultBandCount], { description: "The guide's result bands of the campaign's profile with how many people's results (latest shared, once a person) fall in each; empty for other profiles." })
  async resultBands(@ReadableRootCampaign() campaign: ReadableCampaign, @Ctx() context: CampaignsContext): Promise<ResultBandCount[]> {
    const bands = await getResultBands({ campaign }, campaignsDependencies(context));
    return bands.map((band) => Object.assign(new ResultBandCount(), { ...band, below: band.below ?? null, upTo: band.upTo ?? null }));
  }

  @FieldResolver(() => TargetProfileRef, { nullable: true, description: 'The target profile the campaign evaluates (certification subgraph); null for a profiles collection. targetProfileId stays for clients that only need the id.' })
  targetProfile(@Root() campaign: Campaign): TargetProfileRef | null {
    return campaign.targetProfileId ? targetProfileRef(campaign.targetProfileId) : null;
  }

  @FieldResolver(() => OrganizationRef)
  organization(@Root() campaign: Campaign): OrganizationRef {
    return organizationRef(campaign.organizationId);
  }

  @FieldResolver(() => UserRef)
  owner(@Root() campaign: Campaign): UserRef {
    return userRef(campaign.ownerId);
  }

  @FieldResolver(() => UserRef)
  creator(@Root() campaign: Campaign): UserRef {
    return userRef(campaign.creatorId);
  }
}

@Resolver(() => OrganizationRef)
export class OrganizationCampaignsResolver {
  @FieldResolver(() => ParticipantConnection, { description: "Everyone who took part in the organisation's campaigns, alphabetical; participationsCount counts campaigns, a retry not again." })
  async participants(
    @Root() organization: OrganizationRef,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('last', () => Int, { nullable: true, description: 'The page before `before`, or the last page without it (keyset: any depth costs one page).' }) last: number | null,
    @Arg('before', () => String, { nullable: true }) before: string | null,
    @Ctx() context: CampaignsContext,
  ): Promise<ParticipantConnection> {
    const access = await campaignAccessLookup(context)(organization.id);
    const page = await listParticipants({ access, organizationId: organization.id, search: search?.slice(0, 255) ?? null, page: keysetPageRequest({ first, after, last, before }) }, campaignsDependencies(context));
    return toKeysetConnection(page, (participant) => Object.assign(new Participant(), participant));
  }

  @FieldResolver(() => OrganizationStatistics, { description: 'People per campaign over the organisation’s campaigns, once each: shared when they have a result (even while a new sending runs), else by their current attempt.' })
  async statistics(@Root() organization: OrganizationRef, @Ctx() context: CampaignsContext): Promise<OrganizationStatistics> {
    const access = await campaignAccessLookup(context)(organization.id);
    return Object.assign(new OrganizationStatistics(), await getOrganizationStatistics({ access, organizationId: organization.id }, campaignsDependencies(context)));
  }

  @FieldResolver(() => CampaignConnection, { description: 'Guide p.61: active/archived, name search, owner or mine, newest first, ≤ 100 a page.' })
  async campaigns(
    @Root() organization: OrganizationRef,
    @Arg('filter', () => CampaignFilter, { nullable: true }) filter: CampaignFilter | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('last', () => Int, { nullable: true, description: 'The page before `before`, or the last page without it (keyset: any depth costs one page).' }) last: number | null,
    @Arg('before', () => String, { nullable: true }) before: string | null,
    @Ctx() context: CampaignsContext,
  ): Promise<CampaignConnection> {
    const access = await campaignAccessLookup(context)(organization.id);
    const page = await listCampaigns(
      { access, organizationId: organization.id, filter: { status: filter?.status ?? null, name: filter?.name, ownerId: filter?.ownerId }, mine: filter?.mine ?? false, page: keysetPageRequest({ first, after, last, before }) },
      campaignsDependencies(context),
    );
    return toKeysetConnection(page, Campaign.from);
  }
}

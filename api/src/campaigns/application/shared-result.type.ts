import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../shared/graphql/connection.js';
import { isCompetenceLevel, isCompetenceMastery, parseResultsSnapshot } from '../domain/models/results-snapshot.js';
import type { FeedEntry } from '../domain/shared-results-feed.js';
import { CompetenceLevel, CompetenceResult, EarnedBadge } from './participation.type.js';
import { OrganizationRef, organizationRef, TargetProfileRef, targetProfileRef } from './references.type.js';

@ObjectType({ description: 'The campaign a shared result belongs to, as a partner client reads it.' })
export class SharedResultCampaign {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => OrganizationRef, { description: 'The structure that runs it.' })
  organization!: OrganizationRef;

  @Field(() => TargetProfileRef, { nullable: true })
  targetProfile!: TargetProfileRef | null;
}

@ObjectType({ description: 'The person behind a shared result, as this client may know them.' })
export class SharedResultParticipant {
  @Field(() => ID, { description: 'Pseudonymous: stable for this client across campaigns and syncs, different for every other client.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Scope results:identity only; null otherwise.' })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: 'Scope results:identity only.' })
  lastName!: string | null;

  @Field(() => String, { nullable: true, description: 'The identifier the campaign asked for (n° de dossier I-Milo, identifiant France Travail…); scope results:identity only.' })
  externalId!: string | null;
}

@ObjectType({ description: "A participation's result, shared by the participant with the structure, as the network's feed lists it." })
export class SharedResult {
  @Field(() => ID, { description: 'The participation.' })
  id!: string;

  @Field(() => SharedResultCampaign)
  campaign!: SharedResultCampaign;

  @Field(() => SharedResultParticipant)
  participant!: SharedResultParticipant;

  @Field(() => GraphQLDateTimeISO)
  startedAt!: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => GraphQLDateTimeISO)
  sharedAt!: Date;

  @Field(() => Boolean, { description: 'A later attempt of the same person in the same campaign exists (a retry).' })
  isImproved!: boolean;

  @Field(() => Float, { nullable: true, description: 'Validated skills / target-profile skills, 0 to 1 (assessments).' })
  masteryRate!: number | null;

  @Field(() => Int, { nullable: true })
  validatedSkillsCount!: number | null;

  @Field(() => Int, { nullable: true })
  testedSkillsCount!: number | null;

  @Field(() => Int, { nullable: true })
  pixScore!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Profiles collections: at least 5 competences at level 1 or more.' })
  isCertifiable!: boolean | null;

  @Field(() => [CompetenceResult], { description: 'Per competence of the target profile (assessments).' })
  competenceResults!: CompetenceResult[];

  @Field(() => [CompetenceLevel], { description: 'Per competence of the referential (profiles collections).' })
  competenceLevels!: CompetenceLevel[];

  @Field(() => [EarnedBadge])
  badges!: EarnedBadge[];

  static from(entry: FeedEntry, participant: SharedResultParticipant): SharedResult {
    const { participation, campaign } = entry;
    const snapshot = parseResultsSnapshot(participation);
    const competences = snapshot?.details.competences ?? [];
    return Object.assign(new SharedResult(), {
      id: participation.id,
      campaign: Object.assign(new SharedResultCampaign(), {
        id: campaign.id,
        code: campaign.code,
        name: campaign.name,
        organization: organizationRef(campaign.organizationId),
        targetProfile: campaign.targetProfileId ? targetProfileRef(campaign.targetProfileId) : null,
      }),
      participant,
      startedAt: participation.startedAt,
      finishedAt: participation.finishedAt,
      sharedAt: participation.sharedAt!,
      isImproved: participation.isImproved,
      masteryRate: snapshot?.masteryRate ?? null,
      validatedSkillsCount: snapshot?.validatedSkillsCount ?? null,
      testedSkillsCount: snapshot?.testedSkillsCount ?? null,
      pixScore: snapshot?.pixScore ?? null,
      isCertifiable: snapshot?.isCertifiable ?? null,
      competenceResults: competences.filter(isCompetenceMastery),
      competenceLevels: competences.filter(isCompetenceLevel).map(({ competenceId, pixScore, level }) => ({ competenceId, pixScore, level })),
      badges: snapshot?.details.badges ?? [],
    });
  }
}

@ObjectType('SharedResultEdge')
export class SharedResultEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => SharedResult)
  node!: SharedResult;
}

@ObjectType({
  description:
    'A page of the feed. No total: the feed is read forwards from a cursor. `pageInfo.endCursor` is where the next sync starts, even when the page is empty (then it is the `after` given).',
})
export class SharedResultFeed {
  @Field(() => [SharedResultEdge])
  edges!: SharedResultEdge[];

  @Field(() => [SharedResult])
  nodes!: SharedResult[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

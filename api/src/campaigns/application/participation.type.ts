import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../shared/graphql/connection.js';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { ParticipationStatus } from './enums.js';
import type { Participation } from '../domain/models/participation.js';
import { isCompetenceLevel, isCompetenceMastery, parseResultsSnapshot } from '../domain/models/results-snapshot.js';

@ObjectType({ description: 'A badge earned with a shared result, e.g. "Pix emploi – Prêt pour le CléA numérique !".' })
export class EarnedBadge {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  title!: string;
}

@ObjectType({ description: 'Mastery of one competence of the target profile, frozen at share time.' })
export class CompetenceResult {
  @Field(() => ID)
  competenceId!: string;

  @Field(() => Int)
  validatedSkillsCount!: number;

  @Field(() => Int, { description: 'Skills of this competence in the target profile.' })
  totalSkillsCount!: number;

  @Field(() => Float, { description: 'From 0 to 1, rounded to 2 decimals.' })
  masteryRate!: number;
}

@ObjectType({ description: "A profiles collection's level in one competence, frozen at share time." })
export class CompetenceLevel {
  @Field(() => ID)
  competenceId!: string;

  @Field(() => Int, { description: 'Whole pix earned in the competence.' })
  pixScore!: number;

  @Field(() => Int, { description: 'floor(pixScore / 8), 0 to 8.' })
  level!: number;
}

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    "A person's run of a campaign. Result fields stay null until the participant shares. In Campaign.participations a row is the person: the current attempt beside their latest shared result (campaigns README, \"One person, one result\").",
})
export class CampaignParticipation {
  @Field(() => ID)
  id!: string;

  @Field(() => ParticipationStatus)
  status!: ParticipationStatus;

  @Field(() => String, { nullable: true, description: 'As given at first participation (null once the campaign is deleted).' })
  participantFirstName!: string | null;

  @Field(() => String, { nullable: true })
  participantLastName!: string | null;

  @Field(() => String, { nullable: true, description: 'The identifier the campaign asked for.' })
  participantExternalId!: string | null;

  @Field(() => GraphQLDateTimeISO)
  startedAt!: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "When the result was shared; in Campaign.participations, the person's latest shared participation's." })
  sharedAt!: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The participation the result fields come from: this one once shared; in Campaign.participations, the latest shared one (an earlier sending while a retry runs); null before any sharing.',
  })
  sharedParticipationId!: string | null;

  @Field(() => Float, { nullable: true, description: 'Validated skills / target-profile skills, 0 to 1 (assessments).' })
  masteryRate!: number | null;

  @Field(() => Int, { nullable: true })
  validatedSkillsCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Skills evaluated ("acquis évalués"), validated or not.' })
  testedSkillsCount!: number | null;

  @Field(() => Int, { nullable: true })
  pixScore!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Profiles collections: at least 5 competences at level 1 or more.' })
  isCertifiable!: boolean | null;

  @Field(() => [CompetenceResult], { nullable: true })
  competenceResults!: CompetenceResult[] | null;

  @Field(() => [EarnedBadge], { nullable: true })
  badges!: EarnedBadge[] | null;

  @Field(() => [CompetenceLevel], { nullable: true, description: 'Profiles collections: the level reached in each competence of the referential; null until shared.' })
  competenceLevels!: CompetenceLevel[] | null;

  campaignId!: string;
  participantId!: string | null;
  userId!: string | null;

  static from(
    participation: Participation & { participantFirstName?: string | null; participantLastName?: string | null; sharedParticipationId?: string | null },
  ): CampaignParticipation {
    // A listed person carries their latest shared result beside the attempt in progress.
    const sharedParticipationId = participation.sharedParticipationId !== undefined
      ? participation.sharedParticipationId
      : participation.status === ParticipationStatus.SHARED ? participation.id : null;
    // Consent: nothing of the results leaves before sharing, whoever asks.
    const snapshot = sharedParticipationId !== null ? parseResultsSnapshot(participation) : null;
    const competences = snapshot?.details.competences;
    const levels = competences?.filter(isCompetenceLevel) ?? [];
    return Object.assign(new CampaignParticipation(), {
      id: participation.id,
      status: participation.status,
      participantFirstName: participation.participantFirstName ?? null,
      participantLastName: participation.participantLastName ?? null,
      participantExternalId: participation.participantExternalId,
      startedAt: participation.startedAt,
      sharedAt: snapshot ? participation.sharedAt : null,
      sharedParticipationId,
      masteryRate: snapshot?.masteryRate ?? null,
      validatedSkillsCount: snapshot?.validatedSkillsCount ?? null,
      testedSkillsCount: snapshot?.testedSkillsCount ?? null,
      pixScore: snapshot?.pixScore ?? null,
      isCertifiable: snapshot?.isCertifiable ?? null,
      competenceResults: competences?.filter(isCompetenceMastery) ?? null,
      // A profile's competences with a level; null for an assessment, whose competences have none.
      competenceLevels: levels.length ? levels.map(({ competenceId, pixScore, level }) => ({ competenceId, pixScore, level })) : null,
      badges: snapshot?.details.badges ?? null,
      campaignId: participation.campaignId,
      participantId: participation.participantId,
      userId: participation.userId,
    });
  }
}

@ObjectType()
export class CampaignParticipationConnection extends Connection(CampaignParticipation, 'CampaignParticipation') {}

import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Connection } from '../../shared/graphql/connection.js';
import { ParticipationStatus } from './enums.js';

export enum ParticipationOrder {
  NAME = 'NAME',
  DATE = 'DATE',
}
registerEnumType(ParticipationOrder, { name: 'ParticipationOrder', description: 'NAME: last name, first name; DATE: newest start first.' });

@InputType()
export class ParticipationFilter {
  @Field(() => ParticipationStatus, { nullable: true })
  status?: ParticipationStatus | null;

  @Field(() => String, { nullable: true, description: 'Part of the last name, first name or identifier.' })
  @MaxLength(255)
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Shared profiles collections only: certifiable or not.' })
  certifiable?: boolean | null;
}

@ObjectType({ description: 'One competence of the collective results.' })
export class CompetenceCollectiveResult {
  @Field(() => ID)
  competenceId!: string;

  @Field(() => String, { nullable: true })
  competenceCode!: string | null;

  @Field(() => String, { nullable: true })
  competenceName!: string | null;

  @Field(() => Float, { description: "Mean mastery (0 to 1) over each participant's latest shared result." })
  averageMasteryRate!: number;

  @Field(() => Int)
  participantsCount!: number;

  @Field(() => Float, { description: '"Acquis validés (moyenne)": mean validated skills of the competence, rounded to 1 decimal.' })
  averageValidatedSkillsCount!: number;

  @Field(() => Int, { description: '"Acquis évalués": skills of this competence in the target profile.' })
  totalSkillsCount!: number;
}

@ObjectType({ description: 'One competence of the collective results of a profiles collection.' })
export class CompetenceCollectiveLevel {
  @Field(() => ID)
  competenceId!: string;

  @Field(() => String, { nullable: true })
  competenceCode!: string | null;

  @Field(() => String, { nullable: true })
  competenceName!: string | null;

  @Field(() => Float, { description: "Mean level (0 to 8) over each person's latest shared profile, rounded to 1 decimal." })
  averageLevel!: number;

  @Field(() => Float, { description: 'Mean pix, rounded to 1 decimal.' })
  averagePixScore!: number;

  @Field(() => Int)
  participantsCount!: number;
}

@ObjectType({ description: "A band of global mastery with the guide's messages, and how many shared results fall in it." })
export class ResultBandCount {
  @Field(() => String)
  key!: string;

  @Field(() => Float, { nullable: true, description: 'Rates below this (exclusive).' })
  below!: number | null;

  @Field(() => Float, { nullable: true, description: 'Or up to this (inclusive).' })
  upTo!: number | null;

  @Field(() => String, { description: 'For the advisor.' })
  advice!: string;

  @Field(() => String, { description: 'What the participant reads.' })
  message!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Each person counts once per campaign, in one status: SHARED when they have a result (even while a new sending runs), else their current attempt\'s.' })
export class OrganizationStatistics {
  @Field(() => Int, { description: 'En cours de test: people with no result yet whose attempt runs.' })
  startedCount!: number;

  @Field(() => Int, { description: 'En attente: people with no result yet whose attempt is finished, not shared.' })
  toShareCount!: number;

  @Field(() => Int, { description: 'Résultats reçus: people with a result (latest shared participation).' })
  sharedCount!: number;

  @Field(() => Int, { description: 'People per campaign (a person in two campaigns counts twice, a retry does not): started + to share + shared.' })
  participationsCount!: number;

  @Field(() => Float, { description: 'sharedCount / participationsCount, 0 to 1 rounded to 2 decimals (0 when none).' })
  shareRate!: number;

  @Field(() => [ResultBandCount], { description: "The guide's bands of both Pix emploi profiles over the people's results (latest shared, once a person per campaign), with their counts." })
  resultBands!: ResultBandCount[];
}

@ObjectType({ description: "A person as the organisation knows them: the name given at first participation." })
export class Participant {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => Int, { description: 'Campaigns the person took part in: a retry is the same campaign and does not count again.' })
  participationsCount!: number;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  lastStartedAt!: Date | null;
}

@ObjectType()
export class ParticipantConnection extends Connection(Participant, 'Participant') {}

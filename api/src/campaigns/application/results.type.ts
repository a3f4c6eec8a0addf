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

@ObjectType()
export class OrganizationStatistics {
  @Field(() => Int, { description: 'En cours de test.' })
  startedCount!: number;

  @Field(() => Int, { description: 'En attente (finished, not shared).' })
  toShareCount!: number;

  @Field(() => Int, { description: 'Résultats reçus.' })
  sharedCount!: number;

  @Field(() => Int)
  participationsCount!: number;

  @Field(() => Float)
  shareRate!: number;

  @Field(() => [ResultBandCount], { description: "The guide's bands of both Pix emploi profiles over the shared results, with their counts." })
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

  @Field(() => Int)
  participationsCount!: number;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  lastStartedAt!: Date | null;
}

@ObjectType()
export class ParticipantConnection extends Connection(Participant, 'Participant') {}

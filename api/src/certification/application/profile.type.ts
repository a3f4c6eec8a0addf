import { Field, Int, ObjectType } from 'type-graphql';
import type { CompetenceScore, Profile as ProfileModel } from '../domain/read-models/profile.js';
import { Competence } from './competence.type.js';

@ObjectType({ description: "A person's pix and level in one competence." })
export class CompetenceProfile {
  @Field(() => Competence)
  competence!: Competence;

  @Field(() => Int, { description: 'Whole pix earned in the competence, at most 64.' })
  pixScore!: number;

  @Field(() => Int, { description: 'floor(pixScore / 8), at most maxReachableLevel; 0 until 8 pix.' })
  level!: number;

  static from(score: CompetenceScore): CompetenceProfile {
    return Object.assign(new CompetenceProfile(), { competence: Competence.from(score.competence), pixScore: score.pixScore, level: score.level });
  }
}

@ObjectType({ description: "A person's Pix profile: pix score and level in each of the 16 competences." })
export class Profile {
  @Field(() => Int, { description: 'Total pix, out of 1024 (16 competences × 64).' })
  pixScore!: number;

  @Field(() => Int, { description: 'The highest level anyone can reach today (5 as Pix, configurable).' })
  maxReachableLevel!: number;

  @Field(() => [CompetenceProfile], { description: 'Every competence of the referential, in order; 0 pix and level 0 when untested.' })
  competences!: CompetenceProfile[];

  static from(profile: ProfileModel): Profile {
    return Object.assign(new Profile(), {
      pixScore: profile.pixScore,
      maxReachableLevel: profile.maxReachableLevel,
      competences: profile.competences.map(CompetenceProfile.from),
    });
  }
}

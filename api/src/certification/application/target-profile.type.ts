import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../shared/graphql/connection.js';
import type { TargetProfile as TargetProfileModel } from '../domain/models/target-profile.js';
import type { AreaContent, CompetenceContent } from '../domain/read-models/target-profile-content.js';
import { Area } from './area.type.js';
import { Competence } from './competence.type.js';
import { TargetProfileCategory } from './enums.js';
import { Skill } from './skill.type.js';

@ObjectType({ description: "A competence of a target profile with the profile's skills in it." })
export class TargetProfileCompetence {
  @Field(() => Competence)
  competence!: Competence;

  @Field(() => Int)
  skillsCount!: number;

  @Field(() => [Skill], { description: 'By name: topic, then level.' })
  skills!: Skill[];

  static from(content: CompetenceContent): TargetProfileCompetence {
    return Object.assign(new TargetProfileCompetence(), {
      competence: Competence.from(content.competence),
      skillsCount: content.skills.length,
      skills: content.skills.map(Skill.from),
    });
  }
}

@ObjectType({ description: 'An area a target profile covers, with its competences in the profile.' })
export class TargetProfileArea {
  @Field(() => Area)
  area!: Area;

  @Field(() => Int)
  skillsCount!: number;

  @Field(() => [TargetProfileCompetence], { description: 'By code.' })
  competences!: TargetProfileCompetence[];

  static from(content: AreaContent): TargetProfileArea {
    return Object.assign(new TargetProfileArea(), {
      area: Area.from(content.area),
      skillsCount: content.skillsCount,
      competences: content.competences.map(TargetProfileCompetence.from),
    });
  }
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'The skills a campaign evaluates ("profil cible"): public, or shared with chosen organisations.' })
export class TargetProfile {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => TargetProfileCategory)
  category!: TargetProfileCategory;

  @Field(() => Boolean, { description: 'Offered to every organisation; otherwise only to those it is shared with.' })
  isPublic!: boolean;

  @Field(() => Boolean, { description: '"Je retente": a participant retrying may start again from scratch on these skills.' })
  canResetKnowledgeElements!: boolean;

  @Field(() => Int)
  skillsCount!: number;

  static from(targetProfile: TargetProfileModel): TargetProfile {
    return Object.assign(new TargetProfile(), {
      id: targetProfile.id,
      name: targetProfile.name,
      description: targetProfile.description,
      category: targetProfile.category,
      isPublic: targetProfile.isPublic,
      canResetKnowledgeElements: targetProfile.canResetKnowledgeElements,
      skillsCount: targetProfile.skillsCount,
    });
  }
}

@ObjectType()
export class TargetProfileConnection extends Connection(TargetProfile, 'TargetProfile') {}

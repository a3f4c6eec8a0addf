import { Entity, ManyToOne, PrimaryKeyProp } from '@mikro-orm/core';
import { SkillEntity } from './skill.entity.js';
import { TargetProfileEntity } from './target-profile.entity.js';

/** Which skills a target profile evaluates. */
@Entity({ tableName: 'target_profile_skills', schema: 'certification' })
export class TargetProfileSkillEntity {
  [PrimaryKeyProp]?: ['targetProfileId', 'skillId'];

  // The primary key (target_profile_id, skill_id) serves reads by profile.
  @ManyToOne({ entity: () => TargetProfileEntity, mapToPk: true, primary: true, fieldName: 'target_profile_id', deleteRule: 'cascade' })
  targetProfileId!: string;

  @ManyToOne({ entity: () => SkillEntity, mapToPk: true, primary: true, fieldName: 'skill_id', index: 'target_profile_skills_skill_id_index' })
  skillId!: string;
}

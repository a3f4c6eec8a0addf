import { AreaEntity } from './infrastructure/area.entity.js';
import { BadgeCriterionEntity } from './infrastructure/badge-criterion.entity.js';
import { BadgeEntity } from './infrastructure/badge.entity.js';
import { CompetenceEntity } from './infrastructure/competence.entity.js';
import { KnowledgeElementEntity } from './infrastructure/knowledge-element.entity.js';
import { SkillEntity } from './infrastructure/skill.entity.js';
import { TargetProfileShareEntity } from './infrastructure/target-profile-share.entity.js';
import { TargetProfileSkillEntity } from './infrastructure/target-profile-skill.entity.js';
import { TargetProfileEntity } from './infrastructure/target-profile.entity.js';

export const certificationEntities = [
  AreaEntity,
  CompetenceEntity,
  SkillEntity,
  KnowledgeElementEntity,
  TargetProfileEntity,
  TargetProfileSkillEntity,
  TargetProfileShareEntity,
  BadgeEntity,
  BadgeCriterionEntity,
];

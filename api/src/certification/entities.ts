import { AreaEntity } from './infrastructure/area.entity.js';
import { CompetenceEntity } from './infrastructure/competence.entity.js';
import { KnowledgeElementEntity } from './infrastructure/knowledge-element.entity.js';
import { SkillEntity } from './infrastructure/skill.entity.js';

export const certificationEntities = [AreaEntity, CompetenceEntity, SkillEntity, KnowledgeElementEntity];

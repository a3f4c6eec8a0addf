import type { EntityManager } from '@mikro-orm/postgresql';
import type { KnowledgeElement, KnowledgeElementStatus } from '../domain/models/knowledge-element.js';

export class KnowledgeElementRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * The latest element of each skill for several people, in one statement whatever their number
   * (the index on (user_id, skill_id, created_at desc) serves it).
   */
  async findLatestByUserIds(userIds: readonly string[]): Promise<KnowledgeElement[]> {
    if (userIds.length === 0) return [];
    const rows = await this.em.execute<KnowledgeElementRow[]>(
      `select distinct on (user_id, skill_id) id, user_id, skill_id, competence_id, status, earned_pix, participation_id, created_at
         from certification.knowledge_elements
        where user_id in (?)
        order by user_id, skill_id, created_at desc`,
      [[...userIds]],
    );
    return rows.map(toKnowledgeElement);
  }
}

interface KnowledgeElementRow {
  id: string;
  user_id: string;
  skill_id: string;
  competence_id: string;
  status: KnowledgeElementStatus;
  earned_pix: string;
  participation_id: string | null;
  created_at: Date;
}

function toKnowledgeElement(row: KnowledgeElementRow): KnowledgeElement {
  return {
    id: row.id,
    userId: row.user_id,
    skillId: row.skill_id,
    competenceId: row.competence_id,
    status: row.status,
    earnedPix: Number(row.earned_pix),
    participationId: row.participation_id,
    createdAt: new Date(row.created_at),
  };
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { KnowledgeElement, KnowledgeElementStatus, NewKnowledgeElement } from '../domain/models/knowledge-element.js';

const COLUMNS = 'id, user_id, skill_id, competence_id, status, earned_pix, participation_id, created_at';

export class KnowledgeElementRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * The latest element of each skill for several people, in one statement whatever their number
   * (the index on (user_id, skill_id, created_at desc) serves it). A skill whose latest element
   * is a RESET is left out, as if never assessed: the same for both readers below.
   */
  async findLatestByUserIds(userIds: readonly string[]): Promise<KnowledgeElement[]> {
    if (userIds.length === 0) return [];
    const rows = await this.em.execute<KnowledgeElementRow[]>(
      `select * from (
         select distinct on (user_id, skill_id) ${COLUMNS}
            from certification.knowledge_elements
           where user_id in (?)
           order by user_id, skill_id, created_at desc
       ) latest
        where status <> 'RESET'`,
      [[...userIds]],
    );
    return rows.map(toKnowledgeElement);
  }

  /**
   * How many of these skills each participation has tested (RESET elements aside): one statement
   * for a batch, walking the person index (user_id first) then keeping the participation's rows.
   */
  async countTestedSkillsByParticipations(participations: readonly { participationId: string; userId: string }[], skillIds: readonly string[]): Promise<Map<string, number>> {
    if (participations.length === 0 || skillIds.length === 0) return new Map();
    const rows = await this.em.execute<{ participation_id: string; tested: number }[]>(
      `select participation_id, count(distinct skill_id)::int as tested
         from certification.knowledge_elements
        where user_id in (?) and participation_id in (?) and skill_id in (?) and status <> 'RESET'
        group by participation_id`,
      [[...new Set(participations.map((entry) => entry.userId))], participations.map((entry) => entry.participationId), [...skillIds]],
    );
    return new Map(rows.map((row) => [row.participation_id, Number(row.tested)]));
  }

  /** The latest element of each of the given skills, for several people: one statement. */
  async findLatestByUserIdsAndSkillIds(userIds: readonly string[], skillIds: readonly string[]): Promise<KnowledgeElement[]> {
    if (userIds.length === 0 || skillIds.length === 0) return [];
    const rows = await this.em.execute<KnowledgeElementRow[]>(
      `select * from (
         select distinct on (user_id, skill_id) ${COLUMNS}
            from certification.knowledge_elements
           where user_id in (?) and skill_id in (?)
           order by user_id, skill_id, created_at desc
       ) latest
        where status <> 'RESET'`,
      [[...userIds], [...skillIds]],
    );
    return rows.map(toKnowledgeElement);
  }

  /**
   * Appends elements in one statement, inside the caller's transaction if any. Never an update nor
   * a delete: the log is append-only. Dated by the database (`now()`, the transaction's start).
   */
  async append(elements: readonly NewKnowledgeElement[]): Promise<KnowledgeElement[]> {
    if (elements.length === 0) return [];
    const rows = await this.em.execute<KnowledgeElementRow[]>(
      `insert into certification.knowledge_elements (id, user_id, skill_id, competence_id, status, earned_pix, participation_id)
       values ${elements.map(() => '(gen_random_uuid(), ?, ?, ?, ?, ?, ?)').join(', ')}
       returning ${COLUMNS}`,
      elements.flatMap((element) => [element.userId, element.skillId, element.competenceId, element.status, element.earnedPix, element.participationId]),
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

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Referential, Skill } from '../domain/models/referential.js';
import { AreaEntity } from './area.entity.js';
import { CompetenceEntity } from './competence.entity.js';
import { SkillEntity } from './skill.entity.js';

export class ReferentialRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * The whole referential but its skills: 5 areas and 16 competences, two statements. One after
   * the other: inside a transaction (sharing results) both would queue on the same connection,
   * which pg deprecates.
   */
  async get(): Promise<Referential> {
    const areas = await this.em.find(AreaEntity, {}, { orderBy: { code: 'asc' } });
    const competences = await this.em.find(CompetenceEntity, {}, { orderBy: { sortOrder: 'asc', code: 'asc' } });
    return { areas, competences };
  }

  /** Skills of several competences at once, by tube then level (their names: '@tube1', '@tube2'…). */
  async findSkillsByCompetenceIds(competenceIds: readonly string[]): Promise<Skill[]> {
    return this.em.find(SkillEntity, { competenceId: { $in: [...competenceIds] } }, { orderBy: { name: 'asc', id: 'asc' } });
  }

  /** Plain rows (the engine's report reads them on every call; hydration cost more than the statement). */
  async findSkillsByIds(ids: readonly string[]): Promise<Skill[]> {
    if (ids.length === 0) return [];
    const rows = await this.em.execute<(Omit<Skill, 'pixValue'> & { pixValue: string | number })[]>(
      `select id, competence_id as "competenceId", name, level, pix_value as "pixValue", topic from certification.skills where id in (?)`,
      [[...ids]],
    );
    return rows.map((row) => ({ ...row, pixValue: Number(row.pixValue) }));
  }
}

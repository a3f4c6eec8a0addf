import type { EntityManager } from '@mikro-orm/postgresql';
import type { Area, Competence, Referential, Skill } from '../domain/models/referential.js';

/**
 * The Pix referential, read on most requests (collective results, a profile, an engine report):
 * plain rows under the model's names, not entities (their hydration cost more than the statements).
 */
export class ReferentialRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * The whole referential but its skills: 5 areas and 16 competences, two statements. One after
   * the other: inside a transaction (sharing results) both would queue on the same connection,
   * which pg deprecates.
   */
  async get(): Promise<Referential> {
    const areas = await this.em.execute<Area[]>('select id, code, title, color from certification.areas order by code');
    const competences = await this.em.execute<Competence[]>(
      'select id, area_id as "areaId", code, name, description, sort_order as "sortOrder" from certification.competences order by sort_order, code',
    );
    return { areas, competences };
  }

  /** Skills of several competences at once, by tube then level (their names: '@tube1', '@tube2'…). */
  async findSkillsByCompetenceIds(competenceIds: readonly string[]): Promise<Skill[]> {
    if (competenceIds.length === 0) return [];
    return this.skills('competence_id in (?) order by name, id', [[...competenceIds]]);
  }

  async findSkillsByIds(ids: readonly string[]): Promise<Skill[]> {
    if (ids.length === 0) return [];
    return this.skills('id in (?)', [[...ids]]);
  }

  private async skills(condition: string, params: unknown[]): Promise<Skill[]> {
    const rows = await this.em.execute<(Omit<Skill, 'pixValue'> & { pixValue: string | number })[]>(
      `select id, competence_id as "competenceId", name, level, pix_value as "pixValue", topic from certification.skills where ${condition}`,
      params,
    );
    // numeric arrives as text; the entity declared it a number.
    return rows.map((row) => ({ ...row, pixValue: Number(row.pixValue) }));
  }
}

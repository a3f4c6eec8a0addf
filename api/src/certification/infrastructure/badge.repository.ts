import type { EntityManager } from '@mikro-orm/postgresql';
import type { Badge, BadgeCriterion } from '../domain/models/badge.js';

/** Badges with their criteria, one statement whatever their number. */
export class BadgeRepository {
  constructor(private readonly em: EntityManager) {}

  async findByTargetProfileIds(targetProfileIds: readonly string[]): Promise<Badge[]> {
    return targetProfileIds.length === 0 ? [] : this.find('b.target_profile_id in (?)', [[...targetProfileIds]]);
  }

  async findByKeys(keys: readonly string[]): Promise<Badge[]> {
    return keys.length === 0 ? [] : this.find('b.key in (?)', [[...keys]]);
  }

  private async find(where: string, params: unknown[]): Promise<Badge[]> {
    const rows = await this.em.execute<BadgeRow[]>(
      `select b.id, b.key, b.target_profile_id, b.title, b.message,
              coalesce(json_agg(json_build_object('scope', bc.scope, 'threshold', bc.threshold) order by case bc.scope when 'GLOBAL' then 0 else 1 end, bc.scope, bc.threshold)
                         filter (where bc.id is not null), '[]') as criteria
         from certification.badges b
         left join certification.badge_criteria bc on bc.badge_id = b.id
        where ${where}
        group by b.id
        order by b.title, b.id`,
      params,
    );
    return rows.map((row) => ({
      id: row.id,
      key: row.key,
      targetProfileId: row.target_profile_id,
      title: row.title,
      message: row.message,
      criteria: row.criteria,
    }));
  }
}

interface BadgeRow {
  id: string;
  key: string;
  target_profile_id: string;
  title: string;
  message: string | null;
  criteria: BadgeCriterion[];
}

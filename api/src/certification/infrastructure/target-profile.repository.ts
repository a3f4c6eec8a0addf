import type { EntityManager } from '@mikro-orm/postgresql';
import type { Page, PageRequest } from '../../shared/pagination.js';
import type { TargetProfile, TargetProfileCategory, TargetProfileSkillDetail } from '../domain/models/target-profile.js';

const COLUMNS = `tp.id, tp.name, tp.description, tp.category, tp.is_public, tp.can_reset_knowledge_elements,
       (select count(*) from certification.target_profile_skills tps where tps.target_profile_id = tp.id) as skills_count`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class TargetProfileRepository {
  constructor(private readonly em: EntityManager) {}

  /** Ids that are not UUIDs match nothing (rather than failing the statement). */
  async findByIds(ids: readonly string[]): Promise<TargetProfile[]> {
    const uuids = ids.filter((id) => UUID.test(id));
    if (uuids.length === 0) return [];
    const rows = await this.em.execute<TargetProfileRow[]>(`select ${COLUMNS} from certification.target_profiles tp where tp.id in (?)`, [uuids]);
    return rows.map(toTargetProfile);
  }

  /** Public profiles and those shared with the organisation: Pix emploi first, then by name. Two statements. */
  async listVisibleToOrganization(organizationId: string, page: PageRequest): Promise<Page<TargetProfile>> {
    const visible = `(tp.is_public or exists (select 1 from certification.target_profile_shares s where s.target_profile_id = tp.id and s.organization_id = ?))`;
    const [rows, [{ count }]] = await Promise.all([
      this.em.execute<TargetProfileRow[]>(
        `select ${COLUMNS}
           from certification.target_profiles tp
          where ${visible}
          order by case tp.category when 'PIX_EMPLOI' then 0 when 'COMPETENCE' then 1 else 2 end, tp.name, tp.id
          limit ? offset ?`,
        [organizationId, page.first, page.offset],
      ),
      this.em.execute<{ count: string }[]>(`select count(*) from certification.target_profiles tp where ${visible}`, [organizationId]),
    ]);
    return { items: rows.map(toTargetProfile), totalCount: Number(count), offset: page.offset };
  }

  async isSharedWithAnyOf(targetProfileId: string, organizationIds: readonly string[]): Promise<boolean> {
    if (organizationIds.length === 0) return false;
    const rows = await this.em.execute<{ shared: boolean }[]>(
      'select exists (select 1 from certification.target_profile_shares where target_profile_id = ? and organization_id in (?)) as shared',
      [targetProfileId, [...organizationIds]],
    );
    return rows[0]?.shared === true;
  }

  /** The skills of several profiles with their area, in referential order then by name: one statement. */
  async findSkillsByTargetProfileIds(targetProfileIds: readonly string[]): Promise<TargetProfileSkillDetail[]> {
    const uuids = targetProfileIds.filter((id) => UUID.test(id));
    if (uuids.length === 0) return [];
    const rows = await this.em.execute<SkillRow[]>(
      `select tps.target_profile_id, s.id, s.competence_id, c.area_id, s.name, s.level, s.pix_value, s.topic
         from certification.target_profile_skills tps
         join certification.skills s on s.id = tps.skill_id
         join certification.competences c on c.id = s.competence_id
        where tps.target_profile_id in (?)
        order by c.sort_order, c.code, s.name, s.id`,
      [uuids],
    );
    return rows.map((row) => ({
      targetProfileId: row.target_profile_id,
      id: row.id,
      competenceId: row.competence_id,
      areaId: row.area_id,
      name: row.name,
      level: row.level,
      pixValue: Number(row.pix_value),
      topic: row.topic,
    }));
  }
}

interface TargetProfileRow {
  id: string;
  name: string;
  description: string | null;
  category: TargetProfileCategory;
  is_public: boolean;
  can_reset_knowledge_elements: boolean;
  skills_count: string;
}

interface SkillRow {
  target_profile_id: string;
  id: string;
  competence_id: string;
  area_id: string;
  name: string;
  level: number;
  pix_value: string;
  topic: string | null;
}

function toTargetProfile(row: TargetProfileRow): TargetProfile {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    category: row.category,
    isPublic: row.is_public,
    canResetKnowledgeElements: row.can_reset_knowledge_elements,
    skillsCount: Number(row.skills_count),
  };
}

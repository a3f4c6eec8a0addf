import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type AreaMasteryResult,
  buildAssessmentSnapshot,
  type CompetenceMasteryResult,
  type ResultsSnapshot,
  storedResultsSnapshot,
} from '../../src/campaigns/api/index.js';

/**
 * Many participations straight into the database (generate_series), for export volume tests and
 * the memory measurement: a third still running (with a few knowledge elements each, so that the
 * progress statement has work), a third finished, a third shared with a realistic snapshot over
 * the campaign's target profile. Names and identifiers are distinct. Returns how many were made.
 */
export async function insertBulkParticipations(
  em: EntityManager,
  { organizationId, campaignId, targetProfileId, count }: { organizationId: string; campaignId: string; targetProfileId: string; count: number },
): Promise<number> {
  const connection = em.getConnection();
  const skills = await connection.execute<{ skill_id: string; competence_id: string; area_id: string }[]>(
    `select tps.skill_id, s.competence_id, c.area_id
       from certification.target_profile_skills tps
       join certification.skills s on s.id = tps.skill_id
       join certification.competences c on c.id = s.competence_id
      where tps.target_profile_id = ? order by c.sort_order, s.name`,
    [targetProfileId],
  );
  const snapshot = halfValidatedSnapshot(skills);
  await connection.execute(
    `insert into campaigns.participants (id, organization_id, user_id, first_name, last_name, created_at)
     select gen_random_uuid(), ?, gen_random_uuid(), 'Prénom ' || n, 'Nom ' || lpad(n::text, 7, '0'), now()
       from generate_series(1, ?) n`,
    [organizationId, count],
  );
  await connection.execute(
    `insert into campaigns.participations (id, campaign_id, participant_id, user_id, participant_external_id, status, is_improved, started_at, finished_at)
     select gen_random_uuid(), ?, p.id, p.user_id, 'ID-' || p.last_name, p.status, false, now() - interval '3 days',
            case when p.status <> 'STARTED' then now() - interval '2 days' end
       from (select participant.*, (array['STARTED', 'TO_SHARE', 'SHARED'])[1 + (row_number() over ()) % 3]::campaigns.participation_status as status
               from campaigns.participants participant
              where participant.organization_id = ?) p`,
    [campaignId, organizationId],
  );
  const stored = storedResultsSnapshot(snapshot);
  await connection.execute(
    `update campaigns.participations
        set shared_at = now() - interval '1 day', mastery_rate = ?, validated_skills_count = ?, tested_skills_count = ?, pix_score = ?, is_certifiable = ?, results = ?::jsonb
      where campaign_id = ? and status = 'SHARED'`,
    [stored.masteryRate, stored.validatedSkillsCount, stored.testedSkillsCount, stored.pixScore, stored.isCertifiable, JSON.stringify(stored.results), campaignId],
  );
  // Five elements for each running participation, on the profile's first skills.
  await connection.execute(
    `insert into certification.knowledge_elements (id, user_id, skill_id, competence_id, status, earned_pix, participation_id, created_at)
     select gen_random_uuid(), pa.user_id, s.skill_id, s.competence_id, 'VALIDATED', 0, pa.id, now()
       from campaigns.participations pa
      cross join (select tps.skill_id, sk.competence_id
                    from certification.target_profile_skills tps join certification.skills sk on sk.id = tps.skill_id
                   where tps.target_profile_id = ? order by tps.skill_id limit 5) s
      where pa.campaign_id = ? and pa.status = 'STARTED'`,
    [targetProfileId, campaignId],
  );
  await connection.execute('analyze campaigns.participants; analyze campaigns.participations; analyze certification.knowledge_elements');
  const [{ total }] = await connection.execute<{ total: string }[]>('select count(*) as total from campaigns.participations where campaign_id = ?', [campaignId]);
  return Number(total);
}

/** Every other skill validated (2 pix each), frozen as `shareParticipationResults` freezes it. */
function halfValidatedSnapshot(skills: { skill_id: string; competence_id: string; area_id: string }[]): ResultsSnapshot {
  const rate = (validated: number, total: number) => (total === 0 ? 0 : Math.round((validated / total) * 100) / 100);
  const empty = () => ({ validatedSkillsCount: 0, testedSkillsCount: 0, totalSkillsCount: 0, masteryRate: 0 });
  const competences = new Map<string, CompetenceMasteryResult>();
  const areas = new Map<string, AreaMasteryResult>();
  const total = empty();
  const knowledgeElements: { status: string; earnedPix: number }[] = [];
  skills.forEach((skill, index) => {
    const ok = index % 2 === 0 ? 1 : 0;
    knowledgeElements.push({ status: ok ? 'VALIDATED' : 'INVALIDATED', earnedPix: 2 });
    const competence = competences.get(skill.competence_id) ?? { competenceId: skill.competence_id, areaId: skill.area_id, ...empty() };
    const area = areas.get(skill.area_id) ?? { areaId: skill.area_id, ...empty() };
    for (const scope of [total, competence, area]) {
      scope.validatedSkillsCount += ok;
      scope.testedSkillsCount += 1;
      scope.totalSkillsCount += 1;
      scope.masteryRate = rate(scope.validatedSkillsCount, scope.totalSkillsCount);
    }
    competences.set(skill.competence_id, competence);
    areas.set(skill.area_id, area);
  });
  return buildAssessmentSnapshot({ result: { ...total, competences: [...competences.values()], areas: [...areas.values()] }, badges: [], knowledgeElements });
}

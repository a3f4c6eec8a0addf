import type { EntityManager } from '@mikro-orm/postgresql';

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
  await connection.execute(
    `update campaigns.participations
        set shared_at = now() - interval '1 day', mastery_rate = ?, validated_skills_count = ?, tested_skills_count = ?, pix_score = ?, results = ?::jsonb
      where campaign_id = ? and status = 'SHARED'`,
    [snapshot.masteryRate, snapshot.validated, skills.length, snapshot.validated * 2, JSON.stringify(snapshot.results), campaignId],
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

/** Every other skill validated: the snapshot shape `shareParticipationResults` freezes. */
function halfValidatedSnapshot(skills: { skill_id: string; competence_id: string; area_id: string }[]) {
  const rate = (validated: number, total: number) => (total === 0 ? 0 : Math.round((validated / total) * 100) / 100);
  const competences = new Map<string, { competenceId: string; areaId: string; validatedSkillsCount: number; testedSkillsCount: number; totalSkillsCount: number }>();
  const areas = new Map<string, { areaId: string; validatedSkillsCount: number; testedSkillsCount: number; totalSkillsCount: number }>();
  let validated = 0;
  skills.forEach((skill, index) => {
    const ok = index % 2 === 0 ? 1 : 0;
    validated += ok;
    const competence = competences.get(skill.competence_id) ?? { competenceId: skill.competence_id, areaId: skill.area_id, validatedSkillsCount: 0, testedSkillsCount: 0, totalSkillsCount: 0 };
    const area = areas.get(skill.area_id) ?? { areaId: skill.area_id, validatedSkillsCount: 0, testedSkillsCount: 0, totalSkillsCount: 0 };
    for (const scope of [competence, area]) {
      scope.validatedSkillsCount += ok;
      scope.testedSkillsCount += 1;
      scope.totalSkillsCount += 1;
    }
    competences.set(skill.competence_id, competence);
    areas.set(skill.area_id, area);
  });
  return {
    validated,
    masteryRate: rate(validated, skills.length).toFixed(4),
    results: {
      totalSkillsCount: skills.length,
      competences: [...competences.values()].map((entry) => ({ ...entry, masteryRate: rate(entry.validatedSkillsCount, entry.totalSkillsCount) })),
      areas: [...areas.values()].map((entry) => ({ ...entry, masteryRate: rate(entry.validatedSkillsCount, entry.totalSkillsCount) })),
      badges: [],
    },
  };
}

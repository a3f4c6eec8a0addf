import {
  archiveCampaign,
  buildCampaignsDependencies,
  CampaignAccess,
  CampaignType,
  certification,
  createCampaign,
  MembershipRepository,
  OrganizationAccess,
  recordParticipationProgress,
  retryParticipation,
  shareParticipationResults,
  startParticipation,
  type Orm,
} from '@orga-spe/api';
import { answersFor } from './answers.js';
import { DEMO_CAMPAIGNS, type DemoCampaign } from './campaigns.js';
import { DEMO_PARTICIPATIONS, type DemoStage } from './participations.js';

type EntityManager = Orm['em'];

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

const TARGET_PROFILE_IDS = { DIAGNOSTIC: certification.PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID, CLEA: certification.PIX_EMPLOI_CLEA_TARGET_PROFILE_ID } as const;

/**
 * Campaigns and participations made the way the application makes them: the campaigns use cases
 * create and archive campaigns as their owner, start participations as the participant, record
 * knowledge elements as the assessment engine does (through the certification context), and share,
 * which computes and freezes the results snapshot. The use cases take a clock, set here to dates
 * spread over the last weeks. Runs inside the caller's transaction.
 */
export async function seedDemoCampaigns(
  em: EntityManager,
  { userIds, organizationIds, now }: { userIds: Map<string, string>; organizationIds: Map<string, string>; now: Date },
): Promise<void> {
  const clock = { at: now };
  const deps = buildCampaignsDependencies(em, () => clock.at);
  const memberships = new MembershipRepository(em);
  const daysAgo = (days: number, minutes = 0) => new Date(now.getTime() - days * DAY + minutes * MINUTE);
  const actor = (email: string) => ({ kind: 'user' as const, userId: userIds.get(email)!, sessionId: 'demo-seed', supportRole: null });
  const accessAs = (email: string) => async (organizationId: string) =>
    new CampaignAccess(OrganizationAccess.of(actor(email), await memberships.findActive(organizationId, actor(email).userId)));
  const skills = new Map<string, certification.TargetProfileSkill[]>();
  for (const id of Object.values(TARGET_PROFILE_IDS)) skills.set(id, await certification.getTargetProfileSkills({ em: em }, id));

  /** The engine's reports, then the participant's consent, each at its moment of the test. */
  const progress = async (participationId: string, person: string, stage: DemoStage, answers: ReturnType<typeof answersFor>, startedDaysAgo: number, sharedDaysAgo?: number) => {
    if (stage === 'STARTED') {
      // Halfway through: the first third of the questions answered.
      clock.at = daysAgo(startedDaysAgo, 8);
      if (answers.length) await recordParticipationProgress({ participationId, elements: answers.slice(0, Math.ceil(answers.length / 3)), finished: false }, deps);
      return;
    }
    clock.at = daysAgo(startedDaysAgo, answers.length ? 25 : 2);
    await recordParticipationProgress({ participationId, elements: answers, finished: true }, deps);
    if (stage === 'TO_SHARE') return;
    clock.at = sharedDaysAgo === undefined ? daysAgo(startedDaysAgo, answers.length ? 27 : 3) : daysAgo(sharedDaysAgo);
    await shareParticipationResults({ actor: actor(person), participationId }, deps);
  };

  const campaignIds: string[] = [];
  for (const demo of DEMO_CAMPAIGNS) {
    const organizationId = organizationIds.get(demo.organization)!;
    const targetProfileId = demo.targetProfile ? TARGET_PROFILE_IDS[demo.targetProfile] : null;
    clock.at = daysAgo(demo.createdDaysAgo);
    const created = await createCampaign(
      { access: await accessAs(demo.owner)(organizationId), organizationId, type: demo.targetProfile ? CampaignType.ASSESSMENT : CampaignType.PROFILES_COLLECTION, targetProfileId, fields: fieldsOf(demo) },
      deps,
    );
    // The code generator draws at random; the demo's codes are fixed so that the README, the
    // start banner and the browser journeys can name them.
    const campaign = await deps.campaigns.update(created.id, { code: demo.code }, clock.at);
    campaignIds.push(campaign.id);

    for (const plan of DEMO_PARTICIPATIONS.filter((participation) => participation.campaign === demo.key)) {
      const profileSkills = targetProfileId ? skills.get(targetProfileId)! : [];
      clock.at = daysAgo(plan.startedDaysAgo);
      const first = await startParticipation({ actor: actor(plan.person), code: campaign.code, participantExternalId: plan.externalId ?? null }, deps);
      await progress(first.id, plan.person, plan.stage, answersFor(profileSkills, plan.masteryRate ?? 0), plan.startedDaysAgo, plan.sharedDaysAgo);
      if (plan.retry) {
        clock.at = daysAgo(plan.retry.startedDaysAgo);
        const second = await retryParticipation({ actor: actor(plan.person), campaignId: campaign.id }, deps);
        await progress(second.id, plan.person, plan.retry.stage, answersFor(profileSkills, plan.retry.masteryRate), plan.retry.startedDaysAgo);
      }
    }

    if (demo.archivedDaysAgo !== undefined) {
      clock.at = daysAgo(demo.archivedDaysAgo);
      await archiveCampaign({ accessTo: accessAs(demo.owner), id: campaign.id }, deps);
    }
  }

  // Knowledge elements are dated by the database (now(), the transaction's start) and have no
  // clock to set: one update moves them to the moment of the test they belong to, so that the
  // latest element of each skill is the one of the latest test (a "Je retente" supersedes the
  // first attempt) and a profile's history reads in order. Nothing computed above depends on it:
  // no person's elements contradict each other until the retry, which is not shared here.
  await em.execute(
    `update certification.knowledge_elements ke
        set created_at = coalesce(p.finished_at, p.started_at + interval '8 minutes')
       from campaigns.participations p
      where ke.participation_id = p.id and p.campaign_id in (?)`,
    [campaignIds],
  );
}

function fieldsOf(demo: DemoCampaign) {
  return { name: demo.name, title: demo.title, welcomeText: demo.welcomeText, externalIdLabel: demo.externalIdLabel, multipleSendings: demo.multipleSendings };
}

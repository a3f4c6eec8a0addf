import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { countTestedSkillsByParticipations, getTargetProfileSkills } from '../../certification/api/index.js';
import type { Campaign } from '../domain/models/campaign.js';
import { ParticipationStatus } from '../domain/models/participation.js';
import { participationProgress } from '../domain/models/progress.js';
import type { ParticipationCounts } from '../domain/repositories.js';
import { CampaignRepository } from '../infrastructure/campaign.repository.js';
import { ParticipationRepository } from '../infrastructure/participation.repository.js';
import type { Participation } from '../domain/models/participation.js';

/** What the progress of a participation is computed from. */
export interface ProgressKey {
  id: string;
  campaignId: string;
  userId: string | null;
  status: ParticipationStatus;
}

/** Built per request: a page of campaigns gets its counts in one statement, a page of participations its progress in a few. */
export function createCampaignsLoaders(em: EntityManager) {
  const campaigns = new CampaignRepository(em);
  const participations = new ParticipationRepository(em);
  return {
    campaignById: new DataLoader<string, Campaign | null>(async (ids) => {
      const found = new Map((await campaigns.findByIds(ids)).map((campaign) => [campaign.id, campaign]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    currentParticipationsByUserId: new DataLoader<string, Participation[]>(async (userIds) => {
      const found = await participations.findCurrentOfUsers(userIds);
      return userIds.map((userId) => found.filter((participation) => participation.userId === userId));
    }),
    countsByCampaignId: new DataLoader<string, ParticipationCounts>(async (ids) => {
      const counts = await campaigns.countParticipations(ids);
      return ids.map((id) => counts.get(id) ?? { participants: 0, shared: 0, certifiable: 0 });
    }),
    hasParticipationsByCampaignId: new DataLoader<string, boolean>(async (ids) => {
      const found = await campaigns.withParticipations(ids);
      return ids.map((id) => found.has(id));
    }),
    /** 1 + one statement a target profile among the running ones (two Pix emploi profiles), whatever the page's size. */
    /** A person's sendings in a campaign (key: campaign and participant ids), a whole page in one statement. */
    sendingsByPerson: new DataLoader<{ campaignId: string; participantId: string }, Participation[], string>(
      async (keys) => {
        const found = await participations.findSendings(keys);
        return keys.map((key) => found.filter((sending) => sending.campaignId === key.campaignId && sending.participantId === key.participantId));
      },
      { cacheKeyFn: (key) => `${key.campaignId}:${key.participantId}` },
    ),
    progressByParticipation: new DataLoader<ProgressKey, number | null, string>((keys) => progressOf(em, campaigns, keys), { cacheKeyFn: (key) => key.id }),
  };
}

async function progressOf(em: EntityManager, campaigns: CampaignRepository, keys: readonly ProgressKey[]): Promise<(number | null)[]> {
  const running = keys.filter((key) => key.status === ParticipationStatus.STARTED && key.userId !== null);
  const campaignById = new Map<string, Campaign>(
    running.length ? (await campaigns.findByIds([...new Set(running.map((key) => key.campaignId))])).map((campaign) => [campaign.id, campaign]) : [],
  );
  const profileOf = (key: ProgressKey) => campaignById.get(key.campaignId)?.targetProfileId ?? null;
  const tested = new Map<string, number>();
  const profileSkills = new Map<string, number>();
  for (const profileId of new Set(running.map(profileOf).filter((id): id is string => id !== null))) {
    const skillIds = (await getTargetProfileSkills({ em: em }, profileId)).map((skill) => skill.skillId);
    profileSkills.set(profileId, skillIds.length);
    const of = running.filter((key) => profileOf(key) === profileId).map((key) => ({ participationId: key.id, userId: key.userId! }));
    for (const [id, count] of await countTestedSkillsByParticipations({ em: em }, of, skillIds)) tested.set(id, count);
  }
  return keys.map((key) => {
    if (key.status !== ParticipationStatus.STARTED) return 1;
    const campaign = campaignById.get(key.campaignId);
    if (!campaign) return null;
    const profileId = campaign.targetProfileId;
    return participationProgress({
      status: key.status,
      type: campaign.type,
      testedSkillsCount: tested.get(key.id) ?? 0,
      profileSkillsCount: profileId ? profileSkills.get(profileId) ?? 0 : 0,
    });
  });
}

export type CampaignsLoaders = ReturnType<typeof createCampaignsLoaders>;

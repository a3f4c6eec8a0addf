import { describe, expect, it } from 'vitest';
import { ParticipationStatus } from '../models/participation.js';
import { buildCampaign, buildParticipation, NOW } from '../testing/builders.js';
import { inMemoryCampaigns } from '../testing/in-memory.js';
import { recordParticipationProgress } from './record-participation-progress.usecase.js';

const elements = [{ skillId: 'skill-1', status: 'VALIDATED' }];

describe('what the assessment engine reports', () => {
  it('is recorded while the test runs, and the participation stays STARTED until the engine says it is finished', async () => {
    const running = buildParticipation();
    const { deps, world } = inMemoryCampaigns({ participations: [running] });
    expect(await recordParticipationProgress({ participationId: running.id, elements, finished: false }, deps)).toMatchObject({ status: ParticipationStatus.STARTED });
    expect(world.recorded).toEqual([{ participationId: running.id, elements, finished: false }]);
    expect(world.events).toEqual([]);
  });

  it('moves the participation to "en attente" (TO_SHARE) at the end of the test, and tells the partner networks', async () => {
    const campaign = buildCampaign();
    const running = buildParticipation({ campaignId: campaign.id });
    const { deps, world } = inMemoryCampaigns({ campaigns: [campaign], participations: [running] });
    expect(await recordParticipationProgress({ participationId: running.id, elements, finished: true }, deps)).toMatchObject({ status: ParticipationStatus.TO_SHARE, finishedAt: NOW });
    expect(world.events).toEqual(['participation.completed']);
  });

  it('is refused for a finished or replaced participation (PARTICIPATION_NOT_STARTED), and nothing is recorded', async () => {
    for (const done of [buildParticipation({ status: ParticipationStatus.TO_SHARE }), buildParticipation({ isImproved: true })]) {
      const { deps, world } = inMemoryCampaigns({ participations: [done] });
      await expect(recordParticipationProgress({ participationId: done.id, elements, finished: true }, deps)).rejects.toMatchObject({ code: 'PARTICIPATION_NOT_STARTED' });
      expect(world.recorded).toEqual([]);
    }
  });
});

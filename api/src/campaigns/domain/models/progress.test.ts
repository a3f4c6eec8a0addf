import { describe, expect, it } from 'vitest';
import { CampaignType } from './campaign.js';
import { ParticipationStatus } from './participation.js';
import { participationProgress } from './progress.js';

const running = (testedSkillsCount: number, profileSkillsCount: number, type = CampaignType.ASSESSMENT) =>
  participationProgress({ status: ParticipationStatus.STARTED, type, testedSkillsCount, profileSkillsCount });

describe("a participation's progress (the participants tab, the CSV's « % de progression »)", () => {
  it('is the share of the profile’s skills tested so far, rounded down to the percent', () => {
    expect(running(0, 40)).toBe(0);
    expect(running(10, 40)).toBe(0.25);
    expect(running(1, 3)).toBe(0.33);
  });

  it('never says 100 % while the test runs: 0.99 at most, even with every skill tested', () => {
    expect(running(40, 40)).toBe(0.99);
    expect(running(45, 40)).toBe(0.99);
  });

  it('is 100 % once the test is finished or shared, whatever was tested', () => {
    for (const status of [ParticipationStatus.TO_SHARE, ParticipationStatus.SHARED]) {
      expect(participationProgress({ status, type: CampaignType.ASSESSMENT, testedSkillsCount: 3, profileSkillsCount: 40 })).toBe(1);
      expect(participationProgress({ status, type: CampaignType.PROFILES_COLLECTION, testedSkillsCount: 0, profileSkillsCount: 0 })).toBe(1);
    }
  });

  it('is unknown (null, "NA" in the CSV) for a profiles collection that runs, and 0 over an empty profile', () => {
    expect(running(5, 0, CampaignType.PROFILES_COLLECTION)).toBeNull();
    expect(running(0, 0)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } from '../../../certification/api/index.js';
import { ParticipationStatus } from '../models/participation.js';
import { findMyResultBand } from './find-my-result-band.usecase.js';

const diagnostic = { targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID };

describe("the landing page's band message", () => {
  it("gives the participant's words of the band their shared mastery falls in, never the advice", () => {
    expect(findMyResultBand({ campaign: diagnostic, participation: { status: ParticipationStatus.SHARED, masteryRate: '0.30' } })).toEqual({ key: 'DIAGNOSTIC_BELOW_50', message: 'Commençons par les bases !' });
    expect(findMyResultBand({ campaign: diagnostic, participation: { status: ParticipationStatus.SHARED, masteryRate: '0.80' } })?.key).toBe('DIAGNOSTIC_50_TO_80');
  });

  it('gives nothing before sharing, without a participation, or for a profile without bands', () => {
    expect(findMyResultBand({ campaign: diagnostic, participation: { status: ParticipationStatus.TO_SHARE, masteryRate: '0.30' } })).toBeNull();
    expect(findMyResultBand({ campaign: diagnostic, participation: null })).toBeNull();
    expect(findMyResultBand({ campaign: { targetProfileId: null }, participation: { status: ParticipationStatus.SHARED, masteryRate: null } })).toBeNull();
    expect(findMyResultBand({ campaign: { targetProfileId: 'another-profile' }, participation: { status: ParticipationStatus.SHARED, masteryRate: '0.9' } })).toBeNull();
  });
});

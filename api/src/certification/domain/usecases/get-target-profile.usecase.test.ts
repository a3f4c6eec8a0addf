import { describe, expect, it } from 'vitest';
import { ANONYMOUS, SupportRole } from '../../../shared/auth/principal.js';
import { buildSupportAgent, buildTargetProfile, buildUserPrincipal } from '../testing/builders.js';
import { inMemoryCertification } from '../testing/in-memory.js';
import { getTargetProfileForOrganization } from './get-target-profile-for-organization.usecase.js';
import { getTargetProfile } from './get-target-profile.usecase.js';
import { codeOf } from '../../../shared/testing/outcome.js';

const publicProfile = buildTargetProfile({ isPublic: true });
const sharedProfile = buildTargetProfile({ isPublic: false });
const member = buildUserPrincipal();
const { deps } = inMemoryCertification({
  targetProfiles: [publicProfile, sharedProfile],
  shares: new Set([`${sharedProfile.id}:mission-locale`]),
  memberships: new Map([[member.userId, ['mission-locale']]]),
});

describe('who sees a target profile', () => {
  it('anyone signed in sees a public one; an anonymous caller is UNAUTHENTICATED', async () => {
    expect(await codeOf(getTargetProfile({ actor: buildUserPrincipal(), id: publicProfile.id }, deps))).toBe('ok');
    expect(await codeOf(getTargetProfile({ actor: ANONYMOUS, id: publicProfile.id }, deps))).toBe('UNAUTHENTICATED');
  });

  it('a profile that is not public: the members of the organisations it is shared with, and nobody else (NOT_FOUND, as unknown)', async () => {
    expect(await codeOf(getTargetProfile({ actor: member, id: sharedProfile.id }, deps))).toBe('ok');
    expect(await codeOf(getTargetProfile({ actor: buildUserPrincipal(), id: sharedProfile.id }, deps))).toBe('NOT_FOUND');
    expect(await codeOf(getTargetProfile({ actor: member, id: 'unknown' }, deps))).toBe('NOT_FOUND');
  });

  it('METIER, SUPPORT and SUPER_ADMIN see every profile; CERTIF does not', async () => {
    for (const role of [SupportRole.METIER, SupportRole.SUPPORT, SupportRole.SUPER_ADMIN]) {
      expect(await codeOf(getTargetProfile({ actor: buildSupportAgent(role), id: sharedProfile.id }, deps)), role).toBe('ok');
    }
    expect(await codeOf(getTargetProfile({ actor: buildSupportAgent(SupportRole.CERTIF), id: sharedProfile.id }, deps))).toBe('NOT_FOUND');
  });
});

describe('the profiles a campaign of an organisation may evaluate', () => {
  it('are the public ones and those shared with it (NOT_FOUND otherwise)', async () => {
    expect(await codeOf(getTargetProfileForOrganization({ id: publicProfile.id, organizationId: 'elsewhere' }, deps))).toBe('ok');
    expect(await codeOf(getTargetProfileForOrganization({ id: sharedProfile.id, organizationId: 'mission-locale' }, deps))).toBe('ok');
    expect(await codeOf(getTargetProfileForOrganization({ id: sharedProfile.id, organizationId: 'elsewhere' }, deps))).toBe('NOT_FOUND');
  });
});

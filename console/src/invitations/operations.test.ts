import { describe, expect, it } from 'vitest';
import { invitationProblem } from './operations';

describe('invitationProblem (what the invitation page says before offering to accept)', () => {
  it('lets a pending, unexpired invitation be accepted', () => {
    expect(invitationProblem({ status: 'PENDING', isExpired: false })).toBeNull();
  });

  it('says an accepted or cancelled invitation is no longer valid, even if also expired', () => {
    expect(invitationProblem({ status: 'ACCEPTED', isExpired: false })).toBe('INVITATION_NOT_PENDING');
    expect(invitationProblem({ status: 'CANCELLED', isExpired: true })).toBe('INVITATION_NOT_PENDING');
  });

  it('says a pending invitation past its validity has expired', () => {
    expect(invitationProblem({ status: 'PENDING', isExpired: true })).toBe('INVITATION_EXPIRED');
  });
});

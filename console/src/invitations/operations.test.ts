import { describe, expect, it } from 'vitest';
import { invitationProblem, invitedEmailFromFragment, maskEmail, mayBeInvitee } from './operations';

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

describe('the invited address on the public page', () => {
  it('is masked as the API masks it', () => {
    expect(maskEmail('jeanne.martin@exemple.fr')).toBe('j***@exemple.fr');
    expect(maskEmail('not-an-address')).toBe('***');
  });

  it('is pre-filled from the link fragment only when it is the invited address', () => {
    expect(invitedEmailFromFragment('#email=jeanne.martin%40exemple.fr', 'j***@exemple.fr')).toBe('jeanne.martin@exemple.fr');
    expect(invitedEmailFromFragment('#email=someone%40else.fr', 'j***@exemple.fr')).toBe('');
    expect(invitedEmailFromFragment('', 'j***@exemple.fr')).toBe('');
  });

  it('tells whether the signed-in account may accept', () => {
    expect(mayBeInvitee('Jeanne.Martin@exemple.fr', { maskedEmail: 'j***@exemple.fr' }, 'jeanne.martin@exemple.fr')).toBe(true);
    expect(mayBeInvitee('jules@exemple.fr', { maskedEmail: 'j***@exemple.fr' }, 'jeanne.martin@exemple.fr')).toBe(false);
    // Without the full address, the mask is all the page can compare.
    expect(mayBeInvitee('jules@exemple.fr', { maskedEmail: 'j***@exemple.fr' }, '')).toBe(true);
    expect(mayBeInvitee('paul@exemple.fr', { maskedEmail: 'j***@exemple.fr' }, '')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { teamFailureMessage } from './teamFailures';

describe('teamFailureMessage (what the team page says when the API refuses)', () => {
  it('tells when a throttled resend will be possible, in whole minutes', () => {
    expect(teamFailureMessage({ code: 'TOO_MANY_ATTEMPTS', extensions: { retryAfterSeconds: 299 } })).toEqual([
      'orga.team.notifications.resendTooSoon',
      { type: 'info', messageArgs: { minutes: 5 } },
    ]);
    expect(teamFailureMessage({ code: 'TOO_MANY_ATTEMPTS', extensions: { retryAfterSeconds: 3 } })[1].messageArgs).toEqual({ minutes: 1 });
  });

  it('falls back to the error code message otherwise', () => {
    expect(teamFailureMessage({ code: 'LAST_ADMIN', extensions: {} })).toEqual(['orga.errors.LAST_ADMIN', { type: 'error' }]);
    expect(teamFailureMessage(new Error('boom'))).toEqual(['orga.errors.generic', { type: 'error' }]);
  });
});

import { errorMessageKey } from '../auth/errorCodes';

/**
 * The notification for a refused team action. A resend within the API's interval answers
 * TOO_MANY_ATTEMPTS with `retryAfterSeconds`: say when it will be possible, not "too many sign-ins".
 */
export function teamFailureMessage(failure: unknown): [string, { type: 'error' | 'info'; messageArgs?: Record<string, unknown> }] {
  const { code, extensions } = (failure ?? {}) as { code?: string; extensions?: Record<string, unknown> };
  const seconds = extensions?.retryAfterSeconds;
  if (code === 'TOO_MANY_ATTEMPTS' && typeof seconds === 'number') {
    return ['orga.team.notifications.resendTooSoon', { type: 'info', messageArgs: { minutes: Math.max(1, Math.ceil(seconds / 60)) } }];
  }
  return [errorMessageKey(failure), { type: 'error' }];
}

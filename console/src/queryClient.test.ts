import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from './auth/graphqlClient';
import { shouldRetry } from './queryClient';

describe('query retries', () => {
  it('shows a refusal at once', () => {
    for (const code of ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED', 'BAD_USER_INPUT']) {
      expect(shouldRetry(0, new GraphQLRequestError(code, code)), code).toBe(false);
    }
  });

  it('tries a transient failure twice more, then gives up', () => {
    const error = new GraphQLRequestError('NETWORK_ERROR', 'unreachable');
    expect([0, 1, 2].map((failures) => shouldRetry(failures, error))).toEqual([true, true, false]);
    expect(shouldRetry(0, new GraphQLRequestError('SERVICE_BUSY', 'busy'))).toBe(true);
  });
});

import { QueryClient } from '@tanstack/react-query';

/** Failures a second try may cure: the network, the server having a bad moment, a busy pool. */
const TRANSIENT = new Set(['NETWORK_ERROR', 'INTERNAL_SERVER_ERROR', 'SERVICE_BUSY', 'SERVICE_UNAVAILABLE']);

/**
 * react-query retries every failed query three times by default, which left a refusal
 * (FORBIDDEN, NOT_FOUND...) on screen only after ~8 s of spinner. A refusal will not change by
 * asking again: show it at once; retry transient failures twice.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && TRANSIENT.has(code) && failureCount < 2;
}

export const queryClient = new QueryClient({ defaultOptions: { queries: { retry: shouldRetry } } });

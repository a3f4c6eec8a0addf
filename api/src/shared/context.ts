import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from './logger.js';
import type { Principal } from './auth/principal.js';

export interface RequestInfo {
  ip: string;
  userAgent: string | undefined;
}

/**
 * What every context's request context starts from, built once per GraphQL request (by the
 * gateway in-process, or by each subgraph process in remote mode): who asks, a forked
 * EntityManager (its own identity map), where the request came from. Each context adds its own
 * loaders and services in its `application/request-context.ts`; only the composition root
 * (`src/context.ts`) knows them all.
 */
export interface RequestScope {
  principal: Principal;
  em: EntityManager;
  logger: Logger;
  request: RequestInfo;
}

/**
 * The database session a context's public function works in: the request's, or the caller's
 * transaction (`{ em: tx }`) when the work must commit with the caller's.
 */
export type Session = Pick<RequestScope, 'em'>;

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from './logger.js';
import type { Principal } from './auth/principal.js';

export interface RequestInfo {
  ip: string;
  userAgent: string | undefined;
}

/**
 * Built once per GraphQL request (by the gateway in-process, or by each subgraph process in
 * remote mode): who asks, a forked EntityManager (its own identity map), fresh DataLoaders.
 */
export interface RequestContext<Loaders = unknown> {
  principal: Principal;
  em: EntityManager;
  loaders: Loaders;
  logger: Logger;
  request: RequestInfo;
}

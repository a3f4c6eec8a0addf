import type { IncomingHttpHeaders } from 'node:http';
import { timingSafeEqual, createHash } from 'node:crypto';
import type { Config } from './shared/config.js';
import type { Logger } from './shared/logger.js';
import { StreamingReads } from './shared/database/streaming-reads.js';
import type { Orm } from './shared/database/orm.js';
import type { RequestContext, RequestInfo } from './shared/context.js';
import { ANONYMOUS, ASSESSMENT_ENGINE, type Principal } from './shared/auth/principal.js';
import { UnauthenticatedError } from './shared/errors/domain-error.js';
import { toGraphQLError } from './shared/errors/error-mapper.js';
import { AccessTokens, LoginThrottle, SessionRepository, authenticateAccessToken } from './organizations/api/index.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Process-wide collaborators, created once at start. */
export interface Services {
  config: Config;
  orm: Orm;
  logger: Logger;
  accessTokens: AccessTokens;
  loginThrottle: LoginThrottle;
  /** Cursor-streamed reads for exports, on connections of their own. */
  streamingReads: StreamingReads;
}

export interface GraphQLContext extends RequestContext<Loaders> {
  services: Services;
}

export function createServices(config: Config, orm: Orm, logger: Logger): Services {
  return {
    config,
    orm,
    logger,
    accessTokens: new AccessTokens(config.authSecret, config.accessTokenTtlSeconds),
    loginThrottle: new LoginThrottle(orm.em.getConnection().getKnex(), config.loginThrottle),
    streamingReads: new StreamingReads(orm.config.get('clientUrl')!, { max: config.exportConnections, waitMs: config.exportWaitSeconds * 1000, logger }),
  };
}

/**
 * `Authorization: Bearer <access token>` for people; `Authorization: Service <secret>` for the
 * assessment engine. No header: anonymous. A bad credential is an error, never a silent downgrade.
 */
export async function buildContext(services: Services, headers: IncomingHttpHeaders, request: RequestInfo): Promise<GraphQLContext> {
  const em = services.orm.em.fork();
  const loaders = createLoaders(em);
  const principal = await authenticate(services, em, loaders, headers.authorization);
  return { principal, em, loaders, logger: services.logger, request, services };
}

async function authenticate(services: Services, em: GraphQLContext['em'], loaders: Loaders, authorization: string | undefined): Promise<Principal> {
  if (!authorization) return ANONYMOUS;
  const [scheme, credential] = authorization.trim().split(/\s+/, 2);
  try {
    if (scheme?.toLowerCase() === 'bearer' && credential) {
      const { principal, user } = await authenticateAccessToken(
        { token: credential },
        { accessTokens: services.accessTokens, sessions: new SessionRepository(em), now: () => new Date() },
      );
      // The session check already read the user: `me` and friends need no second query.
      loaders.organizations.userById.prime(user.id, user);
      return principal;
    }
    if (scheme?.toLowerCase() === 'service' && credential && sameSecret(credential, services.config.engineSecret)) {
      return { kind: 'service', service: ASSESSMENT_ENGINE };
    }
    throw new UnauthenticatedError("En-tête d'autorisation invalide.", { reason: 'TOKEN_INVALID' });
  } catch (error) {
    throw withStatus(toGraphQLError(error, services.logger), 401);
  }
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function withStatus<E extends { extensions: Record<string, unknown> }>(error: E, status: number): E {
  if (error.extensions.code === 'UNAUTHENTICATED') Object.assign(error.extensions, { http: { status } });
  return error;
}

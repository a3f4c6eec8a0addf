import type { IncomingHttpHeaders } from 'node:http';
import { timingSafeEqual, createHash } from 'node:crypto';
import type { Config } from './shared/config.js';
import type { Logger } from './shared/logger.js';
import { StreamingReads } from './shared/database/streaming-reads.js';
import type { Orm } from './shared/database/orm.js';
import type { RequestInfo, RequestScope } from './shared/context.js';
import { ANONYMOUS, ASSESSMENT_ENGINE, type Principal } from './shared/auth/principal.js';
import { UnauthenticatedError } from './shared/errors/domain-error.js';
import { toGraphQLError } from './shared/errors/error-mapper.js';
import { authenticateBearer, createIdentityServices, type OrganizationsContext, type OrganizationsServices } from './organizations/api/index.js';
import { archiveCampaignsOfOrganization, type CampaignsContext, type CampaignsServices } from './campaigns/api/index.js';
import type { CertificationContext } from './certification/api/index.js';
import { authenticatePartnerBearer, createPartnersServices, isPartnerToken, type PartnersContext, type PartnersServices } from './partners/api/index.js';
import { createLoaders, type Loaders } from './loaders.js';

/**
 * The composition root of a request: the only module that knows all three contexts. Each
 * context's resolvers are typed on their own context (`OrganizationsContext`, `CampaignsContext`,
 * `CertificationContext`); the one object built here is all three at once.
 */

/** Process-wide collaborators, created once at start: each context's services, side by side. */
export interface Services extends OrganizationsServices, CampaignsServices, PartnersServices {
  config: Config;
  orm: Orm;
  logger: Logger;
}

export type GraphQLContext = OrganizationsContext & CampaignsContext & CertificationContext & PartnersContext & { loaders: Loaders; services: Services };

export function createServices(config: Config, orm: Orm, logger: Logger): Services {
  return {
    config,
    orm,
    logger,
    ...createIdentityServices(config, orm.em.getConnection().getKnex()),
    ...createPartnersServices(config, orm.em.getConnection().getKnex()),
    // Archiving an organisation archives its campaigns: organizations asks, campaigns does it.
    campaignsOfOrganization: { archiveAllOfOrganization: archiveCampaignsOfOrganization },
    streamingReads: new StreamingReads(orm.config.get('clientUrl')!, { max: config.exportConnections, waitMs: config.exportWaitSeconds * 1000, logger }),
  };
}

/**
 * `Authorization: Bearer <access token>` for people and for partner clients (told apart by the
 * token's audience); `Authorization: Service <secret>` for the assessment engine. No header: anonymous. A bad credential is an error, never a silent downgrade.
 */
export async function buildContext(services: Services, headers: IncomingHttpHeaders, request: RequestInfo): Promise<GraphQLContext> {
  const em = services.orm.em.fork();
  const loaders = createLoaders(em);
  const principal = await authenticate(services, { em, loaders }, headers.authorization);
  const scope: RequestScope = { principal, em, logger: services.logger, request };
  return { ...scope, loaders, services };
}

async function authenticate(services: Services, scope: Pick<GraphQLContext, 'em' | 'loaders'>, authorization: string | undefined): Promise<Principal> {
  if (!authorization) return ANONYMOUS;
  const [scheme, credential] = authorization.trim().split(/\s+/, 2);
  try {
    if (scheme?.toLowerCase() === 'bearer' && credential) {
      return isPartnerToken(credential) ? await authenticatePartnerBearer(scope, services, credential) : await authenticateBearer(scope, services, credential);
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
  if (error.extensions.code === 'UNAUTHENTICATED' || error.extensions.code === 'CLIENT_REVOKED') Object.assign(error.extensions, { http: { status } });
  return error;
}

/** What the other workspaces (seeds, schema, e2e) use from the API. */
export { loadConfig, REPOSITORY_ROOT, SUBGRAPH_NAMES, type Config, type SubgraphName } from './shared/config.js';
export { createLogger, type Logger } from './shared/logger.js';
export { initORM, migrate, type Orm } from './shared/database/orm.js';
export { startEmbeddedPostgres } from './shared/database/embedded-postgres.js';
export { entities } from './entities.js';
export { startServer, type RunningServer } from './server.js';
export { buildSubgraphSchemas } from './app.js';
export { composeSupergraph, subgraphSdl } from './gateway/supergraph.js';
export { SupportRole } from './shared/auth/principal.js';
export { passwordHasher, UserRepository, buildOrganizationsDependencies, OrganizationType, MembershipRole } from './organizations/api/index.js';
// The certification context's public interface, for the scale generator's result snapshots (seeds/src/scale).
export * as certification from './certification/api/index.js';

/** What the other workspaces (seeds, schema, e2e) use from the API. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { buildOrganizationsDependencies as buildOrganizationsDependenciesWith } from './organizations/application/dependencies.js';
import { archiveCampaignsOfOrganization } from './campaigns/api/index.js';
export { loadConfig, REPOSITORY_ROOT, SUBGRAPH_NAMES, type Config, type SubgraphName } from './shared/config.js';
export { createLogger, type Logger } from './shared/logger.js';
export { initORM, migrate, type Orm } from './shared/database/orm.js';
export { freePort, startEmbeddedPostgres } from './shared/database/embedded-postgres.js';
export { withStandaloneDatabase } from './standalone-database.js';
export { entities } from './entities.js';
export { startServer, type RunningServer } from './server.js';
export { buildSubgraphSchemas } from './app.js';
export { apiSchemaSdl, composeSupergraph, subgraphSdl } from './gateway/supergraph.js';
// Every error code, for the generated list the console keys its messages on (schema/generate.ts).
export { ERROR_CODES, ERROR_RULES, type ErrorCode } from './error-codes.js';
export { SupportRole } from './shared/auth/principal.js';
export { OrganizationType, MembershipRole } from './organizations/api/index.js';
// The certification context's public interface, for the scale generator's result snapshots (seeds/src/scale).
export * as certification from './certification/api/index.js';
export { registerDemoPartnerClient } from './partners/api/index.js';
// The results snapshot's builder, through the campaigns context's public interface (seeds/src/scale).
export {
  buildAssessmentSnapshot,
  buildProfilesCollectionSnapshot,
  storedResultsSnapshot,
  type ResultsSnapshot,
  // After a bulk load straight into the tables (seeds/src/scale, `read-side:rebuild`).
  rebuildCampaignsReadSide,
} from './campaigns/api/index.js';

// The campaigns use cases as the resolvers run them, for the demo seeds (seeds/src/demo): the demo
// is produced through the application's own rules rather than hand-written result rows.
export { buildCampaignsDependencies } from './campaigns/application/dependencies.js';
export { CampaignAccess } from './campaigns/domain/campaign-access.js';
export { CampaignType } from './campaigns/domain/models/campaign.js';
export { createCampaign } from './campaigns/domain/usecases/create-campaign.usecase.js';
export { archiveCampaign } from './campaigns/domain/usecases/archive-campaign.usecase.js';
export { startParticipation } from './campaigns/domain/usecases/start-participation.usecase.js';
export { retryParticipation } from './campaigns/domain/usecases/retry-participation.usecase.js';
export { recordParticipationProgress } from './campaigns/domain/usecases/record-participation-progress.usecase.js';
export { shareParticipationResults } from './campaigns/domain/usecases/share-participation-results.usecase.js';
export { OrganizationAccess } from './organizations/domain/organization-access.js';

// The demo seeds build organisations and accounts through the organizations context's own rules
// and repositories, which the context keeps from other contexts: this workspace entry, part of
// the composition root, is the only door to them (a seed script is not a context).
export { passwordHasher } from './organizations/infrastructure/password-hasher.js';
export { UserRepository } from './organizations/infrastructure/user.repository.js';
export { MembershipRepository } from './organizations/infrastructure/membership.repository.js';
export function buildOrganizationsDependencies(em: EntityManager, publicUrl: string) {
  return buildOrganizationsDependenciesWith(em, { archiveAllOfOrganization: archiveCampaignsOfOrganization }, publicUrl);
}

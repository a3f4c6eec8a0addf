import type { CertificationScope } from '../../certification/api/index.js';
import type { Config } from '../../shared/config.js';
import type { StreamingReads } from '../../shared/database/streaming-reads.js';
import type { OrganizationsScope } from '../../organizations/api/index.js';
import type { CampaignsLoaders } from './loaders.js';

/** The process-wide collaborators this context's resolvers and routes use. */
export interface CampaignsServices {
  /** `authSecret` keys the pseudonyms partner clients see (partners/api). */
  config: Pick<Config, 'publicUrl' | 'authSecret'>;
  /** Cursor-streamed reads for exports, on connections of their own. */
  streamingReads: StreamingReads;
}

/**
 * What this context's resolvers see of a request: its own loaders and services, and the scopes
 * of the two contexts it asks through their api/ (organisation rights and names, the referential),
 * so that those answers share the request's batched reads.
 */
export type CampaignsContext = OrganizationsScope &
  CertificationScope & {
    loaders: { campaigns: CampaignsLoaders };
    services: CampaignsServices;
  };

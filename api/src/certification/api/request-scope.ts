import type { RequestScope } from '../../shared/context.js';
import type { CertificationLoaders } from '../application/loaders.js';

/**
 * What the certification context's public functions read from a request: the session and this
 * context's loaders (the referential is read at most once per request, whoever asks).
 */
export interface CertificationScope extends RequestScope {
  loaders: { certification: CertificationLoaders };
}

import type { Referential } from '../domain/models/referential.js';
import type { CertificationScope } from './request-scope.js';

/** Areas and competences of the referential, read at most once per request whoever asks. */
export function getReferential(scope: CertificationScope): Promise<Referential> {
  return scope.loaders.certification.referential();
}

import type { CertificationDependencies } from '../dependencies.js';
import type { Referential } from '../models/referential.js';

/** The referential (areas and competences), public: it is the same for everybody. */
export async function getReferential(deps: Pick<CertificationDependencies, 'referential'>): Promise<Referential> {
  return deps.referential.get();
}

import { ForbiddenError, NotFoundError } from '../../shared/errors/domain-error.js';

/** No code of its own: this context's refusals answer the shared FORBIDDEN and NOT_FOUND. */
export const CERTIFICATION_ERROR_CODES = [] as const;

export type CertificationErrorCode = (typeof CERTIFICATION_ERROR_CODES)[number];

/** Someone else's profile: only the person and support (CERTIF, SUPPORT, SUPER_ADMIN) may read it. */
export class ProfileNotVisibleError extends ForbiddenError {
  constructor() {
    super("Le profil de compétences d'une autre personne n'est pas visible.");
  }
}

/** Unknown, or neither public nor shared with the organisation: the same answer, so ids cannot be probed. */
export class TargetProfileNotFoundError extends NotFoundError {
  constructor() {
    super('Profil cible introuvable.');
  }
}

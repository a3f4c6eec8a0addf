import { ForbiddenError, NotFoundError } from '../../shared/errors/domain-error.js';

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

import { ForbiddenError } from '../../shared/errors/domain-error.js';

/** Someone else's profile: only the person and support (CERTIF, SUPPORT, SUPER_ADMIN) may read it. */
export class ProfileNotVisibleError extends ForbiddenError {
  constructor() {
    super("Le profil de compétences d'une autre personne n'est pas visible.");
  }
}

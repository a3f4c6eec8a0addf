import { SupportRole, type Principal } from '../../shared/auth/principal.js';
import { UnauthenticatedError } from '../../shared/errors/domain-error.js';
import { ProfileNotVisibleError } from './errors.js';

/** PRODUCT.md: CERTIF reads eligibility (hence profiles); SUPPORT and SUPER_ADMIN read everything. */
const SUPPORT_READING_PROFILES = new Set<SupportRole>([SupportRole.CERTIF, SupportRole.SUPPORT, SupportRole.SUPER_ADMIN]);

/** A profile is personal data: its owner and the support roles above, nobody else (not the engine). */
export function assertCanReadProfile(actor: Principal, userId: string): void {
  if (actor.kind === 'anonymous') throw new UnauthenticatedError('Vous devez être connecté.');
  if (actor.kind === 'user' && (actor.userId === userId || (actor.supportRole !== null && SUPPORT_READING_PROFILES.has(actor.supportRole)))) return;
  throw new ProfileNotVisibleError();
}

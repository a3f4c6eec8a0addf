import { SupportRole, type Principal } from '../../shared/auth/principal.js';
import { UnauthenticatedError } from '../../shared/errors/domain-error.js';
import { ProfileNotVisibleError } from './errors.js';

/** PRODUCT.md: CERTIF reads eligibility (hence profiles); SUPPORT and SUPER_ADMIN read everything. */
const SUPPORT_READING_PROFILES = new Set<SupportRole>([SupportRole.CERTIF, SupportRole.SUPPORT, SupportRole.SUPER_ADMIN]);

/** A profile is personal data: its owner and the support roles above, nobody else (not the engine). */
export function assertCanReadProfile(viewer: Principal, userId: string): void {
  if (viewer.kind === 'anonymous') throw new UnauthenticatedError('Vous devez être connecté.');
  if (viewer.kind === 'user' && (viewer.userId === userId || (viewer.supportRole !== null && SUPPORT_READING_PROFILES.has(viewer.supportRole)))) return;
  throw new ProfileNotVisibleError();
}

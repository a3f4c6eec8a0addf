import { SupportRole, type Principal } from '../../shared/auth/principal.js';

/** PRODUCT.md: METIER manages target profiles; SUPPORT and SUPER_ADMIN see everything. */
const SUPPORT_READING_TARGET_PROFILES = new Set<SupportRole>([SupportRole.METIER, SupportRole.SUPPORT, SupportRole.SUPER_ADMIN]);

/** Support agents who may read any target profile, shared or not. */
export function readsEveryTargetProfile(actor: Principal): boolean {
  return actor.kind === 'user' && actor.supportRole !== null && SUPPORT_READING_TARGET_PROFILES.has(actor.supportRole);
}

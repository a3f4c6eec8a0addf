/**
 * The Pix emploi reference data inserted by the migration `Migration20261123110000_target_profiles`
 * (same ids there; a test checks they agree). The two profile ids live in the shared kernel, which
 * campaigns' result bands read too.
 */
export { PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } from '../../../shared/pix-emploi-profiles.js';
/** "Pix emploi – Prêt pour le CléA numérique !" (guide p.43), on the CléA profile. */
export const PIX_EMPLOI_CLEA_BADGE_KEY = 'PIX_EMPLOI_CLEA';

/** The whole-competence profile of a competence: '1.1' → 6f1e0c52-7d0b-4b8e-9a52-000000000011. */
export function competenceTargetProfileId(competenceCode: string): string {
  return `6f1e0c52-7d0b-4b8e-9a52-${competenceCode.replace('.', '').padStart(12, '0')}`;
}

export interface ComplementaryCertification {
  key: string;
  label: string;
  /** The badge that makes a person eligible. */
  badgeKey: string;
}

/** Certifications taken with Pix's, each open to holders of a badge (guide p.45: CléA numérique). */
export const COMPLEMENTARY_CERTIFICATIONS: readonly ComplementaryCertification[] = [
  { key: 'CLEA_NUMERIQUE', label: 'CléA numérique', badgeKey: PIX_EMPLOI_CLEA_BADGE_KEY },
];

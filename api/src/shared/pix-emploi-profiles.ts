/**
 * The ids of the guide's two Pix emploi target profiles: reference data that the certification
 * context owns (inserted by `Migration20261123110000_target_profiles`, same ids there; a test
 * checks they agree) and that campaigns keys its result bands on. Kept in the shared kernel so
 * that campaigns' domain names them without importing another context.
 */
export const PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID = '6f1e0c52-7d0b-4b8e-9a51-000000000001';
export const PIX_EMPLOI_CLEA_TARGET_PROFILE_ID = '6f1e0c52-7d0b-4b8e-9a51-000000000002';

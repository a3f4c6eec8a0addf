import type { CertificationSettings } from './domain/dependencies.js';
import { MAX_LEVEL } from './domain/read-models/profile.js';

/** Settings of this context, from the environment (PRODUCT.md: levels capped at 5 by default). */
export function certificationSettings(env: Record<string, string | undefined> = process.env): CertificationSettings {
  const raw = env.MAX_REACHABLE_LEVEL;
  const level = raw === undefined || raw === '' ? 5 : Number(raw);
  if (!Number.isInteger(level) || level < 1 || level > MAX_LEVEL) {
    throw new Error(`MAX_REACHABLE_LEVEL must be an integer from 1 to ${MAX_LEVEL}, got "${raw}"`);
  }
  return { maxReachableLevel: level };
}

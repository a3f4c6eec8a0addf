/** A code parcours as typed or pasted: spaces (inside too) and case do not matter. */
export function normalizeCode(typed: string): string {
  return typed.replace(/\s+/g, '').toUpperCase();
}

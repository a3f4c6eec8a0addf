import type { UserPrincipal } from '../../../shared/auth/principal.js';
import type { OrganizationsDependencies } from '../dependencies.js';

/** Support actions leave a trail (who, what, when, before/after) in the same transaction. */
export async function recordSupportAction(
  deps: OrganizationsDependencies,
  actor: UserPrincipal,
  action: string,
  target: { type: string; id: string },
  before: object | null,
  after: object | null,
): Promise<void> {
  await deps.auditLog.record(
    {
      actorId: actor.userId,
      actorRole: actor.supportRole ?? 'NONE',
      action,
      targetType: target.type,
      targetId: target.id,
      before: before ? snapshot(before) : null,
      after: after ? snapshot(after) : null,
    },
    deps.now(),
  );
}

/**
 * The record as JSON, an address's parts as fields of their own: entries keep the shape they have
 * always had, and the log says which part changed ("Ville"), not just "the address".
 */
function snapshot(value: object): Record<string, unknown> {
  const { address, ...others } = value as { address?: unknown };
  const flat = typeof address === 'object' && address !== null ? { ...others, ...address } : value;
  return JSON.parse(JSON.stringify(flat)) as Record<string, unknown>;
}

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

function snapshot(value: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

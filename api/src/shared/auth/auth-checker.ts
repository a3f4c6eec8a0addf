import type { AuthCheckerFn } from 'type-graphql';
import type { RequestScope } from '../context.js';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error.js';
import { toGraphQLError } from '../errors/error-mapper.js';
import { SupportRole, type Principal } from './principal.js';
import { Role, type RoleName } from './roles.js';

const SUPPORT_ROLES = new Set<string>(Object.values(SupportRole));

/**
 * `@Authorized()`: any signed-in user. `@Authorized('ENGINE')`: the assessment engine and nobody
 * else (not even a super admin: engine data must come from the engine). `@Authorized(<support
 * roles>)`: users holding one of them; SUPER_ADMIN holds them all.
 */
export function isAllowed(principal: Principal, roles: readonly string[]): boolean {
  const wanted = roles as RoleName[];
  if (principal.kind === 'service') return wanted.includes(Role.ENGINE);
  // A partner client reads only what is declared for it, never what any signed-in user may.
  if (principal.kind === 'partner') return wanted.includes(Role.PARTNER);
  if (principal.kind !== 'user') return false;
  if (wanted.length === 0 || wanted.includes(Role.USER)) return true;
  const { supportRole } = principal;
  if (!supportRole) return false;
  if (wanted.includes(supportRole)) return true;
  return supportRole === SupportRole.SUPER_ADMIN && wanted.some((role) => SUPPORT_ROLES.has(role));
}

/**
 * type-graphql runs this before any middleware, so it answers with our codes itself:
 * UNAUTHENTICATED for an anonymous caller, FORBIDDEN for a known one without the right.
 */
export const authChecker: AuthCheckerFn<RequestScope> = ({ context }, roles) => {
  if (isAllowed(context.principal, roles)) return true;
  throw toGraphQLError(
    context.principal.kind === 'anonymous'
      ? new UnauthenticatedError('Vous devez être connecté.')
      : new ForbiddenError("Vous n'avez pas les droits pour cette action."),
  );
};

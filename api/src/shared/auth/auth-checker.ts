import type { AuthCheckerFn } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { SupportRole } from './principal.js';
import { Role, type RoleName } from './roles.js';

export const authChecker: AuthCheckerFn<RequestContext> = ({ context }, roles) => {
  const { principal } = context;
  const wanted = roles as RoleName[];
  if (wanted.length === 0) return principal.kind === 'user';
  if (wanted.includes(Role.ENGINE) && principal.kind === 'service') return true;
  if (principal.kind !== 'user' || !principal.supportRole) return false;
  return principal.supportRole === SupportRole.SUPER_ADMIN || wanted.includes(principal.supportRole);
};

import { createParameterDecorator } from 'type-graphql';
import type { RequestScope } from '../context.js';
import { UnauthenticatedError } from '../errors/domain-error.js';
import type { UserPrincipal } from './principal.js';

/** The signed-in user making the request; resolvers take the tenant from here, never from arguments. */
export function CurrentUser() {
  return createParameterDecorator<RequestScope>(({ context }): UserPrincipal => {
    if (context.principal.kind !== 'user') throw new UnauthenticatedError('Vous devez être connecté.');
    return context.principal;
  });
}

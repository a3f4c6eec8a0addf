import { createParameterDecorator } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { UnauthenticatedError } from '../errors/domain-error.js';
import type { UserPrincipal } from './principal.js';

/** The signed-in user making the request; resolvers take the tenant from here, never from arguments. */
export function CurrentUser() {
  return createParameterDecorator<RequestContext>(({ context }): UserPrincipal => {
    if (context.principal.kind !== 'user') throw new UnauthenticatedError('Vous devez être connecté.');
    return context.principal;
  });
}

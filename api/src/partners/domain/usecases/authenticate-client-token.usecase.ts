import type { PartnerPrincipal } from '../../../shared/auth/principal.js';
import { UnauthenticatedError } from '../../../shared/errors/domain-error.js';
import { ClientRevokedError } from '../errors.js';
import { refusalOf } from '../models/partner-client.js';
import type { PartnerClientRepository } from '../repositories.js';
import type { ClientTokens } from '../services.js';

/**
 * The principal behind a client's bearer token. The client is read on every request, so that a
 * revocation, an expiry or a narrowed jurisdiction holds from the next request on, whatever the
 * token's own `exp`; the scopes are those the token was issued with that the client still holds.
 */
export async function authenticateClientToken(
  token: string,
  deps: { tokens: ClientTokens; clients: Pick<PartnerClientRepository, 'findById'>; now: () => Date },
): Promise<PartnerPrincipal> {
  const check = await deps.tokens.verify(token);
  if (!check.ok) throw new UnauthenticatedError(check.reason === 'TOKEN_EXPIRED' ? 'Jeton expiré : demandez-en un autre à /oauth/token.' : 'Jeton invalide.', { reason: check.reason });
  const client = await deps.clients.findById(check.claims.partnerClientId);
  if (!client) throw new UnauthenticatedError('Jeton invalide.', { reason: 'TOKEN_INVALID' });
  const refusal = refusalOf(client, deps.now());
  if (refusal) throw new ClientRevokedError(refusal);
  return {
    kind: 'partner',
    partnerClientId: client.id,
    clientId: client.clientId,
    jurisdiction: client.jurisdiction,
    scopes: check.claims.scopes.filter((scope) => client.scopes.includes(scope)),
  };
}

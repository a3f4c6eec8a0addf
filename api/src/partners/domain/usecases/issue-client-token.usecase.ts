import { isPartnerScope, type PartnerScope } from '../../../shared/auth/partner-scopes.js';
import type { PartnersDependencies } from '../dependencies.js';
import { refusalOf } from '../models/partner-client.js';

export interface TokenRequest {
  grantType: string | null;
  clientId: string | null;
  clientSecret: string | null;
  /** Space-separated; none: every scope the client holds. */
  scope: string | null;
  ip: string;
}

/** RFC 6749 §5.2's error codes, as the token endpoint answers them. */
export type TokenError = 'invalid_request' | 'invalid_client' | 'unsupported_grant_type' | 'invalid_scope';

export type TokenOutcome =
  | { ok: true; accessToken: string; expiresIn: number; scopes: PartnerScope[] }
  | { ok: false; error: TokenError; description: string }
  | { ok: false; error: 'too_many_requests'; description: string; retryAfterSeconds: number };

/**
 * OAuth 2.0 client credentials grant (RFC 6749 §4.4). Every answer is written to the client's
 * trail, refusals included; failed authentications count towards the throttle, by address and by
 * client id, so that guessing a secret costs what guessing a password does.
 */
export async function issueClientToken(request: TokenRequest, deps: PartnersDependencies): Promise<TokenOutcome> {
  const now = deps.now();
  if (request.grantType !== 'client_credentials') {
    return request.grantType ? { ok: false, error: 'unsupported_grant_type', description: 'Seul grant_type=client_credentials est accepté.' } : { ok: false, error: 'invalid_request', description: 'grant_type manque.' };
  }
  if (!request.clientId || !request.clientSecret) return { ok: false, error: 'invalid_request', description: 'client_id et client_secret sont requis (HTTP Basic ou corps du formulaire).' };
  const clientId = request.clientId.slice(0, 64);
  const blocked = await deps.throttle.secondsBlocked(clientId, request.ip);
  if (blocked > 0) {
    await deps.audit.record({ partnerClientId: null, givenClientId: clientId, action: 'TOKEN_REFUSED', outcome: 'throttled', ip: request.ip, actorUserId: null }, now);
    return { ok: false, error: 'too_many_requests', description: 'Trop de tentatives : réessayez plus tard.', retryAfterSeconds: blocked };
  }

  const client = await deps.clients.findByClientId(clientId);
  const secret = client ? await deps.clients.findValidSecret(client.id, deps.credentials.hash(request.clientSecret), now) : null;
  if (!client || !secret) {
    await deps.throttle.recordFailure(clientId, request.ip);
    await deps.audit.record({ partnerClientId: client?.id ?? null, givenClientId: clientId, action: 'TOKEN_REFUSED', outcome: 'invalid_client', ip: request.ip, actorUserId: null }, now);
    return { ok: false, error: 'invalid_client', description: 'Identifiant ou secret du client inconnu.' };
  }
  const refusal = refusalOf(client, now);
  if (refusal) {
    await deps.audit.record({ partnerClientId: client.id, givenClientId: clientId, action: 'TOKEN_REFUSED', outcome: refusal, ip: request.ip, actorUserId: null }, now);
    return { ok: false, error: 'invalid_client', description: refusal === 'CLIENT_REVOKED' ? 'Ce client a été révoqué.' : 'Ce client a expiré.' };
  }

  const asked = request.scope === null || request.scope.trim() === '' ? null : [...new Set(request.scope.trim().split(/\s+/))];
  if (asked && !asked.every((scope) => isPartnerScope(scope) && client.scopes.includes(scope))) {
    await deps.audit.record({ partnerClientId: client.id, givenClientId: clientId, action: 'TOKEN_REFUSED', outcome: 'invalid_scope', ip: request.ip, actorUserId: null }, now);
    return { ok: false, error: 'invalid_scope', description: `Portées accordées à ce client : ${client.scopes.join(' ')}.` };
  }
  const scopes = (asked as PartnerScope[] | null) ?? client.scopes;
  const { token } = await deps.tokens.sign({ partnerClientId: client.id, scopes }, now);
  // The client's own expiry still refuses the token on the request after it (checked each time).
  const expiresIn = Math.max(1, Math.min(deps.tokens.ttlSeconds, Math.floor((client.expiresAt.getTime() - now.getTime()) / 1000)));
  await deps.transaction(async (tx) => {
    await tx.clients.markUsed(client.id, now, request.ip);
    await tx.audit.record({ partnerClientId: client.id, givenClientId: clientId, action: 'TOKEN_ISSUED', outcome: 'OK', ip: request.ip, actorUserId: null }, now);
  });
  return { ok: true, accessToken: token, expiresIn, scopes };
}

import { decodeJwt } from 'jose';
import type { PartnerPrincipal } from '../../shared/auth/principal.js';
import type { Session } from '../../shared/context.js';
import { authenticateClientToken } from '../domain/usecases/authenticate-client-token.usecase.js';
import { PARTNER_AUDIENCE } from '../infrastructure/client-tokens.js';
import { PartnerClientRepository } from '../infrastructure/partner-client.repository.js';
import type { PartnersServices } from './services.js';

/** Whether a bearer token claims to be a partner client's (its signature is checked after). */
export function isPartnerToken(token: string): boolean {
  try {
    const { aud } = decodeJwt(token);
    return aud === PARTNER_AUDIENCE || (Array.isArray(aud) && aud.includes(PARTNER_AUDIENCE));
  } catch {
    return false;
  }
}

/** The client behind a bearer token (UNAUTHENTICATED when forged or expired, CLIENT_REVOKED when revoked or past its expiry). */
export function authenticatePartnerBearer(session: Session, services: PartnersServices, token: string): Promise<PartnerPrincipal> {
  return authenticateClientToken(token, { tokens: services.clientTokens, clients: new PartnerClientRepository(session.em), now: () => new Date() });
}

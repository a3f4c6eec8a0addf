import { DomainError } from '../../shared/errors/domain-error.js';

/** The codes only this context answers with in GraphQL (the token endpoint answers RFC 6749's own). */
export const PARTNERS_ERROR_CODES = ['CLIENT_REVOKED', 'MAX_COST_EXCEEDED', 'RATE_LIMITED'] as const;

export type PartnersErrorCode = (typeof PARTNERS_ERROR_CODES)[number];

abstract class PartnersError extends DomainError<PartnersErrorCode> {}

/** A revoked or expired client's token, presented after the fact: refused at once, whatever its `exp`. */
export class ClientRevokedError extends PartnersError {
  readonly code = 'CLIENT_REVOKED';
  constructor(reason: 'CLIENT_REVOKED' | 'CLIENT_EXPIRED') {
    super(reason === 'CLIENT_REVOKED' ? 'Ce client API a été révoqué.' : 'Ce client API a expiré.', { reason });
  }
}

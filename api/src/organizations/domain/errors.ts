import { DomainError } from '../../shared/errors/domain-error.js';

/** Same answer for an unknown e-mail and a wrong password, so that accounts cannot be discovered. */
export class InvalidCredentialsError extends DomainError {
  readonly code = 'INVALID_CREDENTIALS';
  constructor() {
    super("L'adresse e-mail ou le mot de passe est incorrect.");
  }
}

export class TooManyAttemptsError extends DomainError {
  readonly code = 'TOO_MANY_ATTEMPTS';
  constructor(retryAfterSeconds: number) {
    super('Trop de tentatives de connexion. Réessayez plus tard.', { retryAfterSeconds });
  }
}

export class EmailAlreadyUsedError extends DomainError {
  readonly code = 'EMAIL_ALREADY_USED';
  constructor() {
    super('Un compte existe déjà avec cette adresse e-mail.');
  }
}

export class InvalidRefreshTokenError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor() {
    super('Session expirée ou révoquée : reconnectez-vous.', { reason: 'INVALID_REFRESH_TOKEN' });
  }
}

import { DomainError, NotFoundError } from '../../shared/errors/domain-error.js';

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

export class OrganizationArchivedError extends DomainError {
  readonly code = 'ORGANIZATION_ARCHIVED';
  constructor() {
    super("Cette organisation est archivée : elle ne peut plus être rejointe ni recevoir d'invitation.");
  }
}

export class LastAdminError extends DomainError {
  readonly code = 'LAST_ADMIN';
  constructor() {
    super("L'organisation doit garder au moins un administrateur : nommez-en un autre d'abord.");
  }
}

export class AlreadyMemberError extends DomainError {
  readonly code = 'ALREADY_MEMBER';
  constructor() {
    super('Vous êtes déjà membre de cette organisation.');
  }
}

export class InvitationNotPendingError extends DomainError {
  readonly code = 'INVITATION_NOT_PENDING';
  constructor(status: string) {
    super("Cette invitation n'est plus valable (déjà acceptée ou annulée).", { status });
  }
}

export class InvitationExpiredError extends DomainError {
  readonly code = 'INVITATION_EXPIRED';
  constructor() {
    super('Cette invitation a expiré : demandez à un administrateur de la renvoyer.');
  }
}

export class CreationRequestNotPendingError extends DomainError {
  readonly code = 'CREATION_REQUEST_NOT_PENDING';
  constructor(status: string) {
    super('Cette demande a déjà été traitée.', { status });
  }
}

/** One request at a time: the person already has one waiting for support (stable code for the console). */
export class CreationRequestAlreadyPendingError extends DomainError {
  readonly code = 'CREATION_REQUEST_ALREADY_PENDING';
  constructor(requestId: string) {
    super('Vous avez déjà une demande en cours d\'étude : attendez la réponse du support avant d\'en faire une autre.', { requestId });
  }
}

/** Only a mail the worker gave up on goes back in the queue (a PENDING or SENT one would be sent twice). */
export class MailNotFailedError extends DomainError {
  readonly code = 'MAIL_NOT_FAILED';
  constructor(status: string) {
    super("Seul un e-mail en échec peut être renvoyé.", { status });
  }
}

/*
 * What an unknown id answers. A record the caller may not see answers exactly the same (same code,
 * same message), so that ids of other organisations cannot be told from ids that do not exist.
 */
export class OrganizationNotFoundError extends NotFoundError {
  constructor() {
    super('Organisation introuvable.');
  }
}

export class InvitationNotFoundError extends NotFoundError {
  constructor() {
    super('Invitation introuvable.');
  }
}

export class MembershipNotFoundError extends NotFoundError {
  constructor() {
    super('Membre introuvable.');
  }
}

/** Only the account the invitation was sent to may accept it; the invitation stays pending. */
export class InvitationEmailMismatchError extends DomainError {
  readonly code = 'INVITATION_EMAIL_MISMATCH';
  constructor(maskedEmail: string) {
    super(`Cette invitation a été envoyée à ${maskedEmail} : connectez-vous avec ce compte pour l'accepter.`, { maskedEmail });
  }
}

/** The same address was invited moments ago: no new e-mail before the interval has passed. */
export class InvitationResendTooSoonError extends DomainError {
  readonly code = 'TOO_MANY_ATTEMPTS';
  constructor(retryAfterSeconds: number) {
    super(`Cette invitation vient d'être envoyée : vous pourrez la renvoyer dans ${retryAfterSeconds} s.`, { retryAfterSeconds });
  }
}

/**
 * One answer for an unknown, expired or already used reset link: the person's next step is the
 * same (ask for a new link), and a forged token learns nothing.
 */
export class ResetTokenInvalidError extends DomainError {
  readonly code = 'RESET_TOKEN_INVALID';
  constructor() {
    super("Ce lien de changement de mot de passe n'est plus valable (déjà utilisé, expiré ou incomplet) : demandez-en un nouveau.");
  }
}

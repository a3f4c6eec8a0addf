import { DomainError, NotFoundError } from '../../shared/errors/domain-error.js';

/** The codes only this context answers with (its not-found and session answers use the shared ones). */
export const ORGANIZATIONS_ERROR_CODES = [
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'EMAIL_ALREADY_USED',
  'ORGANIZATION_ARCHIVED',
  'LAST_ADMIN',
  'ALREADY_MEMBER',
  'INVITATION_NOT_PENDING',
  'INVITATION_EXPIRED',
  'CREATION_REQUEST_NOT_PENDING',
  'CREATION_REQUEST_ALREADY_PENDING',
  'MAIL_NOT_FAILED',
  'INVITATION_EMAIL_MISMATCH',
  'RESET_TOKEN_INVALID',
] as const;

export type OrganizationsErrorCode = (typeof ORGANIZATIONS_ERROR_CODES)[number];

/** A refusal of this context: its code must be one of ORGANIZATIONS_ERROR_CODES, or it does not compile. */
abstract class OrganizationsError extends DomainError<OrganizationsErrorCode> {}

/** Same answer for an unknown e-mail and a wrong password, so that accounts cannot be discovered. */
export class InvalidCredentialsError extends OrganizationsError {
  readonly code = 'INVALID_CREDENTIALS';
  constructor() {
    super("L'adresse e-mail ou le mot de passe est incorrect.");
  }
}

export class TooManyAttemptsError extends OrganizationsError {
  readonly code = 'TOO_MANY_ATTEMPTS';
  constructor(retryAfterSeconds: number) {
    super('Trop de tentatives de connexion. Réessayez plus tard.', { retryAfterSeconds });
  }
}

export class EmailAlreadyUsedError extends OrganizationsError {
  readonly code = 'EMAIL_ALREADY_USED';
  constructor() {
    super('Un compte existe déjà avec cette adresse e-mail.');
  }
}

/** The shared UNAUTHENTICATED, with a reason the console and partners can tell apart. */
export class InvalidRefreshTokenError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor() {
    super('Session expirée ou révoquée : reconnectez-vous.', { reason: 'INVALID_REFRESH_TOKEN' });
  }
}

export class OrganizationArchivedError extends OrganizationsError {
  readonly code = 'ORGANIZATION_ARCHIVED';
  constructor() {
    super("Cette organisation est archivée : elle ne peut plus être rejointe ni recevoir d'invitation.");
  }
}

export class LastAdminError extends OrganizationsError {
  readonly code = 'LAST_ADMIN';
  constructor() {
    super("L'organisation doit garder au moins un administrateur : nommez-en un autre d'abord.");
  }
}

export class AlreadyMemberError extends OrganizationsError {
  readonly code = 'ALREADY_MEMBER';
  constructor() {
    super('Vous êtes déjà membre de cette organisation.');
  }
}

export class InvitationNotPendingError extends OrganizationsError {
  readonly code = 'INVITATION_NOT_PENDING';
  constructor(status: string) {
    super("Cette invitation n'est plus valable (déjà acceptée ou annulée).", { status });
  }
}

export class InvitationExpiredError extends OrganizationsError {
  readonly code = 'INVITATION_EXPIRED';
  constructor() {
    super('Cette invitation a expiré : demandez à un administrateur de la renvoyer.');
  }
}

export class CreationRequestNotPendingError extends OrganizationsError {
  readonly code = 'CREATION_REQUEST_NOT_PENDING';
  constructor(status: string) {
    super('Cette demande a déjà été traitée.', { status });
  }
}

/** One request at a time: the person already has one waiting for support (stable code for the console). */
export class CreationRequestAlreadyPendingError extends OrganizationsError {
  readonly code = 'CREATION_REQUEST_ALREADY_PENDING';
  constructor(requestId: string) {
    super('Vous avez déjà une demande en cours d\'étude : attendez la réponse du support avant d\'en faire une autre.', { requestId });
  }
}

/** Only a mail the worker gave up on goes back in the queue (a PENDING or SENT one would be sent twice). */
export class MailNotFailedError extends OrganizationsError {
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
export class InvitationEmailMismatchError extends OrganizationsError {
  readonly code = 'INVITATION_EMAIL_MISMATCH';
  constructor(maskedEmail: string) {
    super(`Cette invitation a été envoyée à ${maskedEmail} : connectez-vous avec ce compte pour l'accepter.`, { maskedEmail });
  }
}

/** The same address was invited moments ago: no new e-mail before the interval has passed. */
export class InvitationResendTooSoonError extends OrganizationsError {
  readonly code = 'TOO_MANY_ATTEMPTS';
  constructor(retryAfterSeconds: number) {
    super(`Cette invitation vient d'être envoyée : vous pourrez la renvoyer dans ${retryAfterSeconds} s.`, { retryAfterSeconds });
  }
}

/**
 * One answer for an unknown, expired or already used reset link: the person's next step is the
 * same (ask for a new link), and a forged token learns nothing.
 */
export class ResetTokenInvalidError extends OrganizationsError {
  readonly code = 'RESET_TOKEN_INVALID';
  constructor() {
    super("Ce lien de changement de mot de passe n'est plus valable (déjà utilisé, expiré ou incomplet) : demandez-en un nouveau.");
  }
}

import { DomainError, NotFoundError } from '../../shared/errors/domain-error.js';

/** What an unknown campaign id answers; a campaign the caller may not see answers the same. */
export class CampaignNotFoundError extends NotFoundError {
  constructor() {
    super('Campagne introuvable.');
  }
}

export class ParticipationNotFoundError extends NotFoundError {
  constructor() {
    super('Participation introuvable.');
  }
}

export class CampaignArchivedError extends DomainError {
  readonly code = 'CAMPAIGN_ARCHIVED';
  constructor() {
    super('Cette campagne est archivée.');
  }
}

export class CantUpdateWhenParticipationsError extends DomainError {
  readonly code = 'CANT_UPDATE_WHEN_PARTICIPATIONS';
  constructor(fields: string[]) {
    super("L'identifiant et l'envoi multiple ne peuvent plus changer : des personnes ont déjà participé.", { fields });
  }
}

export class ExternalIdRequiredError extends DomainError {
  readonly code = 'EXTERNAL_ID_REQUIRED';
  constructor(label: string) {
    super(`Cette campagne demande votre « ${label} ».`, { label });
  }
}

export class InvalidEmailError extends DomainError {
  readonly code = 'INVALID_EMAIL';
  constructor() {
    super("L'identifiant demandé est une adresse e-mail : vérifiez sa saisie.");
  }
}

export class AlreadyParticipatedError extends DomainError {
  readonly code = 'ALREADY_PARTICIPATED';
  constructor() {
    super('Vous avez déjà participé à cette campagne.');
  }
}

export class ParticipationNotFinishedError extends DomainError {
  readonly code = 'PARTICIPATION_NOT_FINISHED';
  constructor() {
    super("Terminez le parcours avant d'envoyer vos résultats.");
  }
}

export class AlreadySharedError extends DomainError {
  readonly code = 'ALREADY_SHARED';
  constructor() {
    super('Vos résultats ont déjà été envoyés.');
  }
}

export class RetryNotAllowedYetError extends DomainError {
  readonly code = 'RETRY_NOT_ALLOWED_YET';
  constructor(availableAt: Date) {
    super('Vous pourrez repasser ce parcours plus tard.', { availableAt: availableAt.toISOString() });
  }
}

/** "Je retente" after a shared result that validated every skill of the profile: nothing left to improve. */
export class NothingToImproveError extends DomainError {
  readonly code = 'NOTHING_TO_IMPROVE';
  constructor() {
    super('Vous avez validé tous les acquis de ce parcours : il ne reste rien à améliorer.');
  }
}

/** The engine reports on a participation that is no longer running (finished, shared or replaced). */
export class ParticipationNotStartedError extends DomainError {
  readonly code = 'PARTICIPATION_NOT_STARTED';
  constructor(status: string) {
    super("Cette participation n'est plus en cours : rien n'a été enregistré.", { status });
  }
}

export class ResetNotAllowedError extends DomainError {
  readonly code = 'RESET_NOT_ALLOWED';
  constructor() {
    super("Le test de cette campagne ne peut pas être remis à zéro : utilisez « Je retente ».");
  }
}

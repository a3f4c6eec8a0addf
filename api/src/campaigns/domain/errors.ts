import { DomainError, NotFoundError } from '../../shared/errors/domain-error.js';

/** The codes only this context answers with (its not-found answers use the shared NOT_FOUND). */
export const CAMPAIGNS_ERROR_CODES = [
  'CAMPAIGN_ARCHIVED',
  'CANT_UPDATE_WHEN_PARTICIPATIONS',
  'EXTERNAL_ID_REQUIRED',
  'INVALID_EMAIL',
  'ALREADY_PARTICIPATED',
  'PARTICIPATION_NOT_FINISHED',
  'ALREADY_SHARED',
  'RETRY_NOT_ALLOWED_YET',
  'NOTHING_TO_IMPROVE',
  'PARTICIPATION_NOT_STARTED',
  'RESET_NOT_ALLOWED',
] as const;

export type CampaignsErrorCode = (typeof CAMPAIGNS_ERROR_CODES)[number];

/** A refusal of this context: its code must be one of CAMPAIGNS_ERROR_CODES, or it does not compile. */
abstract class CampaignsError extends DomainError<CampaignsErrorCode> {}

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

export class CampaignArchivedError extends CampaignsError {
  readonly code = 'CAMPAIGN_ARCHIVED';
  constructor() {
    super('Cette campagne est archivée.');
  }
}

export class CantUpdateWhenParticipationsError extends CampaignsError {
  readonly code = 'CANT_UPDATE_WHEN_PARTICIPATIONS';
  constructor(fields: string[]) {
    super("L'identifiant et l'envoi multiple ne peuvent plus changer : des personnes ont déjà participé.", { fields });
  }
}

export class ExternalIdRequiredError extends CampaignsError {
  readonly code = 'EXTERNAL_ID_REQUIRED';
  constructor(label: string) {
    super(`Cette campagne demande votre « ${label} ».`, { label });
  }
}

export class InvalidEmailError extends CampaignsError {
  readonly code = 'INVALID_EMAIL';
  constructor() {
    super("L'identifiant demandé est une adresse e-mail : vérifiez sa saisie.");
  }
}

export class AlreadyParticipatedError extends CampaignsError {
  readonly code = 'ALREADY_PARTICIPATED';
  constructor() {
    super('Vous avez déjà participé à cette campagne.');
  }
}

export class ParticipationNotFinishedError extends CampaignsError {
  readonly code = 'PARTICIPATION_NOT_FINISHED';
  constructor() {
    super("Terminez le parcours avant d'envoyer vos résultats.");
  }
}

export class AlreadySharedError extends CampaignsError {
  readonly code = 'ALREADY_SHARED';
  constructor() {
    super('Vos résultats ont déjà été envoyés.');
  }
}

export class RetryNotAllowedYetError extends CampaignsError {
  readonly code = 'RETRY_NOT_ALLOWED_YET';
  constructor(availableAt: Date) {
    super('Vous pourrez repasser ce parcours plus tard.', { availableAt: availableAt.toISOString() });
  }
}

/** "Je retente" after a shared result that validated every skill of the profile: nothing left to improve. */
export class NothingToImproveError extends CampaignsError {
  readonly code = 'NOTHING_TO_IMPROVE';
  constructor() {
    super('Vous avez validé tous les acquis de ce parcours : il ne reste rien à améliorer.');
  }
}

/** The engine reports on a participation that is no longer running (finished, shared or replaced). */
export class ParticipationNotStartedError extends CampaignsError {
  readonly code = 'PARTICIPATION_NOT_STARTED';
  constructor(status: string) {
    super("Cette participation n'est plus en cours : rien n'a été enregistré.", { status });
  }
}

export class ResetNotAllowedError extends CampaignsError {
  readonly code = 'RESET_NOT_ALLOWED';
  constructor() {
    super("Le test de cette campagne ne peut pas être remis à zéro : utilisez « Je retente ».");
  }
}

import type { ErrorCode } from './errorCodes';

/**
 * The message of every error code (`orga.errors.<CODE>`), keyed on the API's generated list
 * (gql/errorCodes.ts) and the console's own codes: a code without a message in a language fails
 * compilation, and i18n.test.ts checks that none is empty. `generic` is for a code this version
 * of the console does not know.
 */
type ErrorMessages = Record<ErrorCode | 'generic', string>;

const fr: ErrorMessages = {
  generic: 'Une erreur inattendue est survenue. Réessayez ; si le problème persiste, contactez le support.',
  NETWORK_ERROR: 'Le serveur ne répond pas. Vérifiez votre connexion internet puis réessayez.',
  INVALID_CREDENTIALS: "L'adresse e-mail ou le mot de passe est incorrect.",
  TOO_MANY_ATTEMPTS: 'Trop de tentatives de connexion. Réessayez dans quelques minutes.',
  UNAUTHENTICATED: 'Votre session a expiré. Reconnectez-vous.',
  FORBIDDEN: "Vous n'avez pas les droits nécessaires pour cette action.",
  NOT_FOUND: "Cet élément est introuvable ou ne vous est pas accessible.",
  BAD_USER_INPUT: 'Certaines informations saisies ne sont pas valides. Vérifiez le formulaire.',
  EMAIL_ALREADY_USED: 'Un compte existe déjà avec cette adresse e-mail.',
  GRAPHQL_PARSE_FAILED:
    "La console a envoyé une requête que le serveur n'a pas comprise. Rechargez la page ; si le problème persiste, contactez le support.",
  GRAPHQL_VALIDATION_FAILED:
    "La console a envoyé une requête que le serveur a refusée. Rechargez la page ; si le problème persiste, contactez le support.",
  INTERNAL_SERVER_ERROR: 'Une erreur est survenue sur le serveur. Réessayez dans quelques instants.',
  ORGANIZATION_ARCHIVED: 'Cette organisation est archivée : elle ne peut plus être modifiée ni rejointe.',
  LAST_ADMIN: "L'organisation doit garder au moins un administrateur : nommez-en d'abord un autre.",
  ALREADY_MEMBER: "Cette personne est déjà membre de l'organisation.",
  INVITATION_NOT_PENDING: "Cette invitation n'est plus valable : elle a déjà été acceptée ou annulée.",
  INVITATION_EXPIRED: 'Cette invitation a expiré. Demandez à un administrateur de vous la renvoyer.',
  INVITATION_EMAIL_MISMATCH: "Cette invitation a été envoyée à une autre adresse : connectez-vous avec le compte de cette adresse pour l'accepter.",
  CREATION_REQUEST_NOT_PENDING: 'Cette demande de création a déjà été traitée (approuvée ou refusée).',
  CREATION_REQUEST_ALREADY_PENDING: "Vous avez déjà une demande en cours d'étude : attendez la réponse du support avant d'en envoyer une autre.",
  CAMPAIGN_ARCHIVED: 'Cette campagne est archivée.',
  EXTERNAL_ID_REQUIRED: "Cette campagne demande un identifiant : renseignez-le pour continuer.",
  INVALID_EMAIL: "L'adresse e-mail n'est pas valide.",
  ALREADY_PARTICIPATED: 'Vous avez déjà participé à cette campagne.',
  RETRY_NOT_ALLOWED_YET: "Il est encore trop tôt pour retenter ce parcours après l'envoi de vos résultats.",
  PARTICIPATION_NOT_FINISHED: "Le parcours n'est pas terminé : les résultats ne peuvent pas encore être envoyés.",
  ALREADY_SHARED: 'Les résultats ont déjà été envoyés.',
  CANT_UPDATE_WHEN_PARTICIPATIONS:
    "Des personnes ont déjà participé : l'identifiant demandé et les envois multiples ne peuvent plus être modifiés.",
  PARTICIPATION_NOT_STARTED: "Ce parcours n'est plus en cours : il ne peut plus recevoir de réponses.",
  RESET_NOT_ALLOWED: "Le test de cette campagne ne peut pas être remis à zéro : utilisez « Je retente ».",
  SERVICE_BUSY: 'Le serveur est très sollicité en ce moment. Réessayez dans quelques instants.',
  SERVICE_UNAVAILABLE: 'Le service est momentanément indisponible. Réessayez dans quelques secondes.',
  RESET_TOKEN_INVALID: 'Ce lien n’est plus valable : il a déjà servi, a expiré ou est incomplet. Demandez-en un nouveau.',
  MAIL_NOT_FAILED: "Seul un e-mail en échec peut être renvoyé : celui-ci est en attente, en cours d'envoi ou déjà envoyé.",
  NOTHING_TO_IMPROVE: 'Vous avez validé tous les acquis de ce parcours : il ne reste rien à améliorer.',
  BAD_REQUEST:
    "La console a envoyé une requête que le serveur n'a pas comprise. Rechargez la page ; si le problème persiste, contactez le support.",
  PAYLOAD_TOO_LARGE: 'Les informations envoyées sont trop volumineuses (plus de 1 Mo) : allégez-les puis réessayez.',
  IDEMPOTENCY_KEY_REUSED: 'Cette action a déjà été envoyée pour une autre demande. Rechargez la page puis recommencez.',
  IDEMPOTENCY_KEY_UNSUPPORTED:
    "Ce serveur ne peut pas garantir qu'une action renvoyée ne sera pas faite deux fois. Rechargez la page ; si le problème persiste, contactez le support.",
  DOWNSTREAM_SERVICE_ERROR: 'Une partie du service ne répond pas. Réessayez dans quelques instants.',
  CLIENT_REVOKED: "Ce client API a été révoqué ou a expiré : il ne peut plus être utilisé ni recevoir de nouveau secret.",
  INSUFFICIENT_SCOPE: "Ce client API n'a pas la portée nécessaire pour cette demande.",
  MAX_COST_EXCEEDED: 'Cette demande est trop lourde pour être traitée en une fois : demandez des pages plus petites.',
  RATE_LIMITED: 'Trop de demandes pour cette heure. Réessayez plus tard.',
};

const en: ErrorMessages = {
  generic: 'Something unexpected went wrong. Please try again; if it persists, contact support.',
  NETWORK_ERROR: 'The server is not answering. Check your internet connection and try again.',
  INVALID_CREDENTIALS: 'The e-mail address or the password is incorrect.',
  TOO_MANY_ATTEMPTS: 'Too many sign-in attempts. Try again in a few minutes.',
  UNAUTHENTICATED: 'Your session has expired. Please sign in again.',
  FORBIDDEN: 'You are not allowed to do this.',
  NOT_FOUND: 'This item does not exist or is not visible to you.',
  BAD_USER_INPUT: 'Some of the information entered is not valid. Please check the form.',
  EMAIL_ALREADY_USED: 'An account already exists with this e-mail address.',
  GRAPHQL_PARSE_FAILED:
    'The console sent a request the server could not understand. Reload the page; if it persists, contact support.',
  GRAPHQL_VALIDATION_FAILED:
    'The console sent a request the server refused. Reload the page; if it persists, contact support.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on the server. Try again in a moment.',
  ORGANIZATION_ARCHIVED: 'This organisation is archived: it can no longer be changed or joined.',
  LAST_ADMIN: 'The organisation must keep at least one administrator: appoint another one first.',
  ALREADY_MEMBER: 'This person is already a member of the organisation.',
  INVITATION_NOT_PENDING: 'This invitation is no longer valid: it was already accepted or cancelled.',
  INVITATION_EXPIRED: 'This invitation has expired. Ask an administrator to send it again.',
  INVITATION_EMAIL_MISMATCH: 'This invitation was sent to another address: sign in with the account of that address to accept it.',
  CREATION_REQUEST_NOT_PENDING: 'This creation request was already processed (approved or rejected).',
  CREATION_REQUEST_ALREADY_PENDING: 'You already have a request under review: wait for the support team\'s answer before sending another one.',
  CAMPAIGN_ARCHIVED: 'This campaign is archived.',
  EXTERNAL_ID_REQUIRED: 'This campaign asks for an identifier: fill it in to continue.',
  INVALID_EMAIL: 'The e-mail address is not valid.',
  ALREADY_PARTICIPATED: 'You have already taken part in this campaign.',
  RETRY_NOT_ALLOWED_YET: 'It is too soon to retry this assessment after sending your results.',
  PARTICIPATION_NOT_FINISHED: 'The assessment is not finished: the results cannot be sent yet.',
  ALREADY_SHARED: 'The results have already been sent.',
  CANT_UPDATE_WHEN_PARTICIPATIONS:
    'People have already taken part: the identifier asked and multiple sendings can no longer change.',
  PARTICIPATION_NOT_STARTED: 'This assessment is no longer in progress: it cannot take answers any more.',
  RESET_NOT_ALLOWED: 'This campaign’s test cannot be started from scratch: use “Try again”.',
  SERVICE_BUSY: 'The server is very busy right now. Try again in a moment.',
  SERVICE_UNAVAILABLE: 'The service is unavailable for a moment. Try again in a few seconds.',
  RESET_TOKEN_INVALID: 'This link no longer works: it was already used, has expired or is incomplete. Ask for a new one.',
  MAIL_NOT_FAILED: 'Only a failed e-mail can be sent again: this one is pending, being sent or already sent.',
  NOTHING_TO_IMPROVE: 'You have validated every skill of this assessment: there is nothing left to improve.',
  BAD_REQUEST: 'The console sent a request the server could not understand. Reload the page; if it persists, contact support.',
  PAYLOAD_TOO_LARGE: 'What you sent is too large (over 1 MB): shorten it and try again.',
  IDEMPOTENCY_KEY_REUSED: 'This action was already sent for another request. Reload the page and start again.',
  IDEMPOTENCY_KEY_UNSUPPORTED:
    'This server cannot guarantee that an action sent again is not done twice. Reload the page; if it persists, contact support.',
  DOWNSTREAM_SERVICE_ERROR: 'Part of the service is not answering. Try again in a moment.',
  CLIENT_REVOKED: 'This API client was revoked or has expired: it can no longer be used nor get a new secret.',
  INSUFFICIENT_SCOPE: 'This API client lacks the scope this request needs.',
  MAX_COST_EXCEEDED: 'This request is too heavy to be served at once: ask for smaller pages.',
  RATE_LIMITED: 'Too many requests this hour. Try again later.',
};

export const errorMessages = { fr, en };

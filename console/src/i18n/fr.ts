import { resultScreenMessages } from '../results/messages';
import { creationRequestMessages } from '../creationRequest/messages';
import { figuresMessages } from '../dashboard/messages';
import { invitationMessages } from '../invitations/messages';
import { layoutMessages } from '../layout/messages';
import { supportMessages, supportResourceMessages } from '../support/messages';
import { teamMessages } from '../team/messages';
import { campaignMessages, campaignResourceMessages } from '../campaigns/messages';
import { accountMessages } from '../public/accountMessages';
import { participantResultMessages } from '../public/resultMessages';
/**
 * The console's own French messages, merged over ra-language-french by the i18nProvider.
 * `en.ts` must have exactly the same keys (checked by the compiler and by i18n.test.ts).
 */
export const fr = {
  ra: {
    auth: { sign_in: 'Se connecter' },
    input: {
      // "Montrer le mot de passe" would also answer to the label "Mot de passe".
      password: { toggle_visible: 'Masquer la saisie', toggle_hidden: 'Afficher la saisie' },
    },
  },
  orga: {
    appTitle: 'Orga SPE',
    // The people-and-support screens keep their messages beside them.
    layout: layoutMessages.fr,
    invitation: invitationMessages.fr,
    team: teamMessages.fr,
    support: supportMessages.fr,
    figures: figuresMessages.fr,
    resultScreens: resultScreenMessages.fr,
    creationRequest: creationRequestMessages.fr,
    // Campaigns, participants, results and the campaign landing page.
    ...campaignMessages.fr,
    // Forgotten password, new password, sign-up field errors, code entry.
    ...accountMessages.fr,
    // The participant's progress and shared result on the landing page.
    ...participantResultMessages.fr,
    login: {
      subtitle: "Espace Orga du service public de l'emploi",
      email: 'Adresse e-mail',
      password: 'Mot de passe',
    },
    dashboard: {
      title: 'Tableau de bord',
      greeting: 'Bonjour %{firstName}',
      greetingWithoutName: 'Bonjour',
      intro:
        "Bienvenue dans l'espace Orga de votre structure, où vous lancerez et suivrez les campagnes d'évaluation Pix emploi des personnes que vous accompagnez.",
      supportRole: 'Rôle support : %{role}',
    },
    supportRoles: {
      SUPER_ADMIN: 'super administrateur',
      SUPPORT: 'support',
      METIER: 'métier',
      CERTIF: 'certification',
    },
    errors: {
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
    },
  },
  // Later issues add `resources.<name>.name` and `resources.<name>.fields.*` here.
  resources: {
    ...supportResourceMessages.fr,
    ...campaignResourceMessages.fr,
  },
};

/** The shape every other language must follow: the same keys, string leaves. */
export type MessageTree<T> = { [K in keyof T]: T[K] extends string ? string : MessageTree<T[K]> };

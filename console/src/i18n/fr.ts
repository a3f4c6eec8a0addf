import { errorMessages } from '../auth/errorMessages';
import { resultScreenMessages } from '../results/messages';
import { creationRequestMessages } from '../creationRequest/messages';
import { figuresMessages } from '../dashboard/messages';
import { networkMessages } from '../network/messages';
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
    network: networkMessages.fr,
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
    // Keyed on the API's generated list of error codes (auth/errorMessages.ts).
    errors: errorMessages.fr,
  },
  // Later issues add `resources.<name>.name` and `resources.<name>.fields.*` here.
  resources: {
    ...supportResourceMessages.fr,
    ...campaignResourceMessages.fr,
  },
};

/** The shape every other language must follow: the same keys, string leaves. */
export type MessageTree<T> = { [K in keyof T]: T[K] extends string ? string : MessageTree<T[K]> };

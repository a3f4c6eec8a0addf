import { errorMessages } from '../auth/errorMessages';
import { resultScreenMessages } from '../results/messages';
import type { fr, MessageTree } from './fr';
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

/** English messages, merged over ra-language-english by the i18nProvider. */
export const en: MessageTree<typeof fr> = {
  ra: {
    auth: { sign_in: 'Sign in' },
    input: {
      password: { toggle_visible: 'Hide password', toggle_hidden: 'Show password' },
    },
  },
  orga: {
    appTitle: 'Orga SPE',
    // The people-and-support screens keep their messages beside them.
    layout: layoutMessages.en,
    invitation: invitationMessages.en,
    team: teamMessages.en,
    support: supportMessages.en,
    figures: figuresMessages.en,
    network: networkMessages.en,
    resultScreens: resultScreenMessages.en,
    creationRequest: creationRequestMessages.en,
    // Campaigns, participants, results and the campaign landing page.
    ...campaignMessages.en,
    // Forgotten password, new password, sign-up field errors, code entry.
    ...accountMessages.en,
    // The participant's progress and shared result on the landing page.
    ...participantResultMessages.en,
    login: {
      subtitle: 'Orga space of the public employment service',
      email: 'E-mail address',
      password: 'Password',
    },
    dashboard: {
      title: 'Dashboard',
      greeting: 'Hello %{firstName}',
      greetingWithoutName: 'Hello',
      intro:
        "Welcome to your organisation's Orga space, where you will run and follow the Pix emploi assessment campaigns of the people you support.",
      supportRole: 'Support role: %{role}',
    },
    supportRoles: {
      SUPER_ADMIN: 'super administrator',
      SUPPORT: 'support',
      METIER: 'business',
      CERTIF: 'certification',
    },
    errors: errorMessages.en,
  },
  resources: {
    ...supportResourceMessages.en,
    ...campaignResourceMessages.en,
  },
};

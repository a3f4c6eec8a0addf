import { resultScreenMessages } from '../results/messages';
import type { fr, MessageTree } from './fr';
import { creationRequestMessages } from '../creationRequest/messages';
import { figuresMessages } from '../dashboard/messages';
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
    errors: {
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
    },
  },
  resources: {
    ...supportResourceMessages.en,
    ...campaignResourceMessages.en,
  },
};

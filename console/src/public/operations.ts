/** The participant's side of the contract (schema/supergraph.graphql; src/gql/ their types). */
import { graphql } from '../gql';
import type { CampaignToJoinQuery, MyParticipationFieldsFragment } from '../gql/graphql';

/** The participant's own attempt: result fields stay null until shared (the API's rule). */
graphql(`
  fragment MyParticipationFields on CampaignParticipation {
    id status progress sharedAt masteryRate pixScore isCertifiable competenceResults { competenceId masteryRate } badges { key title }
  }
`);

export const CAMPAIGN_TO_JOIN = graphql(`
  query CampaignToJoin($code: String!) {
    campaignToJoin(code: $code) {
      campaignId code type title welcomeTextHtml externalIdLabel externalIdType organizationName isJoinable isArchived
      canRetry canReset retryAvailableAt
      myParticipation { ...MyParticipationFields }
      mySharedResult { ...MyParticipationFields }
      myResultBand { key message }
    }
  }
`);

export const START_PARTICIPATION = graphql(`
  mutation StartParticipation($code: String!, $participantExternalId: String) {
    startParticipation(code: $code, participantExternalId: $participantExternalId) { ...MyParticipationFields }
  }
`);

export const SHARE_RESULTS = graphql(`
  mutation ShareParticipationResults($id: ID!) { shareParticipationResults(participationId: $id) { ...MyParticipationFields } }
`);

/** "Je retente": a new participation where only the failed questions are asked again. */
export const RETRY_PARTICIPATION = graphql(`
  mutation RetryParticipation($campaignId: ID!) { retryParticipation(campaignId: $campaignId) { ...MyParticipationFields } }
`);

/** "Remettre à zéro": a new participation where every question is asked again. */
export const RESET_PARTICIPATION = graphql(`
  mutation ResetParticipation($campaignId: ID!) { resetParticipation(campaignId: $campaignId) { ...MyParticipationFields } }
`);

/** Public: the competences' names and codes, for "Vos résultats détaillés". */
export const REFERENTIAL = graphql(`
  query Referential { referential { competences { id code name } } }
`);

/** An account from the landing page: the session is opened by the login that follows. */
export const SIGN_UP = graphql(`
  mutation ParticipantSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }
`);


/** `progress` is 0 to 1, readable before sharing; null for a running profiles collection. */
export type MyParticipation = MyParticipationFieldsFragment;

/**
 * What the landing page knows of the campaign: `canRetry` / `canReset` say "Je retente" /
 * "Remettre à zéro" would work now (the API applies the same rule as the mutations);
 * `retryAvailableAt` is when "Je retente" becomes possible after a shared participation.
 */
export type CampaignToJoin = NonNullable<CampaignToJoinQuery['campaignToJoin']>;

/** The guide's message for the participant's own shared result (in French, from the API). */
export type MyResultBand = NonNullable<CampaignToJoin['myResultBand']>;

const PARTICIPATION_FIELDS = 'id status masteryRate sharedAt';

export const CAMPAIGN_TO_JOIN = `query CampaignToJoin($code: String!) {
  campaignToJoin(code: $code) {
    campaignId code type title welcomeTextHtml externalIdLabel externalIdType organizationName isJoinable isArchived
    canRetry canReset retryAvailableAt
    myParticipation { ${PARTICIPATION_FIELDS} }
  }
}`;

export const START_PARTICIPATION = `mutation StartParticipation($code: String!, $participantExternalId: String) {
  startParticipation(code: $code, participantExternalId: $participantExternalId) { ${PARTICIPATION_FIELDS} }
}`;

export const SHARE_RESULTS = `mutation ShareParticipationResults($id: ID!) { shareParticipationResults(participationId: $id) { ${PARTICIPATION_FIELDS} } }`;

/** "Je retente": a new participation where only the failed questions are asked again. */
export const RETRY_PARTICIPATION = `mutation RetryParticipation($campaignId: ID!) { retryParticipation(campaignId: $campaignId) { ${PARTICIPATION_FIELDS} } }`;

/** "Remettre à zéro": a new participation where every question is asked again. */
export const RESET_PARTICIPATION = `mutation ResetParticipation($campaignId: ID!) { resetParticipation(campaignId: $campaignId) { ${PARTICIPATION_FIELDS} } }`;

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }`;

export type ParticipationStatus = 'STARTED' | 'TO_SHARE' | 'SHARED';

export interface MyParticipation {
  id: string;
  status: ParticipationStatus;
  masteryRate: number | null;
  sharedAt: string | null;
}

export interface CampaignToJoin {
  campaignId: string;
  code: string;
  type: 'ASSESSMENT' | 'PROFILES_COLLECTION';
  title: string | null;
  welcomeTextHtml: string | null;
  externalIdLabel: string | null;
  externalIdType: 'STRING' | 'EMAIL' | null;
  organizationName: string;
  isJoinable: boolean;
  isArchived: boolean;
  /** "Je retente" / "Remettre à zéro" would work now (the API applies the same rule as the mutations). */
  canRetry: boolean;
  canReset: boolean;
  /** When "Je retente" becomes possible after a shared participation; null when it does not apply. */
  retryAvailableAt: string | null;
  myParticipation: MyParticipation | null;
}

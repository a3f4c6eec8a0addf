/** The participant's own attempt: result fields stay null until shared (the API's rule). */
const PARTICIPATION_FIELDS = 'id status progress sharedAt masteryRate pixScore isCertifiable competenceResults { competenceId masteryRate } badges { key title }';

export const CAMPAIGN_TO_JOIN = `query CampaignToJoin($code: String!) {
  campaignToJoin(code: $code) {
    campaignId code type title welcomeTextHtml externalIdLabel externalIdType organizationName isJoinable isArchived
    canRetry canReset retryAvailableAt
    myParticipation { ${PARTICIPATION_FIELDS} }
    mySharedResult { ${PARTICIPATION_FIELDS} }
    myResultBand { key message }
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

/** Public: the competences' names and codes, for "Vos résultats détaillés". */
export const REFERENTIAL = `query Referential { referential { competences { id code name } } }`;

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }`;

export type ParticipationStatus = 'STARTED' | 'TO_SHARE' | 'SHARED';

export interface MyParticipation {
  id: string;
  status: ParticipationStatus;
  /** 0 to 1, readable before sharing; null for a running profiles collection. */
  progress: number | null;
  sharedAt: string | null;
  masteryRate: number | null;
  pixScore: number | null;
  isCertifiable: boolean | null;
  competenceResults: { competenceId: string; masteryRate: number }[] | null;
  badges: { key: string; title: string }[] | null;
}

/** The guide's message for the participant's own shared result (in French, from the API). */
export interface MyResultBand {
  key: string;
  message: string;
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
  /** Their result as the organisation reads it: the latest shared participation (an earlier sending while "Je retente" runs). */
  mySharedResult: MyParticipation | null;
  /** The guide's message for mySharedResult. */
  myResultBand: MyResultBand | null;
}

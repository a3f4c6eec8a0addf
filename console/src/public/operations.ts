const PARTICIPATION_FIELDS = 'id status masteryRate sharedAt';

export const CAMPAIGN_TO_JOIN = `query CampaignToJoin($code: String!) {
  campaignToJoin(code: $code) {
    code type title welcomeTextHtml externalIdLabel externalIdType organizationName isJoinable isArchived
    myParticipation { ${PARTICIPATION_FIELDS} }
  }
}`;

export const START_PARTICIPATION = `mutation StartParticipation($code: String!, $participantExternalId: String) {
  startParticipation(code: $code, participantExternalId: $participantExternalId) { ${PARTICIPATION_FIELDS} }
}`;

export const SHARE_RESULTS = `mutation ShareParticipationResults($id: ID!) { shareParticipationResults(participationId: $id) { ${PARTICIPATION_FIELDS} } }`;

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }`;

export type ParticipationStatus = 'STARTED' | 'TO_SHARE' | 'SHARED';

export interface MyParticipation {
  id: string;
  status: ParticipationStatus;
  masteryRate: number | null;
  sharedAt: string | null;
}

export interface CampaignToJoin {
  code: string;
  type: 'ASSESSMENT' | 'PROFILES_COLLECTION';
  title: string | null;
  welcomeTextHtml: string | null;
  externalIdLabel: string | null;
  externalIdType: 'STRING' | 'EMAIL' | null;
  organizationName: string;
  isJoinable: boolean;
  isArchived: boolean;
  myParticipation: MyParticipation | null;
}

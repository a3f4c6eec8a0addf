import { graphql } from '../gql';
export const COLLECTIVE_RESULTS = graphql(`query CollectiveResults($id: ID!) {
  campaign(id: $id) {
    id type sharedParticipationsCount certifiableParticipantsCount
    collectiveResults { competenceId competenceCode competenceName averageMasteryRate averageValidatedSkillsCount totalSkillsCount participantsCount }
    collectiveLevels { competenceId competenceCode competenceName averageLevel averagePixScore participantsCount }
    resultBands { key below upTo advice message count }
  }
}`);

export const PARTICIPATION_RESULTS = graphql(`query ParticipationResults($campaignId: ID!, $id: ID!) {
  campaign(id: $campaignId) {
    id name type externalIdLabel
    resultBands { key below upTo advice message }
    participation(id: $id) {
      id status participantFirstName participantLastName participantExternalId startedAt sharedAt progress
      masteryRate validatedSkillsCount testedSkillsCount pixScore isCertifiable
      competenceResults { competenceId validatedSkillsCount totalSkillsCount masteryRate }
      competenceLevels { competenceId level pixScore }
      badges { key title }
      sendings { id status startedAt sharedAt masteryRate pixScore }
    }
  }
  referential { id code title competences { id code name } }
}`);

export const COLLECTIVE_RESULTS = `query CollectiveResults($id: ID!) {
  campaign(id: $id) {
    id type sharedParticipationsCount
    collectiveResults { competenceId competenceCode competenceName averageMasteryRate participantsCount }
    resultBands { key below upTo advice message count }
  }
}`;

export const PARTICIPATION_RESULTS = `query ParticipationResults($campaignId: ID!, $id: ID!) {
  campaign(id: $campaignId) {
    id name type externalIdLabel
    participation(id: $id) {
      id status participantFirstName participantLastName participantExternalId startedAt sharedAt
      masteryRate validatedSkillsCount testedSkillsCount pixScore isCertifiable
      competenceResults { competenceId validatedSkillsCount totalSkillsCount masteryRate }
      badges { key title }
    }
  }
  referential { id code title competences { id code name } }
}`;

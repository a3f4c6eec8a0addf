import type { Session } from '../../shared/context.js';
import type { Badge } from '../domain/models/badge.js';
import { type KnowledgeElement, KnowledgeElementStatus } from '../domain/models/knowledge-element.js';
import type { CertificationEligibility } from '../domain/read-models/certification-eligibility.js';
import type { Profile } from '../domain/read-models/profile.js';
import type { Referential } from '../domain/models/referential.js';
import { evaluateProfileAndEligibility } from '../domain/usecases/get-certification-eligibility.usecase.js';
import { recordKnowledgeElements, type RecordKnowledgeElementsInput, type RecordedKnowledgeElements } from '../domain/usecases/record-knowledge-elements.usecase.js';
import { knowledgeElementRecordingDependencies } from '../application/dependencies.js';
import { certificationSettings } from '../certification.config.js';
import { ReferentialRepository } from '../infrastructure/referential.repository.js';
import { type TargetProfile, type TargetProfileSkill, toTargetProfileSkill } from '../domain/models/target-profile.js';
import { getTargetProfileForOrganization as getForOrganization } from '../domain/usecases/get-target-profile-for-organization.usecase.js';
import { BadgeRepository } from '../infrastructure/badge.repository.js';
import { KnowledgeElementRepository } from '../infrastructure/knowledge-element.repository.js';
import { TargetProfileRepository } from '../infrastructure/target-profile.repository.js';

/*
 * Every function takes the session it works in (`{ em }`: the request's, or the caller's
 * transaction when the work must commit with it) and returns the context's small read models.
 */

/**
 * The profile a campaign of `organizationId` may evaluate: public, or shared with that
 * organisation. Throws `TargetProfileNotFoundError` (NOT_FOUND) when unknown or not visible to it.
 */
export async function getTargetProfileForOrganization(session: Session, id: string, organizationId: string): Promise<TargetProfile> {
  const targetProfiles = new TargetProfileRepository(session.em);
  return getForOrganization(
    { id, organizationId },
    {
      targetProfiles: {
        findById: async (targetProfileId) => (await targetProfiles.findByIds([targetProfileId]))[0] ?? null,
        isSharedWithAnyOf: (targetProfileId, organizationIds) => targetProfiles.isSharedWithAnyOf(targetProfileId, organizationIds),
      },
    },
  );
}

/** The skills of a profile with their competence and area ids, in referential order (one statement; [] if unknown). */
export async function getTargetProfileSkills(session: Session, targetProfileId: string): Promise<TargetProfileSkill[]> {
  return (await new TargetProfileRepository(session.em).findSkillsByTargetProfileIds([targetProfileId])).map(toTargetProfileSkill);
}

/** The badges of a profile with their criteria (one statement), for `computeBadges`. */
export async function getTargetProfileBadges(session: Session, targetProfileId: string): Promise<Badge[]> {
  return new BadgeRepository(session.em).findByTargetProfileIds([targetProfileId]);
}

/** The person's latest element of each of these skills (none for a skill never assessed): one statement. */
export async function getKnowledgeElementSnapshot(session: Session, userId: string, skillIds: readonly string[]): Promise<KnowledgeElement[]> {
  return new KnowledgeElementRepository(session.em).findLatestByUserIdsAndSkillIds([userId], skillIds);
}

/** The same for several people at once (a page of participations): one statement, keyed by user id. */
export async function getKnowledgeElementSnapshots(session: Session, userIds: readonly string[], skillIds: readonly string[]): Promise<Map<string, KnowledgeElement[]>> {
  const snapshots = new Map<string, KnowledgeElement[]>(userIds.map((userId) => [userId, []]));
  for (const element of await new KnowledgeElementRepository(session.em).findLatestByUserIdsAndSkillIds(userIds, skillIds)) snapshots.get(element.userId)?.push(element);
  return snapshots;
}

/**
 * A person's whole profile (pix and level per competence) and certification eligibility, from
 * their latest elements: what a shared profiles collection freezes. No access check: the caller
 * (campaigns) decides who sees it. Five statements.
 */
export async function getProfileAndEligibility(session: Session, userId: string): Promise<{ profile: Profile; eligibility: CertificationEligibility }> {
  const referential = new ReferentialRepository(session.em);
  const knowledgeElements = new KnowledgeElementRepository(session.em);
  const targetProfiles = new TargetProfileRepository(session.em);
  const badges = new BadgeRepository(session.em);
  return evaluateProfileAndEligibility(userId, {
    referential: { get: () => referential.get() },
    knowledgeElements: { findLatestByUserId: (id) => knowledgeElements.findLatestByUserIds([id]) },
    targetProfiles: {
      findById: async (id) => (await targetProfiles.findByIds([id]))[0] ?? null,
      listVisibleToOrganization: (organizationId, page) => targetProfiles.listVisibleToOrganization(organizationId, page),
      isSharedWithAnyOf: (id, organizationIds) => targetProfiles.isSharedWithAnyOf(id, organizationIds),
      findSkills: (id) => targetProfiles.findSkillsByTargetProfileIds([id]),
    },
    badges: { findByKey: async (key) => (await badges.findByKeys([key]))[0] ?? null },
    settings: certificationSettings(),
  });
}

/** The person's latest element of every skill they were assessed on (one statement). */
export async function getLatestKnowledgeElements(session: Session, userId: string): Promise<KnowledgeElement[]> {
  return new KnowledgeElementRepository(session.em).findLatestByUserIds([userId]);
}

/** Areas (by code) and competences (referential order), without skills: two statements. */
export async function getReferentialAreasAndCompetences(session: Session): Promise<Referential> {
  return new ReferentialRepository(session.em).get();
}

/**
 * A profile by id whatever its visibility (null when unknown): for a campaign that already
 * evaluates it, e.g. to name it in an export. One statement.
 */
export async function findTargetProfile(session: Session, id: string): Promise<TargetProfile | null> {
  return (await new TargetProfileRepository(session.em).findByIds([id]))[0] ?? null;
}

/**
 * How many of these skills each participation has tested (any element recorded during it,
 * validated or not): the progress of a running test. One statement for a whole batch; a
 * participation with nothing tested is absent from the map. The person's id rides along with each
 * participation because knowledge elements are indexed by person (user_id first), not by
 * participation: the statement walks that index and then keeps the participation's elements.
 */
export async function countTestedSkillsByParticipations(
  session: Session,
  participations: readonly { participationId: string; userId: string }[],
  skillIds: readonly string[],
): Promise<Map<string, number>> {
  return new KnowledgeElementRepository(session.em).countTestedSkillsByParticipations(participations, skillIds);
}

/**
 * "Remise à zéro" of a resettable profile: a RESET element for each of these skills the person
 * has been assessed on, so that they count as never assessed and the engine asks them again. In
 * the caller's transaction (the new participation and the reset commit together); dated like the
 * engine's elements, so the next assessment of a skill supersedes its reset. Returns how many.
 */
export async function resetKnowledgeElements(
  session: Session,
  { userId, skillIds, participationId }: { userId: string; skillIds: readonly string[]; participationId: string },
): Promise<number> {
  const knowledgeElements = new KnowledgeElementRepository(session.em);
  const assessed = await knowledgeElements.findLatestByUserIdsAndSkillIds([userId], skillIds);
  const reset = await knowledgeElements.append(
    assessed.map((element) => ({
      userId,
      skillId: element.skillId,
      competenceId: element.competenceId,
      status: KnowledgeElementStatus.RESET,
      earnedPix: 0,
      participationId,
    })),
  );
  return reset.length;
}

/**
 * What the assessment engine reports for a participation, recorded in the given session: the
 * caller's transaction, so that the elements and the participation's state move together.
 */
export async function recordEngineReport(session: Session, input: RecordKnowledgeElementsInput): Promise<RecordedKnowledgeElements> {
  return recordKnowledgeElements(input, knowledgeElementRecordingDependencies(session.em));
}

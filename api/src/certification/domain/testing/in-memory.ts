import type { CertificationDependencies, KnowledgeElementRecordingDependencies } from '../dependencies.js';
import type { Badge } from '../models/badge.js';
import type { KnowledgeElement } from '../models/knowledge-element.js';
import type { Referential, Skill } from '../models/referential.js';
import type { TargetProfile, TargetProfileSkillDetail } from '../models/target-profile.js';
import { latestPerSkill } from '../read-models/profile.js';
import { buildReferential, NOW } from './builders.js';

/**
 * The certification ports over plain arrays, for unit tests of its use cases. A method no unit
 * test needs throws "not faked" (the lists and their order are PostgreSQL's business and the
 * integration tests'). `transaction` runs the work over the same arrays, without rollback.
 */
export interface CertificationWorld {
  referential: Referential;
  knowledgeElements: KnowledgeElement[];
  targetProfiles: TargetProfile[];
  /** The skills of each target profile, by its id. */
  targetProfileSkills: Map<string, TargetProfileSkillDetail[]>;
  /** `targetProfileId:organizationId` for each share. */
  shares: Set<string>;
  badges: Badge[];
  /** The organisations where each person is an active member. */
  memberships: Map<string, string[]>;
  skills: Skill[];
}

const notFaked = (name: string) => (): never => {
  throw new Error(`${name} is not faked in memory: cover it with an integration test`);
};

export function inMemoryCertification(seed: Partial<CertificationWorld> = {}, { maxReachableLevel = 5 }: { maxReachableLevel?: number } = {}) {
  const world: CertificationWorld = {
    referential: buildReferential(),
    knowledgeElements: [],
    targetProfiles: [],
    targetProfileSkills: new Map(),
    shares: new Set(),
    badges: [],
    memberships: new Map(),
    skills: [],
    ...seed,
  };
  const deps: CertificationDependencies = {
    referential: { get: async () => world.referential },
    knowledgeElements: { findLatestByUserId: async (userId) => latestPerSkill(world.knowledgeElements.filter((element) => element.userId === userId)) },
    targetProfiles: {
      findById: async (id) => world.targetProfiles.find((profile) => profile.id === id) ?? null,
      listVisibleToOrganization: notFaked('targetProfiles.listVisibleToOrganization'),
      isSharedWithAnyOf: async (id, organizationIds) => organizationIds.some((organizationId) => world.shares.has(`${id}:${organizationId}`)),
      findSkills: async (id) => world.targetProfileSkills.get(id) ?? [],
    },
    badges: { findByKey: async (key) => world.badges.find((badge) => badge.key === key) ?? null },
    memberships: { findOrganizationIdsOf: async (userId) => world.memberships.get(userId) ?? [] },
    settings: { maxReachableLevel },
  };

  let sequence = 0;
  const recording: KnowledgeElementRecordingDependencies = {
    skills: { findByIds: async (ids) => world.skills.filter((skill) => ids.includes(skill.id)) },
    knowledgeElements: {
      append: async (elements) => {
        const appended = elements.map((element) => ({ ...element, id: `ke-in-memory-${(sequence += 1)}`, createdAt: NOW }));
        world.knowledgeElements.push(...appended);
        return appended;
      },
    },
    transaction: (work) => work(recording),
  };
  return { deps, recording, world };
}

import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadgeRepository } from '../infrastructure/badge.repository.js';
import { KnowledgeElementRepository } from '../infrastructure/knowledge-element.repository.js';
import { ReferentialRepository } from '../infrastructure/referential.repository.js';
import { TargetProfileRepository } from '../infrastructure/target-profile.repository.js';
import type { Badge } from '../domain/models/badge.js';
import type { KnowledgeElement } from '../domain/models/knowledge-element.js';
import type { Referential, Skill } from '../domain/models/referential.js';
import type { TargetProfile, TargetProfileSkillDetail } from '../domain/models/target-profile.js';

/** Built per request: batches and caches lookups for the duration of one GraphQL operation. */
export function createCertificationLoaders(em: EntityManager) {
  const referential = new ReferentialRepository(em);
  const knowledgeElements = new KnowledgeElementRepository(em);
  const targetProfiles = new TargetProfileRepository(em);
  const badges = new BadgeRepository(em);
  return {
    /** Areas and competences, read at most once per request however many fields ask. */
    referential: once<Referential>(() => referential.get()),
    skillsByCompetenceId: groupedBy<Skill>((ids) => referential.findSkillsByCompetenceIds(ids), (skill) => skill.competenceId),
    /** The latest element of each skill, per person: one statement for all the people of a request. */
    latestKnowledgeElementsByUserId: groupedBy<KnowledgeElement>((ids) => knowledgeElements.findLatestByUserIds(ids), (element) => element.userId),
    targetProfileById: byKey<TargetProfile>((ids) => targetProfiles.findByIds(ids), (targetProfile) => targetProfile.id),
    /** A profile's skills with competence and area: one statement for all the profiles of a request. */
    skillsByTargetProfileId: groupedBy<TargetProfileSkillDetail>((ids) => targetProfiles.findSkillsByTargetProfileIds(ids), (skill) => skill.targetProfileId),
    badgesByTargetProfileId: groupedBy<Badge>((ids) => badges.findByTargetProfileIds(ids), (badge) => badge.targetProfileId),
    badgeByKey: byKey<Badge>((keys) => badges.findByKeys(keys), (badge) => badge.key),
  };
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

function byKey<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (item: T) => string): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const found = new Map((await fetch(keys)).map((item) => [keyOf(item), item]));
    return keys.map((key) => found.get(key) ?? null);
  });
}

function groupedBy<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (item: T) => string): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>();
    for (const item of await fetch(keys)) {
      const key = keyOf(item);
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

export type CertificationLoaders = ReturnType<typeof createCertificationLoaders>;

import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { KnowledgeElementRepository } from '../infrastructure/knowledge-element.repository.js';
import { ReferentialRepository } from '../infrastructure/referential.repository.js';
import type { KnowledgeElement } from '../domain/models/knowledge-element.js';
import type { Referential, Skill } from '../domain/models/referential.js';

/** Built per request: batches and caches lookups for the duration of one GraphQL operation. */
export function createCertificationLoaders(em: EntityManager) {
  const referential = new ReferentialRepository(em);
  const knowledgeElements = new KnowledgeElementRepository(em);
  return {
    /** Areas and competences, read at most once per request however many fields ask. */
    referential: once<Referential>(() => referential.get()),
    skillsByCompetenceId: groupedBy<Skill>((ids) => referential.findSkillsByCompetenceIds(ids), (skill) => skill.competenceId),
    /** The latest element of each skill, per person: one statement for all the people of a request. */
    latestKnowledgeElementsByUserId: groupedBy<KnowledgeElement>((ids) => knowledgeElements.findLatestByUserIds(ids), (element) => element.userId),
  };
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
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

import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserRepository } from '../infrastructure/user.repository.js';
import type { User } from '../domain/models/user.js';

/** Built per request: batches and caches lookups for the duration of one GraphQL operation. */
export function createOrganizationsLoaders(em: EntityManager) {
  const users = new UserRepository(em);
  return {
    userById: new DataLoader<string, User | null>(async (ids) => {
      const found = new Map((await users.findByIds(ids)).map((user) => [user.id, user]));
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}

export type OrganizationsLoaders = ReturnType<typeof createOrganizationsLoaders>;

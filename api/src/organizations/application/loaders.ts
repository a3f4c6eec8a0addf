import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserRepository } from '../infrastructure/user.repository.js';
import { OrganizationRepository } from '../infrastructure/organization.repository.js';
import { NetworkRepository } from '../infrastructure/network.repository.js';
import { MembershipRepository } from '../infrastructure/membership.repository.js';
import { InvitationRepository } from '../infrastructure/invitation.repository.js';
import type { User } from '../domain/models/user.js';
import type { Network, Organization } from '../domain/models/organization.js';
import type { Membership } from '../domain/models/membership.js';
import type { Invitation } from '../domain/models/invitation.js';
import { findMailsByIds } from '../../shared/mail/outbox.js';

/** Built per request: batches and caches lookups for the duration of one GraphQL operation. */
export function createOrganizationsLoaders(em: EntityManager) {
  const users = new UserRepository(em);
  const organizations = new OrganizationRepository(em);
  const networks = new NetworkRepository(em);
  const memberships = new MembershipRepository(em);
  const invitations = new InvitationRepository(em);
  return {
    userById: byId<User>((ids) => users.findByIds(ids)),
    organizationById: byId<Organization>((ids) => organizations.findByIds(ids)),
    networkById: byId<Network>((ids) => networks.findByIds(ids)),
    invitationById: byId<Invitation>((ids) => invitations.findByIds(ids)),
    outboxMailById: byId<{ id: string; recipient: string }>((ids) => findMailsByIds(em, ids)),
    activeMembershipsByUserId: new DataLoader<string, Membership[]>(async (userIds) => {
      const found = await memberships.findActiveByUserIds(userIds);
      return userIds.map((userId) => found.filter((membership) => membership.userId === userId));
    }),
  };
}

function byId<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = new Map((await fetch(ids)).map((item) => [item.id, item]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

export type OrganizationsLoaders = ReturnType<typeof createOrganizationsLoaders>;

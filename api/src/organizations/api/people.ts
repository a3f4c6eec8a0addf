import type { Session } from '../../shared/context.js';
import { MembershipRepository } from '../infrastructure/membership.repository.js';
import { OrganizationNotFoundError } from '../domain/errors.js';
import { UserRepository } from '../infrastructure/user.repository.js';
import type { OrganizationsScope } from './request-scope.js';

/** A person as another context may copy them (a participant's name at first participation). */
export interface PersonName {
  id: string;
  firstName: string;
  lastName: string;
}

/** What a public page may say of an organisation: its name, and whether it still runs. */
export interface OrganizationCard {
  id: string;
  name: string;
  isArchived: boolean;
}

/** Whether this person is an active member of this organisation, read in the given session (a transaction's, when the answer must hold until it commits). */
export async function isActiveMember(session: Session, organizationId: string, userId: string): Promise<boolean> {
  return (await new MembershipRepository(session.em).findActive(organizationId, userId)) !== null;
}

/** The person's name as their account holds it. NOT_FOUND when unknown. */
export async function getPerson(session: Session, userId: string): Promise<PersonName> {
  const { id, firstName, lastName } = await new UserRepository(session.em).read(userId);
  return { id, firstName, lastName };
}

/** An organisation's public card (NOT_FOUND when unknown), batched with the request's other reads of organisations. */
export async function getOrganizationCard(scope: OrganizationsScope, organizationId: string): Promise<OrganizationCard> {
  const organization = await scope.loaders.organizations.organizationById.load(organizationId);
  if (!organization) throw new OrganizationNotFoundError();
  return { id: organization.id, name: organization.name, isArchived: organization.archivedAt !== null };
}

/** The organisations this person is an active member of (the request's batched read of memberships). */
export async function activeOrganizationIdsOf(scope: OrganizationsScope, userId: string): Promise<string[]> {
  return (await scope.loaders.organizations.activeMembershipsByUserId.load(userId)).map((membership) => membership.organizationId);
}

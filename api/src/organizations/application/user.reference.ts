import type { OrganizationsContext } from './request-context.js';
import { User } from './user.type.js';

/** Other subgraphs hand out `User` by id; the gateway comes here for the owned fields. */
export async function resolveUserReference(reference: { id: string }, context: OrganizationsContext): Promise<User | null> {
  const user = await context.loaders.organizations.userById.load(reference.id);
  return user && User.from(user);
}

import type { Page, PageRequest } from '../../../shared/pagination.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import type { User } from '../models/user.js';

/** Support looks people up by part of their e-mail or name (authorised at the edge). */
export async function searchUsers({ search, page }: { search: string | null; page: PageRequest }, deps: Pick<OrganizationsDependencies, 'users'>): Promise<Page<User>> {
  return deps.users.search(search?.trim() || null, page);
}

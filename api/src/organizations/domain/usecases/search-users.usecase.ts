import { SupportRole, type UserPrincipal } from '../../../shared/auth/principal.js';
import { ForbiddenError } from '../../../shared/errors/domain-error.js';
import type { Page, PageRequest } from '../../../shared/pagination.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import type { User } from '../models/user.js';

/** PRODUCT.md "Support area": SUPPORT and SUPER_ADMIN search people freely. */
const FREE_SEARCHERS = new Set<SupportRole | null>([SupportRole.SUPER_ADMIN, SupportRole.SUPPORT]);

/**
 * Support looks people up by part of their e-mail or name (authorised at the edge). CERTIF, who
 * reads certification eligibility, only finds the person whose exact e-mail it gives: at most one
 * user, no listing, no partial match.
 */
export async function searchUsers(
  { actor, search, page }: { actor: UserPrincipal; search: string | null; page: PageRequest },
  deps: Pick<OrganizationsDependencies, 'users'>,
): Promise<Page<User>> {
  const text = search?.trim() || null;
  if (FREE_SEARCHERS.has(actor.supportRole)) return deps.users.search(text, page);
  if (!text) throw new ForbiddenError("Indiquez l'adresse e-mail exacte de la personne recherchée.");
  const user = await deps.users.findByEmail(text);
  const items = user && page.offset === 0 && page.first > 0 ? [user] : [];
  return { items, totalCount: user ? 1 : 0, offset: page.offset };
}

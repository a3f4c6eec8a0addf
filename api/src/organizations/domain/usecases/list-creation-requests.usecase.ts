import type { Page, PageRequest } from '../../../shared/pagination.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import type { CreationRequest, CreationRequestStatus } from '../models/creation-request.js';

/** Support's queue of space-creation requests, newest first (authorised at the edge). */
export async function listCreationRequests(
  { status, page }: { status: CreationRequestStatus | null; page: PageRequest },
  deps: Pick<OrganizationsDependencies, 'creationRequests'>,
): Promise<Page<CreationRequest>> {
  return deps.creationRequests.list(status, page);
}

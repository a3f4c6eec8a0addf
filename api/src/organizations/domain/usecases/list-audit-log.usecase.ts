import type { Page, PageRequest } from '../../../shared/pagination.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import type { AuditEntry } from '../models/audit-entry.js';

/** The support trail, newest first, for SUPER_ADMIN (authorised at the edge). */
export async function listAuditLog(
  { targetId, page }: { targetId: string | null; page: PageRequest },
  deps: Pick<OrganizationsDependencies, 'auditLog'>,
): Promise<Page<AuditEntry>> {
  return deps.auditLog.list({ targetId }, page);
}

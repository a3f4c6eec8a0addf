import type { Page, PageRequest } from '../../../shared/pagination.js';
import type { PartnersDependencies } from '../dependencies.js';
import type { PartnerClient } from '../models/partner-client.js';

/** Support's list of clients, newest first, optionally of one network. */
export function listPartnerClients(filter: { networkId?: string | null }, page: PageRequest, deps: Pick<PartnersDependencies, 'clients'>): Promise<Page<PartnerClient>> {
  return deps.clients.list(filter, page);
}

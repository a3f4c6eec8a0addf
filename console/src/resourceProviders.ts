import type { DataProvider } from 'react-admin';
import {
  auditEntriesProvider,
  creationRequestsProvider,
  organizationsProvider,
  outboxMailsProvider,
  partnerClientsProvider,
  usersProvider,
} from './support/dataProviders';
import { campaignsProvider } from './campaigns/campaignsProvider';
import { participationsProvider } from './participants/participationsProvider';

/**
 * The console's resources and the provider of each, keyed by react-admin resource name. Each
 * feature folder exports its own (`export const campaignsProvider: ResourceProvider = {...}`) and
 * adds one line here.
 */
export type ResourceProvider = Partial<DataProvider>;

export const resourceProviders: Record<string, ResourceProvider> = {
  // Support area
  organizations: organizationsProvider,
  organizationCreationRequests: creationRequestsProvider,
  users: usersProvider,
  outboxMails: outboxMailsProvider,
  partnerClients: partnerClientsProvider,
  auditEntries: auditEntriesProvider,
  // Campaigns and their participants tab
  campaigns: campaignsProvider,
  campaignParticipations: participationsProvider,
};

import type { DataProvider } from 'react-admin';

/**
 * The console's resources and the provider of each, keyed by react-admin resource name. Each
 * feature folder exports its own (`export const campaignsProvider: ResourceProvider = {...}`) and
 * adds one line here.
 */
export type ResourceProvider = Partial<DataProvider>;

export const resourceProviders: Record<string, ResourceProvider> = {};

import type { SupportRole } from '../auth/session';

/** The parts of the support area, each a menu entry. */
export type SupportArea = 'organizations' | 'creationRequests' | 'users' | 'campaigns' | 'eligibility' | 'mails' | 'partners' | 'networkAccesses' | 'auditLog';

/**
 * What each support role may open (PRODUCT.md "Support area", mirrored from the API's
 * `@Authorized` rules so that nobody is shown a screen that can only answer FORBIDDEN):
 * SUPER_ADMIN everything; SUPPORT organisations, members, users, campaigns, the mail outbox and the
 * partner networks' API clients and the network accesses (read only: SUPER_ADMIN creates, rotates
 * and revokes clients, grants and revokes accesses);
 * METIER organisations (and their creation requests), none of their campaigns or results; CERTIF
 * the certification eligibility of one person found by exact e-mail (the API's `users` answers it
 * nothing else). The API checks every request anyway.
 */
const AREAS: Record<SupportRole, readonly SupportArea[]> = {
  SUPER_ADMIN: ['organizations', 'creationRequests', 'users', 'campaigns', 'eligibility', 'mails', 'partners', 'networkAccesses', 'auditLog'],
  SUPPORT: ['organizations', 'creationRequests', 'users', 'campaigns', 'eligibility', 'mails', 'partners', 'networkAccesses'],
  METIER: ['organizations', 'creationRequests'],
  CERTIF: ['eligibility'],
};

/** Where each area lives in the console (the menu and the access-denied page link there). */
export const SUPPORT_AREA_PATHS: Record<SupportArea, string> = {
  organizations: '/organizations',
  creationRequests: '/organizationCreationRequests',
  users: '/users',
  campaigns: '/support/campaigns',
  eligibility: '/support/eligibility',
  mails: '/outboxMails',
  partners: '/partnerClients',
  networkAccesses: '/support/networkAccesses',
  auditLog: '/auditEntries',
};

export function supportAreas(role: SupportRole | null | undefined): readonly SupportArea[] {
  return role ? AREAS[role] ?? [] : [];
}

export function canOpen(role: SupportRole | null | undefined, area: SupportArea): boolean {
  return supportAreas(role).includes(area);
}

/** Only a SUPER_ADMIN names support agents (API: setSupportRole). */
export function canManageSupportRoles(role: SupportRole | null | undefined): boolean {
  return role === 'SUPER_ADMIN';
}

/** Only a SUPER_ADMIN creates, rotates and revokes partner API clients (API: createPartnerClient…); SUPPORT reads them. */
export function canManagePartnerClients(role: SupportRole | null | undefined): boolean {
  return role === 'SUPER_ADMIN';
}

/** Only a SUPER_ADMIN grants and revokes a person's network access (API: grantNetworkAccess, revokeNetworkAccess); SUPPORT reads them. */
export function canManageNetworkAccesses(role: SupportRole | null | undefined): boolean {
  return role === 'SUPER_ADMIN';
}

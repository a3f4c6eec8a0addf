/** The react-admin resources of the support area (declared in App.tsx, listed apart in the menu). */
export const SUPPORT_RESOURCES: string[] = ['organizations', 'organizationCreationRequests', 'users', 'outboxMails', 'partnerClients', 'auditEntries'];

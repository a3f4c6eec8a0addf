import { registerEnumType } from 'type-graphql';
import type { PartnerScope as Scope } from '../../shared/auth/partner-scopes.js';

/** The OAuth scopes as GraphQL enum values (`organizations:read` is `ORGANIZATIONS_READ`). */
export enum PartnerScope {
  ORGANIZATIONS_READ = 'organizations:read',
  CAMPAIGNS_READ = 'campaigns:read',
  RESULTS_READ = 'results:read',
  RESULTS_IDENTITY = 'results:identity',
  WEBHOOKS_MANAGE = 'webhooks:manage',
}

registerEnumType(PartnerScope, {
  name: 'PartnerScope',
  description: 'What a partner client may read or do; on the wire of POST /oauth/token, the value in lower case with a colon (organizations:read).',
  valuesConfig: {
    ORGANIZATIONS_READ: { description: "The network's structures." },
    CAMPAIGNS_READ: { description: 'Their campaigns.' },
    RESULTS_READ: { description: 'Shared results, with a pseudonymous participant id.' },
    RESULTS_IDENTITY: { description: "The participant's name and the identifier the structure asked." },
    WEBHOOKS_MANAGE: { description: 'Its webhook endpoints.' },
  },
});

export const toScopes = (scopes: readonly Scope[]): PartnerScope[] => scopes.map((scope) => scope as PartnerScope);

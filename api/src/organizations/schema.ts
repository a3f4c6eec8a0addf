import type { SubgraphDefinition } from '../shared/graphql/build-subgraph.js';
import { AuthResolver } from './application/auth.resolver.js';
import { PasswordResetResolver } from './application/password-reset.resolver.js';
import { MeResolver } from './application/me.resolver.js';
import { OrganizationResolver } from './application/organization.resolver.js';
import { TeamResolver, MembershipFieldsResolver, InvitationFieldsResolver } from './application/team.resolver.js';
import { CreationRequestResolver } from './application/creation-request.resolver.js';
import { NetworkResolver } from './application/network.resolver.js';
import { NetworkAccessFieldsResolver, NetworkAccessResolver } from './application/network-access.resolver.js';
import { AuditLogResolver } from './application/audit-log.resolver.js';
import { UsersResolver } from './application/users.resolver.js';
import { MailOutboxResolver } from './application/mail-outbox.resolver.js';
import { UserMembershipsResolver } from './application/user-memberships.resolver.js';
import { UserCreationRequestsResolver } from './application/user-creation-requests.resolver.js';
import { resolveUserReference } from './application/user.reference.js';
import { resolveNetworkReference, resolveOrganizationReference } from './application/organization.reference.js';

export const organizationsSubgraph: SubgraphDefinition = {
  name: 'organizations',
  resolvers: [
    AuthResolver,
    PasswordResetResolver,
    MeResolver,
    UserMembershipsResolver,
    UserCreationRequestsResolver,
    OrganizationResolver,
    TeamResolver,
    MembershipFieldsResolver,
    InvitationFieldsResolver,
    CreationRequestResolver,
    NetworkResolver,
    NetworkAccessResolver,
    NetworkAccessFieldsResolver,
    AuditLogResolver,
    UsersResolver,
    MailOutboxResolver,
  ],
  references: { User: resolveUserReference, Organization: resolveOrganizationReference, Network: resolveNetworkReference },
};

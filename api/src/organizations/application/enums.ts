import { registerEnumType } from 'type-graphql';
import { OrganizationType } from '../domain/models/organization.js';
import { MembershipRole } from '../domain/models/membership.js';
import { InvitationStatus } from '../domain/models/invitation.js';
import { CreationRequestStatus } from '../domain/models/creation-request.js';

registerEnumType(OrganizationType, { name: 'OrganizationType', description: 'Kind of SPE structure.' });
registerEnumType(MembershipRole, { name: 'MembershipRole', description: 'ADMIN manages the team; both run campaigns.' });
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });
registerEnumType(CreationRequestStatus, { name: 'OrganizationCreationRequestStatus' });

export { OrganizationType, MembershipRole, InvitationStatus, CreationRequestStatus };

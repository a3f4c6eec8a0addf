import { AuditEntryEntity } from './infrastructure/audit-entry.entity.js';
import { AddressEmbeddable } from './infrastructure/address.embeddable.js';
import { CreationRequestEntity } from './infrastructure/creation-request.entity.js';
import { InvitationEntity } from './infrastructure/invitation.entity.js';
import { MembershipEntity } from './infrastructure/membership.entity.js';
import { NetworkEntity } from './infrastructure/network.entity.js';
import { OrganizationEntity } from './infrastructure/organization.entity.js';
import { PasswordResetEntity } from './infrastructure/password-reset.entity.js';
import { SessionEntity } from './infrastructure/session.entity.js';
import { UserEntity } from './infrastructure/user.entity.js';

export const organizationsEntities = [
  UserEntity,
  SessionEntity,
  PasswordResetEntity,
  NetworkEntity,
  OrganizationEntity,
  MembershipEntity,
  InvitationEntity,
  CreationRequestEntity,
  AuditEntryEntity,
  // Embedded in OrganizationEntity and CreationRequestEntity (discovery wants it listed).
  AddressEmbeddable,
];

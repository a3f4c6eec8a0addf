import type { SupportRole } from '../../shared/auth/principal.js';
import type { MembershipRole, Membership } from '../domain/models/membership.js';
import type { Organization, OrganizationType } from '../domain/models/organization.js';
import type { User } from '../domain/models/user.js';

/**
 * Rows read with plain SQL on the paths every request takes (the session check, the memberships
 * and organisations behind each access decision), mapped straight to the domain models: the
 * ORM's hydration and identity map cost more CPU than the statement. Writes keep the entities.
 */

/** MikroORM's connection reads timestamps as text; its own hydration parses them so: `new Date(text)`. */
type Timestamp = string | Date;
const date = (value: Timestamp): Date => new Date(value);
const dateOrNull = (value: Timestamp | null): Date | null => (value === null ? null : new Date(value));

export const USER_COLUMNS = 'u.id, u.email, u.first_name, u.last_name, u.support_role, u.terms_accepted_at, u.last_logged_at, u.created_at';

export interface UserRow {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  support_role: SupportRole | null;
  terms_accepted_at: Timestamp | null;
  last_logged_at: Timestamp | null;
  created_at: Timestamp;
}

export function userFromRow(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    supportRole: row.support_role,
    termsAcceptedAt: dateOrNull(row.terms_accepted_at),
    lastLoggedAt: dateOrNull(row.last_logged_at),
    createdAt: date(row.created_at),
  };
}

export const MEMBERSHIP_COLUMNS = 'm.id, m.organization_id, m.user_id, m.role, m.created_at, m.updated_at, m.disabled_at';

export interface MembershipRow {
  id: string;
  organization_id: string;
  user_id: string;
  role: MembershipRole;
  created_at: Timestamp;
  updated_at: Timestamp;
  disabled_at: Timestamp | null;
}

export function membershipFromRow(row: MembershipRow): Membership {
  return {
    id: row.id,
    organizationId: row.organization_id,
    userId: row.user_id,
    role: row.role,
    createdAt: date(row.created_at),
    updatedAt: date(row.updated_at),
    disabledAt: dateOrNull(row.disabled_at),
  };
}

export const ORGANIZATION_COLUMNS = `o.id, o.name, o.type, o.network_id, o.parent_id, o.external_id, o.siret, o.street, o.postal_code, o.city, o.department, o.region,
  o.documentation_url, o.is_certification_center, o.created_at, o.created_by_id, o.archived_at, o.archived_by_id`;

export interface OrganizationRow {
  id: string;
  name: string;
  type: OrganizationType;
  network_id: string | null;
  parent_id: string | null;
  external_id: string | null;
  siret: string | null;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  department: string | null;
  region: string | null;
  documentation_url: string;
  is_certification_center: boolean;
  created_at: Timestamp;
  created_by_id: string | null;
  archived_at: Timestamp | null;
  archived_by_id: string | null;
}

export function organizationFromRow(row: OrganizationRow): Organization {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    networkId: row.network_id,
    parentId: row.parent_id,
    externalId: row.external_id,
    siret: row.siret,
    address: { street: row.street, postalCode: row.postal_code, city: row.city, department: row.department, region: row.region },
    documentationUrl: row.documentation_url,
    isCertificationCenter: row.is_certification_center,
    createdAt: date(row.created_at),
    createdById: row.created_by_id,
    archivedAt: dateOrNull(row.archived_at),
    archivedById: row.archived_by_id,
  };
}

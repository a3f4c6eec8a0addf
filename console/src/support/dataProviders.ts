import type { GetListParams, GetManyParams, GetOneParams, CreateParams, UpdateParams } from 'react-admin';
import { graphqlClient } from '../auth/graphqlClient';
import type { ResourceProvider } from '../resourceProviders';
import { createConnectionPager, type ConnectionPage } from './connectionPages';

const pager = createConnectionPager();
const CONNECTION = (fields: string) => `totalCount pageInfo { hasNextPage endCursor } nodes { ${fields} }`;

/** Reads one page of a support list: `query(first, after, …filter)` returning a connection at `field`. */
function listOf<T>(field: string, query: string, variablesFrom: (filter: Record<string, unknown>) => Record<string, unknown>) {
  return async (_resource: string, params: GetListParams) => {
    const filter = (params.filter ?? {}) as Record<string, unknown>;
    const variables = variablesFrom(filter);
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    return pager<T>(`${field}|${JSON.stringify(variables)}`, page, Math.min(perPage, 100), async (first, after) => {
      const data = await graphqlClient.request<Record<string, ConnectionPage<T>>>(query, { ...variables, first, after });
      return data[field]!;
    });
  };
}

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

// ——— Organisations (SUPER_ADMIN, SUPPORT, METIER) ———

export const ORGANIZATION_FIELDS =
  'id name type externalId siret street postalCode city department region documentationUrl isCertificationCenter createdAt archivedAt isArchived network { id name } parent { id name }';

interface OrganizationRecord {
  id: string;
  network: { id: string } | null;
  parent: { id: string } | null;
  [field: string]: unknown;
}

/** Form fields get the ids of the network and parent beside the objects. */
const withIds = (organization: OrganizationRecord) => ({
  ...organization,
  networkId: organization.network?.id ?? null,
  parentId: organization.parent?.id ?? null,
});

const ORGANIZATION_INPUT_FIELDS = [
  'name', 'type', 'networkId', 'parentId', 'externalId', 'siret', 'street', 'postalCode', 'city', 'department', 'region', 'documentationUrl', 'isCertificationCenter',
] as const;

/** The API's CreateOrganizationInput / UpdateOrganizationInput from a form's record (blank texts cleared). */
export function organizationInput(data: Record<string, unknown>) {
  const input: Record<string, unknown> = {};
  for (const field of ORGANIZATION_INPUT_FIELDS) {
    if (field in data && data[field] !== undefined) input[field] = blankToNull(data[field]);
  }
  return input;
}

const ORGANIZATIONS = `query SupportOrganizations($first: Int, $after: String, $filter: OrganizationFilter) {
  organizations(first: $first, after: $after, filter: $filter) { ${CONNECTION(ORGANIZATION_FIELDS)} }
}`;
const ORGANIZATION = `query SupportOrganization($id: ID!) { organization(id: $id) { ${ORGANIZATION_FIELDS} } }`;

export const organizationsProvider: ResourceProvider = {
  getList: listOf<OrganizationRecord>('organizations', ORGANIZATIONS, (filter) => {
    const archived = filter.archived === 'true' ? true : filter.archived === 'false' ? false : undefined;
    return { filter: { name: text(filter.q), type: filter.type || undefined, externalId: text(filter.externalId), networkId: filter.networkId || undefined, archived } };
  }) as ResourceProvider['getList'],
  getOne: (async (_resource: string, { id }: GetOneParams) => {
    const { organization } = await graphqlClient.request<{ organization: OrganizationRecord }>(ORGANIZATION, { id });
    return { data: withIds(organization) };
  }) as ResourceProvider['getOne'],
  getMany: (async (_resource: string, { ids }: GetManyParams) => {
    const records = await Promise.all(ids.map((id) => graphqlClient.request<{ organization: OrganizationRecord }>(ORGANIZATION, { id })));
    return { data: records.map(({ organization }) => withIds(organization)) };
  }) as ResourceProvider['getMany'],
  create: (async (_resource: string, { data }: CreateParams) => {
    const { createOrganization } = await graphqlClient.request<{ createOrganization: OrganizationRecord }>(
      `mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${ORGANIZATION_FIELDS} } }`,
      { input: organizationInput(data) },
    );
    return { data: withIds(createOrganization) };
  }) as ResourceProvider['create'],
  update: (async (_resource: string, { id, data }: UpdateParams) => {
    const { updateOrganization } = await graphqlClient.request<{ updateOrganization: OrganizationRecord }>(
      `mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { ${ORGANIZATION_FIELDS} } }`,
      { id, input: organizationInput(data) },
    );
    return { data: withIds(updateOrganization) };
  }) as ResourceProvider['update'],
};

export const ARCHIVE_ORGANIZATION = `mutation ArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { id isArchived archivedAt } }`;
export const NETWORKS = `query Networks { networks { id code name } }`;

// ——— Creation requests ———

const CREATION_REQUEST_FIELDS =
  'id name type siret street postalCode city department region directorName mandateStatement status rejectionReason createdAt processedAt requester { id firstName lastName email } network { id name } organization { id name }';

export const creationRequestsProvider: ResourceProvider = {
  getList: listOf(
    'organizationCreationRequests',
    `query CreationRequests($first: Int, $after: String, $status: OrganizationCreationRequestStatus) {
      organizationCreationRequests(first: $first, after: $after, status: $status) { ${CONNECTION(CREATION_REQUEST_FIELDS)} }
    }`,
    (filter) => ({ status: filter.status || undefined }),
  ) as ResourceProvider['getList'],
};

export const APPROVE_CREATION_REQUEST = `mutation ApproveCreationRequest($id: ID!) { approveOrganizationCreationRequest(id: $id) { id status organization { id name } } }`;
export const REQUEUE_MAIL = `mutation RequeueMail($id: ID!) { requeueMail(id: $id) { id status attempts lastError nextAttemptAt } }`;
export const REJECT_CREATION_REQUEST = `mutation RejectCreationRequest($id: ID!, $reason: String!) { rejectOrganizationCreationRequest(id: $id, reason: $reason) { id status rejectionReason } }`;

// ——— Users ———

const USER_FIELDS =
  'id email firstName lastName supportRole hasAcceptedTermsOfService createdAt memberships { id role organization { id name isArchived } } participations { id status startedAt campaign { id name code organization { id name } } }';

export const usersProvider: ResourceProvider = {
  getList: listOf(
    'users',
    `query SupportUsers($first: Int, $after: String, $search: String) { users(first: $first, after: $after, search: $search) { ${CONNECTION(USER_FIELDS)} } }`,
    (filter) => ({ search: text(filter.q) }),
  ) as ResourceProvider['getList'],
};

export const SET_SUPPORT_ROLE = `mutation SetSupportRole($userId: ID!, $role: SupportRole) { setSupportRole(userId: $userId, role: $role) { id supportRole } }`;

// ——— Mail outbox ———

export const outboxMailsProvider: ResourceProvider = {
  getList: listOf(
    'mailOutbox',
    `query MailOutbox($first: Int, $after: String, $status: OutboxMailStatus, $recipient: String) {
      mailOutbox(first: $first, after: $after, status: $status, recipient: $recipient) {
        ${CONNECTION('id recipient subject template status attempts lastError textBody createdAt nextAttemptAt sentAt invitation { id status isExpired }')}
      }
    }`,
    (filter) => ({ status: filter.status || undefined, recipient: text(filter.recipient) }),
  ) as ResourceProvider['getList'],
};

// ——— Audit log (SUPER_ADMIN) ———

export const auditEntriesProvider: ResourceProvider = {
  getList: listOf(
    'auditLog',
    `query AuditLog($first: Int, $after: String, $targetId: ID) {
      auditLog(first: $first, after: $after, targetId: $targetId) {
        ${CONNECTION('id actorRole action targetType targetId targetLabel changedFields before after createdAt actor { id firstName lastName email } organization { id name } person { id firstName lastName email }')}
      }
    }`,
    (filter) => ({ targetId: text(filter.targetId) }),
  ) as ResourceProvider['getList'],
};

import type { GetListParams, GetManyParams, GetOneParams, CreateParams, UpdateParams } from 'react-admin';
import { graphqlClient } from '../auth/graphqlClient';
import type { ResourceProvider } from '../resourceProviders';
import { createConnectionPager, type ConnectionPage } from '../connectionPages';
import { graphql } from '../gql';
import type {
  CreateOrganizationInput,
  CreationRequestsQuery,
  MailOutboxQuery,
  OrganizationCreationRequestStatus,
  OrganizationType,
  OutboxMailStatus,
  PartnerClientsQuery,
  SupportOrganizationFieldsFragment,
  SupportUsersQuery,
  TypedDocumentString,
  UpdateOrganizationInput,
} from '../gql/graphql';

const pager = createConnectionPager();

/** Reads one page of a support list: `query(first, after, …filter)` returning a connection at `field`. */
function listOf<Field extends string, T, V extends { first?: number | null; after?: string | null }>(
  field: Field,
  query: TypedDocumentString<{ [K in Field]: ConnectionPage<T> }, V>,
  variablesFrom: (filter: Record<string, unknown>) => Omit<V, 'first' | 'after'>,
) {
  return async (_resource: string, params: GetListParams) => {
    const filter = (params.filter ?? {}) as Record<string, unknown>;
    const variables = variablesFrom(filter);
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    return pager<T>(`${field}|${JSON.stringify(variables)}`, page, Math.min(perPage, 100), async (first, after) => {
      const data = await graphqlClient.request(query, { ...variables, first, after } as V);
      return data[field];
    });
  };
}

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

// ——— Organisations (SUPER_ADMIN, SUPPORT, METIER) ———

graphql(`
  fragment SupportOrganizationFields on Organization {
    id name type externalId siret street postalCode city department region documentationUrl isCertificationCenter createdAt archivedAt isArchived
    network { id name } parent { id name }
  }
`);

/** Form fields get the ids of the network and parent beside the objects. */
const withIds = (organization: SupportOrganizationFieldsFragment) => ({
  ...organization,
  networkId: organization.network?.id ?? null,
  parentId: organization.parent?.id ?? null,
});

/** The records the support screens read (useRecordContext), each the generated result type of its query. */
export type SupportOrganization = ReturnType<typeof withIds>;
export type CreationRequestRecord = CreationRequestsQuery['organizationCreationRequests']['nodes'][number];
export type SupportUser = SupportUsersQuery['users']['nodes'][number];
export type OutboxMail = MailOutboxQuery['mailOutbox']['nodes'][number];

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

const ORGANIZATIONS = graphql(`
  query SupportOrganizations($first: Int, $after: String, $filter: OrganizationFilter) {
    organizations(first: $first, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage endCursor } nodes { ...SupportOrganizationFields }
    }
  }
`);
const ORGANIZATION = graphql(`
  query SupportOrganization($id: ID!) { organization(id: $id) { ...SupportOrganizationFields } }
`);
const CREATE_ORGANIZATION = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ...SupportOrganizationFields } }
`);
const UPDATE_ORGANIZATION = graphql(`
  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { ...SupportOrganizationFields } }
`);

export const organizationsProvider: ResourceProvider = {
  getList: listOf('organizations', ORGANIZATIONS, (filter) => {
    const archived = filter.archived === 'true' ? true : filter.archived === 'false' ? false : undefined;
    return { filter: { name: text(filter.q), type: (filter.type || undefined) as OrganizationType | undefined, externalId: text(filter.externalId), networkId: (filter.networkId || undefined) as string | undefined, archived } };
  }) as ResourceProvider['getList'],
  getOne: (async (_resource: string, { id }: GetOneParams) => {
    const { organization } = await graphqlClient.request(ORGANIZATION, { id: String(id) });
    return { data: withIds(organization) };
  }) as ResourceProvider['getOne'],
  getMany: (async (_resource: string, { ids }: GetManyParams) => {
    const records = await Promise.all(ids.map((id) => graphqlClient.request(ORGANIZATION, { id: String(id) })));
    return { data: records.map(({ organization }) => withIds(organization)) };
  }) as ResourceProvider['getMany'],
  create: (async (_resource: string, { data }: CreateParams) => {
    const { createOrganization } = await graphqlClient.request(CREATE_ORGANIZATION, { input: organizationInput(data) as CreateOrganizationInput });
    return { data: withIds(createOrganization) };
  }) as ResourceProvider['create'],
  update: (async (_resource: string, { id, data }: UpdateParams) => {
    const { updateOrganization } = await graphqlClient.request(UPDATE_ORGANIZATION, { id: String(id), input: organizationInput(data) as UpdateOrganizationInput });
    return { data: withIds(updateOrganization) };
  }) as ResourceProvider['update'],
};

export const ARCHIVE_ORGANIZATION = graphql(`mutation ArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { id isArchived archivedAt } }`);
export const NETWORKS = graphql(`query Networks { networks { id code name } }`);

// ——— Creation requests ———

export const creationRequestsProvider: ResourceProvider = {
  getList: listOf(
    'organizationCreationRequests',
    graphql(`
      query CreationRequests($first: Int, $after: String, $status: OrganizationCreationRequestStatus) {
        organizationCreationRequests(first: $first, after: $after, status: $status) {
          totalCount pageInfo { hasNextPage endCursor }
          nodes {
            id name type siret street postalCode city department region directorName mandateStatement status rejectionReason createdAt processedAt
            requester { id firstName lastName email } network { id name } organization { id name }
          }
        }
      }
    `),
    (filter) => ({ status: (filter.status || undefined) as OrganizationCreationRequestStatus | undefined }),
  ) as ResourceProvider['getList'],
};

export const APPROVE_CREATION_REQUEST = graphql(`mutation ApproveCreationRequest($id: ID!) { approveOrganizationCreationRequest(id: $id) { id status organization { id name } } }`);
export const REQUEUE_MAIL = graphql(`mutation RequeueMail($id: ID!) { requeueMail(id: $id) { id status attempts lastError nextAttemptAt } }`);
export const REJECT_CREATION_REQUEST = graphql(`mutation RejectCreationRequest($id: ID!, $reason: String!) { rejectOrganizationCreationRequest(id: $id, reason: $reason) { id status rejectionReason } }`);

// ——— Users ———

export const usersProvider: ResourceProvider = {
  getList: listOf(
    'users',
    graphql(`
      query SupportUsers($first: Int, $after: String, $search: String) {
        users(first: $first, after: $after, search: $search) {
          totalCount pageInfo { hasNextPage endCursor }
          nodes {
            id email firstName lastName supportRole hasAcceptedTermsOfService createdAt
            memberships { id role organization { id name isArchived } }
            participations { id status startedAt campaign { id name code organization { id name } } }
          }
        }
      }
    `),
    (filter) => ({ search: text(filter.q) }),
  ) as ResourceProvider['getList'],
};

export const SET_SUPPORT_ROLE = graphql(`mutation SetSupportRole($userId: ID!, $role: SupportRole) { setSupportRole(userId: $userId, role: $role) { id supportRole } }`);

// ——— Mail outbox ———

export const outboxMailsProvider: ResourceProvider = {
  getList: listOf(
    'mailOutbox',
    graphql(`
      query MailOutbox($first: Int, $after: String, $status: OutboxMailStatus, $recipient: String) {
        mailOutbox(first: $first, after: $after, status: $status, recipient: $recipient) {
          totalCount pageInfo { hasNextPage endCursor }
          nodes { id recipient subject template status attempts lastError textBody createdAt nextAttemptAt sentAt invitation { id status isExpired } }
        }
      }
    `),
    (filter) => ({ status: (filter.status || undefined) as OutboxMailStatus | undefined, recipient: text(filter.recipient) }),
  ) as ResourceProvider['getList'],
};

// ——— Partner networks' API clients (SUPER_ADMIN, SUPPORT reads) ———

graphql(`
  fragment PartnerClientFields on PartnerClient {
    id clientId name network { id code name } regions departments scopes contactEmail expiresAt revokedAt lastUsedAt lastUsedIp createdAt
  }
`);

export type PartnerClientRecord = PartnerClientsQuery['partnerClients']['nodes'][number];

/**
 * The list only. Creating a client and rotating its secret are sent by their screens
 * (partners/): the answer holds the secret, which must live in that screen's state until its
 * dialog closes, never in react-admin's cache of records.
 */
export const partnerClientsProvider: ResourceProvider = {
  getList: listOf(
    'partnerClients',
    graphql(`
      query PartnerClients($first: Int, $after: String, $networkId: ID) {
        partnerClients(first: $first, after: $after, networkId: $networkId) {
          totalCount pageInfo { hasNextPage endCursor } nodes { ...PartnerClientFields }
        }
      }
    `),
    (filter) => ({ networkId: (filter.networkId || undefined) as string | undefined }),
  ) as ResourceProvider['getList'],
};

export const CREATE_PARTNER_CLIENT = graphql(`
  mutation CreatePartnerClient($input: CreatePartnerClientInput!) { createPartnerClient(input: $input) { clientSecret client { ...PartnerClientFields } } }
`);
export const ROTATE_PARTNER_CLIENT_SECRET = graphql(`
  mutation RotatePartnerClientSecret($input: RotatePartnerClientSecretInput!) { rotatePartnerClientSecret(input: $input) { clientSecret client { ...PartnerClientFields } } }
`);
export const REVOKE_PARTNER_CLIENT = graphql(`mutation RevokePartnerClient($id: ID!) { revokePartnerClient(id: $id) { ...PartnerClientFields } }`);

// ——— Audit log (SUPER_ADMIN) ———

export const auditEntriesProvider: ResourceProvider = {
  getList: listOf(
    'auditLog',
    graphql(`
      query AuditLog($first: Int, $after: String, $targetId: ID) {
        auditLog(first: $first, after: $after, targetId: $targetId) {
          totalCount pageInfo { hasNextPage endCursor }
          nodes {
            id actorRole action targetType targetId targetLabel changedFields before after createdAt
            actor { id firstName lastName email } organization { id name } person { id firstName lastName email }
          }
        }
      }
    `),
    (filter) => ({ targetId: text(filter.targetId) }),
  ) as ResourceProvider['getList'],
};

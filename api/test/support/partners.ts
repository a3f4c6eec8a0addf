import { buildSiret, CREATE_ORGANIZATION } from './organizations.js';
import type { GraphQLClient } from './graphql-client.js';
import type { TestServer } from './server.js';

export const CREATE_PARTNER_CLIENT = /* GraphQL */ `
  mutation CreateClient($input: CreatePartnerClientInput!) {
    createPartnerClient(input: $input) { clientSecret client { id clientId name scopes regions departments expiresAt revokedAt network { id code } } }
  }
`;

export async function networkId(server: TestServer, code: string): Promise<string> {
  const [row] = await server.orm.em.getConnection().execute<{ id: string }[]>('select id from organizations.networks where code = ?', [code]);
  return row!.id;
}

/** A structure of a network, with an address in a region and a department. */
export async function createNetworkOrganization(support: GraphQLClient, input: { name: string; networkId: string; region: string; department: string; type?: string }) {
  const { createOrganization } = await support.ok(CREATE_ORGANIZATION, {
    input: { name: input.name, type: input.type ?? 'MISSION_LOCALE', siret: buildSiret(), networkId: input.networkId, region: input.region, department: input.department },
  });
  return createOrganization as { id: string; name: string };
}

export interface IssuedClient {
  id: string;
  clientId: string;
  clientSecret: string;
}

export async function createPartnerClient(superAdmin: GraphQLClient, input: Record<string, unknown>): Promise<IssuedClient> {
  const { createPartnerClient } = await superAdmin.ok(CREATE_PARTNER_CLIENT, { input });
  return { id: createPartnerClient.client.id, clientId: createPartnerClient.client.clientId, clientSecret: createPartnerClient.clientSecret };
}

/** POST /oauth/token as a partner's integration would, form-encoded. */
export async function requestToken(server: TestServer, form: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

/** A GraphQL client holding a fresh token of this partner client. */
export async function partnerGraphQLClient(server: TestServer, client: IssuedClient, scope?: string): Promise<GraphQLClient> {
  const { status, body } = await requestToken(server, { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret, ...(scope ? { scope } : {}) });
  if (status !== 200) throw new Error(`token refused: ${status} ${JSON.stringify(body)}`);
  const graphql = server.client();
  graphql.withToken(body.access_token as string);
  return graphql;
}

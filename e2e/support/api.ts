import type { RunningApp } from './app.js';

/** The demo's shared password (seeds/src/demo/accounts.ts, printed in the start banner). */
export const DEMO_PASSWORD = 'Pix-emploi-2026';
/** The demo's super admin (support). */
export const DEMO_SUPPORT = 'support.admin@demo.orga-spe.fr';

/**
 * One GraphQL call over HTTP to the running application; fails with the errors if any.
 * `authorization` is the whole header value: `Bearer <token>`, or `Service <secret>` for the engine.
 */
export async function graphql<T>(app: RunningApp, query: string, variables: Record<string, unknown> = {}, authorization?: string): Promise<T> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Logs in over the API and returns the `Bearer …` header value. */
export async function bearerFor(app: RunningApp, email: string, password = DEMO_PASSWORD): Promise<string> {
  const { login } = await graphql<{ login: { accessToken: string } }>(
    app,
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
    { email, password },
  );
  return `Bearer ${login.accessToken}`;
}

/** The id of the organisation of this exact name, as support finds it. */
export async function organizationIdOf(app: RunningApp, name: string): Promise<string> {
  const { organizations } = await graphql<{ organizations: { nodes: { id: string; name: string }[] } }>(
    app,
    'query($filter: OrganizationFilter) { organizations(filter: $filter, first: 5) { nodes { id name } } }',
    { filter: { name } },
    await bearerFor(app, DEMO_SUPPORT),
  );
  const found = organizations.nodes.find((organization) => organization.name === name);
  if (!found) throw new Error(`organisation ${name} not found`);
  return found.id;
}

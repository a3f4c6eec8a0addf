import { describe, expect, it } from 'vitest';
import { TypedDocumentString } from '../gql/graphql';
import { createGraphQLClient, GraphQLRequestError } from './graphqlClient';
import type { AuthPayload, KeyValueStorage } from './session';

/** A document the tests send; the console's own are checked by codegen. */
const ME = new TypedDocumentString<unknown, never>('query Me { me { id } }');

const NOW = Date.parse('2026-03-02T09:00:00Z');
const MINUTE = 60_000;

function memoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return {
    getItem: key => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: key => void items.delete(key),
  };
}

function payload(n: number, expiresInMs = 15 * MINUTE): AuthPayload {
  return {
    accessToken: `access-${n}`,
    refreshToken: `refresh-${n}`,
    expiresAt: new Date(NOW + expiresInMs).toISOString(),
    user: { id: '1', email: 'lea.martin@demo.orga-spe.fr', firstName: 'Léa', lastName: 'Martin', supportRole: null, hasAcceptedTermsOfService: true },
  };
}

interface Call {
  operation: string;
  query: string;
  authorization: string | null;
  variables: Record<string, unknown>;
}

/** A fake /graphql: `answer` gets the operation name and the bearer token, returns the body. */
function fakeServer(answer: (call: Call) => unknown, headers: Record<string, string> = {}) {
  const calls: Call[] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    const { query, variables } = JSON.parse(String(init.body));
    const call = {
      operation: /(?:mutation|query) (\w+)/.exec(query)![1],
      query,
      authorization: new Headers(init.headers).get('authorization'),
      variables: variables ?? {},
    };
    calls.push(call);
    return new Response(JSON.stringify(answer(call)), { headers: { 'content-type': 'application/json', ...headers } });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const unauthenticated = { data: null, errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] };

describe('graphqlClient', () => {
  it('stores the session at login and sends its access token as a bearer', async () => {
    const server = fakeServer(({ operation }) =>
      operation === 'Login' ? { data: { login: payload(1) } } : { data: { me: { id: '1' } } },
    );
    const client = createGraphQLClient({ fetch: server.fetch, storage: memoryStorage(), now: () => NOW });
    await client.openSession('lea.martin@demo.orga-spe.fr', 'Pix-emploi-2026');
    await client.request(ME);
    expect(server.calls.map(c => [c.operation, c.authorization])).toEqual([
      ['Login', null],
      ['Me', 'Bearer access-1'],
    ]);
    expect(client.getSession()?.user.firstName).toBe('Léa');
  });

  it('posts the generated document as text, with the fragments it spreads (src/gql/)', async () => {
    const server = fakeServer(() => ({ data: { login: payload(1) } }));
    const client = createGraphQLClient({ fetch: server.fetch, storage: memoryStorage(), now: () => NOW });
    await client.openSession('lea.martin@demo.orga-spe.fr', 'Pix-emploi-2026');
    const [login] = server.calls;
    expect(login!.query).toMatch(/^\s*mutation Login\(/);
    expect(login!.query).toContain('fragment AuthPayloadFields on AuthPayload');
    expect(login!.query).toContain('fragment SessionUserFields on User');
  });

  it('signs up without a token and keeps the new account signed in, terms flag included', async () => {
    const fresh = { ...payload(7), user: { ...payload(7).user, id: '9', hasAcceptedTermsOfService: false } };
    const server = fakeServer(({ operation }) => (operation === 'SignUp' ? { data: { signUp: fresh } } : { data: { me: null } }));
    const client = createGraphQLClient({ fetch: server.fetch, storage: memoryStorage(), now: () => NOW });
    const input = { email: 'a@example.fr', password: 'Secret-2026', firstName: 'A', lastName: 'B', acceptTermsOfService: false };
    await client.signUp(input);
    await client.request(ME);
    expect(server.calls.map(c => [c.operation, c.authorization])).toEqual([
      ['SignUp', null],
      ['Me', 'Bearer access-7'],
    ]);
    expect(server.calls[0]!.variables).toEqual({ input });
    expect(client.getSession()?.user.hasAcceptedTermsOfService).toBe(false);
  });

  it('updates the stored user after the terms are accepted, but never with another person', async () => {
    const server = fakeServer(() => ({ data: { login: payload(1) } }));
    const client = createGraphQLClient({ fetch: server.fetch, storage: memoryStorage(), now: () => NOW });
    await client.openSession('lea.martin@demo.orga-spe.fr', 'Pix-emploi-2026');
    const user = { ...payload(1).user, hasAcceptedTermsOfService: false };
    client.updateSessionUser({ ...user, id: 'someone-else' });
    expect(client.getSession()?.user.hasAcceptedTermsOfService).toBe(true);
    client.updateSessionUser(user);
    expect(client.getSession()?.user.hasAcceptedTermsOfService).toBe(false);
    expect(client.getSession()?.accessToken).toBe('access-1');
  });

  it('turns extensions.code into a typed error', async () => {
    const server = fakeServer(() => ({ data: null, errors: [{ message: 'no', extensions: { code: 'INVALID_CREDENTIALS' } }] }));
    const client = createGraphQLClient({ fetch: server.fetch, storage: memoryStorage(), now: () => NOW });
    const error = await client.openSession('x@example.org', 'wrong').catch(e => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error.code).toBe('INVALID_CREDENTIALS');
    expect(client.getSession()).toBeNull();
  });

  it('reports an unreachable server as NETWORK_ERROR', async () => {
    const fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    const client = createGraphQLClient({ fetch, storage: memoryStorage(), now: () => NOW });
    await expect(client.openSession('x@example.org', 'pw')).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });

  it('refreshes once for concurrent requests that meet UNAUTHENTICATED, then retries them', async () => {
    let refreshes = 0;
    const server = fakeServer(({ operation, authorization }) => {
      if (operation === 'Login') return { data: { login: payload(1) } };
      if (operation === 'Refresh') return { data: { refreshAccessToken: payload(2 + refreshes++) } };
      return authorization === 'Bearer access-2' ? { data: { me: { id: '1' } } } : unauthenticated;
    });
    const client = createGraphQLClient({ fetch: server.fetch, storage: memoryStorage(), now: () => NOW });
    await client.openSession('lea.martin@demo.orga-spe.fr', 'Pix-emploi-2026');
    await Promise.all([client.request(ME), client.request(ME)]);
    expect(refreshes).toBe(1);
    expect(server.calls.find(c => c.operation === 'Refresh')?.variables).toEqual({ refreshToken: 'refresh-1' });
    expect(client.getSession()?.refreshToken).toBe('refresh-2');
  });

  it('refreshes before sending when the access token is about to expire', async () => {
    let now = NOW;
    const server = fakeServer(({ operation }) =>
      operation === 'Login'
        ? { data: { login: payload(1) } }
        : operation === 'Refresh'
          ? { data: { refreshAccessToken: payload(2, 30 * MINUTE) } }
          : { data: { me: { id: '1' } } },
    );
    const client = createGraphQLClient({ fetch: server.fetch, storage: memoryStorage(), now: () => now });
    await client.openSession('lea.martin@demo.orga-spe.fr', 'Pix-emploi-2026');
    now += 14.5 * MINUTE;
    await client.request(ME);
    expect(server.calls.map(c => [c.operation, c.authorization])).toEqual([
      ['Login', null],
      ['Refresh', null],
      ['Me', 'Bearer access-2'],
    ]);
  });

  it('forgets the session when the refresh token is refused, and says the refresh was tried', async () => {
    const server = fakeServer(({ operation }) => (operation === 'Login' ? { data: { login: payload(1) } } : unauthenticated));
    const client = createGraphQLClient({ fetch: server.fetch, storage: memoryStorage(), now: () => NOW });
    await client.openSession('lea.martin@demo.orga-spe.fr', 'Pix-emploi-2026');
    const error = await client.request(ME).catch(e => e);
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', refreshAttempted: true });
    expect(client.getSession()).toBeNull();
  });

  it('judges expiry on the local clock, corrected by the server Date header', async () => {
    const serverClockBehind = 20 * MINUTE;
    const server = fakeServer(() => ({ data: { login: payload(1) } }), {
      date: new Date(NOW - serverClockBehind).toUTCString(),
    });
    const client = createGraphQLClient({ fetch: server.fetch, storage: memoryStorage(), now: () => NOW });
    const session = await client.openSession('lea.martin@demo.orga-spe.fr', 'Pix-emploi-2026');
    expect(session.localExpiresAt).toBe(NOW + 15 * MINUTE + serverClockBehind);
  });
});

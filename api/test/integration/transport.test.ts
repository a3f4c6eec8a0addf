import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/index.js';

/** Requests that never reach a resolver: one JSON error shape, a client code and a 4xx status. */
describe('GraphQL transport: statuses and codes', () => {
  let server: TestServer;
  let url: string;

  beforeAll(async () => {
    server = await startTestServer();
    url = `${server.url}/graphql`;
  });
  afterAll(() => server?.close());

  const post = async (body: string, contentType = 'application/json') => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });
    const text = await response.text();
    let json: { errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, json, text };
  };
  const graphql = (payload: Record<string, unknown>) => post(JSON.stringify(payload));

  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED', async () => {
    const result = await graphql({ query: '{ me { id ' });
    expect(result.status).toBe(400);
    expect(result.json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers the 1,000-token limit with 400 GRAPHQL_VALIDATION_FAILED, like every other limit', async () => {
    const result = await graphql({ query: `{ ${Array.from({ length: 1001 }, () => '__typename').join(' ')} }` });
    expect(result.status).toBe(400);
    expect(result.json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.json?.errors?.[0]?.message).toMatch(/^Document contains more tha[nt] 1000 tokens/);
  });

  it('answers a subscription (none is served) with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const result = await graphql({ query: 'subscription { me { id } }' });
    expect(result.status).toBe(400);
    expect(result.json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers depth and alias refusals with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const deep = await graphql({ query: `{ me { memberships { organization { ${'parent { '.repeat(12)}id${' }'.repeat(12)} } } } }` });
    expect(deep.status).toBe(400);
    expect(deep.json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(deep.json?.errors?.[0]?.message).toMatch(/^Query depth limit/);

    const aliases = await graphql({ query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(' ')} }` });
    expect(aliases.status).toBe(400);
    expect(aliases.json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const fifteen = await graphql({ query: `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: __typename`).join(' ')} }` });
    expect(fifteen.status).toBe(200);
  });

  it('answers an unknown operationName and two anonymous operations with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const unknown = await graphql({ query: 'query A { me { id } }', operationName: 'B' });
    expect(unknown.status).toBe(400);
    expect(unknown.json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const twoAnonymous = await graphql({ query: '{ me { id } } { me { id } }' });
    expect(twoAnonymous.status).toBe(400);
    expect(twoAnonymous.json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers a persisted query (wrong hash or none) with 400 BAD_REQUEST', async () => {
    for (const query of ['{ me { id } }', undefined]) {
      const result = await graphql({ query, extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } });
      expect(result.status).toBe(400);
      expect(result.json?.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    }
  });

  it('answers a body over 1 MB with 413 PAYLOAD_TOO_LARGE in the GraphQL error shape', async () => {
    const result = await graphql({ query: '{ me { id } }', variables: { padding: 'x'.repeat(1_100_000) } });
    expect(result.status).toBe(413);
    expect(result.json).toMatchObject({ errors: [{ message: expect.any(String), extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('answers malformed JSON, a wrong content type and an empty query with 400 BAD_REQUEST JSON', async () => {
    for (const [body, contentType] of [
      ['{"query": "{ me { id } }"', 'application/json'],
      ['query=%7B%20me%20%7B%20id%20%7D%20%7D', 'application/x-www-form-urlencoded'],
      ['{ me { id } }', 'application/graphql'],
      [JSON.stringify({ query: '' }), 'application/json'],
    ] as const) {
      const result = await post(body, contentType);
      expect(result.status, `${contentType}: ${result.text}`).toBe(400);
      expect(result.json?.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    }
  });
});

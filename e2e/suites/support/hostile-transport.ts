import { request as httpRequest } from 'node:http';
import { readAnswer, type Answer } from './hostile-checks.js';

/** A transport abuse: how to send it, and the answer the decided behaviour promises. */
export interface TransportCase {
  name: string;
  send(): Promise<Answer>;
  /** Exact statuses accepted (any 4xx when unset). */
  status?: number[];
  /** Accepted codes of the first error (any code when unset); `null`: no error expected. */
  codes?: string[] | null;
  /** Whether a 4xx must be in GraphQL's error shape (true unless Node's HTTP parser answers). */
  graphQLShape?: boolean;
  /** Extra checks on the answer (e.g. a forged token must not sign anyone in). */
  extra?: (answer: Answer) => string[];
}

type Headers = Record<string, string>;

export function post(url: string, body: string | Buffer, headers: Headers = { 'content-type': 'application/json' }): () => Promise<Answer> {
  return async () => readAnswer(await fetch(`${url}/graphql`, { method: 'POST', headers, body: typeof body === 'string' ? body : new Uint8Array(body), signal: AbortSignal.timeout(30_000) }));
}

export function get(url: string, path: string, headers: Headers = {}): () => Promise<Answer> {
  return async () => readAnswer(await fetch(`${url}${path}`, { headers, signal: AbortSignal.timeout(30_000) }));
}

/** A raw request through node:http: fetch refuses some headers and paths the attacker's client sends. */
export function raw(url: string, options: { method: string; path: string; headers: Headers; body?: string | Buffer }): () => Promise<Answer> {
  return () =>
    new Promise((done, fail) => {
      const target = new URL(url);
      const request = httpRequest(
        { host: target.hostname, port: target.port, method: options.method, path: options.path, headers: options.headers, timeout: 30_000 },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let body: unknown;
            try {
              body = JSON.parse(text);
            } catch {
              body = undefined;
            }
            const headers = new Headers();
            for (const [name, value] of Object.entries(response.headers)) if (typeof value === 'string') headers.set(name, value);
            done({ status: response.statusCode ?? 0, text, body, headers });
          });
        },
      );
      request.on('timeout', () => request.destroy(new Error('no answer within 30 s')));
      request.on('error', fail);
      request.end(options.body);
    });
}

const json = (value: unknown) => JSON.stringify(value);

export function transportCases(url: string, options: { memberAuthorization: string; organizationId: string }): TransportCase[] {
  const me = json({ query: '{ me { id } }' });
  const deep = `{ organization(id: ${json(options.organizationId)}) { ${'parent { '.repeat(30)}id${' }'.repeat(30)} } }`;
  const aliases = `{ ${Array.from({ length: 200 }, (_, index) => `a${index}: __typename`).join(' ')} }`;
  const tokens = `{ me { ${Array.from({ length: 1500 }, () => '__typename').join(' ')} } }`;
  const wide = `{ organizations(first: 100) { nodes { campaigns(first: 100) { nodes { participations(first: 100) { nodes { id competenceResults { masteryRate } } } } } members(first: 100) { nodes { user { memberships { organization { id } } } } } } } }`;
  let deepJson: unknown = 'x';
  for (let level = 0; level < 3000; level += 1) deepJson = { name: deepJson };
  const bearer = { authorization: options.memberAuthorization };
  const jsonHeaders = { 'content-type': 'application/json' };

  return [
    { name: 'malformed JSON', send: post(url, '{"query": "{ me { id } }"'), status: [400], codes: ['BAD_REQUEST'] },
    { name: 'JSON with a trailing comma', send: post(url, '{"query": "{ me { id } }",}'), status: [400], codes: ['BAD_REQUEST'] },
    { name: 'JSON string body', send: post(url, '"{ me { id } }"'), status: [400], codes: ['BAD_REQUEST'] },
    { name: 'JSON null body', send: post(url, 'null'), status: [400], codes: ['BAD_REQUEST'] },
    { name: 'empty body', send: post(url, ''), status: [400], codes: ['BAD_REQUEST'] },
    { name: 'empty query', send: post(url, json({ query: '' })), status: [400], codes: ['BAD_REQUEST'] },
    { name: 'no query', send: post(url, json({ variables: {} })), status: [400], codes: ['BAD_REQUEST'] },
    { name: 'query not a string', send: post(url, json({ query: 42 })), status: [400], codes: ['BAD_REQUEST'] },
    { name: 'variables not an object', send: post(url, json({ query: '{ me { id } }', variables: 'x' })), status: [400], codes: ['BAD_REQUEST'] },
    { name: 'content-type text/plain', send: post(url, me, { 'content-type': 'text/plain' }), status: [400], codes: ['BAD_REQUEST'] },
    { name: 'content-type form', send: post(url, `query=${encodeURIComponent('{ me { id } }')}`, { 'content-type': 'application/x-www-form-urlencoded' }), status: [400], codes: ['BAD_REQUEST'] },
    { name: 'content-type multipart', send: post(url, me, { 'content-type': 'multipart/form-data; boundary=x' }), status: [400], codes: ['BAD_REQUEST'] },
    { name: 'no content-type', send: raw(url, { method: 'POST', path: '/graphql', headers: {}, body: me }), status: [400], codes: ['BAD_REQUEST'] },
    { name: 'content-type JSON, unknown charset', send: post(url, me, { 'content-type': 'application/json; charset=klingon' }) },
    { name: 'content-type JSON, body is XML', send: post(url, '<query>{ me { id } }</query>'), status: [400], codes: ['BAD_REQUEST'] },
    // The JSON decoder turns invalid UTF-8 into U+FFFD: a clean refusal of the code is enough.
    { name: 'invalid UTF-8 in the body', send: post(url, Buffer.concat([Buffer.from('{"query":"{ campaignToJoin(code: \\"'), Buffer.from([0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from('\\") { code } }"}')])), status: [200, 400] },
    { name: 'GET with a mutation', send: get(url, `/graphql?query=${encodeURIComponent('mutation { logout }')}`, { 'apollo-require-preflight': 'true' }), status: [400, 405], codes: ['BAD_REQUEST'] },
    { name: 'GET with a mutation, no preflight header', send: get(url, `/graphql?query=${encodeURIComponent('mutation { logout }')}`), status: [400, 405], codes: ['BAD_REQUEST'] },
    { name: 'GET with a malformed query string', send: get(url, '/graphql?query=%7B%20me&variables=%7Bnot-json', { 'apollo-require-preflight': 'true' }), status: [400] },
    { name: 'PUT /graphql', send: raw(url, { method: 'PUT', path: '/graphql', headers: jsonHeaders, body: me }), graphQLShape: false },
    { name: 'DELETE /graphql', send: raw(url, { method: 'DELETE', path: '/graphql', headers: jsonHeaders, body: me }), graphQLShape: false },
    { name: 'batching (an array body)', send: post(url, json([{ query: '{ me { id } }' }, { query: '{ networks { id } }' }])), status: [400], codes: ['BAD_REQUEST'] },
    { name: 'empty array body', send: post(url, '[]'), status: [400], codes: ['BAD_REQUEST'] },
    { name: 'body over 1 MB', send: post(url, json({ query: '{ me { id } }', variables: { pad: 'a'.repeat(1_100_000) } })), status: [413], codes: ['PAYLOAD_TOO_LARGE'] },
    { name: 'body of 5 MB', send: post(url, json({ query: `{ renderWelcomeText(text: ${json('b'.repeat(5_000_000))}) }` })), status: [413], codes: ['PAYLOAD_TOO_LARGE'] },
    // Node's HTTP parser refuses these before the application sees them: no GraphQL shape there.
    { name: 'one header of 20 kB', send: raw(url, { method: 'POST', path: '/graphql', headers: { ...jsonHeaders, 'x-huge': 'a'.repeat(20_000) }, body: me }), status: [400, 431], graphQLShape: false },
    { name: 'authorization header of 12 kB', send: post(url, me, { ...jsonHeaders, authorization: `Bearer ${'a'.repeat(12_000)}` }), status: [401], codes: ['UNAUTHENTICATED'] },
    { name: '300 headers', send: post(url, me, { ...jsonHeaders, ...Object.fromEntries(Array.from({ length: 300 }, (_, index) => [`x-h${index}`, 'v'])) }), status: [200], codes: null },
    { name: 'syntax error', send: post(url, json({ query: '{ me { id ' })), status: [400], codes: ['GRAPHQL_PARSE_FAILED'] },
    { name: 'NUL byte in the document', send: post(url, json({ query: '{ me\u0000 { id } }' })), status: [400], codes: ['GRAPHQL_PARSE_FAILED'] },
    { name: 'unknown field', send: post(url, json({ query: '{ mee { id } }' })), status: [400], codes: ['GRAPHQL_VALIDATION_FAILED'] },
    { name: 'deep query (30 levels)', send: post(url, json({ query: deep }), { ...jsonHeaders, ...bearer }), status: [400], codes: ['GRAPHQL_VALIDATION_FAILED'] },
    { name: '200 aliases of __typename', send: post(url, json({ query: aliases })), status: [400], codes: ['GRAPHQL_VALIDATION_FAILED'] },
    { name: '1,500 tokens', send: post(url, json({ query: tokens })), status: [400], codes: ['GRAPHQL_VALIDATION_FAILED'] },
    { name: 'wide and costly query', send: post(url, json({ query: wide }), { ...jsonHeaders, ...bearer }), status: [400], codes: ['GRAPHQL_VALIDATION_FAILED'] },
    { name: 'unknown operationName', send: post(url, json({ query: 'query A { me { id } }', operationName: 'B' })), status: [400], codes: ['GRAPHQL_VALIDATION_FAILED'] },
    { name: 'two anonymous operations', send: post(url, json({ query: '{ me { id } } { networks { id } }' })), status: [400], codes: ['GRAPHQL_VALIDATION_FAILED'] },
    { name: 'two named operations, no operationName', send: post(url, json({ query: 'query A { me { id } } query B { networks { id } }' })), status: [400], codes: ['GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST'] },
    { name: 'subscription', send: post(url, json({ query: 'subscription { me { id } }' })), status: [400], codes: ['GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST'] },
    {
      name: 'persisted query with a wrong hash',
      send: post(url, json({ query: '{ me { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'deadbeef' } } })),
      status: [400],
      codes: ['BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND'],
    },
    {
      name: 'persisted query, unknown hash and no query',
      send: post(url, json({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } })),
      codes: ['BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND'],
      status: [200, 400, 404],
    },
    { name: 'introspection in production', send: post(url, json({ query: '{ __schema { types { name } } }' })), status: [400], codes: ['GRAPHQL_VALIDATION_FAILED'] },
    { name: 'variables nested 3,000 deep', send: post(url, json({ query: 'query($f: OrganizationFilter) { organizations(filter: $f) { totalCount } }', variables: { f: deepJson } }), { ...jsonHeaders, ...bearer }) },
    {
      name: 'x-sql-statements not sent in production',
      send: post(url, me),
      status: [200],
      codes: null,
      extra: (answer) => (answer.headers.get('x-sql-statements') !== null ? [`x-sql-statements: ${answer.headers.get('x-sql-statements')} in production`] : []),
    },
  ];
}

/** `GET /exports/campaigns/<hostile>/results.csv`, anonymous and signed in. */
export function exportCases(url: string, options: { memberAuthorization: string; unknownId: string }): TransportCase[] {
  const ids: [string, string][] = [
    ['nul-byte', '%00'],
    ['nul-inside', 'a%00b'],
    ['lone-surrogate-utf8', '%ED%A0%80'],
    ['invalid-utf8', '%FF%FE'],
    ['bad-percent', '%'],
    ['bad-percent-2', '%zz'],
    ['rtl-override', '%E2%80%AEabc'],
    ['emoji', '%F0%9F%94%A5'],
    ['sql', "'%20OR%201=1%20--"],
    ['html', '%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['path-traversal', '..%2F..%2F..%2Fetc%2Fpasswd'],
    ['huge-10k', 'a'.repeat(10_000)],
    ['not-a-uuid', 'not-a-uuid'],
    ['unknown-uuid', options.unknownId],
    ['uuid-nil', '00000000-0000-0000-0000-000000000000'],
  ];
  const cases: TransportCase[] = [];
  for (const [principal, headers] of [['anonymous', {}], ['member', { authorization: options.memberAuthorization }]] as const) {
    for (const [kind, id] of ids) {
      cases.push({ name: `GET /exports/campaigns/<${kind}>/results.csv as ${principal}`, send: raw(url, { method: 'GET', path: `/exports/campaigns/${id}/results.csv`, headers }) });
    }
  }
  return cases;
}

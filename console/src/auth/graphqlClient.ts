import type { TypedDocumentString } from '../gql/graphql';
import type { ErrorCode } from './errorCodes';
import { LOGIN, LOGOUT, REFRESH, SIGN_UP } from './operations';
import { createSessionStore, toSession, type AuthPayload, type CurrentUser, type KeyValueStorage, type Session } from './session';

/** A GraphQL or transport failure, carrying the API's `extensions.code`. */
export class GraphQLRequestError extends Error {
  readonly code: ErrorCode | string;
  readonly extensions: Record<string, unknown>;
  readonly status: number | undefined;
  /** Set when the client already tried a refresh for this request: do not try again. */
  refreshAttempted = false;

  constructor(code: string, message: string, extensions: Record<string, unknown> = {}, status?: number) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.code = code;
    this.extensions = extensions;
    this.status = status;
  }
}

export type Variables = Record<string, unknown>;

/**
 * An operation of the console, checked against schema/supergraph.graphql by codegen (src/gql/):
 * its text, with the types of its result and variables.
 */
export type Operation<TResult, TVariables> = TypedDocumentString<TResult, TVariables>;

export type { SignUpInput } from '../gql/graphql';
import type { SignUpInput } from '../gql/graphql';

export interface GraphQLClient {
  /** Sends the operation with the bearer token; on UNAUTHENTICATED, refreshes once and retries once. */
  request<TResult, TVariables>(operation: Operation<TResult, TVariables>, variables?: TVariables): Promise<TResult>;
  /** Login mutation; stores the session. */
  openSession(email: string, password: string): Promise<Session>;
  /** signUp mutation (an account from an invitation link); stores the session like a login. */
  signUp(input: SignUpInput): Promise<Session>;
  /** Keeps the stored session's user in step after a change of theirs (terms accepted...). */
  updateSessionUser(user: CurrentUser): void;
  /** Logout mutation (its failure does not matter), then forgets the session. */
  closeSession(): Promise<void>;
  /** New tokens through `refreshAccessToken`; null when the session is over. One at a time. */
  refreshSession(): Promise<Session | null>;
  getSession(): Session | null;
}

export interface GraphQLClientOptions {
  endpoint?: string;
  fetch?: typeof fetch;
  storage?: KeyValueStorage;
  now?: () => number;
}

/** Refresh this long before expiry, so a request never leaves with a token about to lapse. */
export const REFRESH_MARGIN_MS = 60_000;

export function createGraphQLClient(options: GraphQLClientOptions = {}): GraphQLClient {
  const endpoint = options.endpoint ?? '/graphql';
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;
  const sessions = createSessionStore(options.storage);
  let inFlightRefresh: Promise<Session | null> | null = null;

  async function send<T, V>(operation: Operation<T, V>, variables: V | undefined, accessToken: string | null) {
    const query = operation.toString();
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (accessToken) headers.authorization = `Bearer ${accessToken}`;
    let response: Response;
    try {
      response = await doFetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    } catch (error) {
      throw new GraphQLRequestError('NETWORK_ERROR', `GraphQL endpoint unreachable: ${String(error)}`);
    }
    let body: { data?: T | null; errors?: { message?: string; extensions?: Record<string, unknown> }[] };
    try {
      body = await response.json();
    } catch {
      // Not GraphQL at all: a proxy error page, or the API is down behind a gateway.
      const code = response.status === 401 ? 'UNAUTHENTICATED' : response.status >= 502 ? 'NETWORK_ERROR' : 'INTERNAL_SERVER_ERROR';
      throw new GraphQLRequestError(code, `HTTP ${response.status} without a GraphQL body`, {}, response.status);
    }
    const first = body.errors?.[0];
    if (first) {
      const extensions = first.extensions ?? {};
      const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
      throw new GraphQLRequestError(code, first.message ?? code, extensions, response.status);
    }
    if (body.data == null) {
      throw new GraphQLRequestError('INTERNAL_SERVER_ERROR', 'GraphQL response without data', {}, response.status);
    }
    const date = response.headers.get('date');
    const serverDate = date ? Date.parse(date) : Number.NaN;
    return { data: body.data, serverDate: Number.isNaN(serverDate) ? null : serverDate };
  }

  function storePayload(payload: AuthPayload, serverDate: number | null): Session {
    const session = toSession(payload, now(), serverDate);
    sessions.write(session);
    return session;
  }

  const isFresh = (session: Session) => session.localExpiresAt - now() > REFRESH_MARGIN_MS;

  async function refreshOnce(staleAccessToken?: string): Promise<Session | null> {
    const session = sessions.read();
    if (!session) return null;
    // Another tab refreshed while we waited for the lock: use its tokens rather than rotate again.
    if (staleAccessToken && session.accessToken !== staleAccessToken && isFresh(session)) return session;
    try {
      const { data, serverDate } = await send(REFRESH, { refreshToken: session.refreshToken }, null);
      return storePayload(data.refreshAccessToken, serverDate);
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') {
        // The refresh token is single use: another tab may have spent it and stored the new one.
        const current = sessions.read();
        if (current && current.refreshToken !== session.refreshToken) return current;
        sessions.clear();
        return null;
      }
      throw error; // offline or server fault: keep the session, the next request tries again
    }
  }

  function refreshSession(staleAccessToken?: string): Promise<Session | null> {
    inFlightRefresh ??= withTabLock(() => refreshOnce(staleAccessToken)).finally(() => {
      inFlightRefresh = null;
    });
    return inFlightRefresh;
  }

  async function validAccessToken(): Promise<string | null> {
    const session = sessions.read();
    if (!session) return null;
    if (isFresh(session)) return session.accessToken;
    const refreshed = await refreshSession(session.accessToken).catch(() => session);
    return refreshed?.accessToken ?? null;
  }

  async function request<T, V>(operation: Operation<T, V>, variables?: V): Promise<T> {
    const token = await validAccessToken();
    try {
      return (await send(operation, variables, token)).data;
    } catch (error) {
      if (!(error instanceof GraphQLRequestError) || error.code !== 'UNAUTHENTICATED' || !token) throw error;
      const refreshed = await refreshSession(token).catch(() => null);
      if (!refreshed || refreshed.accessToken === token) {
        error.refreshAttempted = true;
        throw error;
      }
      try {
        return (await send(operation, variables, refreshed.accessToken)).data;
      } catch (retryError) {
        if (retryError instanceof GraphQLRequestError) retryError.refreshAttempted = true;
        throw retryError;
      }
    }
  }

  return {
    request,
    refreshSession: () => refreshSession(),
    getSession: () => sessions.read(),
    async openSession(email, password) {
      const { data, serverDate } = await send(LOGIN, { email, password }, null);
      return storePayload(data.login, serverDate);
    },
    async signUp(input) {
      const { data, serverDate } = await send(SIGN_UP, { input }, null);
      return storePayload(data.signUp, serverDate);
    },
    updateSessionUser(user) {
      const session = sessions.read();
      if (session && session.user.id === user.id) sessions.write({ ...session, user: { ...session.user, ...user } });
    },
    async closeSession() {
      if (sessions.read()) {
        await request(LOGOUT).catch(() => undefined);
      }
      sessions.clear();
    },
  };
}

/**
 * Tabs share the stored session and a refresh token works once: the Web Locks API keeps two tabs
 * from spending the same one. Where it is missing, the re-read in refreshOnce covers most races.
 */
function withTabLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? locks.request('orga-spe.refresh', task) : task();
}

/** The client every screen shares. */
export const graphqlClient = createGraphQLClient();

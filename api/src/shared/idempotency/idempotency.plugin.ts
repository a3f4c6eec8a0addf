import { HeaderMap, type ApolloServerPlugin, type BaseContext, type GraphQLRequestContext } from '@apollo/server';
import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import type { Principal } from '../auth/principal.js';
import { toGraphQLError } from '../errors/error-mapper.js';
import { DomainError } from '../errors/domain-error.js';
import type { ErrorRules } from '../errors/error-codes.js';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENCY_REPLAYED_HEADER,
  IdempotencyKeyReusedError,
  IdempotencyKeyUnsupportedError,
  callerScope,
  parseIdempotencyKey,
  requestFingerprint,
} from './idempotency-key.js';
import { IdempotencyKeyRepository, purgeExpiredIdempotencyKeys, type StoredOutcome } from './idempotency.repository.js';

/** What the plugin needs of the request context (the in-process gateway's, or a subgraph's). */
interface ContextWithDatabase {
  em?: EntityManager;
  principal?: Principal;
}

const PURGE_EVERY_MS = 10 * 60 * 1000;

interface Claim {
  em: EntityManager;
  keys: IdempotencyKeyRepository;
  scope: string;
  key: string;
  /** Lets the next request with this key in this process go on. */
  endTurn: () => void;
}

/**
 * `Idempotency-Key` on mutations. Before execution the request's EntityManager (shared by the
 * three subgraphs in-process) opens a transaction and claims the key in it; the use cases'
 * own transactions become savepoints of it. Before the response leaves, the response is stored
 * and everything commits at once — or everything rolls back on a retryable failure. So there is
 * no moment where the writes are committed and the key is not: a client that saw a failure can
 * send the same request with the same key again, and either it runs (nothing had committed) or
 * it gets the stored response (header `Idempotency-Replayed: true`). Queries ignore the header.
 */
export function idempotencyPlugin({ ttlHours, logger, errorRules }: { ttlHours: number; logger: Logger; errorRules: ErrorRules }): ApolloServerPlugin<BaseContext> {
  let lastPurge = 0;
  // Duplicates reaching this process wait here, one behind the other, rather than each holding a
  // pooled connection while blocked on the key's row: enough duplicates would otherwise empty the
  // pool that the first request needs. Duplicates sent to other processes wait in PostgreSQL.
  const inFlight = new Map<string, Promise<void>>();
  async function takeTurn(id: string): Promise<() => void> {
    for (let ahead = inFlight.get(id); ahead; ahead = inFlight.get(id)) await ahead;
    let release!: () => void;
    inFlight.set(id, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      inFlight.delete(id);
      release();
    };
  }

  return {
    async requestDidStart({ request }) {
      const header = request.http?.headers.get(IDEMPOTENCY_KEY_HEADER);
      if (header === undefined) return;
      let claim: Claim | undefined;
      let replay: StoredOutcome | undefined;
      // didResolveOperation hooks run side by side: another plugin's refusal can reach
      // willSendResponse while the claim is still being taken. Settle only after it.
      let claiming: Promise<void> = Promise.resolve();

      return {
        async didResolveOperation(requestContext) {
          if (requestContext.operation?.operation !== 'mutation') return;
          claiming = (async () => {
            const key = parseIdempotencyKey(header);
            const { em, principal } = requestContext.contextValue as ContextWithDatabase;
            if (!em) throw new IdempotencyKeyUnsupportedError();
            const scope = callerScope(principal);
            const fingerprint = requestFingerprint({
              query: requestContext.source,
              variables: requestContext.request.variables,
              operationName: requestContext.request.operationName,
            });
            const endTurn = await takeTurn(`${scope}\n${key}`);
            try {
              await em.begin();
              const keys = new IdempotencyKeyRepository(em.getTransactionContext<Knex.Transaction>()!);
              const stored = await keys.claim(scope, key, fingerprint, ttlHours);
              if (!stored) {
                claim = { em, keys, scope, key, endTurn };
                return;
              }
              await em.rollback();
              if (stored.fingerprint !== fingerprint) throw new IdempotencyKeyReusedError();
              // Rows commit only with their answer; anything else was written by hand.
              if (stored.status !== 'COMPLETED' || !stored.body) throw new Error('idempotency key committed without its answer');
              replay = stored;
            } catch (error) {
              await rollbackQuietly(em, logger);
              throw error;
            } finally {
              if (!claim) endTurn();
            }
          })().catch((error: unknown) => {
            // Not the error itself in the log: a failed statement's message quotes its values.
            if (!(error instanceof DomainError)) logger.error({ sqlState: (error as { code?: string }).code }, 'could not claim an idempotency key');
            throw withStatus(toGraphQLError(error), errorRules);
          });
          await claiming;
        },

        async responseForOperation() {
          if (!replay) return null;
          return {
            http: { status: replay.httpStatus ?? 200, headers: new HeaderMap([[IDEMPOTENCY_REPLAYED_HEADER, 'true']]) },
            body: { kind: 'single', singleResult: replay.body as FormattedExecutionResult },
          };
        },

        async willSendResponse(requestContext) {
          await claiming.catch(() => undefined);
          if (!claim) return;
          const taken = claim;
          claim = undefined;
          try {
            await settle(taken, requestContext);
          } finally {
            taken.endTurn();
          }
          if (Date.now() - lastPurge > PURGE_EVERY_MS) {
            lastPurge = Date.now();
            await purgeExpiredIdempotencyKeys(taken.em.getConnection().getKnex(), ttlHours).catch((error: { code?: string }) =>
              logger.warn({ sqlState: error.code }, 'idempotency keys purge failed'),
            );
          }
        },
      };
    },
  };

  async function settle({ em, keys, scope, key }: Claim, requestContext: GraphQLRequestContext<BaseContext>): Promise<void> {
    const { response } = requestContext;
    const result = response.body?.kind === 'single' ? response.body.singleResult : undefined;
    const status = response.http.status ?? 200;
    if (!result || isRetryable(result.errors, status, errorRules)) {
      await rollbackQuietly(em, logger);
      // Nothing was written: an answer that still showed data would describe rows that do not exist.
      if (result?.data) response.body = { kind: 'single', singleResult: { errors: result.errors } };
      return;
    }
    try {
      await keys.complete(scope, key, result, status);
      await em.commit();
    } catch (error) {
      // Never log the error itself: its message may quote the statement with the stored body.
      logger.error({ sqlState: (error as { code?: string }).code }, 'could not commit a mutation with its idempotency key');
      await rollbackQuietly(em, logger);
      // A refusal stays true without being stored (the retry meets it again); data does not.
      if (result.data) {
        const failure = withStatus(toGraphQLError(error), errorRules);
        const { http, ...extensions } = failure.extensions as Record<string, unknown> & { http?: { status?: number; headers?: Map<string, string> } };
        response.body = { kind: 'single', singleResult: { errors: [{ message: failure.message, extensions }] } };
        response.http.status = http?.status ?? 500;
        for (const [name, value] of http?.headers ?? []) response.http.headers.set(name, value);
      }
    }
  }
}

/**
 * Outcomes that must not be replayed: the retry has to run again (Stripe does the same for 5xx
 * and rate limits). Business refusals (EMAIL_ALREADY_USED, NOT_FOUND…) are stored like successes;
 * which codes are retryable is the error table's `retryable` (src/error-codes.ts).
 */
function isRetryable(errors: readonly GraphQLFormattedError[] | undefined, status: number, rules: ErrorRules): boolean {
  if (status >= 500 || status === 429) return true;
  return (errors ?? []).some((error) => rules[String(error.extensions?.code)]?.retryable === true);
}

async function rollbackQuietly(em: EntityManager, logger: Logger): Promise<void> {
  if (!em.isInTransaction()) return;
  await em.rollback().catch((error: { code?: string }) => logger.warn({ sqlState: error.code }, 'idempotency rollback failed'));
}

/** The HTTP status of the refusals this plugin answers before execution (Apollo reads `extensions.http`). */
function withStatus<E extends { extensions: Record<string, unknown> }>(error: E, rules: ErrorRules): E {
  const status = rules[String(error.extensions.code)]?.status;
  if (status && !error.extensions.http) Object.assign(error.extensions, { http: { status } });
  return error;
}

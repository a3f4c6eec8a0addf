import { GraphQLError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { DriverException } from '@mikro-orm/core';
import { DomainError } from './domain-error.js';
import type { SharedErrorCode } from './error-codes.js';
import type { Logger } from '../logger.js';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../database/database-unavailable.js';

/** The codes every client can rely on; README's API section lists them with their meaning. */
export const INTERNAL_ERROR_CODE: SharedErrorCode = 'INTERNAL_SERVER_ERROR';

/** A GraphQL error answering one of shared/'s codes (src/shared/errors/error-codes.ts): a typo fails compilation. */
export function sharedGraphQLError(message: string, code: SharedErrorCode, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/**
 * The one place where errors become GraphQL errors. It runs inside each subgraph so that the
 * code survives the trip through the gateway (the gateway keeps `extensions`, not the class).
 */
export function toGraphQLError(error: unknown, logger?: Logger): GraphQLError {
  if (error instanceof DomainError) {
    return new GraphQLError(error.message, { extensions: { code: error.code, ...error.details } });
  }
  if (error instanceof ArgumentValidationError) {
    const validationErrors = (error.extensions.validationErrors ?? []) as ValidationError[];
    return sharedGraphQLError('Les données envoyées sont invalides.', 'BAD_USER_INPUT', { fields: flattenValidationErrors(validationErrors) });
  }
  if (error instanceof AuthenticationError) {
    return sharedGraphQLError('Vous devez être connecté.', 'UNAUTHENTICATED');
  }
  if (error instanceof AuthorizationError) {
    return sharedGraphQLError("Vous n'avez pas les droits pour cette action.", 'FORBIDDEN');
  }
  if (error instanceof GraphQLError && typeof error.extensions?.code === 'string') return error;
  // An id that is not a UUID reaches PostgreSQL as "invalid input syntax": the caller's mistake.
  if (error instanceof DriverException && (error as DriverException & { code?: string }).code === '22P02') {
    return sharedGraphQLError('Identifiant invalide.', 'BAD_USER_INPUT', { fields: [{ field: 'id', constraints: ['isUUID'] }] });
  }
  if (isDatabaseUnavailable(error)) {
    logger?.warn({ err: error }, 'database unavailable');
    return serviceUnavailable();
  }
  // Anything else is a bug or an outage: log it whole, answer without internals (no SQL, no stack).
  logger?.error({ err: error }, 'unexpected error in resolver');
  return sharedGraphQLError('Une erreur interne est survenue.', INTERNAL_ERROR_CODE);
}

/**
 * The database cannot be reached (down, restarting, pool exhausted): a retryable answer, HTTP 503
 * with `Retry-After`, never INTERNAL_SERVER_ERROR. Apollo reads `extensions.http` and removes it.
 */
export function serviceUnavailable(): GraphQLError {
  const retryAfterSeconds = DATABASE_RETRY_AFTER_SECONDS;
  return sharedGraphQLError('Le service est momentanément indisponible. Réessayez dans quelques secondes.', 'SERVICE_UNAVAILABLE', {
    retryAfterSeconds,
    http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
  });
}

/** Field paths and the broken rules, never the submitted values (they may hold a password). */
function flattenValidationErrors(errors: ValidationError[], prefix = ''): { field: string; constraints: string[] }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, constraints: Object.keys(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

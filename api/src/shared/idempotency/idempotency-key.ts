import { createHash } from 'node:crypto';
import type { Principal } from '../auth/principal.js';
import { DomainError, InvalidInputError } from '../errors/domain-error.js';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const IDEMPOTENCY_REPLAYED_HEADER = 'idempotency-replayed';

// 1 to 255 printable ASCII characters: a UUID, a ULID or any opaque token a client generates.
const PRINTABLE_ASCII = /^[\x20-\x7E]{1,255}$/;

/** The header as sent, or a BAD_USER_INPUT naming it (the value itself is not repeated). */
export function parseIdempotencyKey(raw: string): string {
  if (!PRINTABLE_ASCII.test(raw)) {
    throw new InvalidInputError("L'en-tête Idempotency-Key doit compter de 1 à 255 caractères ASCII imprimables.", [
      { field: 'Idempotency-Key', constraints: raw.length > 255 ? ['maxLength'] : ['printableAscii'] },
    ]);
  }
  return raw;
}

/** Keys of different callers never meet: a person's keys are theirs, anonymous keys share one space. */
export function callerScope(principal: Principal | undefined): string {
  if (principal?.kind === 'user') return `user:${principal.userId}`;
  if (principal?.kind === 'service') return `service:${principal.service}`;
  return 'anonymous';
}

/**
 * What "the same request" means: the operation document, its variables and its name. Object keys
 * are sorted so that a client serialising the same variables in another order is not refused.
 */
export function requestFingerprint(request: { query: string; variables: unknown; operationName: string | null | undefined }): string {
  const canonical = canonicalJson({ query: request.query, variables: request.variables ?? {}, operationName: request.operationName ?? null });
  return createHash('sha256').update(canonical).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The key was already used, by this caller, for another request (HTTP 422). */
export class IdempotencyKeyReusedError extends DomainError {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';
  constructor() {
    super('Cette clé Idempotency-Key a déjà servi pour une autre requête : utilisez-en une nouvelle.');
  }
}

/** A gateway without database (remote subgraphs) cannot keep the promise: it says so (HTTP 400). */
export class IdempotencyKeyUnsupportedError extends DomainError {
  readonly code = 'IDEMPOTENCY_KEY_UNSUPPORTED';
  constructor() {
    super("Ce déploiement (passerelle vers des sous-graphes distants) n'honore pas l'en-tête Idempotency-Key : retirez-le ou passez par le déploiement en un seul processus.");
  }
}

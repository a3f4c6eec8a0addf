import type { SharedErrorCode } from './error-codes.js';

/**
 * Business errors are data: each carries a stable code that partners and the console rely on.
 * Contexts subclass it in their `domain/errors.ts` as `DomainError<TheirErrorCode>`, so a code
 * outside their list (or a typo) fails compilation; without the parameter only a shared code
 * compiles. `error-mapper.ts` turns it into a GraphQL error.
 */
export abstract class DomainError<Code extends string = SharedErrorCode> extends Error {
  abstract readonly code: Code;
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
}

/** A partner client's token does not carry the scope this field needs (GitHub and RFC 6750 name it so). */
export class InsufficientScopeError extends DomainError {
  readonly code = 'INSUFFICIENT_SCOPE';
  constructor(scope: string) {
    super(`Ce jeton n'a pas la portée « ${scope} ».`, { scope });
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
}

/** Same shape as class-validator failures after mapping: the field path and the broken rules. */
export interface InvalidField {
  field: string;
  constraints: string[];
}

export class InvalidInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(message: string, readonly fields: InvalidField[] = []) {
    super(message, { fields });
  }
}

/** A shared resource (e.g. the export connections) is saturated: try again shortly. */
export class ServiceBusyError extends DomainError {
  readonly code = 'SERVICE_BUSY';
  constructor(message: string, retryAfterSeconds: number) {
    super(message, { retryAfterSeconds });
  }
}

import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logger.js';
import type { ErrorRules, SharedErrorCode } from '../errors/error-codes.js';

/**
 * Errors raised before GraphQL or a route handler runs (body parsing, path decoding) answer in
 * GraphQL's error shape, with the status they deserve, instead of express's HTML page.
 */
export function transportErrorHandler(logger: Logger, errorRules: ErrorRules): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const { message, extensions } = describe(error as { type?: string; status?: number });
    // The status of the code, from the one error table (src/error-codes.ts).
    const status = errorRules[extensions.code]?.status ?? 500;
    if (status >= 500) logger.error({ err: error }, 'unexpected error in the HTTP layer');
    res.status(status).json({ errors: [{ message, extensions }] });
  };
}

function describe(error: { type?: string; status?: number }): { message: string; extensions: { code: SharedErrorCode } & Record<string, unknown> } {
  if (error.type === 'entity.too.large') return { message: 'La requête dépasse la taille autorisée (1 Mo).', extensions: { code: 'PAYLOAD_TOO_LARGE' } };
  if (error.type === 'entity.parse.failed') return { message: "Le corps de la requête n'est pas du JSON valide.", extensions: { code: 'BAD_REQUEST' } };
  // A path parameter that is not valid UTF-8 once decoded (`%C3%28`): express cannot decode it.
  if (error instanceof URIError) {
    return { message: 'Les données envoyées sont invalides.', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'path', constraints: ['wellFormedUnicode'] }] } };
  }
  // Other body-parser refusals (unsupported charset or encoding, aborted upload) are the client's.
  if (typeof error.type === 'string' && error.status && error.status < 500) return { message: 'Requête invalide.', extensions: { code: 'BAD_REQUEST' } };
  return { message: 'Une erreur interne est survenue.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logger.js';

/**
 * Errors raised before GraphQL or a route handler runs (body parsing, path decoding) answer in
 * GraphQL's error shape, with the status they deserve, instead of express's HTML page.
 */
export function transportErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const { status, message, extensions } = describe(error as { type?: string; status?: number });
    if (status >= 500) logger.error({ err: error }, 'unexpected error in the HTTP layer');
    res.status(status).json({ errors: [{ message, extensions }] });
  };
}

function describe(error: { type?: string; status?: number }): { status: number; message: string; extensions: Record<string, unknown> } {
  if (error.type === 'entity.too.large') return { status: 413, message: 'La requête dépasse la taille autorisée (1 Mo).', extensions: { code: 'PAYLOAD_TOO_LARGE' } };
  if (error.type === 'entity.parse.failed') return { status: 400, message: "Le corps de la requête n'est pas du JSON valide.", extensions: { code: 'BAD_REQUEST' } };
  // A path parameter that is not valid UTF-8 once decoded (`%C3%28`): express cannot decode it.
  if (error instanceof URIError) {
    return { status: 400, message: 'Les données envoyées sont invalides.', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'path', constraints: ['wellFormedUnicode'] }] } };
  }
  // Other body-parser refusals (unsupported charset or encoding, aborted upload) are the client's.
  if (typeof error.type === 'string' && error.status && error.status < 500) return { status: 400, message: 'Requête invalide.', extensions: { code: 'BAD_REQUEST' } };
  return { status: 500, message: 'Une erreur interne est survenue.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

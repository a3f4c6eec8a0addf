import type { RequestHandler } from 'express';
import type { Logger } from '../../shared/logger.js';
import { issueClientToken, type TokenRequest } from '../domain/usecases/issue-client-token.usecase.js';
import type { PartnersDependencies } from '../domain/dependencies.js';

export const TOKEN_PATH = '/oauth/token';

/**
 * POST /oauth/token: OAuth 2.0 client credentials (RFC 6749 §4.4), form-encoded; the client
 * authenticates with HTTP Basic (§2.3.1: id and secret form-urlencoded, then base64) or with
 * `client_id`/`client_secret` in the body, never both. Answers are never cached (§5.1); errors are
 * §5.2's JSON with 400, or 401 for `invalid_client` (with `WWW-Authenticate` when Basic was used),
 * and 429 with `Retry-After` once the throttle holds.
 */
export function tokenRoute(dependencies: (() => PartnersDependencies) | undefined, logger: Logger): RequestHandler {
  return async (req, res) => {
    res.set({ 'Cache-Control': 'no-store', Pragma: 'no-cache' });
    const refuse = (status: number, error: string, description: string) => res.status(status).json({ error, error_description: description });
    if (!dependencies) return void refuse(503, 'temporarily_unavailable', 'Ce processus ne délivre pas de jetons (passerelle sans base de données).');
    if (!req.is('application/x-www-form-urlencoded')) return void refuse(400, 'invalid_request', 'Le corps doit être application/x-www-form-urlencoded.');
    const body = (req.body ?? {}) as Record<string, unknown>;
    const field = (name: string): string | null | undefined => {
      const value = body[name];
      if (value === undefined) return null;
      return typeof value === 'string' ? value : undefined;
    };
    const basic = parseBasic(req.get('authorization'));
    const [grantType, bodyId, bodySecret, scope] = [field('grant_type'), field('client_id'), field('client_secret'), field('scope')];
    // A parameter given twice arrives as an array: RFC 6749 §3.2 says it must not be.
    if ([grantType, bodyId, bodySecret, scope].includes(undefined)) return void refuse(400, 'invalid_request', 'Un paramètre est répété ou mal formé.');
    if (basic === 'malformed') return void refuse(400, 'invalid_request', "L'en-tête Authorization Basic est mal formé.");
    if (basic && (bodyId || bodySecret)) return void refuse(400, 'invalid_request', 'Une seule méthode d’authentification du client : HTTP Basic ou le corps.');
    const request: TokenRequest = {
      grantType: grantType!,
      clientId: basic ? basic.id : bodyId!,
      clientSecret: basic ? basic.secret : bodySecret!,
      scope: scope!,
      // An IPv4 client as Node names it behind a dual-stack socket: the address, as people write it.
      ip: (req.ip ?? 'unknown').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, ''),
    };
    try {
      const outcome = await issueClientToken(request, dependencies());
      if (outcome.ok) {
        return void res.json({ access_token: outcome.accessToken, token_type: 'Bearer', expires_in: outcome.expiresIn, scope: outcome.scopes.join(' ') });
      }
      if (outcome.error === 'too_many_requests') {
        res.set('Retry-After', String(outcome.retryAfterSeconds));
        return void res.status(429).json({ error: 'slow_down', error_description: outcome.description, retry_after: outcome.retryAfterSeconds });
      }
      if (outcome.error === 'invalid_client') {
        if (basic) res.set('WWW-Authenticate', 'Basic realm="orga-spe", charset="UTF-8"');
        return void refuse(401, outcome.error, outcome.description);
      }
      refuse(400, outcome.error, outcome.description);
    } catch (error) {
      logger.error({ err: error }, 'token request failed');
      res.set('Retry-After', '5');
      refuse(503, 'temporarily_unavailable', 'Le service de jetons est momentanément indisponible : réessayez.');
    }
  };
}

function parseBasic(header: string | undefined): { id: string; secret: string } | 'malformed' | null {
  if (!header) return null;
  const [scheme, credentials] = header.trim().split(/\s+/, 2);
  if (scheme?.toLowerCase() !== 'basic') return 'malformed';
  const decoded = Buffer.from(credentials ?? '', 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return 'malformed';
  try {
    return { id: decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' ')), secret: decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' ')) };
  } catch {
    return 'malformed';
  }
}

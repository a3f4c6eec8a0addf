import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * helmet's headers on every response (console, /graphql, exports). The Content-Security-Policy is
 * the one the built console works under (console/dist: one module script and its chunks, no
 * inline script; a `data:` favicon): scripts, connections, fonts and images from this origin only,
 * no plugin, no framing. `style-src` keeps 'unsafe-inline' because react-admin's MUI styles are
 * emotion `<style>` tags inserted at run time, with no nonce to give them; scripts stay strict.
 */
export function securityHeaders({ production, graphqlLandingPage }: { production: boolean; graphqlLandingPage: boolean }): RequestHandler {
  const options: HelmetOptions = {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // No upgrade-insecure-requests: a production instance reached over plain HTTP (a test
        // run, a private network) would lose its scripts. HSTS says it to browsers over HTTPS.
      },
    },
    frameguard: { action: 'deny' },
    // HTTPS is the proxy's business; outside production the app is reached over plain HTTP.
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  };
  const everywhere = helmet(options);
  // Apollo's landing page (development, or a sandbox with GRAPHQL_INTROSPECTION=true) loads
  // Apollo's CDN and brings its own policy in a <meta> tag; ours would blank it.
  const landingPage = helmet({ ...options, contentSecurityPolicy: false });
  return (req, res, next) => {
    const servesLandingPage = graphqlLandingPage && req.method === 'GET' && req.path === '/graphql' && Boolean(req.accepts('html'));
    return (servesLandingPage ? landingPage : everywhere)(req, res, next);
  };
}

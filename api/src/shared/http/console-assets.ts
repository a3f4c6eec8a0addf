import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

/** Vite names every built file `assets/<name>-<hash>.<ext>`: a new release has new URLs. */
const HASHED_ASSET = /^\/assets\/[\w.-]+-[\w-]{8}\.\w+$/;
/** Scripts and styles: their `.br` and `.gz` are written at build time. */
const COMPRESSED_ASSET = /^\/assets\/[\w.-]+-[\w-]{8}\.(js|css)$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
/** Best first: brotli is ~15 % smaller than gzip on our scripts. Written at build time (console/vite.config.ts). */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * The built console: hashed assets cached for a year (`immutable`: a release changes their names)
 * and sent precompressed when the browser accepts it; `index.html` revalidated on every load
 * (`no-cache`), so a release reaches everyone at their next visit; every other GET that wants HTML
 * (the console is a single-page app) gets `index.html`.
 */
export function serveConsoleAssets(app: Express, consoleDir: string): void {
  app.get(COMPRESSED_ASSET, (req, res, next) => sendPrecompressed(consoleDir, req, res, next));
  app.use(
    express.static(consoleDir, {
      index: false,
      setHeaders: (res, path) => {
        res.setHeader('Cache-Control', HASHED_ASSET.test(`/${path.slice(consoleDir.length + 1).split(sep).join('/')}`) ? IMMUTABLE : 'no-cache');
      },
    }),
  );
  app.get(/^\/(?!graphql|healthz|readyz|exports|assets\/).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(consoleDir, 'index.html'));
  });
}

function sendPrecompressed(consoleDir: string, req: Request, res: Response, next: NextFunction): void {
  const file = normalize(join(consoleDir, req.path));
  if (!file.startsWith(consoleDir + sep) || !existsSync(file)) return next();
  res.vary('Accept-Encoding');
  const encoding = ENCODINGS.find(({ name, suffix }) => req.acceptsEncodings(name) === name && existsSync(file + suffix));
  res.setHeader('Cache-Control', IMMUTABLE);
  res.type(CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
  if (!encoding) return res.sendFile(file, { cacheControl: false });
  res.setHeader('Content-Encoding', encoding.name);
  res.sendFile(file + encoding.suffix, { cacheControl: false, headers: { 'Content-Type': CONTENT_TYPES[extname(file)] } });
}

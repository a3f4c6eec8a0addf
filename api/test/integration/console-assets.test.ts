import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/index.js';

const SCRIPT = `console.log(${JSON.stringify('Orga SPE '.repeat(500))});`;
const HASHED = '/assets/CampaignLandingPage-D3ATftUt.js';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A built console as Vite leaves it (console/vite.config.ts writes the .br and .gz files). */
function fakeConsole(): string {
  const dir = mkdtempSync(join(tmpdir(), 'orga-console-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Orga SPE</title>');
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *');
  writeFileSync(join(dir, 'assets/logo-AbCdEf12.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, `.${HASHED}`), SCRIPT);
  writeFileSync(join(dir, `.${HASHED}.gz`), gzipSync(SCRIPT));
  writeFileSync(join(dir, `.${HASHED}.br`), brotliCompressSync(SCRIPT));
  return dir;
}

describe('serving the console', () => {
  const consoleDir = fakeConsole();
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ consoleDir });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(consoleDir, { recursive: true, force: true });
  });

  // fetch decodes the body as a browser does: what it reads is the script itself.
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });

  it('sends a hashed script brotli- or gzip-compressed as the browser accepts, cached for a year', async () => {
    const brotli = await get(HASHED, { 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.status).toBe(200);
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(brotli.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(brotli.headers.get('vary')).toMatch(/Accept-Encoding/i);

    const gzip = await get(HASHED, { 'accept-encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(Number(gzip.headers.get('content-length'))).toBeLessThan(SCRIPT.length / 10);
    expect(await gzip.text()).toBe(SCRIPT);
    expect(await brotli.text()).toBe(SCRIPT);

    const plain = await get(HASHED, { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);
    expect(plain.headers.get('cache-control')).toBe(IMMUTABLE);

    // Any other hashed file (an image) is immutable too, sent as it is.
    const image = await get('/assets/logo-AbCdEf12.svg');
    expect(image.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(image.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  });

  it('revalidates index.html on every load, for the console routes and the public pages alike', async () => {
    for (const path of ['/', '/campagnes/JEUNES287', '/invitations/x', '/campaigns']) {
      const page = await get(path, { accept: 'text/html' });
      expect(page.status, path).toBe(200);
      expect(page.headers.get('cache-control'), path).toBe('no-cache');
      expect(await page.text()).toContain('<title>Orga SPE</title>');
    }
    expect((await get('/robots.txt')).headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404 for a missing asset, never index.html in its place', async () => {
    const missing = await get('/assets/App-AAAAAAAA.js', { accept: '*/*' });
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<title>Orga SPE</title>');
  });
});

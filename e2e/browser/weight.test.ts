import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '../support/app.js';
import { journey, useBrowserApp } from '../support/browser.js';

const DIST = join(REPOSITORY_ROOT, 'console/dist');
const PHONE = { width: 390, height: 844 };

/** The console's own chunk (react-admin's screens, lists, forms): Vite names it after `src/App.tsx`. */
function consoleChunk(): string {
  const name = readdirSync(join(DIST, 'assets')).find((file) => /^App-[\w-]{8}\.js$/.test(file));
  if (!name) throw new Error('no App-<hash>.js in console/dist/assets: is the console still loaded with import("./App")?');
  return `/assets/${name}`;
}

/** Every script of the build, gzipped: what a visitor downloaded when the console was one bundle. */
function wholeBuildGzipped(): number {
  const assets = join(DIST, 'assets');
  return readdirSync(assets).filter((name) => name.endsWith('.js.gz')).reduce((sum, name) => sum + statSync(join(assets, name)).size, 0);
}

/**
 * A participant opening a campaign link on a phone downloads the landing page, not the console:
 * no react-admin chunk, scripts compressed and cached for good, the page itself revalidated.
 */
describe('browser journey: the weight of a public page', () => {
  const harness = useBrowserApp();

  it('the landing page of JEUNES287 loads compressed, immutable scripts and not the console chunk', async () => {
    await journey(harness, 'weight-landing', async (page) => {
      await page.setViewportSize(PHONE);
      const scripts: { path: string; bytes: number; encoding: string | undefined; cache: string | undefined }[] = [];
      let documentCache: string | undefined;
      page.on('requestfinished', async (request) => {
        const response = await request.response();
        if (!response) return;
        const path = new URL(request.url()).pathname;
        if (request.resourceType() === 'document') documentCache = response.headers()['cache-control'];
        if (request.resourceType() !== 'script' && request.resourceType() !== 'stylesheet') return;
        const { responseBodySize } = await request.sizes();
        scripts.push({ path, bytes: responseBodySize, encoding: response.headers()['content-encoding'], cache: response.headers()['cache-control'] });
      });

      await page.goto(`${harness.app.url}/campagnes/JEUNES287`);
      await page.getByRole('button', { name: 'Je commence' }).waitFor();
      await page.waitForLoadState('networkidle');

      const paths = scripts.map(({ path }) => path);
      expect(paths.length).toBeGreaterThan(0);
      expect(paths).not.toContain(consoleChunk());
      for (const script of scripts) {
        expect(script.encoding, script.path).toMatch(/^(br|gzip)$/);
        expect(script.cache, script.path).toBe('public, max-age=31536000, immutable');
      }
      expect(documentCache).toBe('no-cache');

      const transferred = scripts.reduce((sum, { bytes }) => sum + bytes, 0);
      const whole = wholeBuildGzipped();
      console.info(`/campagnes/JEUNES287: ${scripts.length} scripts, ${Math.round(transferred / 1024)} kB transferred; the whole build gzipped: ${Math.round(whole / 1024)} kB`);
      expect(transferred).toBeLessThan(whole * 0.75);
    });
  });

  it('the console itself still loads, its chunk included', async () => {
    await journey(harness, 'weight-console', async (page) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(harness.app.url);
      await page.getByLabel('Adresse e-mail').waitFor();
      expect(requested).toContain(consoleChunk());
    });
  });
});

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { CONSOLE_INDEX, REPOSITORY_ROOT, startApp, type RunningApp } from '../support/app.js';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Without the networking flags Chromium floods this closed network with connections (STACK.md).
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const ARTIFACTS = join(REPOSITORY_ROOT, 'e2e/artifacts');
const ADVISOR = { email: 'lea.martin@demo.orga-spe.fr', password: 'Pix-emploi-2026' };
// Room for a loaded 2-core CI machine; the form normally shows within about a second.
const STEP_TIMEOUT_MS = 10_000;

/** The browser journey: Debian's Chromium, driven by playwright-core, against the real application. */
describe('browser journey: the demo advisor signs in to the console', () => {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    // Fail, never skip: a missing browser must not pass for a green run.
    if (!existsSync(CHROMIUM_PATH)) {
      throw new Error(
        `Chromium not found at ${CHROMIUM_PATH}. Install it with \`apt-get install -y chromium\` ` +
          '(Debian; .ci/run does it), or point CHROMIUM_PATH at a Chromium binary.',
      );
    }
    if (!existsSync(CONSOLE_INDEX)) {
      throw new Error(`The console is not built (${CONSOLE_INDEX} is missing): run \`npm run build -w @orga-spe/console\` (npm test does it first).`);
    }
    app = await startApp();
    // `launch` gives every run a fresh, throw-away user-data dir.
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await app?.stop();
  });

  it('signs in with the demo advisor and is greeted by her first name', async () => {
    await journey('login-success', async (page) => {
      await page.goto(app!.url, { waitUntil: 'load' });
      await page.getByLabel('Adresse e-mail').fill(ADVISOR.email);
      await page.getByLabel('Mot de passe').fill(ADVISOR.password);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.getByText('Bonjour Léa').waitFor({ state: 'visible' });
    });
  });

  it('says in French that the e-mail or the password is wrong', async () => {
    await journey('login-wrong-password', async (page) => {
      await page.goto(app!.url, { waitUntil: 'load' });
      await page.getByLabel('Adresse e-mail').fill(ADVISOR.email);
      await page.getByLabel('Mot de passe').fill('not-the-password');
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.getByText("L'adresse e-mail ou le mot de passe est incorrect.").waitFor({ state: 'visible' });
      // Still on the login page, not signed in.
      await page.getByRole('button', { name: 'Se connecter' }).waitFor({ state: 'visible' });
    });
  });

  /**
   * Runs one journey in a fresh browser context (no cookies or storage from another journey). On
   * failure it saves a screenshot and the page's HTML under e2e/artifacts/ and adds the browser's
   * console errors and the application's last output to the error.
   */
  async function journey(name: string, steps: (page: Page) => Promise<void>): Promise<void> {
    const context = await browser!.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    const page = await context.newPage();
    const browserErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') browserErrors.push(message.text());
    });
    page.on('pageerror', (error) => browserErrors.push(error.message));
    try {
      await steps(page);
    } catch (error) {
      mkdirSync(ARTIFACTS, { recursive: true });
      const base = join(ARTIFACTS, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
      const saved: string[] = [];
      await page.screenshot({ path: `${base}.png`, fullPage: true }).then(() => saved.push(`${base}.png`), () => undefined);
      await page.content().then((html) => {
        writeFileSync(`${base}.html`, html);
        saved.push(`${base}.html`);
      }, () => undefined);
      const details = [
        `Journey "${name}" failed at ${page.url()}: ${(error as Error).message}`,
        `Saved: ${saved.join(', ') || 'nothing (the page was gone)'}`,
        `Browser console errors: ${browserErrors.length ? `\n  ${browserErrors.join('\n  ')}` : 'none'}`,
        `Application's last output:\n${app!.output().split('\n').slice(-30).join('\n')}`,
      ].join('\n');
      throw new Error(details, { cause: error });
    } finally {
      await context.close().catch(() => undefined);
    }
  }
});

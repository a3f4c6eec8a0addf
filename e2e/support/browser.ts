import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CONSOLE_INDEX, REPOSITORY_ROOT, startApp, type RunningApp, type StartOptions } from './app.js';
import { DEMO_PASSWORD } from './api.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Without the networking flags Chromium floods this closed network with connections (STACK.md).
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** What a failed step leaves behind: a screenshot and the HTML of each open page (git-ignored). */
export const ARTIFACTS = join(REPOSITORY_ROOT, 'e2e/artifacts');
/** The main screens, saved by the journeys as they pass (git-ignored). */
export const SCREENSHOTS = join(REPOSITORY_ROOT, 'e2e/screenshots');
/** Room for a loaded 2-core machine; a screen normally shows within about a second. */
export const STEP_TIMEOUT_MS = 15_000;

/** The running application and the browser of one test file (set in beforeAll). */
export interface BrowserApp {
  app: RunningApp;
  browser: Browser;
}

/**
 * For a test file's describe: starts the real application (its own database, the demo seeded)
 * and Chromium before the tests, stops both after. Fails, never skips, when the browser or the
 * built console is missing: that must not pass for green.
 */
export function useBrowserApp(options: StartOptions = {}): BrowserApp {
  const harness = {} as BrowserApp;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM_PATH)) {
      throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` (Debian; .ci/run does it), or set CHROMIUM_PATH.`);
    }
    if (!existsSync(CONSOLE_INDEX)) {
      throw new Error(`The console is not built (${CONSOLE_INDEX} is missing): run \`npm run build -w @orga-spe/console\` (npm test does it first).`);
    }
    harness.app = await startApp(options);
    // `launch` gives every run a fresh, throw-away profile.
    harness.browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
  });
  afterAll(async () => {
    await harness.browser?.close().catch(() => undefined);
    await harness.app?.stop();
  });
  return harness;
}

/** Fills and submits the console's login form; waits for nothing (terms, errors… are the caller's). */
export async function submitSignIn(page: Page, app: RunningApp, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(app.url);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Signs in through the console's login form and waits for the dashboard's greeting. */
export async function signIn(page: Page, app: RunningApp, email: string, password = DEMO_PASSWORD): Promise<void> {
  await submitSignIn(page, app, email, password);
  await page.getByTestId('dashboard-greeting').waitFor();
}

/** A full-page screenshot of a main screen, e2e/screenshots/<name>.png. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export interface JourneyOptions {
  /** Playwright's default timeout for each action and wait. */
  stepTimeoutMs?: number;
  /** How many lines of the application's output a failure quotes. */
  outputLines?: number;
  acceptDownloads?: boolean;
}

/**
 * Runs one journey in a fresh browser context (no cookies or storage from another journey). On
 * failure it saves a screenshot and the page's HTML under e2e/artifacts/ and adds the browser's
 * console errors and the application's last output to the error.
 */
export async function journey(harness: BrowserApp, name: string, steps: (page: Page) => Promise<void>, options: JourneyOptions = {}): Promise<void> {
  const cast = new Cast(harness, options);
  try {
    await cast.step(name, async () => steps(await cast.page('page')));
  } finally {
    await cast.close();
  }
}

/**
 * Several people, each with one page in a context of their own (no shared session), kept across
 * the steps of a story; `step` reports a failure with every open page saved.
 */
export class Cast {
  private readonly contexts: BrowserContext[] = [];
  private readonly pages = new Map<string, Page>();
  private readonly browserErrors: string[] = [];

  constructor(
    private readonly harness: BrowserApp,
    private readonly options: JourneyOptions = {},
  ) {}

  /** This person's page, opened on first use. */
  async page(who: string): Promise<Page> {
    const existing = this.pages.get(who);
    if (existing) return existing;
    const context = await this.harness.browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', acceptDownloads: this.options.acceptDownloads ?? false });
    context.setDefaultTimeout(this.options.stepTimeoutMs ?? STEP_TIMEOUT_MS);
    this.contexts.push(context);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') this.browserErrors.push(`[${who}] ${message.text()}`);
    });
    page.on('pageerror', (error) => this.browserErrors.push(`[${who}] ${error.message}`));
    this.pages.set(who, page);
    return page;
  }

  /** Runs a step; on failure, every open page's screenshot and HTML, the browser errors and the app's output. */
  async step(name: string, steps: () => Promise<void>): Promise<void> {
    try {
      await steps();
    } catch (error) {
      mkdirSync(ARTIFACTS, { recursive: true });
      const saved: string[] = [];
      const where: string[] = [];
      for (const [who, page] of this.pages) {
        where.push(`${who} at ${page.url()}`);
        const base = join(ARTIFACTS, `${name}-${who}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
        await page.screenshot({ path: `${base}.png`, fullPage: true }).then(() => saved.push(`${base}.png`), () => undefined);
        await page.content().then((html) => {
          writeFileSync(`${base}.html`, html);
          saved.push(`${base}.html`);
        }, () => undefined);
      }
      throw new Error(
        [
          `Step "${name}" failed (${where.join(', ') || 'no page open'}): ${(error as Error).message}`,
          `Saved: ${saved.join(', ') || 'nothing (the pages were gone)'}`,
          `Browser console errors: ${this.browserErrors.length ? `\n  ${this.browserErrors.join('\n  ')}` : 'none'}`,
          `Application's last output:\n${this.harness.app.output().split('\n').slice(-(this.options.outputLines ?? 30)).join('\n')}`,
        ].join('\n'),
        { cause: error },
      );
    }
  }

  /** Closes every context (their pages with them). */
  async close(): Promise<void> {
    for (const context of this.contexts.splice(0)) await context.close().catch(() => undefined);
    this.pages.clear();
  }
}

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_INDEX, REPOSITORY_ROOT, startApp, type RunningApp } from '../support/app.js';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Without the networking flags Chromium floods this closed network with connections (STACK.md).
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const ARTIFACTS = join(REPOSITORY_ROOT, 'e2e/artifacts');
const SCREENSHOTS = join(REPOSITORY_ROOT, 'e2e/screenshots');
const ENGINE_SECRET = 'e2e-assessment-engine-secret-0123456789';
/** The demo's "Diagnostic initial – Accueil des jeunes 2026": multiple sendings, a profile that allows a reset. */
const CAMPAIGN_CODE = 'JEUNES287';
const PARTICIPANT = { firstName: 'Yanis', lastName: 'Retente', email: 'yanis.retente@example.fr', password: 'Participant-2026', externalId: 'FT-654321' };
const STEP_TIMEOUT_MS = 15_000;

/**
 * "Je retente" on the landing page (guide p.35): a participant who shared their results sees, right
 * after, the date from which they may try again; five days later "Je retente" and "Remettre à zéro"
 * (which asks for confirmation); "Je retente" starts a new participation, shown in progress.
 */
describe('browser journey: "Je retente" on the campaign landing page', () => {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const browserErrors: string[] = [];
  let sharedId = '';

  beforeAll(async () => {
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
    if (!existsSync(CONSOLE_INDEX)) throw new Error(`The console is not built (${CONSOLE_INDEX}): run \`npm run build -w @orga-spe/console\`.`);
    app = await startApp({ env: { ENGINE_SECRET } });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
    context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') browserErrors.push(message.text());
    });
    page.on('pageerror', (error) => browserErrors.push(error.message));
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await app?.stop();
  });

  it('right after sharing, the landing page gives the date from which the participant may try again', async () => {
    await step('retry-1-not-yet', async () => {
      sharedId = await shareAsNewParticipant();
      await page!.goto(`${app!.url}/campagnes/${CAMPAIGN_CODE}`);
      await page!.getByRole('button', { name: 'Je commence' }).click();
      await page!.getByRole('tab', { name: "J'ai déjà un compte" }).click();
      await page!.getByLabel(/^Adresse e-mail/).fill(PARTICIPANT.email);
      await page!.getByLabel(/^Mot de passe/).fill(PARTICIPANT.password);
      await page!.getByRole('button', { name: 'Je me connecte' }).click();

      const panel = page!.getByTestId('participation-panel');
      await panel.getByText(/Merci, vos résultats ont été envoyés/).waitFor();
      const retry = page!.getByTestId('retry-panel');
      await retry.getByText("Envie d'améliorer vos résultats ?").waitFor();
      await retry.getByText(/Vous pourrez retenter à partir du \d{1,2} \S+ \d{4}/).waitFor();
      expect(await retry.getByRole('button', { name: 'Je retente' }).count()).toBe(0);
      await snap('not-yet');
    });
  });

  it('five days after sharing, "Je retente" starts a new participation, shown in progress', async () => {
    await step('retry-2-retry', async () => {
      await ageSharing(sharedId, 5);
      await page!.reload();
      const retry = page!.getByTestId('retry-panel');
      await retry.getByText('Vous pouvez retenter certaines questions').waitFor();
      await snap('offered');

      // "Remettre à zéro" explains first that every question will be asked again; cancelled here.
      await retry.getByRole('button', { name: 'Remettre à zéro' }).click();
      const dialog = page!.getByRole('dialog');
      await dialog.getByText(/Toutes les questions vous seront posées de nouveau/).waitFor();
      await snap('reset-confirm');
      await dialog.getByRole('button', { name: /Annuler/ }).click();
      await dialog.waitFor({ state: 'hidden' });

      await retry.getByRole('button', { name: 'Je retente' }).click();
      const panel = page!.getByTestId('participation-panel');
      await panel.getByText('Votre parcours est en cours').waitFor();
      await panel.getByText(/statut : En cours de test/).waitFor();
      expect(await panel.getAttribute('data-status')).toBe('STARTED');
      const newId = (await panel.getAttribute('data-participation-id')) ?? '';
      expect(newId).not.toBe('');
      expect(newId).not.toBe(sharedId);
      expect(await page!.getByTestId('retry-panel').count()).toBe(0);
      await snap('retried');

      // Still so after a reload: the API holds the new participation.
      await page!.reload();
      await page!.getByTestId('participation-panel').getByText('Votre parcours est en cours').waitFor();
      expect(await page!.getByTestId('participation-panel').getAttribute('data-participation-id')).toBe(newId);
    });
  });

  // ——— helpers ———

  async function graphql<T>(query: string, variables: Record<string, unknown>, authorization?: string): Promise<T> {
    const response = await fetch(`${app!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  /** Over the API: signs up, starts with the identifier, the engine finishes, the participant shares. */
  async function shareAsNewParticipant(): Promise<string> {
    const { signUp } = await graphql<{ signUp: { accessToken: string } }>('mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
      input: { email: PARTICIPANT.email, password: PARTICIPANT.password, firstName: PARTICIPANT.firstName, lastName: PARTICIPANT.lastName, acceptTermsOfService: true },
    });
    const bearer = `Bearer ${signUp.accessToken}`;
    const { startParticipation } = await graphql<{ startParticipation: { id: string } }>(
      'mutation($code: String!, $id: String) { startParticipation(code: $code, participantExternalId: $id) { id } }',
      { code: CAMPAIGN_CODE, id: PARTICIPANT.externalId },
      bearer,
    );
    await graphql('mutation($id: ID!) { recordKnowledgeElements(participationId: $id, elements: [], finished: true) { status } }', { id: startParticipation.id }, `Service ${ENGINE_SECRET}`);
    const { shareParticipationResults } = await graphql<{ shareParticipationResults: { status: string } }>(
      'mutation($id: ID!) { shareParticipationResults(participationId: $id) { status } }',
      { id: startParticipation.id },
      bearer,
    );
    expect(shareParticipationResults.status).toBe('SHARED');
    return startParticipation.id;
  }

  /** No screen moves time forward: the sharing date is moved back in the application's database. */
  async function ageSharing(participationId: string, days: number) {
    const client = new pg.Client({ connectionString: app!.databaseUrl });
    await client.connect();
    try {
      const { rowCount } = await client.query(`update campaigns.participations set shared_at = now() - make_interval(days => $1) where id = $2`, [days, participationId]);
      expect(rowCount).toBe(1);
    } finally {
      await client.end();
    }
  }

  async function snap(name: string) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page!.screenshot({ path: join(SCREENSHOTS, `retry-${name}.png`), fullPage: true });
  }

  /** Runs a step; on failure, the page's screenshot and HTML, the browser errors and the app's output. */
  async function step(name: string, steps: () => Promise<void>): Promise<void> {
    try {
      await steps();
    } catch (error) {
      mkdirSync(ARTIFACTS, { recursive: true });
      const base = join(ARTIFACTS, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
      const saved = await page?.screenshot({ path: `${base}.png`, fullPage: true }).then(() => `${base}.png`, () => 'nothing');
      await page?.content().then((html) => writeFileSync(`${base}.html`, html), () => undefined);
      throw new Error(
        [
          `Step "${name}" failed: ${(error as Error).message}`,
          `Saved: ${saved ?? 'nothing'}`,
          `Browser console errors: ${browserErrors.length ? `\n  ${browserErrors.join('\n  ')}` : 'none'}`,
          `Application's last output:\n${app!.output().split('\n').slice(-15).join('\n')}`,
        ].join('\n'),
        { cause: error },
      );
    }
  }
});

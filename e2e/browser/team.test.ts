import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_INDEX, REPOSITORY_ROOT, startApp, type RunningApp } from '../support/app.js';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const ARTIFACTS = join(REPOSITORY_ROOT, 'e2e/artifacts');
const SCREENSHOTS = join(REPOSITORY_ROOT, 'e2e/screenshots');
const PASSWORD = 'Pix-emploi-2026';
const SUPPORT = 'support.admin@demo.orga-spe.fr';
const REQUESTER = 'julie.petit@demo.orga-spe.fr';
const OTHER_MEMBER = 'lea.martin@demo.orga-spe.fr';
const COLLEAGUE = { email: 'alexis.bertin@example.fr', firstName: 'Alexis', lastName: 'Bertin', password: 'Collegue-2026' };
const STEP_TIMEOUT_MS = 15_000;

/**
 * The people journey of issue 7 in a real browser: support approves the demo's pending creation
 * request (EPIDE Lanrodec, filed by Julie Petit) → Julie opens the invitation link from the mail
 * outbox and accepts → she invites two colleagues at once → one signs up from the link and joins;
 * the team page lists them in alphabetical order; the last admin cannot leave; a member of another
 * organisation cannot see this team.
 */
describe('browser journey: a new organisation builds its team', () => {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  let organizationId = '';

  beforeAll(async () => {
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
    if (!existsSync(CONSOLE_INDEX)) throw new Error(`The console is not built (${CONSOLE_INDEX}): run \`npm run build -w @orga-spe/console\`.`);
    app = await startApp();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await app?.stop();
  });

  it('support approves the pending creation request', async () => {
    await journey('team-1-approve', async (page) => {
      await signIn(page, SUPPORT);
      await page.getByRole('menuitem', { name: 'Demandes de création' }).click();
      const row = page.getByRole('row', { name: /EPIDE Lanrodec/ });
      await row.waitFor();
      await snap(page, 'support-creation-requests');
      await row.getByRole('button', { name: 'Approuver' }).click();
      await page.getByText("Demande approuvée : l'organisation est créée").waitFor();
    });
  });

  it('the requester opens the invitation link, signs in and lands in the new organisation', async () => {
    const link = await invitationLinkFor(REQUESTER);
    organizationId = await organizationIdOf('EPIDE Lanrodec');
    await journey('team-2-requester-accepts', async (page) => {
      await page.goto(link);
      await page.getByTestId('invitation-organization').getByText('EPIDE Lanrodec').waitFor();
      await snap(page, 'invitation-page');
      // The address of the invitation is already typed in.
      expect(await page.getByLabel('Adresse e-mail').inputValue()).toBe(REQUESTER);
      await page.getByLabel('Mot de passe').fill(PASSWORD);
      await page.getByRole('button', { name: 'Je me connecte' }).last().click();
      await page.getByText('Vous êtes connecté(e) en tant que Julie Petit').waitFor();
      await page.getByRole('button', { name: "Accepter l'invitation" }).click();
      await page.getByText('Bonjour Julie').waitFor();
      await page.getByTestId('current-organization').getByText('EPIDE Lanrodec').waitFor();

      // Équipe: she is its administrator; she invites two colleagues at once.
      await page.getByRole('menuitem', { name: 'Équipe' }).click();
      await page.getByRole('heading', { name: /Mon équipe/ }).waitFor();
      await expect.poll(() => page.url()).toContain(`/organizations/${organizationId}/team`);
      await page.getByRole('button', { name: 'Ajouter un membre' }).click();
      await page.getByLabel('Adresses e-mail').fill(`${COLLEAGUE.email}, Camille.Durand@Example.fr\n${COLLEAGUE.email}`);
      await page.getByRole('button', { name: 'Inviter', exact: true }).click();
      await page.getByText('2 invitations envoyées').waitFor();
      await page.getByTestId('invitations').getByText(COLLEAGUE.email).waitFor();
      await page.getByTestId('invitations').getByText('camille.durand@example.fr').waitFor();

      // Cancel one; resend the other.
      const camille = page.getByRole('row', { name: /camille\.durand@example\.fr/ });
      await camille.getByRole('button', { name: "Annuler l'invitation" }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
      await page.getByText('Invitation annulée').waitFor();
      await camille.waitFor({ state: 'detached' });
      await page.getByRole('row', { name: new RegExp(COLLEAGUE.email) }).getByRole('button', { name: 'Renvoyer' }).click();
      await page.getByText('Invitation renvoyée').waitFor();
      await snap(page, 'team-pending-invitations');

      // The only administrator cannot leave: the API's LAST_ADMIN, in French.
      await page.getByRole('button', { name: "Quitter l'organisation" }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
      await page.getByText("L'organisation doit garder au moins un administrateur").waitFor();
    });
  });

  it('the invited colleague creates an account from the link and joins the team', async () => {
    const link = await invitationLinkFor(COLLEAGUE.email);
    await journey('team-3-colleague-signs-up', async (page) => {
      await page.goto(link);
      await page.getByTestId('invitation-organization').getByText('EPIDE Lanrodec').waitFor();
      await page.getByRole('tab', { name: 'Je crée mon compte' }).click();
      await page.getByLabel('Prénom').fill(COLLEAGUE.firstName);
      await page.getByRole('textbox', { name: /^Nom/ }).fill(COLLEAGUE.lastName);
      expect(await page.getByLabel('Adresse e-mail').inputValue()).toBe(COLLEAGUE.email);
      await page.getByLabel('Mot de passe').fill(COLLEAGUE.password);
      await page.getByRole('checkbox').check();
      await snap(page, 'invitation-sign-up');
      await page.getByRole('button', { name: 'Je crée mon compte' }).last().click();
      await page.getByRole('button', { name: "Accepter l'invitation" }).click();
      await page.getByText('Bonjour Alexis').waitFor();
      await page.getByTestId('current-organization').getByText('EPIDE Lanrodec').waitFor();

      // A member sees the team, alphabetical, without the administrator's actions.
      await page.getByRole('menuitem', { name: 'Équipe' }).click();
      await page.getByTestId('members').waitFor();
      await expect.poll(() => page.getByTestId('member-row').allTextContents()).toEqual([
        expect.stringMatching(/^BertinAlexis.*Membre$/),
        expect.stringMatching(/^PetitJulie.*Administrateur$/),
      ]);
      expect(await page.getByRole('button', { name: 'Ajouter un membre' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Retirer' }).count()).toBe(0);
      await snap(page, 'team-member-view');
    });
  });

  it('the administrator names the colleague administrator too', async () => {
    await journey('team-4-roles', async (page) => {
      await signIn(page, REQUESTER);
      await page.goto(`${app!.url}/team`);
      await page.getByTestId('members').waitFor();
      await page.getByLabel('Rôle de Alexis Bertin').click();
      await page.getByRole('option', { name: 'Administrateur' }).click();
      await page.getByText('Rôle modifié').waitFor();
      await snap(page, 'team-admin-view');
    });
  });

  it('a member of another organisation cannot reach this team page', async () => {
    await journey('tenancy-team', async (page) => {
      await signIn(page, OTHER_MEMBER);
      await page.goto(`${app!.url}/organizations/${organizationId}/team`);
      await page.getByTestId('team-error').waitFor();
      expect(await page.getByTestId('team-error').textContent()).toMatch(/n'avez pas les droits|introuvable/);
      expect(await page.getByText('Petit').count()).toBe(0);
      expect(await page.getByText(COLLEAGUE.email).count()).toBe(0);
      await snap(page, 'tenancy-team-refused');
    });
  });

  // ——— helpers ———

  async function signIn(page: Page, email: string, password = PASSWORD) {
    await page.goto(app!.url);
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByTestId('dashboard-greeting').waitFor();
  }

  async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const response = await fetch(`${app!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  async function supportToken() {
    const { login } = await graphql<{ login: { accessToken: string } }>(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
      { email: SUPPORT, password: PASSWORD },
    );
    return login.accessToken;
  }

  /** The newest invitation e-mail to this address, read from the outbox as support reads it; the link made relative to this app. */
  async function invitationLinkFor(recipient: string): Promise<string> {
    const { mailOutbox } = await graphql<{ mailOutbox: { nodes: { textBody: string }[] } }>(
      'query($recipient: String) { mailOutbox(recipient: $recipient, first: 5) { nodes { textBody } } }',
      { recipient },
      await supportToken(),
    );
    const match = mailOutbox.nodes.map((mail) => /https?:\/\/\S+\/invitations\/[^\s?]+\?code=[A-Z0-9]+/.exec(mail.textBody)).find(Boolean);
    if (!match) throw new Error(`no invitation link in the outbox for ${recipient}: ${JSON.stringify(mailOutbox.nodes)}`);
    const url = new URL(match[0]);
    return `${app!.url}${url.pathname}${url.search}`;
  }

  async function organizationIdOf(name: string): Promise<string> {
    const { organizations } = await graphql<{ organizations: { nodes: { id: string; name: string }[] } }>(
      'query($filter: OrganizationFilter) { organizations(filter: $filter, first: 5) { nodes { id name } } }',
      { filter: { name } },
      await supportToken(),
    );
    const found = organizations.nodes.find((organization) => organization.name === name);
    if (!found) throw new Error(`organisation ${name} not found`);
    return found.id;
  }

  async function snap(page: Page, name: string) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  /** One journey in a fresh browser context; on failure, a screenshot, the HTML and the logs. */
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
      await page.screenshot({ path: `${base}.png`, fullPage: true }).catch(() => undefined);
      await page.content().then((html) => writeFileSync(`${base}.html`, html), () => undefined);
      throw new Error(
        [
          `Journey "${name}" failed at ${page.url()}: ${(error as Error).message}`,
          `Saved: ${base}.png`,
          `Browser console errors: ${browserErrors.join('\n  ') || 'none'}`,
          `Application's last output:\n${app!.output().split('\n').slice(-8).join('\n')}`,
        ].join('\n'),
        { cause: error },
      );
    } finally {
      await context.close().catch(() => undefined);
    }
  }
});

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_INDEX, REPOSITORY_ROOT, startApp, type RunningApp } from '../support/app.js';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Without the networking flags Chromium floods this closed network with connections (STACK.md).
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const ARTIFACTS = join(REPOSITORY_ROOT, 'e2e/artifacts');
const SCREENSHOTS = join(REPOSITORY_ROOT, 'e2e/screenshots');
const PASSWORD = 'Pix-emploi-2026';
/** Léa Martin, conseillère at the Mission Locale de Limoges (demo). */
const ADVISOR = 'lea.martin@demo.orga-spe.fr';
/** Nathalie Roux, France Travail Limoges Nord: another organisation. */
const OUTSIDER = 'nathalie.roux@demo.orga-spe.fr';
const PARTICIPANT = { firstName: 'Inès', lastName: 'Durandal', email: 'ines.durandal@example.fr', password: 'Participante-2026', externalId: 'FT-123456' };
const ENGINE_SECRET = 'e2e-assessment-engine-secret-0123456789';
const CAMPAIGN_NAME = 'Diagnostic Pix emploi - groupe Garantie jeunes - e2e';
const STEP_TIMEOUT_MS = 15_000;
/** French messages of the API's refusal codes (console/src/i18n/fr.ts). */
const REFUSED = /Vous n'avez pas les droits nécessaires|introuvable ou ne vous est pas accessible/;

/**
 * The campaign journey of issue 7 in a real browser: an advisor creates a campaign with an
 * identifier and a welcome text (live preview) → a participant opens its landing page, reads the
 * rendered text, signs up, gives the identifier and starts → the assessment engine records and
 * finishes → the participant sends the results → the advisor follows "En cours de test",
 * "En attente", then the %, the participant's results, the collective results, downloads the CSV →
 * archives the campaign → the landing page says it is closed. A member of another organisation
 * reaches none of it.
 */
describe('browser journey: a campaign from creation to archive', () => {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pages = new Map<string, Page>();
  const browserErrors: string[] = [];
  let campaign = { id: '', code: '' };
  let participationId = '';

  beforeAll(async () => {
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
    if (!existsSync(CONSOLE_INDEX)) throw new Error(`The console is not built (${CONSOLE_INDEX}): run \`npm run build -w @orga-spe/console\`.`);
    app = await startApp({ env: { ENGINE_SECRET } });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await app?.stop();
  });

  it('an advisor creates a campaign with an identifier and a welcome text, previewed as participants will read it', async () => {
    await step('campaign-1-create', async () => {
      const advisor = await pageFor('advisor');
      await signIn(advisor, ADVISOR);
      await advisor.getByRole('menuitem', { name: 'Campagnes' }).click();
      await advisor.getByRole('tab', { name: 'Actives' }).waitFor();
      await advisor.getByText('Diagnostic initial – Accueil des jeunes 2026').waitFor();
      await snap(advisor, 'campaigns-list');

      await advisor.getByRole('link', { name: 'Créer une campagne' }).click();
      await advisor.getByLabel('Nom de la campagne').fill(CAMPAIGN_NAME);
      await advisor.getByRole('combobox', { name: /Que souhaitez-vous tester/ }).click();
      await advisor.getByRole('option', { name: 'Pix emploi – Diagnostic initial' }).click();
      await advisor.getByRole('radio', { name: 'Oui' }).check();
      await advisor.getByLabel("Libellé de l'identifiant").fill('Identifiant France Travail');
      await advisor.getByLabel('Titre du parcours').fill('Diagnostic Pix emploi');
      await advisor.getByLabel("Texte de la page d'accueil").fill('Bonjour, **bienvenue** sur *Pix* !\n\nA la fin, envoyez vos résultats.');
      // The preview comes from the API's renderer once typing pauses.
      const preview = advisor.getByTestId('welcome-text-preview');
      await preview.locator('strong', { hasText: 'bienvenue' }).waitFor();
      await preview.locator('em', { hasText: 'Pix' }).waitFor();
      await snap(advisor, 'campaign-create');
      await advisor.getByRole('button', { name: 'Créer la campagne' }).click();

      const code = (await advisor.getByTestId('campaign-code').textContent())?.trim() ?? '';
      expect(code).toMatch(/^[A-Z0-9]{9}$/);
      campaign = { id: /\/campaigns\/([^/]+)\/show/.exec(advisor.url())?.[1] ?? '', code };
      expect(campaign.id).not.toBe('');
      await advisor.getByTestId('campaign-url').getByText(`/campagnes/${code}`).waitFor();
      await advisor.getByText('Pix emploi – Diagnostic initial').waitFor();
      await advisor.getByText('Identifiant France Travail').waitFor();
      await snap(advisor, 'campaign-show-details');
    });
  });

  it('a participant opens the landing page, reads the rendered text, signs up, gives the identifier and starts', async () => {
    await step('campaign-2-landing', async () => {
      const participant = await pageFor('participant');
      await participant.goto(`${app!.url}/campagnes/${campaign.code}`);
      await participant.getByRole('heading', { name: 'Diagnostic Pix emploi' }).waitFor();
      await participant.locator('.welcome-text strong', { hasText: 'bienvenue' }).waitFor();
      await participant.locator('.welcome-text em', { hasText: 'Pix' }).waitFor();
      // No console around it: no menu, no login redirect.
      expect(await participant.getByRole('menuitem', { name: 'Campagnes' }).count()).toBe(0);
      expect(participant.url()).toContain(`/campagnes/${campaign.code}`);
      await snap(participant, 'landing-page');

      await participant.getByRole('button', { name: 'Je commence' }).click();
      await participant.getByRole('tab', { name: 'Je crée mon compte' }).click();
      await participant.getByLabel(/^Prénom/).fill(PARTICIPANT.firstName);
      await participant.getByLabel(/^Nom/).fill(PARTICIPANT.lastName);
      await participant.getByLabel(/^Adresse e-mail/).fill(PARTICIPANT.email);
      await participant.getByLabel(/^Mot de passe/).fill(PARTICIPANT.password);
      await participant.getByLabel(/conditions générales/).check();
      await participant.getByRole('button', { name: "Je m'inscris" }).click();

      await participant.getByLabel(/Identifiant France Travail/).fill(PARTICIPANT.externalId);
      await participant.getByRole('button', { name: 'Je commence' }).click();
      const panel = participant.getByTestId('participation-panel');
      await panel.getByText('Votre parcours est en cours').waitFor();
      await panel.getByText(/statut : En cours de test/).waitFor();
      await panel.getByText(/ne fait pas partie de cette application/).waitFor();
      participationId = (await panel.getAttribute('data-participation-id')) ?? '';
      expect(participationId).not.toBe('');
      await snap(participant, 'landing-started');
    });
  });

  it('the advisor sees "En cours de test", then "En attente" once the engine has finished', async () => {
    await step('campaign-3-statuses', async () => {
      const advisor = await pageFor('advisor');
      await advisor.goto(`${app!.url}/campaigns/${campaign.id}/show/participants`);
      const row = advisor.getByRole('row', { name: /Durandal/ });
      await row.getByText('En cours de test').waitFor();
      await row.getByText(PARTICIPANT.externalId).waitFor();
      await snap(advisor, 'participants-started');

      await recordAllSkills();
      await advisor.reload();
      await advisor.getByRole('row', { name: /Durandal/ }).getByText('En attente').waitFor();
      await snap(advisor, 'participants-waiting');
    });
  });

  it('the participant sends the results from the landing page', async () => {
    await step('campaign-4-share', async () => {
      const participant = await pageFor('participant');
      await participant.reload();
      await participant.getByText('Vous avez terminé le parcours !').waitFor();
      await participant.getByRole('button', { name: "J'envoie mes résultats" }).click();
      await participant.getByText(/Merci, vos résultats ont été envoyés à Mission Locale/).waitFor();
      await participant.getByText(/Vous maîtrisez \d+\s?% des compétences testées/).waitFor();
      await snap(participant, 'landing-shared');
    });
  });

  it('the advisor sees the %, the participant’s results, the collective results, and downloads the CSV', async () => {
    await step('campaign-5-results', async () => {
      const advisor = await pageFor('advisor');
      await advisor.reload();
      const row = advisor.getByRole('row', { name: /Durandal/ });
      await row.getByText(/^\d+\s?%$/).waitFor();
      await snap(advisor, 'participants-shared');

      await row.click();
      await advisor.waitForURL(`**/campaigns/${campaign.id}/participations/${participationId}`);
      await advisor.locator('h1', { hasText: `${PARTICIPANT.firstName} ${PARTICIPANT.lastName}` }).waitFor();
      await advisor.getByTestId('participant-mastery').getByText(/^\d+\s?%$/).waitFor();
      await advisor.getByText('Acquis validés').first().waitFor();
      await advisor.getByRole('table').getByText(/Mener une recherche et une veille d'information/).waitFor();
      await snap(advisor, 'participant-results');

      await advisor.getByRole('link', { name: 'Participants' }).click();
      await advisor.getByRole('tab', { name: 'Résultats collectifs' }).click();
      await advisor.getByRole('columnheader', { name: 'Résultats (moyenne)' }).waitFor();
      await advisor.getByText('Répartition des résultats').waitFor();
      await advisor.getByText(/^1 participant$/).waitFor();
      await snap(advisor, 'collective-results');

      const [download] = await Promise.all([advisor.waitForEvent('download'), advisor.getByRole('button', { name: 'Exporter résultats (.csv)' }).click()]);
      expect(download.suggestedFilename()).toBe(`${campaign.code}-resultats.csv`);
      const file = await download.path();
      const [header, firstRow] = readFileSync(file, 'utf8').split(/\r?\n/);
      expect(header.startsWith("\ufeffNom de l'organisation;ID Campagne;Code;Nom de la campagne;Nom du Profil Cible;Nom du Participant;Prénom du Participant;Identifiant France Travail")).toBe(true);
      expect(firstRow).toContain(`${PARTICIPANT.lastName};${PARTICIPANT.firstName};${PARTICIPANT.externalId}`);
      await advisor.getByTestId('export-done').getByText('1 ligne exportée').waitFor();
    });
  });

  it('the advisor edits the welcome text; the identifier no longer changes once someone took part', async () => {
    await step('campaign-6-edit', async () => {
      const advisor = await pageFor('advisor');
      await advisor.getByRole('tab', { name: 'Détails' }).click();
      await advisor.getByRole('link', { name: 'Modifier' }).click();
      await advisor.getByText(/Des personnes ont déjà participé/).first().waitFor();
      await advisor.getByLabel("Texte de la page d'accueil").fill('Bonjour, **bienvenue** sur *Pix* !\n\nMerci de votre participation.');
      await advisor.getByTestId('welcome-text-preview').getByText('Merci de votre participation.').waitFor();
      await snap(advisor, 'campaign-edit');
      await advisor.getByRole('button', { name: 'Enregistrer' }).click();
      await advisor.getByTestId('campaign-code').waitFor();
      await advisor.getByText('Merci de votre participation.').waitFor();

      await advisor.getByRole('link', { name: 'Modifier' }).click();
      await advisor.getByLabel("Libellé de l'identifiant").fill('Numéro de dossier');
      await advisor.getByRole('button', { name: 'Enregistrer' }).click();
      await advisor.getByText("Des personnes ont déjà participé : l'identifiant demandé et les envois multiples ne peuvent plus être modifiés.").last().waitFor();
      await advisor.goto(`${app!.url}/campaigns/${campaign.id}/show`);
      await advisor.getByText('Identifiant France Travail').waitFor();
    });
  });

  it('the advisor archives the campaign and the landing page says it is closed', async () => {
    await step('campaign-7-archive', async () => {
      const advisor = await pageFor('advisor');
      await advisor.getByRole('button', { name: 'Archiver' }).click();
      await advisor.getByRole('dialog').getByRole('button', { name: 'Archiver' }).click();
      await advisor.getByText('Campagne archivée').first().waitFor();
      await advisor.getByRole('button', { name: 'Désarchiver' }).waitFor();
      await advisor.goto(`${app!.url}/campaigns`);
      await advisor.getByRole('tab', { name: 'Archivées' }).click();
      await advisor.getByText(CAMPAIGN_NAME).waitFor();
      await snap(advisor, 'campaigns-archived');

      const visitor = await pageFor('visitor');
      await visitor.goto(`${app!.url}/campagnes/${campaign.code}`);
      await visitor.getByTestId('landing-closed').getByText(/Cette campagne est close/).waitFor();
      expect(await visitor.getByRole('button', { name: 'Je commence' }).count()).toBe(0);
      await snap(visitor, 'landing-closed');

      await visitor.goto(`${app!.url}/campagnes/NOPE00000`);
      await visitor.getByTestId('landing-error').getByText(/ne correspond à aucune campagne/).waitFor();
    });
  });

  it("a member of another organisation reaches neither the campaign, its participant nor its export", async () => {
    await step('campaign-8-other-organisation', async () => {
      const outsider = await pageFor('outsider');
      await signIn(outsider, OUTSIDER);
      await outsider.goto(`${app!.url}/campaigns/${campaign.id}/show`);
      await outsider.getByTestId('campaign-error').getByText(REFUSED).waitFor();
      expect(await outsider.getByText(CAMPAIGN_NAME).count()).toBe(0);
      expect(await outsider.getByText(campaign.code).count()).toBe(0);
      await snap(outsider, 'campaign-refused');

      await outsider.goto(`${app!.url}/campaigns/${campaign.id}/participations/${participationId}`);
      await outsider.getByText(REFUSED).waitFor();
      expect(await outsider.getByText(PARTICIPANT.lastName).count()).toBe(0);

      // The export refuses too, with the token the console holds.
      const status = await outsider.evaluate(async (id) => {
        const session = JSON.parse(localStorage.getItem('orga-spe.session') ?? '{}') as { accessToken?: string };
        return (await fetch(`/exports/campaigns/${id}/results.csv`, { headers: { authorization: `Bearer ${session.accessToken}` } })).status;
      }, campaign.id);
      expect([403, 404]).toContain(status);
    });
  });

  // ——— helpers ———

  /** One page per person, each in its own context (no shared session), kept across the steps. */
  async function pageFor(who: string): Promise<Page> {
    const existing = pages.get(who);
    if (existing) return existing;
    const context = await browser!.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', acceptDownloads: true });
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    contexts.push(context);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') browserErrors.push(`[${who}] ${message.text()}`);
    });
    page.on('pageerror', (error) => browserErrors.push(`[${who}] ${error.message}`));
    pages.set(who, page);
    return page;
  }

  async function signIn(page: Page, email: string) {
    await page.goto(app!.url);
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByTestId('dashboard-greeting').waitFor();
  }

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

  /** The assessment engine's part, out of the console: every skill of the profile, two in three validated, then finished. */
  async function recordAllSkills() {
    const { login } = await graphql<{ login: { accessToken: string } }>(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
      { email: ADVISOR, password: PASSWORD },
    );
    const bearer = `Bearer ${login.accessToken}`;
    const { campaign: found } = await graphql<{ campaign: { targetProfileId: string } }>('query($id: ID!) { campaign(id: $id) { targetProfileId } }', { id: campaign.id }, bearer);
    const { targetProfile } = await graphql<{ targetProfile: { areas: { competences: { skills: { id: string }[] }[] }[] } }>(
      'query($id: ID!) { targetProfile(id: $id) { areas { competences { skills { id } } } } }',
      { id: found.targetProfileId },
      bearer,
    );
    const skills = targetProfile.areas.flatMap((area) => area.competences.flatMap((competence) => competence.skills.map((skill) => skill.id)));
    expect(skills.length).toBeGreaterThan(0);
    const elements = skills.map((skillId, index) => ({ skillId, status: index % 3 === 2 ? 'INVALIDATED' : 'VALIDATED' }));
    const { recordKnowledgeElements } = await graphql<{ recordKnowledgeElements: { status: string } }>(
      'mutation($id: ID!, $elements: [KnowledgeElementInput!]!) { recordKnowledgeElements(participationId: $id, elements: $elements, finished: true) { status } }',
      { id: participationId, elements },
      `Service ${ENGINE_SECRET}`,
    );
    expect(recordKnowledgeElements.status).toBe('TO_SHARE');
  }

  async function snap(page: Page, name: string) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `campaign-${name}.png`), fullPage: true });
  }

  /** Runs a step; on failure, every open page's screenshot and HTML, the browser errors and the app's output. */
  async function step(name: string, steps: () => Promise<void>): Promise<void> {
    try {
      await steps();
    } catch (error) {
      mkdirSync(ARTIFACTS, { recursive: true });
      const saved: string[] = [];
      for (const [who, page] of pages) {
        const base = join(ARTIFACTS, `${name}-${who}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
        await page.screenshot({ path: `${base}.png`, fullPage: true }).then(() => saved.push(`${base}.png`), () => undefined);
        await page.content().then((html) => writeFileSync(`${base}.html`, html), () => undefined);
      }
      throw new Error(
        [
          `Step "${name}" failed: ${(error as Error).message}`,
          `Saved: ${saved.join(', ') || 'nothing'}`,
          `Browser console errors: ${browserErrors.length ? `\n  ${browserErrors.join('\n  ')}` : 'none'}`,
          `Application's last output:\n${app!.output().split('\n').slice(-15).join('\n')}`,
        ].join('\n'),
        { cause: error },
      );
    }
  }
});

import { afterAll, describe, expect, it } from 'vitest';
import { bearerFor } from '../support/api.js';
import { Cast, signIn, snap, useBrowserApp } from '../support/browser.js';
import {
  archiveCampaign,
  collectiveResultsShown,
  downloadResultsCsv,
  expectLandingClosed,
  exportStatusFromConsole,
  fillCampaignForm,
  recordAllSkills,
  shareOnLanding,
  startOnLanding,
  submitCampaignForm,
  welcomeTextRendered,
} from '../support/campaign.js';

/** Léa Martin, conseillère at the Mission Locale de Limoges (demo). */
const ADVISOR = 'lea.martin@demo.orga-spe.fr';
/** Nathalie Roux, France Travail Limoges Nord: another organisation. */
const OUTSIDER = 'nathalie.roux@demo.orga-spe.fr';
const PARTICIPANT = { firstName: 'Inès', lastName: 'Durandal', email: 'ines.durandal@example.fr', password: 'Participante-2026', externalId: 'FT-123456' };
const ENGINE_SECRET = 'e2e-assessment-engine-secret-0123456789';
const CAMPAIGN = {
  name: 'Diagnostic Pix emploi - groupe Garantie jeunes - e2e',
  targetProfile: 'Pix emploi – Diagnostic initial',
  idLabel: 'Identifiant France Travail',
  title: 'Diagnostic Pix emploi',
  welcomeText: 'Bonjour, **bienvenue** sur *Pix* !\n\nA la fin, envoyez vos résultats.',
};
/** The welcome text's bold and italic words, as rendered. */
const RENDERED = { strong: 'bienvenue', em: 'Pix' };
/** The first columns of the results export, in this order. */
const CSV_FIRST_COLUMNS = ["Nom de l'organisation", 'ID Campagne', 'Code', 'Nom de la campagne', 'Nom du Profil Cible', 'Nom du Participant', 'Prénom du Participant', CAMPAIGN.idLabel];
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
  const harness = useBrowserApp({ env: { ENGINE_SECRET } });
  const cast = new Cast(harness, { acceptDownloads: true });
  let campaign = { id: '', code: '' };
  let participationId = '';

  afterAll(() => cast.close());

  it('an advisor creates a campaign with an identifier and a welcome text, previewed as participants will read it', async () => {
    await cast.step('campaign-1-create', async () => {
      const advisor = await cast.page('advisor');
      await signIn(advisor, harness.app, ADVISOR);
      await advisor.getByRole('menuitem', { name: 'Campagnes' }).click();
      await advisor.getByRole('tab', { name: 'Actives' }).waitFor();
      await advisor.getByText('Diagnostic initial – Accueil des jeunes 2026').waitFor();
      await snap(advisor, 'campaign-campaigns-list');

      await advisor.getByRole('link', { name: 'Créer une campagne' }).click();
      await fillCampaignForm(advisor, CAMPAIGN);
      // The preview comes from the API's renderer once typing pauses.
      await welcomeTextRendered(advisor.getByTestId('welcome-text-preview'), RENDERED);
      await snap(advisor, 'campaign-campaign-create');

      campaign = await submitCampaignForm(advisor);
      await advisor.getByText(CAMPAIGN.targetProfile).waitFor();
      await advisor.getByText(CAMPAIGN.idLabel).waitFor();
      await snap(advisor, 'campaign-campaign-show-details');
    });
  });

  it('a participant opens the landing page, reads the rendered text, signs up, gives the identifier and starts', async () => {
    await cast.step('campaign-2-landing', async () => {
      const participant = await cast.page('participant');
      await participant.goto(`${harness.app.url}/campagnes/${campaign.code}`);
      await participant.getByRole('heading', { name: CAMPAIGN.title }).waitFor();
      await welcomeTextRendered(participant.locator('.welcome-text'), RENDERED);
      // No console around it: no menu, no login redirect.
      expect(await participant.getByRole('menuitem', { name: 'Campagnes' }).count()).toBe(0);
      expect(participant.url()).toContain(`/campagnes/${campaign.code}`);
      await snap(participant, 'campaign-landing-page');

      participationId = await startOnLanding(participant, PARTICIPANT, CAMPAIGN.idLabel);
      const panel = participant.getByTestId('participation-panel');
      await panel.getByText('Votre parcours est en cours').waitFor();
      await panel.getByText(/se passe sur la plateforme d'évaluation Pix/).waitFor();
      await snap(participant, 'campaign-landing-started');
    });
  });

  it('the advisor sees "En cours de test", then "En attente" once the engine has finished', async () => {
    await cast.step('campaign-3-statuses', async () => {
      const advisor = await cast.page('advisor');
      await advisor.goto(`${harness.app.url}/campaigns/${campaign.id}/show/participants`);
      const row = advisor.getByRole('row', { name: new RegExp(PARTICIPANT.lastName) });
      await row.getByText('En cours de test').waitFor();
      await row.getByText(PARTICIPANT.externalId).waitFor();
      await snap(advisor, 'campaign-participants-started');

      // The assessment engine, over HTTP with its service secret: every skill recorded, then finished.
      const recorded = await recordAllSkills(harness.app, { campaignId: campaign.id, participationId, bearer: await bearerFor(harness.app, ADVISOR), engineSecret: ENGINE_SECRET });
      expect(recorded.skills).toBeGreaterThan(0);
      expect(recorded.status).toBe('TO_SHARE');
      await advisor.reload();
      await advisor.getByRole('row', { name: new RegExp(PARTICIPANT.lastName) }).getByText('En attente').waitFor();
      await snap(advisor, 'campaign-participants-waiting');
    });
  });

  it('the participant sends the results from the landing page', async () => {
    await cast.step('campaign-4-share', async () => {
      const participant = await cast.page('participant');
      await shareOnLanding(participant);
      await participant.getByText(/Merci, vos résultats ont été envoyés à Mission Locale/).waitFor();
      await snap(participant, 'campaign-landing-shared');
    });
  });

  it('the advisor sees the %, the participant’s results, the collective results, and downloads the CSV', async () => {
    await cast.step('campaign-5-results', async () => {
      const advisor = await cast.page('advisor');
      await advisor.reload();
      const row = advisor.getByRole('row', { name: new RegExp(PARTICIPANT.lastName) });
      await row.getByText(/^\d+\s?%$/).waitFor();
      await snap(advisor, 'campaign-participants-shared');

      await row.click();
      await advisor.waitForURL(`**/campaigns/${campaign.id}/participations/${participationId}`);
      await advisor.locator('h1', { hasText: `${PARTICIPANT.firstName} ${PARTICIPANT.lastName}` }).waitFor();
      await advisor.getByTestId('participant-mastery').getByText(/^\d+\s?%$/).waitFor();
      await advisor.getByText('Acquis validés').first().waitFor();
      await advisor.getByRole('table').getByText(/Mener une recherche et une veille d'information/).waitFor();
      await snap(advisor, 'campaign-participant-results');

      await advisor.getByRole('link', { name: 'Participants' }).click();
      await collectiveResultsShown(advisor, 1);
      await snap(advisor, 'campaign-collective-results');

      const { bom, columns, rows } = await downloadResultsCsv(advisor, campaign.code);
      expect(bom).toBe(true);
      expect(columns.slice(0, CSV_FIRST_COLUMNS.length)).toEqual(CSV_FIRST_COLUMNS);
      expect(rows[0]).toMatchObject({ 'Nom du Participant': PARTICIPANT.lastName, 'Prénom du Participant': PARTICIPANT.firstName, [CAMPAIGN.idLabel]: PARTICIPANT.externalId });
      await advisor.getByTestId('export-done').getByText('1 ligne exportée').waitFor();
    });
  });

  it('the advisor edits the welcome text; the identifier no longer changes once someone took part', async () => {
    await cast.step('campaign-6-edit', async () => {
      const advisor = await cast.page('advisor');
      await advisor.getByRole('tab', { name: 'Détails' }).click();
      await advisor.getByRole('link', { name: 'Modifier' }).click();
      await advisor.getByText(/Des personnes ont déjà participé/).first().waitFor();
      await advisor.getByLabel("Texte de la page d'accueil").fill('Bonjour, **bienvenue** sur *Pix* !\n\nMerci de votre participation.');
      await advisor.getByTestId('welcome-text-preview').getByText('Merci de votre participation.').waitFor();
      await snap(advisor, 'campaign-campaign-edit');
      await advisor.getByRole('button', { name: 'Enregistrer' }).click();
      await advisor.getByTestId('campaign-code').waitFor();
      await advisor.getByText('Merci de votre participation.').waitFor();

      // The identifier is shown locked, with the reason, rather than refused at save.
      await advisor.getByRole('link', { name: 'Modifier' }).click();
      const identifier = advisor.getByLabel("Libellé de l'identifiant");
      await identifier.waitFor();
      expect(await identifier.isDisabled()).toBe(true);
      expect(await identifier.inputValue()).toBe(CAMPAIGN.idLabel);
      await advisor.getByText('Verrouillé : des personnes ont déjà participé à cette campagne.').first().waitFor();
      await advisor.goto(`${harness.app.url}/campaigns/${campaign.id}/show`);
      await advisor.getByText(CAMPAIGN.idLabel).waitFor();
    });
  });

  it('the advisor archives the campaign and the landing page says it is closed', async () => {
    await cast.step('campaign-7-archive', async () => {
      const advisor = await cast.page('advisor');
      await archiveCampaign(advisor);
      await advisor.goto(`${harness.app.url}/campaigns`);
      await advisor.getByRole('tab', { name: 'Archivées' }).click();
      await advisor.getByText(CAMPAIGN.name).waitFor();
      await snap(advisor, 'campaign-campaigns-archived');

      const visitor = await cast.page('visitor');
      await expectLandingClosed(visitor, harness.app, campaign.code);
      await snap(visitor, 'campaign-landing-closed');

      await visitor.goto(`${harness.app.url}/campagnes/NOPE00000`);
      await visitor.getByTestId('landing-error').getByText(/ne correspond à aucune campagne/).waitFor();
    });
  });

  it('a member of another organisation reaches neither the campaign, its participant nor its export', async () => {
    await cast.step('campaign-8-other-organisation', async () => {
      const outsider = await cast.page('outsider');
      await signIn(outsider, harness.app, OUTSIDER);
      await outsider.goto(`${harness.app.url}/campaigns/${campaign.id}/show`);
      await outsider.getByTestId('campaign-error').getByText(REFUSED).waitFor();
      expect(await outsider.getByText(CAMPAIGN.name).count()).toBe(0);
      expect(await outsider.getByText(campaign.code).count()).toBe(0);
      await snap(outsider, 'campaign-campaign-refused');

      await outsider.goto(`${harness.app.url}/campaigns/${campaign.id}/participations/${participationId}`);
      await outsider.getByText(REFUSED).waitFor();
      expect(await outsider.getByText(PARTICIPANT.lastName).count()).toBe(0);

      // The export refuses too, with the token the console holds.
      expect([403, 404]).toContain(await exportStatusFromConsole(outsider, campaign.id));
    });
  });
});

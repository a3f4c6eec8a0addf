import { afterAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/accessibility.js';
import { bearerFor, DEMO_SUPPORT, graphql } from '../support/api.js';
import { Cast, signIn, snap, useBrowserApp } from '../support/browser.js';

/** A newcomer whose structure has no space yet; signed up and their request filed through the API. */
const NEWCOMER = { email: 'camille.fabre@example.fr', firstName: 'Camille', lastName: 'Fabre', password: 'Nouvelle-2026' };
const STRUCTURE = 'Mission Locale de Tulle';
/** Owner of "Diagnostic initial – Accueil des jeunes 2026" (JEUNES287: identifier, multiple sendings, participants). */
const ADVISOR = 'lea.martin@demo.orga-spe.fr';
const CAMPAIGN_WITH_PARTICIPANTS = 'Diagnostic initial – Accueil des jeunes 2026';
/** The guide's own example name (p.57), long enough to test the campaign page's header. */
const GUIDE_NAME = 'Diagnostic Pix emploi - groupe Garantie jeunes - mars 2020 - Mission Locale de Limoges, antenne de Limoges Nord';

/**
 * First use, in a real browser: a space request seen pending (no second one), approved, then the
 * requester walks from the dashboard into their space without the e-mail, reads what its zeros
 * mean and where to find help, and is invited to create their first campaign. Then an advisor
 * edits a campaign with participants: the identifier and multiple sendings are locked, with the
 * reason, and saving the rest works; no "Supprimer" button.
 */
describe('browser journey: first use and editing', () => {
  const harness = useBrowserApp();
  const cast = new Cast(harness);
  afterAll(() => cast.close());

  it('a space request is shown pending, then leads into the new space and its first-campaign invitation', async () => {
    const { signUp } = await graphql<{ signUp: { accessToken: string } }>(harness.app, 'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
      input: { ...NEWCOMER, acceptTermsOfService: true },
    });
    const { requestOrganizationCreation } = await graphql<{ requestOrganizationCreation: { id: string } }>(
      harness.app,
      'mutation($input: RequestOrganizationCreationInput!) { requestOrganizationCreation(input: $input) { id } }',
      { input: { name: STRUCTURE, type: 'MISSION_LOCALE', siret: '732 829 320 00074', directorName: 'Paul Mercier', mandateStatement: 'Je certifie agir avec le mandat du directeur.' } },
      `Bearer ${signUp.accessToken}`,
    );

    await cast.step('first-use-1-pending', async () => {
      const page = await cast.page('newcomer');
      await signIn(page, harness.app, NEWCOMER.email, NEWCOMER.password);
      const pending = page.getByTestId('creation-request-pending');
      await pending.getByRole('heading', { name: "Votre demande d'espace Orga est en cours d'étude" }).waitFor();
      expect(await pending.textContent()).toContain(`Votre demande pour « ${STRUCTURE} »`);
      expect(await page.getByRole('link', { name: 'Demander un espace Orga' }).count()).toBe(0);
      await expectAccessible(page, 'dashboard, request pending');
      await snap(page, 'first-use-request-pending');

      // The request page itself shows where the request stands instead of a second form.
      await page.goto(`${harness.app.url}/demande-espace`);
      await page.getByTestId('creation-request-pending').waitFor();
      expect(await page.getByRole('button', { name: 'Envoyer la demande' }).count()).toBe(0);
    });

    await graphql(harness.app, 'mutation($id: ID!) { approveOrganizationCreationRequest(id: $id) { id } }', { id: requestOrganizationCreation.id }, await bearerFor(harness.app, DEMO_SUPPORT));

    await cast.step('first-use-2-into-the-space', async () => {
      const page = await cast.page('newcomer');
      await page.goto(harness.app.url);
      const ready = page.getByTestId('creation-request-ready');
      await ready.getByRole('heading', { name: `Votre espace Orga « ${STRUCTURE} » est prêt` }).waitFor();
      await ready.getByRole('link', { name: 'Rejoindre mon espace' }).click();
      await page.getByRole('button', { name: "Accepter l'invitation" }).click();

      // In the space: figures at zero, said in words, and the help links.
      const figures = page.getByTestId('organization-figures');
      await figures.getByRole('heading', { name: `Chiffres de ${STRUCTURE}` }).waitFor();
      await figures.getByTestId('organization-figures-zero').getByText(/^Tout est à zéro : personne n'a encore commencé/).waitFor();
      const help = page.getByTestId('dashboard-help');
      await help.getByRole('heading', { name: "Besoin d'aide ?" }).waitFor();
      expect(await help.getByRole('link', { name: /^La communauté Pix/ }).getAttribute('href')).toBe('https://communaute.pix.fr');
      expect(await help.getByRole('link', { name: /^Le guide d'utilisation Pix emploi/ }).getAttribute('href')).toBe('https://pix.fr/pix-emploi');
      expect(await page.getByTestId('creation-request-ready').count()).toBe(0);
      await expectAccessible(page, 'dashboard, new space at zero');
      await snap(page, 'first-use-dashboard-zero');

      // No campaign yet: the guide's invitation, not "no results with the current filters".
      await page.getByRole('menuitem', { name: 'Campagnes' }).click();
      const invitation = page.getByTestId('first-campaign');
      await invitation.getByRole('heading', { name: 'Créez votre première campagne' }).waitFor();
      await invitation.getByText('Configurez et lancez votre première campagne.', { exact: false }).waitFor();
      expect(await page.getByText('Aucun résultat trouvé').count()).toBe(0);
      await expectAccessible(page, 'campaigns, first use');
      await snap(page, 'first-use-first-campaign');

      // A filter that matches nothing is a different message.
      await page.getByRole('tab', { name: 'Archivées' }).click();
      await page.getByTestId('no-matching-campaign').getByText('Aucune campagne archivée.').waitFor();
      await page.getByRole('tab', { name: 'Actives' }).click();

      await page.getByTestId('first-campaign').getByRole('link', { name: 'Créer une campagne' }).click();
      await page.getByLabel('Nom de la campagne').waitFor();
      expect(new URL(page.url()).pathname).toBe('/campaigns/create');
    });
  });

  it('the edit page of a campaign with participants shows the identifier and multiple sendings locked, and saves the rest', async () => {
    await cast.step('first-use-3-locked-fields', async () => {
      const page = await cast.page('advisor');
      await page.setViewportSize({ width: 1280, height: 900 });
      await signIn(page, harness.app, ADVISOR);
      await page.getByRole('menuitem', { name: 'Campagnes' }).click();
      await page.getByRole('link', { name: CAMPAIGN_WITH_PARTICIPANTS }).click();
      await page.getByTestId('campaign-actions').getByRole('link', { name: 'Modifier' }).click();

      const identifier = page.getByRole('textbox', { name: /Libellé de l'identifiant/ });
      await identifier.waitFor();
      expect(await identifier.inputValue()).toBe('Identifiant France Travail');
      expect(await identifier.isDisabled()).toBe(true);
      expect(await page.getByRole('radio', { name: 'Oui' }).isDisabled()).toBe(true);
      const multiple = page.getByRole('switch', { name: 'Envoi multiple' }).or(page.getByRole('checkbox', { name: 'Envoi multiple' }));
      expect(await multiple.isDisabled()).toBe(true);
      expect(await multiple.isChecked()).toBe(true);
      // The reason, under each locked field (the radio group, the label, the type, the switch).
      expect(await page.getByText('Verrouillé : des personnes ont déjà participé à cette campagne.').count()).toBe(4);
      expect(await page.getByRole('button', { name: 'Supprimer' }).count()).toBe(0);
      await expectAccessible(page, 'campaign edit, locked fields');
      await snap(page, 'first-use-locked-fields');

      // What can change still saves: the guide's long example name.
      const name = page.getByRole('textbox', { name: /Nom de la campagne/ });
      await name.fill(GUIDE_NAME);
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByRole('heading', { level: 1, name: GUIDE_NAME }).waitFor();

      // Under that name, each header button keeps its label on one line.
      const buttons = page.getByTestId('campaign-actions').locator('a, button');
      await buttons.first().waitFor();
      const heights = await buttons.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().height));
      expect(heights.length).toBeGreaterThanOrEqual(3);
      for (const height of heights) expect(height).toBeLessThan(40);
      await expectAccessible(page, 'campaign page, long name');
      await snap(page, 'first-use-campaign-long-name');
    });
  });
});

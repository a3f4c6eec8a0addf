import { describe, expect, it } from 'vitest';
import { bearerFor, DEMO_SUPPORT, graphql } from '../support/api.js';
import { Cast, signIn, snap, useBrowserApp } from '../support/browser.js';

/** A newcomer whose structure has no Orga space yet (signed up here, member of nothing). */
const NEWCOMER = { email: 'ines.moreau@example.fr', firstName: 'Inès', lastName: 'Moreau', password: 'Nouvelle-2026' };
const STRUCTURE = { name: 'Mission Locale de Brive', city: 'Brive-la-Gaillarde', postalCode: '19100', directorName: 'Paul Mercier' };
/** 14 digits typed with spaces; the last digit breaks the Luhn key, then is fixed. */
const WRONG_SIRET = '732 829 320 00075';
const RIGHT_SIRET = '732 829 320 00074';

/**
 * "Demander un espace Orga" (guide p.50) in a real browser: a signed-in person without
 * organisation finds the link on the dashboard, files a request whose SIRET the API refuses
 * (French messages, the field's own under it), fixes it, reads that support will review it and
 * e-mail them; support then finds it under "Demandes de création".
 */
describe('browser journey: a creation request filed from the console', () => {
  const harness = useBrowserApp();

  it('a newcomer files a request, fixes the SIRET the API refused, and support sees it', async () => {
    await graphql(harness.app, 'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
      input: { email: NEWCOMER.email, password: NEWCOMER.password, firstName: NEWCOMER.firstName, lastName: NEWCOMER.lastName, acceptTermsOfService: true },
    });
    const cast = new Cast(harness);
    try {
      await cast.step('creation-request-1-form', async () => {
        const page = await cast.page('newcomer');
        await signIn(page, harness.app, NEWCOMER.email, NEWCOMER.password);
        const card = page.getByTestId('creation-request-card');
        await card.getByText("Votre structure n'a pas encore d'espace Orga").waitFor();
        await card.getByRole('link', { name: 'Demander un espace Orga' }).click();
        await page.getByRole('heading', { level: 1, name: 'Demander un espace Orga' }).waitFor();
        expect(new URL(page.url()).pathname).toBe('/demande-espace');

        await page.getByText('14 chiffres, espaces acceptés').waitFor();
        // Nothing filled: the console asks for the required fields without calling the API.
        await page.getByRole('button', { name: 'Envoyer la demande' }).click();
        expect(await page.getByText('Champ obligatoire.').count()).toBe(4);
        await page.getByText('Cochez cette case').waitFor();

        await page.getByLabel('Nom de la structure').fill(STRUCTURE.name);
        await page.getByRole('combobox', { name: /Type de structure/ }).click();
        expect(await page.getByRole('option').count()).toBe(6);
        await page.getByRole('option', { name: 'Mission Locale' }).click();
        await page.getByLabel('SIRET').fill(WRONG_SIRET);
        await page.getByRole('combobox', { name: /Réseau/ }).click();
        await page.getByRole('option', { name: 'Union nationale des Missions Locales' }).click();
        await page.getByLabel('Code postal').fill(STRUCTURE.postalCode);
        await page.getByLabel('Ville').fill(STRUCTURE.city);
        await page.getByLabel('Nom du directeur ou de la directrice').fill(STRUCTURE.directorName);
        await page.getByLabel(/Je certifie agir avec le mandat/).check();
        await page.getByRole('button', { name: 'Envoyer la demande' }).click();

        await page.getByTestId('creation-request-error').getByText('Certaines informations saisies ne sont pas valides. Vérifiez le formulaire.').waitFor();
        await page.getByText('Ce SIRET est invalide').waitFor();
        await snap(page, 'creation-request-invalid-siret');

        await page.getByLabel('SIRET').fill(RIGHT_SIRET);
        await page.getByRole('button', { name: 'Envoyer la demande' }).click();
        const sent = page.getByTestId('creation-request-sent');
        await sent.getByText('Demande envoyée').waitFor();
        await sent.getByText(`Votre demande pour « ${STRUCTURE.name} » est bien enregistrée`, { exact: false }).waitFor();
        expect(await sent.textContent()).toContain('vous recevrez un e-mail');
        await snap(page, 'creation-request-sent');
      });

      await cast.step('creation-request-2-support', async () => {
        const support = await cast.page('support');
        await signIn(support, harness.app, DEMO_SUPPORT);
        await support.getByRole('menuitem', { name: 'Demandes de création' }).click();
        const row = support.getByRole('row', { name: new RegExp(STRUCTURE.name) });
        await row.getByText(`${NEWCOMER.firstName} ${NEWCOMER.lastName} (${NEWCOMER.email})`).waitFor();
        await row.getByRole('button', { name: 'Approuver' }).waitFor();

        // What was recorded: the SIRET without spaces, the network, the director and the mandate.
        const { organizationCreationRequests } = await graphql<{
          organizationCreationRequests: { nodes: { name: string; type: string; siret: string; city: string | null; directorName: string; mandateStatement: string; status: string; network: { code: string } | null }[] };
        }>(
          harness.app,
          'query { organizationCreationRequests(status: PENDING, first: 50) { nodes { name type siret city directorName mandateStatement status network { code } } } }',
          {},
          await bearerFor(harness.app, DEMO_SUPPORT),
        );
        const request = organizationCreationRequests.nodes.find((node) => node.name === STRUCTURE.name);
        expect(request).toMatchObject({
          type: 'MISSION_LOCALE',
          siret: '73282932000074',
          city: STRUCTURE.city,
          directorName: STRUCTURE.directorName,
          status: 'PENDING',
          network: { code: 'UNML' },
        });
        expect(request?.mandateStatement).toContain(`Je certifie agir avec le mandat de ${STRUCTURE.directorName}`);
      });
    } finally {
      await cast.close();
    }
  });
});

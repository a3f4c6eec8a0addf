import { describe, expect, it } from 'vitest';
import { journey, snap, useBrowserApp } from '../support/browser.js';

describe('browser journey: a participant types the code parcours their advisor gave them', () => {
  const harness = useBrowserApp();

  it('forgives case and spaces and opens the landing page', async () => {
    await journey(harness, 'code-entry', async (page) => {
      await page.goto(`${harness.app.url}/campagnes`);
      await page.getByRole('heading', { name: 'Saisissez votre code parcours' }).waitFor();
      await snap(page, 'code-entry');
      await page.getByLabel('Code parcours').fill(' jeunes 287 ');
      await page.getByRole('button', { name: 'Accéder au parcours' }).click();
      await page.getByRole('button', { name: 'Je commence' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/campagnes/JEUNES287');
    });
  });

  it('explains an unknown code in French and lets the person type it again', async () => {
    await journey(harness, 'code-entry-unknown', async (page) => {
      await page.goto(`${harness.app.url}/campagnes`);
      await page.getByLabel('Code parcours').fill('jeunes 999');
      await page.getByRole('button', { name: 'Accéder au parcours' }).click();
      await page.getByTestId('code-problem').getByText('Le code « JEUNES999 » ne correspond à aucun parcours.', { exact: false }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/campagnes');
      await page.getByLabel('Code parcours').fill('capnum287');
      await page.getByRole('button', { name: 'Accéder au parcours' }).click();
      await page.getByRole('button', { name: 'Je commence' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/campagnes/CAPNUM287');
    });
  });

  it('names, under the fields, the password rule broken and the e-mail already used when signing up', async () => {
    await journey(harness, 'sign-up-errors', async (page) => {
      await page.goto(`${harness.app.url}/campagnes/CAPNUM287`);
      await page.getByRole('button', { name: 'Je commence' }).click();
      await page.getByRole('tab', { name: 'Je crée mon compte' }).click();
      await page.getByRole('link', { name: 'Lire les conditions générales d’utilisation' }).waitFor();
      await page.getByLabel(/^Prénom/).fill('Ambre');
      await page.getByLabel(/^Nom/).fill('Colin');
      await page.getByLabel(/^Adresse e-mail/).fill('ambre.colin@demo.orga-spe.fr');
      await page.getByLabel(/^Mot de passe/).fill('colin2026');
      await page.getByLabel(/conditions générales/).check();
      await page.getByRole('button', { name: "Je m'inscris" }).click();
      await page.getByText('Il manque au mot de passe : une lettre majuscule.').waitFor();

      await page.getByLabel(/^Mot de passe/).fill('Colin-2026');
      await page.getByRole('button', { name: "Je m'inscris" }).click();
      await page.getByText('Un compte existe déjà avec cette adresse : connectez-vous, ou utilisez « Mot de passe oublié ? ».').waitFor();
      await snap(page, 'sign-up-errors');
      // Still signing up: nothing was created, no one signed in.
      await page.getByRole('button', { name: "Je m'inscris" }).waitFor();
    });
  });
});

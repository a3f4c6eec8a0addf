import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, graphql } from '../support/api.js';
import { journey, snap, submitSignIn, useBrowserApp } from '../support/browser.js';
import { passwordResetLinkFor } from '../support/mail.js';

const ADVISOR = 'sophie.garcia@demo.orga-spe.fr';
const NEW_PASSWORD = 'Nouveau-mot-2026';

describe('browser journey: a forgotten password, reset through the e-mailed link', () => {
  const harness = useBrowserApp();

  it('asks for a link from the login page, chooses a new password with it, and signs in with that one only', async () => {
    await journey(harness, 'password-reset', async (page) => {
      await page.goto(harness.app.url);
      await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
      await page.getByRole('heading', { name: 'Mot de passe oublié' }).waitFor();
      await page.getByLabel(/^Adresse e-mail/).fill(` ${ADVISOR.toUpperCase()} `);
      await page.getByRole('button', { name: 'Recevoir le lien' }).click();
      await page.getByTestId('reset-requested').getByText('Si un compte existe pour cette adresse, un e-mail vient d’être envoyé.', { exact: false }).waitFor();
      await snap(page, 'password-reset-requested');

      // The e-mail, as support reads it in the outbox: its link opens the new-password page.
      await page.goto(await passwordResetLinkFor(harness.app, ADVISOR));
      await page.getByRole('heading', { name: 'Choisir un nouveau mot de passe' }).waitFor();
      await page.getByText('Le mot de passe doit contenir : au moins 8 caractères, une lettre minuscule, une lettre majuscule, un chiffre.').waitFor();
      await page.getByLabel(/^Nouveau mot de passe/).fill('motdepasse');
      await page.getByLabel(/^Confirmez le nouveau mot de passe/).fill('motdepasse');
      await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
      await page.getByText('Il manque au mot de passe : une lettre majuscule, un chiffre.').waitFor();

      await page.getByLabel(/^Nouveau mot de passe/).fill(NEW_PASSWORD);
      await page.getByLabel(/^Confirmez le nouveau mot de passe/).fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
      await page.getByTestId('password-changed').waitFor();
      await snap(page, 'password-reset-done');

      // The old password no longer works, the new one does.
      await submitSignIn(page, harness.app, ADVISOR, DEMO_PASSWORD);
      await page.getByText("L'adresse e-mail ou le mot de passe est incorrect.").waitFor();
      await submitSignIn(page, harness.app, ADVISOR, NEW_PASSWORD);
      await page.getByText('Bonjour Sophie').waitFor();
    });
  });

  it('explains that a used link is no longer valid and offers a new one', async () => {
    await journey(harness, 'password-reset-used-link', async (page) => {
      const email = 'ambre.colin@demo.orga-spe.fr';
      await graphql(harness.app, 'mutation($email: String!) { requestPasswordReset(email: $email) }', { email });
      const link = await passwordResetLinkFor(harness.app, email);
      const token = new URL(link).pathname.split('/').pop();
      await graphql(harness.app, 'mutation($token: String!) { resetPassword(token: $token, password: "Premier-essai-2026") }', { token });

      await page.goto(link);
      await page.getByLabel(/^Nouveau mot de passe/).fill(NEW_PASSWORD);
      await page.getByLabel(/^Confirmez le nouveau mot de passe/).fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
      await page.getByRole('alert').getByText('Ce lien n’est plus valable', { exact: false }).waitFor();
      await page.getByRole('link', { name: 'Demander un nouveau lien' }).click();
      await page.getByRole('heading', { name: 'Mot de passe oublié' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/mot-de-passe-oublie');
    });
  });
});

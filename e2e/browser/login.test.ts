import { describe, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/api.js';
import { journey, submitSignIn, useBrowserApp, type JourneyOptions } from '../support/browser.js';

const ADVISOR = 'lea.martin@demo.orga-spe.fr';
// The form normally shows within about a second.
const OPTIONS: JourneyOptions = { stepTimeoutMs: 10_000 };

/** The browser journey: Debian's Chromium, driven by playwright-core, against the real application. */
describe('browser journey: the demo advisor signs in to the console', () => {
  const harness = useBrowserApp();

  it('signs in with the demo advisor and is greeted by her first name', async () => {
    await journey(harness, 'login-success', async (page) => {
      await submitSignIn(page, harness.app, ADVISOR, DEMO_PASSWORD);
      await page.getByText('Bonjour Léa').waitFor({ state: 'visible' });
    }, OPTIONS);
  });

  it('says in French that the e-mail or the password is wrong', async () => {
    await journey(harness, 'login-wrong-password', async (page) => {
      await submitSignIn(page, harness.app, ADVISOR, 'not-the-password');
      await page.getByText("L'adresse e-mail ou le mot de passe est incorrect.").waitFor({ state: 'visible' });
      // Still on the login page, not signed in.
      await page.getByRole('button', { name: 'Se connecter' }).waitFor({ state: 'visible' });
    }, OPTIONS);
  });
});

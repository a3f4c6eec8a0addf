import { describe, expect, it } from 'vitest';
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

  it('works under the Content-Security-Policy: the header is sent, nothing is refused while signing in and opening a screen', async () => {
    await journey(harness, 'login-csp', async (page) => {
      const violations: string[] = [];
      // Chromium reports each refusal in the console ("… violates the following Content Security Policy directive …").
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) violations.push(message.text());
      });
      // And to the page itself, which catches what the console might word differently.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
      });
      const entry = await page.goto(harness.app.url);
      const policy = (await entry?.allHeaders())?.['content-security-policy'] ?? '';
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");

      await submitSignIn(page, harness.app, ADVISOR, DEMO_PASSWORD);
      await page.getByText('Bonjour Léa').waitFor({ state: 'visible' });
      await page.getByRole('menuitem', { name: 'Campagnes' }).click();
      await page.getByRole('tab', { name: 'Actives' }).waitFor();
      await page.getByText('Diagnostic initial – Accueil des jeunes 2026').waitFor();
      expect(violations).toEqual([]);
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

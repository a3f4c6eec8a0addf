import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/api.js';
import { expectAccessible } from '../support/accessibility.js';
import { Cast, snap, useBrowserApp } from '../support/browser.js';

/** The demo's Mehdi Bouzid: shared the "Parcours CléA numérique" at 95 % and holds its badge. */
const MEHDI = 'mehdi.bouzid@demo.orga-spe.fr';
/** The demo's Ambre Colin: finished the same path, results not sent yet. */
const AMBRE = 'ambre.colin@demo.orga-spe.fr';
/** The demo's "Parcours CléA numérique" of the Mission Locale de Limoges. */
const CAMPAIGN_CODE = 'CAPNUM287';
/** A phone in portrait: the participant opens the link their advisor sent. */
const PHONE = { width: 390, height: 844 };
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * The participant's own result on the landing page (guide p.30-37), on a phone: after sharing,
 * "Vous maîtrisez NN % des compétences testées", the guide's message for their band, "Vos
 * résultats détaillés" per competence, the badge earned; no internal reference, no status word;
 * accessible; then the same page in English. Before sharing: progress and what sending gives the
 * organisation, and no result at all.
 */
describe('browser journey: a participant reads their shared result on a phone', () => {
  const harness = useBrowserApp();
  const cast = new Cast(harness);

  afterAll(() => cast.close());

  /** Opens the campaign link on a phone and signs in from the landing page. */
  async function signInOnLanding(who: string, email: string) {
    const page = await cast.page(who);
    await page.setViewportSize(PHONE);
    await page.goto(`${harness.app.url}/campagnes/${CAMPAIGN_CODE}`);
    await page.getByText(/le test lui-même se passe ensuite sur la plateforme d'évaluation Pix/i).waitFor();
    await page.getByRole('button', { name: 'Je commence' }).click();
    await page.getByRole('tab', { name: "J'ai déjà un compte" }).click();
    await page.getByLabel(/^Adresse e-mail/).fill(email);
    await page.getByLabel(/^Mot de passe/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Je me connecte' }).click();
    return page;
  }

  it('before sharing: the progress and what sending will give the organisation, and no result', async () => {
    await cast.step('shared-result-before', async () => {
      const page = await signInOnLanding('finished', AMBRE);
      const panel = page.getByTestId('participation-panel');
      await panel.getByText('Vous avez terminé le parcours !').waitFor();
      await panel.getByText(/^Avancement du parcours : 100\s?%$/).waitFor();
      await page.getByRole('region', { name: 'Ce que vous enverrez' }).getByText(/Mission Locale de Limoges recevra votre taux de réussite global/).waitFor();
      await panel.getByRole('button', { name: "J'envoie mes résultats" }).waitFor();
      const text = await page.locator('body').innerText();
      expect(text).not.toMatch(/Vous maîtrisez|Vos résultats détaillés|Badges obtenus/);
      expect(text).not.toMatch(UUID);
      await snap(page, 'shared-result-before-phone');
      await expectAccessible(page, 'landing-to-share');
    });
  });

  it('shows the global rate, the band message, the detailed results and the CléA badge, and no UUID', async () => {
    await cast.step('shared-result-fr', async () => {
      const page = await signInOnLanding('participant', MEHDI);

      const result = page.getByTestId('shared-result');
      await result.getByText(/^Merci, vos résultats ont été envoyés à Mission Locale/).waitFor();
      await result.getByText(/^Envoyés le \d{1,2} \S+ \d{4}\.$/).waitFor();
      await result.getByText(/^Vous maîtrisez 95\s?% des compétences testées\.$/).waitFor();
      expect(await result.getByTestId('result-band').textContent()).toBe(
        "Vous maîtrisez l'essentiel, et êtes capable d'utiliser le numérique en autonomie en milieu professionnel !",
      );

      const detailed = page.getByRole('table', { name: 'Vos résultats détaillés' });
      await detailed.getByRole('columnheader', { name: 'Compétences testées' }).waitFor();
      const competences = detailed.locator('tbody').getByRole('row');
      expect(await competences.count()).toBeGreaterThan(1);
      for (const row of await competences.all()) expect(await row.textContent()).toMatch(/^\D.+\d+\s?%$/);
      await detailed.getByRole('row', { name: /Taux de réussite global\s*95\s?%/ }).waitFor();

      await page.getByRole('region', { name: 'Badges obtenus' }).getByText(/CléA/).waitFor();

      // What the participant can act on, and nothing internal.
      const text = await page.locator('body').innerText();
      expect(text).not.toMatch(UUID);
      expect(text).not.toMatch(/statut|Participation n°/i);
      expect(await page.locator('body').innerHTML()).not.toMatch(UUID);
      // On a phone the page does not scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await snap(page, 'shared-result-phone');
      await expectAccessible(page, 'landing-shared-result');
    });
  });

  it('in English: the band message translated, rates and dates written the English way, the names said to be French', async () => {
    await cast.step('shared-result-en', async () => {
      const page = await cast.page('participant');
      await page.getByRole('button', { name: 'Français' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      const result = page.getByTestId('shared-result');
      await result.getByText(/^You master 95% of the competences tested\.$/).waitFor();
      await result.getByText(/^Sent on \d{1,2} [A-Z][a-z]+ \d{4}\.$/).waitFor();
      expect(await result.getByTestId('result-band').textContent()).toBe('You master the essentials, and you can use digital tools independently at work!');
      expect(await result.getByTestId('result-band').getAttribute('lang')).toBe('en');
      await page.getByRole('table', { name: 'Your detailed results' }).getByRole('row', { name: /Overall success rate\s*95%/ }).waitFor();
      await result.getByText('The names of the competences and badges exist in French only.').waitFor();
      await snap(page, 'shared-result-phone-en');
    });
  });
});

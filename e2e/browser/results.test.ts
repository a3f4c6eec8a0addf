import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { bearerFor, DEMO_SUPPORT, graphql } from '../support/api.js';
import { expectAccessible } from '../support/accessibility.js';
import { Cast, signIn, snap, useBrowserApp } from '../support/browser.js';

/** Léa Martin, conseillère at the Mission Locale de Limoges (demo). */
const ADVISOR = 'lea.martin@demo.orga-spe.fr';
/** The demo's diagnostic (shared results; Jade Bonnet's "Je retente" in progress). */
const DIAGNOSTIC = 'JEUNES287';
/** The demo's CléA assessment (badges earned). */
const CLEA = 'CAPNUM287';
/** The demo's profiles collection (Mehdi Bouzid's certifiable profile among four shared). */
const PROFILES = 'PARTAG287';
/** The guide's participant messages of the diagnostic's three bands (p.23). */
const DIAGNOSTIC_MESSAGES = [
  'Commençons par les bases !',
  'Les premières bases sont là !',
  'Vous vous en sortez globalement bien sur ce premier parcours ! Tentez un test plus long pour vous confronter à des situations plus complexes !',
];

/**
 * The advisor's result screens on the demo: the participants table by keyboard into a result
 * with the guide's band message and advice; a person's earlier sending; the badges column and no
 * "Certifiable" on an assessment; a profiles collection's levels and certifiable share; the same
 * result in English. axe-core's WCAG 2.1 A/AA check on each screen. One app, one browser.
 */
describe('browser journey: the advisor reads results', () => {
  const harness = useBrowserApp();
  const cast = new Cast(harness);
  const ids: Record<string, string> = {};
  let advisor: Page;

  afterAll(() => cast.close());

  const participantsOf = async (code: string) => {
    await advisor.goto(`${harness.app.url}/campaigns/${ids[code]}/show/participants`);
    await advisor.getByRole('row').nth(1).getByRole('link').waitFor();
  };
  const columns = () => advisor.getByRole('columnheader').allTextContents();

  it('opens a result from the participants table by keyboard, with the band message and advice', async () => {
    await cast.step('results-keyboard-band', async () => {
      const bearer = await bearerFor(harness.app, DEMO_SUPPORT);
      for (const code of [DIAGNOSTIC, CLEA, PROFILES]) {
        const { campaignByCode } = await graphql<{ campaignByCode: { id: string } }>(harness.app, 'query($code: String!) { campaignByCode(code: $code) { id } }', { code }, bearer);
        ids[code] = campaignByCode.id;
      }
      advisor = await cast.page('advisor');
      await signIn(advisor, harness.app, ADVISOR);
      await participantsOf(DIAGNOSTIC);
      // An assessment says nothing of certifiability: neither the column nor its filter.
      expect(await columns()).not.toContain('Certifiable');
      expect(await advisor.getByLabel('Certifiable').count()).toBe(0);
      await expectAccessible(advisor, 'results-participants-assessment');

      // Tab from the tab list to the first row's link, Enter opens that person's result.
      const name = (await advisor.getByRole('row').nth(1).getByRole('link').textContent()) ?? '';
      await advisor.getByRole('tab', { name: /Participants/ }).focus();
      for (let presses = 0; presses < 30; presses += 1) {
        await advisor.keyboard.press('Tab');
        if (await advisor.evaluate(() => Boolean(document.activeElement?.closest('tbody tr')))) break;
      }
      expect(await advisor.evaluate(() => document.activeElement?.textContent)).toBe(name);
      await advisor.keyboard.press('Enter');
      await advisor.waitForURL(`**/campaigns/${ids[DIAGNOSTIC]}/participations/**`);
      await advisor.getByTestId('participant-mastery').waitFor();
      const message = (await advisor.getByTestId('band-message').textContent()) ?? '';
      expect(DIAGNOSTIC_MESSAGES.some((guide) => message.includes(guide))).toBe(true);
      expect(await advisor.getByTestId('band-advice').textContent()).toMatch(/\w{5,}/);
      await advisor.getByRole('heading', { name: 'Message du guide pour ce résultat' }).waitFor();
      await snap(advisor, 'results-participant-band');
      await expectAccessible(advisor, 'results-participant');
    });
  });

  it("opens a person's earlier sending while a retry runs, and comes back to the result kept", async () => {
    await cast.step('results-sendings', async () => {
      await participantsOf(DIAGNOSTIC);
      await advisor.getByRole('row', { name: /Bonnet/ }).getByRole('link').click();
      const sendings = advisor.getByRole('region', { name: /Envois de ce participant/ });
      await sendings.waitFor();
      expect(await sendings.getByRole('row').count()).toBe(3);
      await sendings.getByText(/résultat retenu/).waitFor();
      await advisor.getByTestId('participant-mastery').waitFor();
      await snap(advisor, 'results-sendings');
      await expectAccessible(advisor, 'results-sendings');
      // The sending in progress: no result of its own, the kept one a click away.
      await sendings.getByRole('link').click();
      await advisor.getByText(/Un nouvel envoi est en cours/).waitFor();
      expect(await advisor.getByTestId('participant-mastery').count()).toBe(0);
      await advisor.getByRole('link', { name: 'Voir le résultat retenu' }).click();
      await advisor.getByTestId('participant-mastery').waitFor();
    });
  });

  it('shows the badges column on a campaign whose profile has badges', async () => {
    await cast.step('results-badges', async () => {
      await participantsOf(CLEA);
      await expect.poll(columns).toContain('Badges');
      await advisor.getByRole('cell').filter({ hasText: /CléA/ }).first().waitFor();
      await snap(advisor, 'results-participants-badges');
    });
  });

  it("gives a profiles collection's certifiable share and mean levels, and a profile's levels", async () => {
    await cast.step('results-profiles', async () => {
      await advisor.goto(`${harness.app.url}/campaigns/${ids[PROFILES]}/show`);
      await advisor.getByRole('tab', { name: 'Résultats collectifs' }).click();
      expect(await advisor.getByTestId('certifiable-share').textContent()).toMatch(/^\d+ sur 4 profils reçus \(\d+\s?%\)$/);
      const levels = advisor.getByTestId('collective-levels');
      await levels.waitFor();
      expect(await levels.getByRole('row').count()).toBe(17);
      expect(await levels.getByRole('columnheader').allTextContents()).toEqual(['Compétences', 'Niveau (moyenne)', 'Pix (moyenne)', 'Participants']);
      await snap(advisor, 'results-collective-profiles');
      await expectAccessible(advisor, 'results-collective-profiles');

      await advisor.getByRole('tab', { name: /Participants/ }).click();
      await advisor.getByRole('row', { name: /Bouzid/ }).getByRole('link').waitFor();
      await expect.poll(columns).toContain('Certifiable');
      await advisor.getByRole('row', { name: /Bouzid/ }).getByRole('link').click();
      expect(await advisor.getByTestId('participant-certifiable').textContent()).toBe('Certifiable');
      await advisor.getByTestId('competence-levels').getByText(/^Niveau \d$/).first().waitFor();
      await expectAccessible(advisor, 'results-participant-profile');
    });
  });

  it('shows the band in English, percentages the English way, competence names said French-only', async () => {
    await cast.step('results-english', async () => {
      await participantsOf(DIAGNOSTIC);
      await advisor.getByRole('button', { name: 'Français' }).click();
      await advisor.getByRole('menuitem', { name: 'English' }).click();
      await advisor.getByRole('row').nth(1).getByRole('link').click();
      await advisor.getByRole('heading', { name: "The guide's message for this result" }).waitFor();
      expect(await advisor.getByTestId('participant-mastery').textContent()).toMatch(/^\d+%$/);
      const english = (await advisor.getByTestId('band-message').textContent()) ?? '';
      expect(english).toMatch(/^“.+”$/);
      expect(DIAGNOSTIC_MESSAGES.some((guide) => english.includes(guide))).toBe(false);
      await advisor.getByText('Competence names come from the Pix referential, in French only.').waitFor();
      await snap(advisor, 'results-participant-english');
      await advisor.getByRole('button', { name: 'English' }).click();
      await advisor.getByRole('menuitem', { name: 'Français' }).click();
      await advisor.getByRole('heading', { name: 'Message du guide pour ce résultat' }).waitFor();
    });
  });
});

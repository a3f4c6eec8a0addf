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
});

import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bearerFor, DEMO_SUPPORT, graphql } from '../support/api.js';
import { expectAccessible } from '../support/accessibility.js';
import { Cast, signIn, snap, useBrowserApp } from '../support/browser.js';

const HEAD = 'lea.martin@demo.orga-spe.fr';
const SUPPORT_AGENT = 'support@demo.orga-spe.fr';
const UNML = 'Union nationale des Missions Locales';
const REGION = 'Nouvelle-Aquitaine';
const ELSEWHERE = 'Mission Locale de Rennes (recette réseau)';

interface Figures {
  participationsCount: number;
  startedCount: number;
  toShareCount: number;
  sharedCount: number;
}

/** What support reads of the UNML's figures in one region, grouped by region: what the head's table must show. */
async function regionFigures(app: Parameters<typeof graphql>[0], networkId: string): Promise<Figures> {
  const { network } = await graphql<{ network: { statistics: { total: Figures } } }>(
    app,
    'query($id: ID!, $region: String) { network(id: $id) { statistics(groupBy: REGION, filter: { region: $region }) { total { participationsCount startedCount toShareCount sharedCount } } } }',
    { id: networkId, region: REGION },
    await bearerFor(app, DEMO_SUPPORT),
  );
  return network.statistics.total;
}

/** The figures of one row of a table, from its header cell's text. */
async function rowCells(page: Page, tableTestId: string, header: string): Promise<string[]> {
  const row = page.getByTestId(tableTestId).getByRole('row').filter({ has: page.getByRole('rowheader', { name: header, exact: true }) });
  await row.waitFor();
  return row.getByRole('cell').allInnerTexts();
}

/**
 * The network dashboard (network heads): a SUPER_ADMIN grants a person the UNML within one
 * region ("Accès réseau"); that person finds "Tableau de bord réseau" in the menu, reads the
 * charts and their tables for that region only (another region's UNML structure nowhere), switches
 * the breakdown with the keyboard, lists only their region's structures; revoked, the entry is gone
 * and the page says access is refused. SUPPORT reads the accesses without granting or revoking.
 */
describe('browser journey: the network dashboard of a network head', () => {
  const harness = useBrowserApp();
  const cast = new Cast(harness);
  let unmlId = '';

  afterAll(() => cast.close());

  it('a SUPER_ADMIN grants the UNML for one region to a person, who reads its figures, then loses them', async () => {
    await cast.step('network-setup', async () => {
      const support = await bearerFor(harness.app, DEMO_SUPPORT);
      const { networks } = await graphql<{ networks: { id: string; code: string }[] }>(harness.app, '{ networks { id code } }', {}, support);
      unmlId = networks.find((network) => network.code === 'UNML')!.id;
      // A UNML structure in another region: the head's figures and list must leave it out.
      await graphql(
        harness.app,
        'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
        { input: { name: ELSEWHERE, type: 'MISSION_LOCALE', networkId: unmlId, city: 'Rennes', postalCode: '35000', department: 'Ille-et-Vilaine', region: 'Bretagne' } },
        support,
      );
    });

    const admin = await cast.page('super-admin');
    await cast.step('network-grant', async () => {
      await signIn(admin, harness.app, DEMO_SUPPORT);
      await admin.getByRole('menuitem', { name: 'Accès réseau' }).click();
      await admin.getByRole('combobox', { name: 'Réseau' }).click();
      await admin.getByRole('option', { name: UNML }).click();
      await admin.getByText("Personne n'a accès à ce réseau.").waitFor();
      await admin.getByRole('textbox', { name: 'Rechercher une personne (e-mail ou nom)' }).fill('lea.martin');
      await admin.getByRole('button', { name: 'Rechercher', exact: true }).click();
      await admin.getByRole('button', { name: `Choisir ${HEAD}` }).click();
      await admin.getByTestId('network-access-chosen').getByText(HEAD, { exact: false }).waitFor();
      const regions = admin.getByRole('combobox', { name: 'Régions' });
      await regions.fill(REGION);
      await regions.press('Enter');
      await admin.getByRole('button', { name: REGION }).waitFor();
      await expectAccessible(admin, 'Accès réseau');
      await admin.getByRole('button', { name: "Accorder l'accès" }).click();
      await admin.getByText('Accès accordé').waitFor();
      const row = admin.getByTestId('network-accesses').getByRole('row').filter({ hasText: HEAD });
      await row.getByText(`Régions : ${REGION}`).waitFor();
      await snap(admin, 'network-accesses');
    });

    const head = await cast.page('head');
    const expected = await regionFigures(harness.app, unmlId);
    await cast.step('network-dashboard', async () => {
      await signIn(head, harness.app, HEAD);
      await head.getByRole('menuitem', { name: 'Tableau de bord réseau' }).click();
      await head.getByRole('heading', { level: 1, name: `Réseau : ${UNML}` }).waitFor();
      await head.getByTestId('network-scope').getByText(`Votre périmètre : ${REGION}`).waitFor();

      // Key figures: the region's, as support reads them through the API.
      await expect.poll(() => head.getByTestId('network-figure-participations').innerText()).toBe(String(expected.participationsCount));
      expect(await head.getByTestId('network-figure-shared').innerText()).toBe(String(expected.sharedCount));

      // Charts are drawn (recharts' svg) and each is followed by its table.
      await head.locator('[data-testid="network-bands-diagnostic-chart"] svg.recharts-surface').first().waitFor();
      await head.locator('[data-testid="network-groups-chart"] svg.recharts-surface').first().waitFor();
      await head.getByRole('table', { name: 'Résultats du Diagnostic initial' }).waitFor();

      // By region: their region only, with the region's figures.
      const cells = await rowCells(head, 'network-groups-table', REGION);
      expect(cells.slice(1, 5)).toEqual([expected.participationsCount, expected.startedCount, expected.toShareCount, expected.sharedCount].map(String));
      expect(await head.getByTestId('network-groups-table').innerText()).not.toContain('Bretagne');
      await expectAccessible(head, 'Tableau de bord réseau');
      await snap(head, 'network-dashboard');

      // The breakdown switched with the keyboard: region → department.
      await head.getByRole('radio', { name: 'Région' }).focus();
      await head.keyboard.press('ArrowRight');
      expect(await head.getByRole('radio', { name: 'Département' }).isChecked()).toBe(true);
      await head.getByRole('table', { name: 'Participations par Département' }).waitFor();
      await rowCells(head, 'network-groups-table', 'Haute-Vienne');
      expect(await head.getByTestId('network-groups-table').innerText()).not.toContain('Ille-et-Vilaine');
      await head.getByRole('radio', { name: 'Type de structure' }).click();
      await rowCells(head, 'network-groups-table', 'Mission Locale');

      // The structures in scope, with their own figures: the other region's is not there, even searched.
      const structures = head.getByTestId('network-structures');
      await structures.getByRole('rowheader', { name: 'Mission Locale de Limoges' }).waitFor();
      expect(await structures.innerText()).not.toContain(ELSEWHERE);
      await head.getByRole('searchbox', { name: 'Rechercher une structure' }).fill('Rennes');
      await structures.getByText('Aucune structure ne correspond.').waitFor();
      await head.getByRole('searchbox', { name: 'Rechercher une structure' }).fill('');
      await structures.getByRole('rowheader', { name: 'Mission Locale de Limoges' }).waitFor();
      await head.getByRole('combobox', { name: 'Type de structure' }).click();
      await head.getByRole('option', { name: 'France Travail' }).click();
      await structures.getByText('Aucune structure ne correspond.').waitFor();
    });

    await cast.step('network-revoke', async () => {
      const row = admin.getByTestId('network-accesses').getByRole('row').filter({ hasText: HEAD });
      await row.getByRole('button', { name: /^Retirer/ }).click();
      const dialog = admin.getByRole('dialog');
      await dialog.getByText(/ne verra plus le tableau de bord de ce réseau/).waitFor();
      await dialog.getByRole('button', { name: 'Retirer' }).click();
      await admin.getByText('Accès retiré').waitFor();
      await admin.getByText("Personne n'a accès à ce réseau.").waitFor();
    });

    await cast.step('network-refused', async () => {
      // On the open page, the next figures asked for are refused: the page says so, the entry goes.
      await head.getByRole('radio', { name: 'Région' }).check();
      await head.getByTestId('network-access-denied').waitFor();
      await expect.poll(() => head.getByRole('menuitem', { name: 'Tableau de bord réseau' }).count()).toBe(0);
      await head.reload();
      await head.getByTestId('access-denied').or(head.getByTestId('network-access-denied')).waitFor();
      await head.getByRole('heading', { name: 'Accès refusé' }).waitFor();
      expect(await head.getByRole('menuitem', { name: 'Tableau de bord réseau' }).count()).toBe(0);
    });
  });

  it('SUPPORT reads the accesses of a network without granting or revoking, in French and English', async () => {
    const page = await cast.page('support');
    await cast.step('network-support-read', async () => {
      await signIn(page, harness.app, SUPPORT_AGENT);
      await page.getByRole('menuitem', { name: 'Accès réseau' }).click();
      await page.getByText('Votre rôle permet de consulter les accès ; seul un super administrateur les accorde et les retire.').waitFor();
      await page.getByRole('combobox', { name: 'Réseau' }).click();
      await page.getByRole('option', { name: UNML }).click();
      await page.getByText("Personne n'a accès à ce réseau.").or(page.getByTestId('network-accesses')).waitFor();
      expect(await page.getByRole('button', { name: "Accorder l'accès" }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^Retirer/ }).count()).toBe(0);
      // Support chooses any network on the dashboard.
      await page.getByRole('menuitem', { name: 'Tableau de bord réseau' }).click();
      await page.getByRole('combobox', { name: 'Réseau' }).click();
      await page.getByRole('option', { name: UNML }).click();
      await page.getByRole('heading', { level: 1, name: `Réseau : ${UNML}` }).waitFor();
      await page.getByTestId('network-structures').getByRole('rowheader', { name: ELSEWHERE }).waitFor();
      await page.getByRole('button', { name: 'Français' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: `Network: ${UNML}` }).waitFor();
      await page.getByRole('table', { name: 'Participations by Region' }).waitFor();
    });
  });
});

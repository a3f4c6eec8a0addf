import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { bearerFor, DEMO_SUPPORT, graphql, organizationIdOf } from '../support/api.js';
import { expectAccessible } from '../support/accessibility.js';
import { Cast, signIn, snap, useBrowserApp } from '../support/browser.js';

/** Léa Martin, conseillère at the Mission Locale de Limoges (demo), owner of JEUNES287. */
const ADVISOR = 'lea.martin@demo.orga-spe.fr';
/** The demo's "Diagnostic initial – Accueil des jeunes 2026" (shared results, a retry in progress). */
const OPEN_CAMPAIGN = 'JEUNES287';
/** The demo's archived "Session d'automne 2025". */
const CLOSED_CAMPAIGN = 'ARCHVE287';
/** The code of the demo's pending invitation (seeded without an e-mail in the outbox). */
const PENDING_INVITATION_CODE = 'DEMOPEND01';
/** A phone in portrait (the width of the usual recent phones). */
const PHONE = { width: 390, height: 844 };

/**
 * Every main screen, as each kind of user reaches it, checked with axe-core's WCAG 2.1 A/AA rules
 * (e2e/support/accessibility.ts): a serious or critical violation fails. Then what the rules cannot
 * see: the tab title of each screen, the keyboard on the participants table, the campaign list on
 * a phone.
 */
describe('browser journeys: accessibility of the main screens', () => {
  const harness = useBrowserApp();
  const cast = new Cast(harness);
  let campaignId = '';

  afterAll(() => cast.close());

  /**
   * Waits for the screen, then checks it and saves a screenshot of it. Beyond axe's WCAG rules,
   * what its best-practice rules would say: one level-1 heading; and in the console a tab title
   * of its own, and the menu as a navigation landmark beside the main content, not inside it.
   */
  async function check(page: Page, screen: string, shown: () => Promise<unknown>): Promise<void> {
    await shown();
    await snap(page, `a11y-${screen}`);
    await expectAccessible(page, screen);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count(), { message: `${screen}: one h1` }).toBe(1);
    if (await page.locator('#main-content').count()) {
      await expect.poll(() => page.title(), { message: `${screen}: a tab title of its own` }).toMatch(/. – Orga SPE$/);
      const menu = page.getByRole('navigation', { name: 'Menu principal' });
      expect(await menu.getByRole('menuitem', { name: 'Tableau de bord', exact: true }).count()).toBe(1);
      expect(await page.getByRole('main').getByRole('menuitem', { name: 'Tableau de bord', exact: true }).count()).toBe(0);
    }
  }

  it('public pages: a campaign code, a closed campaign, an invitation, the login page', async () => {
    await cast.step('a11y-public', async () => {
      const visitor = await cast.page('visitor');
      await visitor.goto(`${harness.app.url}/campagnes/${OPEN_CAMPAIGN}`);
      await check(visitor, 'landing', () => visitor.getByRole('button', { name: 'Je commence' }).waitFor());
      await visitor.goto(`${harness.app.url}/campagnes/${CLOSED_CAMPAIGN}`);
      await check(visitor, 'landing-closed', () => visitor.getByRole('heading').first().waitFor());
      await visitor.goto(await pendingInvitationLink());
      await check(visitor, 'invitation', () => visitor.getByTestId('invitation-organization').waitFor());
      await visitor.goto(`${harness.app.url}/login`);
      await check(visitor, 'login', () => visitor.getByRole('button', { name: 'Se connecter' }).waitFor());
    });
  });

  it('an advisor: dashboard, campaigns, creation, a campaign, its participants, its collective results, a participant, the team', async () => {
    await cast.step('a11y-advisor', async () => {
      const advisor = await cast.page('advisor');
      await signIn(advisor, harness.app, ADVISOR);
      await check(advisor, 'dashboard', () => advisor.getByTestId('organization-figures').waitFor());
      expect(await advisor.title()).toMatch(/Orga SPE$/);

      await advisor.getByRole('navigation').getByRole('menuitem', { name: 'Campagnes' }).click();
      await check(advisor, 'campaign-list', () => advisor.getByText('Diagnostic initial – Accueil des jeunes 2026').waitFor());
      expect(await advisor.title()).toBe('Campagnes – Orga SPE');

      await advisor.getByRole('link', { name: 'Créer une campagne' }).click();
      await check(advisor, 'campaign-create', () => advisor.getByLabel(/Nom de la campagne/).first().waitFor());

      campaignId = await campaignIdOf(OPEN_CAMPAIGN);
      await advisor.goto(`${harness.app.url}/campaigns/${campaignId}/show`);
      await check(advisor, 'campaign-show', () => advisor.getByTestId('campaign-code').waitFor());
      expect(await advisor.title()).toBe('Diagnostic initial – Accueil des jeunes 2026 – Orga SPE');

      await advisor.getByRole('tab', { name: /Participants/ }).click();
      await check(advisor, 'campaign-participants', () => advisor.getByRole('row').nth(1).getByRole('link').waitFor());

      await advisor.getByRole('tab', { name: 'Résultats collectifs' }).click();
      await check(advisor, 'campaign-collective-results', () => advisor.getByText('Répartition des résultats').waitFor());

      await advisor.getByRole('tab', { name: /Participants/ }).click();
      const shared = advisor.getByRole('row').filter({ hasText: /\d+\s?%/ }).first();
      await shared.getByRole('link').click();
      await check(advisor, 'participant-results', () => advisor.getByTestId('participant-mastery').waitFor());

      await advisor.getByRole('menuitem', { name: 'Équipe' }).click();
      await check(advisor, 'team', () => advisor.getByTestId('members').waitFor());
    });
  });

  it('support: organisations, an organisation, creation requests, users, a campaign by code, e-mails, the audit log', async () => {
    await cast.step('a11y-support', async () => {
      const support = await cast.page('support');
      await signIn(support, harness.app, DEMO_SUPPORT);
      const menu = (name: string) => support.getByRole('navigation').getByRole('menuitem', { name, exact: true }).click();

      await menu('Organisations');
      await check(support, 'support-organizations', () => support.getByText('Mission Locale de Limoges').first().waitFor());
      await support.goto(`${harness.app.url}/organizations/${await organizationIdOf(harness.app, 'Mission Locale de Limoges')}/show`);
      await check(support, 'support-organization', () => support.getByText('Mission Locale de Limoges').first().waitFor());

      await menu('Demandes de création');
      await check(support, 'support-creation-requests', () => support.getByRole('button', { name: 'Approuver' }).first().waitFor());
      await menu('Utilisateurs');
      await check(support, 'support-users', () => support.getByRole('row').nth(1).waitFor());
      await menu('Campagnes par code');
      await support.getByLabel('Code de la campagne').fill(OPEN_CAMPAIGN);
      await support.getByRole('button', { name: 'Rechercher' }).click();
      await check(support, 'support-campaign-by-code', () => support.getByTestId('support-campaign').waitFor());
      await menu('E-mails');
      await check(support, 'support-mails', () => listShown(support));
      await menu("Journal d'audit");
      await check(support, 'support-audit-log', () => listShown(support));
    });
  });

  it('the keyboard opens a participant from the participants table: Tab to the row, Enter', async () => {
    await cast.step('a11y-keyboard', async () => {
      const advisor = await cast.page('advisor');
      campaignId ||= await campaignIdOf(OPEN_CAMPAIGN);
      await advisor.goto(`${harness.app.url}/campaigns/${campaignId}/show/participants`);
      const firstRow = advisor.getByRole('row').nth(1);
      const name = (await firstRow.getByRole('link').textContent()) ?? '';
      expect(name).not.toBe('');
      // From the tab list, Tab until the focus reaches a row of the table (filters, sort first).
      await advisor.getByRole('tab', { name: /Participants/ }).focus();
      for (let presses = 0; presses < 30; presses += 1) {
        await advisor.keyboard.press('Tab');
        if (await advisor.evaluate(() => Boolean(document.activeElement?.closest('tbody tr')))) break;
      }
      expect(await advisor.evaluate(() => document.activeElement?.textContent)).toBe(name);
      // The focus shows: a visible outline on the focused link.
      const outline = () => advisor.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
      expect(await outline()).not.toBe('none');
      await advisor.keyboard.press('Enter');
      await advisor.waitForURL(`**/campaigns/${campaignId}/participations/**`);
      await advisor.getByTestId('participant-mastery').waitFor();
      await advisor.goBack();
      // "Lignes par page", reached by the keyboard, shows its focus too.
      await advisor.getByRole('combobox', { name: /Lignes par page/ }).focus();
      await advisor.keyboard.press('Shift+Tab');
      await advisor.keyboard.press('Tab');
      expect(await advisor.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
      expect(await outline()).not.toBe('none');
      await advisor.getByRole('combobox', { name: /Lignes par page/ }).press('Enter');
      await advisor.getByRole('option', { name: '50' }).waitFor();
      await advisor.keyboard.press('Escape');
      // Keyset pages: first, previous, next and last page, each a labelled button, with the total.
      const pagination = advisor.getByRole('navigation', { name: 'Pagination' });
      for (const name of ['Première page', 'Page précédente', 'Page suivante', 'Dernière page']) await pagination.getByRole('button', { name }).waitFor();
      expect(await pagination.getByText(/^1–\d+ sur \d+$/).count()).toBe(1);
      await advisor.getByRole('row').nth(1).getByRole('link').press('Enter');
      await advisor.waitForURL(`**/campaigns/${campaignId}/participations/**`);
      await advisor.getByTestId('participant-mastery').waitFor();
    });
  });

  it('on a phone, the campaign list does not scroll sideways and the campaign header wraps', async () => {
    await cast.step('a11y-phone', async () => {
      const phone = await cast.page('phone');
      await phone.setViewportSize(PHONE);
      await signIn(phone, harness.app, ADVISOR);
      await phone.goto(`${harness.app.url}/campaigns`);
      await phone.getByText('Diagnostic initial – Accueil des jeunes 2026').first().waitFor();
      await snap(phone, 'a11y-phone-campaign-list');
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

      campaignId ||= await campaignIdOf(OPEN_CAMPAIGN);
      await phone.goto(`${harness.app.url}/campaigns/${campaignId}/show`);
      await phone.getByTestId('campaign-code').waitFor();
      await phone.getByText('Identifiant France Travail').first().waitFor();
      await snap(phone, 'a11y-phone-campaign-show');
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      // Nothing cut off either: every text, link and button of the screen ends within the screen.
      const rightmost = await phone.evaluate(() =>
        Math.max(...[...document.querySelectorAll('#main-content :is(p, a, h1, button)')].filter((element) => !element.closest('[role="tablist"]')).map((element) => element.getBoundingClientRect().right)),
      );
      expect(rightmost).toBeLessThanOrEqual(PHONE.width);
    });
  });

  /** A list screen, loaded: its first row, or its empty state. */
  const listShown = (page: Page) => page.getByRole('row').nth(1).or(page.getByText(/^Aucun|^Pas encore/)).first().waitFor();

  /** The link the invitation e-mail would carry, from the application's database. */
  async function pendingInvitationLink(): Promise<string> {
    const client = new pg.Client({ connectionString: harness.app.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string }>('select id from organizations.invitations where code = $1', [PENDING_INVITATION_CODE]);
      if (!rows[0]) throw new Error(`no invitation ${PENDING_INVITATION_CODE} in the demo`);
      return `${harness.app.url}/invitations/${rows[0].id}?code=${PENDING_INVITATION_CODE}`;
    } finally {
      await client.end();
    }
  }

  async function campaignIdOf(code: string): Promise<string> {
    const { campaignByCode } = await graphql<{ campaignByCode: { id: string } | null }>(
      harness.app,
      'query($code: String!) { campaignByCode(code: $code) { id } }',
      { code },
      await bearerFor(harness.app, DEMO_SUPPORT),
    );
    if (!campaignByCode) throw new Error(`campaign ${code} not found`);
    return campaignByCode.id;
  }
});

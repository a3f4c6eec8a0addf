import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_SUPPORT } from '../support/api.js';
import { expectAccessible } from '../support/accessibility.js';
import { journey, signIn, snap, useBrowserApp } from '../support/browser.js';
import type { RunningApp } from '../support/app.js';

const SUPPORT_AGENT = 'support@demo.orga-spe.fr';
const DEMO_CLIENT = 'SI I-Milo (démo UNML)';
const CLIENT_NAME = 'SI I-Milo – recette';
const UNML = 'Union nationale des Missions Locales';

interface TokenAnswer {
  status: number;
  body: { access_token?: string; token_type?: string; expires_in?: number; scope?: string; error?: string };
}

/**
 * axe on the screen once its transitions are over: a dialog fading in, measured half-transparent,
 * reads as poor contrast. Endless animations (a spinner) do not count.
 */
async function expectAccessibleWhenStill(page: Page, screenName: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.getAnimations().filter((animation) => animation.playState === 'running' && animation.effect?.getTiming().iterations !== Infinity).length))
    .toBe(0);
  await expectAccessible(page, screenName);
}

/** `YYYY-MM-DD`, so many days from today (the browser runs in Europe/Paris, this process near enough for a day far off). */
function localDay(days: number): string {
  const day = new Date(Date.now() + days * 24 * 3600 * 1000);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/** POST /oauth/token as a partner's information system sends it (docs/partners.md): HTTP Basic, form-encoded. */
async function requestToken(app: RunningApp, clientId: string, clientSecret: string): Promise<TokenAnswer> {
  const response = await fetch(`${app.url}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
  });
  return { status: response.status, body: (await response.json()) as TokenAnswer['body'] };
}

/** `partnerViewer` with a client's bearer token: its data, or the code of its first error. */
async function partnerViewer(app: RunningApp, accessToken: string): Promise<{ data?: { partnerViewer: { client: { clientId: string; name: string }; network: { code: string }; scopes: string[] } }; code?: string }> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ query: '{ partnerViewer { client { clientId name } network { code } scopes } }' }),
  });
  const body = (await response.json()) as { data?: never; errors?: { extensions?: { code?: string } }[] };
  return body.errors?.length ? { code: body.errors[0]!.extensions?.code } : { data: body.data };
}

/** The secret dialog's values, read as a person copies them, then the dialog closed with its button. */
async function readSecretDialog(page: Page, title: string) {
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  const secretField = dialog.getByRole('textbox', { name: 'Secret (client_secret)' });
  // The dialog opens on the secret itself (a screen reader reads its label first).
  await expect.poll(() => secretField.evaluate((element) => element === document.activeElement)).toBe(true);
  return {
    dialog,
    clientId: await dialog.getByRole('textbox', { name: 'Identifiant (client_id)' }).inputValue(),
    secret: await secretField.inputValue(),
    curl: (await dialog.getByTestId('partner-token-curl').textContent()) ?? '',
  };
}

/**
 * The support area's "Partenaires" (issue 16): a SUPER_ADMIN creates an API client for a partner
 * network and is shown its secret once; that secret gets a token from POST /oauth/token; a
 * renewed secret replaces it; a revoked client's tokens stop at once. SUPPORT reads the list only.
 */
describe('browser journeys: the partner networks’ API clients', () => {
  const harness = useBrowserApp();

  it('a SUPER_ADMIN creates a client for the UNML, sees its secret once, gets a token with it, renews it, then revokes the client', async () => {
    await journey(harness, 'partners-super-admin', async (page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.app.url });
      await signIn(page, harness.app, DEMO_SUPPORT);
      await page.getByRole('menuitem', { name: 'Partenaires' }).click();
      await page.getByRole('row').filter({ hasText: DEMO_CLIENT }).waitFor();
      await expectAccessibleWhenStill(page, 'Partenaires');

      // The form: name, network, two scopes (each explained), a region typed as a tag, a contact.
      await page.getByRole('link', { name: 'Nouveau client API' }).click();
      await page.getByRole('textbox', { name: 'Nom' }).fill(CLIENT_NAME);
      await page.getByRole('combobox', { name: 'Réseau' }).click();
      await page.getByRole('option', { name: UNML }).click();
      const scopes = page.getByRole('group', { name: 'Portées' });
      await scopes.getByText("Lire les structures du réseau dans son périmètre (nom, type, SIRET, adresse).").waitFor();
      await scopes.getByRole('checkbox', { name: /organizations:read/ }).check();
      await scopes.getByRole('checkbox', { name: /results:read/ }).check();
      const regions = page.getByRole('combobox', { name: 'Régions' });
      await regions.fill('Nouvelle-Aquitaine');
      await regions.press('Enter');
      await page.getByRole('button', { name: 'Nouvelle-Aquitaine' }).waitFor();
      await page.getByRole('textbox', { name: 'E-mail de contact' }).fill('si.imilo@unml.example.fr');
      await expectAccessibleWhenStill(page, 'Nouveau client API');
      await snap(page, 'partners-create');

      // An expiry beyond a year is refused before sending; six months from now is kept.
      const expiry = page.getByLabel('Expire le');
      await expiry.fill(localDay(730));
      await page.getByRole('button', { name: 'Créer le client' }).click();
      await page.getByText('Choisissez un jour entre demain et dans un an.').waitFor();
      await expiry.fill(localDay(180));
      await page.getByText('Choisissez un jour entre demain et dans un an.').waitFor({ state: 'detached' });

      // What only the API checks (a department of 101 characters): its BAD_USER_INPUT under the field.
      const departments = page.getByRole('combobox', { name: 'Départements' });
      await departments.fill('D'.repeat(101));
      await departments.press('Enter');
      await page.getByRole('button', { name: 'Créer le client' }).click();
      await page.getByText('Certaines informations saisies ne sont pas valides. Vérifiez le formulaire.').waitFor();
      await page.getByText('Chaque région ou département : 100 caractères au plus ; 200 au plus en tout.').waitFor();
      expect(await page.getByRole('dialog').count()).toBe(0);
      await departments.press('Backspace');
      await page.getByRole('button', { name: 'D'.repeat(101) }).waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Créer le client' }).click();

      // The secret, once: a warning, the client_id, the secret (focused), the curl line, copy buttons.
      const shown = await readSecretDialog(page, `Client API créé : « ${CLIENT_NAME} »`);
      await shown.dialog.getByText('il ne sera plus jamais affiché', { exact: false }).waitFor();
      expect(shown.clientId).toMatch(/^osp_[0-9a-f]{20}$/);
      expect(shown.secret).toMatch(/^osps_[A-Za-z0-9_-]{43}$/);
      expect(shown.curl).toBe(`curl -s -u '${shown.clientId}:${shown.secret}' -d grant_type=client_credentials -d 'scope=organizations:read results:read' ${harness.app.url}/oauth/token`);
      await expectAccessibleWhenStill(page, 'Secret du nouveau client');
      await snap(page, 'partners-secret');
      await shown.dialog.getByRole('button', { name: 'Copier le secret' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown.secret);
      // Escape does not throw the secret away: only the button does.
      await page.keyboard.press('Escape');
      await shown.dialog.getByRole('button', { name: "J'ai copié le secret, fermer" }).click();
      await shown.dialog.waitFor({ state: 'detached' });

      const row = page.getByRole('row').filter({ hasText: CLIENT_NAME });
      await row.waitFor();
      expect(await page.content()).not.toContain(shown.secret);
      const [year, month, date] = localDay(180).split('-');
      for (const text of [shown.clientId, UNML, 'si.imilo@unml.example.fr', 'Structures', 'Résultats partagés', 'Régions : Nouvelle-Aquitaine', 'Actif', `jusqu'au ${date}/${month}/${year}`, 'Jamais utilisé']) {
        await row.getByText(text, { exact: true }).waitFor();
      }
      expect(await row.getByText('Identité des participants').count()).toBe(0);

      // The secret shown is the real one: the partner's system gets a token with it, and the token works.
      const token = await requestToken(harness.app, shown.clientId, shown.secret);
      expect(token.status, JSON.stringify(token.body)).toBe(200);
      expect(token.body.token_type).toBe('Bearer');
      expect(token.body.scope?.split(' ').sort()).toEqual(['organizations:read', 'results:read']);
      const viewer = await partnerViewer(harness.app, token.body.access_token!);
      expect(viewer.data?.partnerViewer).toEqual({ client: { clientId: shown.clientId, name: CLIENT_NAME }, network: { code: 'UNML' }, scopes: ['ORGANIZATIONS_READ', 'RESULTS_READ'] });
      // Support sees that use, and from where.
      await page.reload();
      await row.getByTestId('partner-client-last-use').getByText('depuis 127.0.0.1', { exact: true }).waitFor();

      // Renewed with no overlap (as after a leak): the new secret shown once, the old one refused at once.
      await row.getByRole('button', { name: 'Renouveler le secret' }).click();
      const rotation = page.getByRole('dialog', { name: `Renouveler le secret de « ${CLIENT_NAME} »` });
      const overlap = rotation.getByRole('spinbutton', { name: 'Recouvrement (heures)' });
      expect(await overlap.inputValue()).toBe('24');
      // Out of range is refused by the dialog itself, under the field.
      await overlap.fill('200');
      await rotation.getByRole('button', { name: 'Renouveler le secret' }).click();
      await rotation.getByText("Un nombre entier d'heures, de 0 à 168.").waitFor();
      await overlap.fill('0');
      await expectAccessibleWhenStill(page, 'Renouveler le secret');
      await snap(page, 'partners-rotate');
      await rotation.getByRole('button', { name: 'Renouveler le secret' }).click();
      const renewed = await readSecretDialog(page, `Nouveau secret pour « ${CLIENT_NAME} »`);
      await renewed.dialog.getByText("L'ancien secret ne fonctionne déjà plus.", { exact: false }).waitFor();
      expect(renewed.clientId).toBe(shown.clientId);
      expect(renewed.secret).not.toBe(shown.secret);
      await renewed.dialog.getByRole('button', { name: "J'ai copié le secret, fermer" }).click();
      await renewed.dialog.waitFor({ state: 'detached' });
      expect(await page.content()).not.toContain(renewed.secret);
      expect((await requestToken(harness.app, shown.clientId, shown.secret)).body.error).toBe('invalid_client');
      const renewedToken = await requestToken(harness.app, renewed.clientId, renewed.secret);
      expect(renewedToken.status, JSON.stringify(renewedToken.body)).toBe(200);

      // Revoked after a confirmation that says so: marked révoqué, no more actions, tokens refused at once.
      await row.getByRole('button', { name: 'Révoquer' }).click();
      const confirm = page.getByRole('dialog', { name: `Révoquer le client « ${CLIENT_NAME} »` });
      await confirm.getByText('Ses jetons cessent de fonctionner immédiatement', { exact: false }).waitFor();
      await expectAccessibleWhenStill(page, 'Révoquer un client');
      await confirm.getByRole('button', { name: 'Révoquer' }).click();
      await page.getByText('Client révoqué : ses jetons ne fonctionnent plus.').waitFor();
      await row.getByTestId('partner-client-status').getByText('Révoqué', { exact: true }).waitFor();
      expect(await row.getByRole('button', { name: 'Révoquer' }).count()).toBe(0);
      expect(await row.getByRole('button', { name: 'Renouveler le secret' }).count()).toBe(0);
      await snap(page, 'partners-revoked');
      expect((await partnerViewer(harness.app, renewedToken.body.access_token!)).code).toBe('CLIENT_REVOKED');
      expect((await requestToken(harness.app, renewed.clientId, renewed.secret)).status).toBe(401);
    });
  });

  it('shows SUPPORT the clients by network, read-only: no creation, renewal or revocation', async () => {
    await journey(harness, 'partners-support', async (page) => {
      await signIn(page, harness.app, SUPPORT_AGENT);
      await page.getByRole('menuitem', { name: 'Partenaires' }).click();
      const demo = page.getByRole('row').filter({ hasText: DEMO_CLIENT });
      await demo.waitFor();
      await demo.getByText('osp_demo_unml', { exact: true }).waitFor();
      await demo.getByText('Actif', { exact: true }).waitFor();
      for (const scope of ['Structures', 'Campagnes', 'Résultats partagés', 'Identité des participants']) await demo.getByText(scope, { exact: true }).waitFor();
      expect(await page.getByRole('link', { name: 'Nouveau client API' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Renouveler le secret' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Révoquer' }).count()).toBe(0);
      expect(await page.getByRole('columnheader', { name: 'Actions' }).count()).toBe(0);
      await expectAccessibleWhenStill(page, 'Partenaires (SUPPORT)');
      await snap(page, 'partners-support');

      // By network: France Travail has none, the UNML has the demo's.
      await page.getByRole('combobox', { name: 'Réseau' }).click();
      await page.getByRole('option', { name: 'France Travail' }).click();
      await demo.waitFor({ state: 'detached' });
      await page.getByRole('combobox', { name: 'Réseau' }).click();
      await page.getByRole('option', { name: UNML }).click();
      await demo.waitFor();

      // The form's address typed by hand: the access-denied page, not a form that answers FORBIDDEN.
      await page.goto(`${harness.app.url}/partnerClients/create`);
      await page.getByRole('heading', { name: 'Accès refusé', level: 1 }).waitFor();
      await page.getByText("Votre rôle support (support) ne donne pas accès à l'écran « Nouveau client API ».").waitFor();
      expect(await page.getByRole('button', { name: 'Créer le client' }).count()).toBe(0);

      // In English too.
      await page.getByRole('navigation').getByRole('menuitem', { name: 'Partenaires' }).click();
      await page.getByRole('button', { name: 'Français' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByRole('columnheader', { name: 'Network and perimeter' }).waitFor();
      await demo.getByText('Active', { exact: true }).waitFor();
      await demo.getByText('The whole network', { exact: true }).waitFor();
      await demo.getByText("Participants' identity", { exact: true }).waitFor();
    });
  });
});

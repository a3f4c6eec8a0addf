import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DEMO_SUPPORT as SUPPORT, graphql } from '../support/api.js';
import { journey, signIn, snap, submitSignIn, useBrowserApp } from '../support/browser.js';

const METIER = 'metier@demo.orga-spe.fr';
const CERTIF = 'certif@demo.orga-spe.fr';
const ADVISOR = 'lea.martin@demo.orga-spe.fr';
const TWO_ORGANIZATIONS_ADMIN = 'karim.benali@demo.orga-spe.fr';

/**
 * The console around the team in a real browser: terms of service at first login, the
 * organisation switcher, the language menu and logout; the support area as each role sees it.
 */
describe('browser journeys: session, switcher and the support area', () => {
  const harness = useBrowserApp();

  it('asks for the terms of service before anything else, once', async () => {
    const email = 'sans.cgu@example.fr';
    await graphql(
      harness.app,
      'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      { input: { email, password: 'Sans-cgu-2026', firstName: 'Sacha', lastName: 'Sanscgu', acceptTermsOfService: false } },
    );
    await journey(harness, 'terms-of-service', async (page) => {
      await submitSignIn(page, harness.app, email, 'Sans-cgu-2026');
      await page.getByRole('heading', { name: "Conditions générales d'utilisation" }).waitFor();
      expect(await page.getByRole('menuitem').count()).toBe(0);
      await snap(page, 'terms-of-service');
      await page.getByRole('button', { name: "J'accepte les conditions d'utilisation" }).click();
      await page.getByText('Bonjour Sacha').waitFor();
      await page.reload();
      await page.getByText('Bonjour Sacha').waitFor();
      expect(await page.getByRole('heading', { name: "Conditions générales d'utilisation" }).count()).toBe(0);
    });
  });

  it('switches between the organisations of an administrator of two, in French or English, then logs out', async () => {
    await journey(harness, 'switcher-language-logout', async (page) => {
      await signIn(page, harness.app, TWO_ORGANIZATIONS_ADMIN);
      // Start from the Mission Locale, whichever membership the console opened first.
      const switcher = page.getByRole('combobox', { name: 'Organisation' });
      if (!(await switcher.textContent())?.includes('Mission Locale de Limoges')) {
        await switcher.click();
        await page.getByRole('option', { name: 'Mission Locale de Limoges' }).click();
      }
      const figures = page.getByTestId('organization-figures');
      await figures.getByText('Chiffres de Mission Locale de Limoges').waitFor();
      // The demo's shared results spread over the guide's bands of both Pix emploi profiles.
      await figures.getByText('Résultats du Diagnostic initial').waitFor();
      await figures.getByText('Résultats du Parcours CléA numérique').waitFor();
      expect(await figures.getByTestId('band-CLEA_ABOVE_85').textContent()).toMatch(/[1-9]\d* participant/);
      await page.getByRole('menuitem', { name: 'Équipe' }).click();
      await page.getByTestId('members').getByText('lea.martin@demo.orga-spe.fr').waitFor();
      await switcher.click();
      await page.getByRole('option', { name: 'Cap emploi 87' }).click();
      await page.getByText('Équipe – Cap emploi 87').waitFor();
      expect(await page.getByTestId('members').getByText('lea.martin@demo.orga-spe.fr').count()).toBe(0);
      await snap(page, 'switcher-team');

      await page.getByRole('button', { name: 'Français' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByRole('menuitem', { name: 'Team' }).waitFor();
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('menuitem', { name: 'Français' }).click();
      await page.getByRole('menuitem', { name: 'Équipe' }).waitFor();

      await page.getByRole('button', { name: 'Profil' }).click();
      await page.getByRole('menuitem', { name: 'Déconnexion' }).click();
      await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    });
  });

  it('gives an advisor no support area and no team management', async () => {
    await journey(harness, 'advisor-rights', async (page) => {
      await signIn(page, harness.app, ADVISOR);
      expect(await page.getByRole('menuitem', { name: 'Organisations' }).count()).toBe(0);
      await page.getByRole('menuitem', { name: 'Équipe' }).click();
      await page.getByTestId('members').waitFor();
      expect(await page.getByRole('button', { name: 'Ajouter un membre' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Renvoyer' }).count()).toBe(0);
      // The pending demo invitation is listed, read-only.
      await page.getByTestId('invitations').getByText('camille.bernard@example.fr').waitFor();
    });
  });

  it('shows METIER agents organisations and creation requests only', async () => {
    await journey(harness, 'support-metier', async (page) => {
      await signIn(page, harness.app, METIER);
      await page.getByRole('menuitem', { name: 'Organisations' }).waitFor();
      await page.getByRole('menuitem', { name: 'Demandes de création' }).waitFor();
      for (const hidden of ['Utilisateurs', 'E-mails', "Journal d'audit", 'Campagnes par code', 'Éligibilité à la certification']) {
        expect(await page.getByRole('menuitem', { name: hidden }).count(), hidden).toBe(0);
      }
    });
  });

  it('lets a CERTIF agent find a person by exact e-mail and read their certification eligibility, nothing else', async () => {
    await journey(harness, 'support-certif', async (page) => {
      await signIn(page, harness.app, CERTIF);
      await page.getByRole('menuitem', { name: 'Éligibilité à la certification' }).click();
      for (const hidden of ['Organisations', 'Utilisateurs', 'E-mails', 'Campagnes par code']) {
        expect(await page.getByRole('menuitem', { name: hidden }).count(), hidden).toBe(0);
      }
      const lookUp = async (email: string) => {
        await page.getByLabel('Adresse e-mail de la personne').fill(email);
        await page.getByRole('button', { name: 'Rechercher' }).click();
      };
      // Part of an address finds nobody: no free search for CERTIF.
      await lookUp('bouzid@demo.orga-spe.fr');
      await page.getByText("Aucun compte n'a l'adresse bouzid@demo.orga-spe.fr.").waitFor();
      await lookUp('Mehdi.Bouzid@demo.orga-spe.fr');
      const person = page.getByTestId('eligibility-person');
      await person.getByText('Mehdi Bouzid (mehdi.bouzid@demo.orga-spe.fr)').waitFor();
      await person.getByRole('row', { name: /Certification Pix/ }).getByText('Éligible', { exact: true }).waitFor();
      await snap(page, 'support-certif-eligibility');
    });
  });

  it('says in French that an invitation link is not valid, without asking to sign in', async () => {
    await journey(harness, 'invitation-invalid-link', async (page) => {
      await page.goto(`${harness.app.url}/invitations/00000000-0000-4000-8000-000000000000?code=NOPE000000`);
      await page.getByTestId('invitation-error').getByText("Ce lien d'invitation n'est pas valable.").waitFor();
      expect(page.url()).toContain('/invitations/');
      expect(await page.getByRole('button', { name: 'Se connecter' }).count()).toBe(0);
      await snap(page, 'invitation-invalid-link');
    });
  });

  it('lets support reject a creation request with a reason, which the requester receives by e-mail', async () => {
    await journey(harness, 'support-reject-request', async (page) => {
      await signIn(page, harness.app, SUPPORT);
      await page.getByRole('menuitem', { name: 'Demandes de création' }).click();
      const row = page.getByRole('row', { name: /EPIDE Lanrodec/ });
      await row.getByRole('button', { name: 'Refuser' }).click();
      await page.getByLabel('Motif du refus').fill('Le mandat du directeur est à joindre à la demande.');
      await page.getByRole('dialog').getByRole('button', { name: 'Refuser' }).click();
      await page.getByText('Demande refusée : le demandeur est prévenu par e-mail.').waitFor();
      await row.waitFor({ state: 'detached' });
      await page.getByRole('menuitem', { name: 'E-mails', exact: true }).click();
      await page.getByLabel('Destinataire').fill('julie.petit@demo.orga-spe.fr');
      await page.getByRole('cell', { name: 'julie.petit@demo.orga-spe.fr' }).first().click();
      await page.getByTestId('mail-body').getByText(/Le mandat du directeur est à joindre/).waitFor();
    });
  });

  it('lets a super admin search, create, edit and archive organisations, and read users, e-mails, campaigns and the audit log', async () => {
    await journey(harness, 'support-super-admin', async (page) => {
      await signIn(page, harness.app, SUPPORT);
      await page.getByTestId('national-figures').waitFor();
      await snap(page, 'support-dashboard');

      await page.getByRole('menuitem', { name: 'Organisations' }).click();
      await page.getByPlaceholder('Nom').fill('limoges');
      await page.getByRole('cell', { name: 'Mission Locale de Limoges' }).waitFor();
      await snap(page, 'support-organizations');
      await page.getByRole('cell', { name: 'Mission Locale de Limoges' }).click();
      await page.getByRole('link', { name: 'Membres' }).click();
      await page.getByTestId('members').getByText('karim.benali@demo.orga-spe.fr').waitFor();
      // Support fixes memberships: it invites on the structure's behalf (an e-mail for the outbox below).
      await page.getByRole('button', { name: 'Ajouter un membre' }).click();
      await page.getByLabel('Adresses e-mail').fill('nouvelle.conseillere@example.fr');
      await page.getByRole('button', { name: 'Inviter', exact: true }).click();
      await page.getByTestId('invitations').getByText('nouvelle.conseillere@example.fr').waitFor();

      await page.goto(`${harness.app.url}/organizations/create`);
      await page.getByLabel('Nom *').fill('Unis-Cité Limousin');
      await page.getByLabel('Type *').click();
      await page.getByRole('option', { name: /Autre/ }).click();
      await page.getByLabel('SIRET').fill('1234');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Le SIRET compte 14 chiffres.').waitFor();
      await page.getByLabel('SIRET').fill('');
      await page.getByLabel('Ville').fill('Limoges');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Unis-Cité Limousin').first().waitFor();
      await page.getByRole('link', { name: 'Éditer' }).click();
      await page.getByLabel('Ville').fill('Brive-la-Gaillarde');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Brive-la-Gaillarde').waitFor();
      await page.getByRole('button', { name: 'Archiver' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
      await page.getByText('Organisation archivée').waitFor();
      await snap(page, 'support-organization-archived');

      await page.getByRole('menuitem', { name: 'Utilisateurs' }).click();
      await page.getByPlaceholder('Nom ou adresse e-mail').fill('benali');
      await page.getByRole('cell', { name: 'karim.benali@demo.orga-spe.fr' }).click();
      await page.getByRole('link', { name: /Cap emploi 87/ }).waitFor();
      await page.getByLabel('Rôle support').first().waitFor();
      await snap(page, 'support-users');

      await page.getByRole('menuitem', { name: 'E-mails', exact: true }).click();
      await page.getByRole('cell', { name: /Invitation à rejoindre/ }).first().click();
      // The invitation link is there, its code masked (issue 13: support must not join in the invitee's place).
      await page.getByTestId('mail-body').getByTestId('masked-link').filter({ hasText: '/invitations/' }).first().waitFor();
      await snap(page, 'support-mails');

      await page.getByRole('menuitem', { name: 'Campagnes par code' }).click();
      await page.getByLabel('Code de la campagne').fill('jeunes 287');
      await page.getByRole('button', { name: 'Rechercher' }).click();
      await page.getByTestId('support-campaign').getByText('Mission Locale de Limoges').waitFor();
      await snap(page, 'support-campaign-by-code');
      await page.getByLabel('Code de la campagne').fill('ZZZZZZ999');
      await page.getByRole('button', { name: 'Rechercher' }).click();
      await page.getByText('Aucune campagne ne porte le code ZZZZZZ999.').waitFor();

      await page.getByRole('menuitem', { name: "Journal d'audit" }).click();
      // A sentence, not a code (issue 13).
      await page.getByTestId('audit-sentence').filter({ hasText: "a archivé l'organisation « Unis-Cité Limousin »" }).first().waitFor();
      await snap(page, 'support-audit-log');
    });
  });

  it('lets support send a failed e-mail again with "Renvoyer"', async () => {
    // No screen makes a mail fail: the worker's verdict is written in the application's database.
    const recipient = 'boite.pleine@example.fr';
    const client = new pg.Client({ connectionString: harness.app.databaseUrl });
    await client.connect();
    try {
      await client.query(
        `insert into public.mail_outbox (id, recipient, subject, text_body, template, status, attempts, next_attempt_at, last_error, created_at)
         values (gen_random_uuid(), $1, 'Invitation à rejoindre Orga SPE', 'Bonjour', 'invitation', 'FAILED', 10, now(), '550: mailbox full', now())`,
        [recipient],
      );
    } finally {
      await client.end();
    }
    await journey(harness, 'support-requeue-mail', async (page) => {
      await signIn(page, harness.app, SUPPORT);
      await page.getByRole('menuitem', { name: 'E-mails', exact: true }).click();
      await page.getByLabel('Destinataire').fill(recipient);
      const row = page.getByRole('row', { name: new RegExp(recipient) });
      await row.getByText('En échec').waitFor();
      await row.getByRole('button', { name: 'Renvoyer' }).click();
      await page.getByText("E-mail remis dans la file d'envoi").waitFor();
      await row.getByText('En attente').waitFor();
      expect(await row.getByRole('button', { name: 'Renvoyer' }).count()).toBe(0);
    });
  });
});

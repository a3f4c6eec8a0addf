import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD as PASSWORD, DEMO_SUPPORT as SUPPORT, organizationIdOf } from '../support/api.js';
import { journey, signIn, snap, useBrowserApp } from '../support/browser.js';
import { invitationLinkFor } from '../support/mail.js';

const REQUESTER = 'julie.petit@demo.orga-spe.fr';
const OTHER_MEMBER = 'lea.martin@demo.orga-spe.fr';
const COLLEAGUE = { email: 'alexis.bertin@example.fr', firstName: 'Alexis', lastName: 'Bertin', password: 'Collegue-2026' };

/**
 * The people journey of issue 7 in a real browser: support approves the demo's pending creation
 * request (EPIDE Lanrodec, filed by Julie Petit) → Julie opens the invitation link from the mail
 * outbox and accepts → she invites two colleagues at once → one signs up from the link and joins;
 * the team page lists them in alphabetical order; the last admin cannot leave; a member of another
 * organisation cannot see this team.
 */
describe('browser journey: a new organisation builds its team', () => {
  const harness = useBrowserApp();
  let organizationId = '';

  it('support approves the pending creation request', async () => {
    await journey(harness, 'team-1-approve', async (page) => {
      await signIn(page, harness.app, SUPPORT);
      await page.getByRole('menuitem', { name: 'Demandes de création' }).click();
      const row = page.getByRole('row', { name: /EPIDE Lanrodec/ });
      await row.waitFor();
      await snap(page, 'support-creation-requests');
      await row.getByRole('button', { name: 'Approuver' }).click();
      await page.getByText("Demande approuvée : l'organisation est créée").waitFor();
    });
  });

  it('the requester opens the invitation link, signs in and lands in the new organisation', async () => {
    const link = await invitationLinkFor(harness.app, REQUESTER);
    organizationId = await organizationIdOf(harness.app, 'EPIDE Lanrodec');
    await journey(harness, 'team-2-requester-accepts', async (page) => {
      await page.goto(link);
      await page.getByTestId('invitation-organization').getByText('EPIDE Lanrodec').waitFor();
      await snap(page, 'invitation-page');
      // The address of the invitation is already typed in.
      expect(await page.getByLabel('Adresse e-mail').inputValue()).toBe(REQUESTER);
      await page.getByLabel('Mot de passe').fill(PASSWORD);
      await page.getByRole('button', { name: 'Je me connecte' }).last().click();
      await page.getByText('Vous êtes connecté(e) en tant que Julie Petit').waitFor();
      await page.getByRole('button', { name: "Accepter l'invitation" }).click();
      await page.getByText('Bonjour Julie').waitFor();
      await page.getByTestId('current-organization').getByText('EPIDE Lanrodec').waitFor();

      // Équipe: she is its administrator; she invites two colleagues at once.
      await page.getByRole('menuitem', { name: 'Équipe' }).click();
      await page.getByRole('heading', { name: /Mon équipe/ }).waitFor();
      await expect.poll(() => page.url()).toContain(`/organizations/${organizationId}/team`);
      await page.getByRole('button', { name: 'Ajouter un membre' }).click();
      await page.getByLabel('Adresses e-mail').fill(`${COLLEAGUE.email}, Camille.Durand@Example.fr\n${COLLEAGUE.email}`);
      await page.getByRole('button', { name: 'Inviter', exact: true }).click();
      await page.getByText('2 invitations envoyées').waitFor();
      await page.getByTestId('invitations').getByText(COLLEAGUE.email).waitFor();
      await page.getByTestId('invitations').getByText('camille.durand@example.fr').waitFor();

      // Cancel one; resend the other.
      const camille = page.getByRole('row', { name: /camille\.durand@example\.fr/ });
      await camille.getByRole('button', { name: "Annuler l'invitation" }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
      await page.getByText('Invitation annulée').waitFor();
      await camille.waitFor({ state: 'detached' });
      // Just sent: a resend now would be a second e-mail within INVITATION_RESEND_INTERVAL_SECONDS.
      await page.getByRole('row', { name: new RegExp(COLLEAGUE.email) }).getByRole('button', { name: 'Renvoyer' }).click();
      await page.getByText("Cette invitation vient d'être envoyée : vous pourrez la renvoyer dans 5 min.").waitFor();
      await snap(page, 'team-pending-invitations');

      // The only administrator cannot leave: the API's LAST_ADMIN, in French.
      await page.getByRole('button', { name: "Quitter l'organisation" }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
      await page.getByText("L'organisation doit garder au moins un administrateur").waitFor();
    });
  });

  it('someone signed in with another account opens the colleague\'s link: told which account to use, nothing accepted', async () => {
    const link = await invitationLinkFor(harness.app, COLLEAGUE.email);
    await journey(harness, 'team-3a-other-account', async (page) => {
      await signIn(page, harness.app, OTHER_MEMBER);
      await page.goto(link);
      await page.getByTestId('invitation-organization').getByText('EPIDE Lanrodec').waitFor();
      await page.getByText('Invitation envoyée à a***@example.fr').waitFor();
      await page.getByTestId('invitation-other-account').getByText('Cette invitation a été envoyée à a***@example.fr : connectez-vous avec ce compte').waitFor();
      expect(await page.getByRole('button', { name: "Accepter l'invitation" }).count()).toBe(0);
      await snap(page, 'invitation-other-account');
      // Switching account offers the forms, pre-filled with the invited address from the link.
      await page.getByRole('button', { name: 'Me connecter avec un autre compte' }).click();
      expect(await page.getByLabel('Adresse e-mail').inputValue()).toBe(COLLEAGUE.email);
    });
  });

  it('the invited colleague creates an account from the link and joins the team', async () => {
    const link = await invitationLinkFor(harness.app, COLLEAGUE.email);
    await journey(harness, 'team-3-colleague-signs-up', async (page) => {
      await page.goto(link);
      await page.getByTestId('invitation-organization').getByText('EPIDE Lanrodec').waitFor();
      await page.getByRole('tab', { name: 'Je crée mon compte' }).click();
      await page.getByLabel('Prénom').fill(COLLEAGUE.firstName);
      await page.getByRole('textbox', { name: /^Nom/ }).fill(COLLEAGUE.lastName);
      expect(await page.getByLabel('Adresse e-mail').inputValue()).toBe(COLLEAGUE.email);
      await page.getByLabel('Mot de passe').fill(COLLEAGUE.password);
      await page.getByRole('checkbox').check();
      await snap(page, 'invitation-sign-up');
      await page.getByRole('button', { name: 'Je crée mon compte' }).last().click();
      await page.getByRole('button', { name: "Accepter l'invitation" }).click();
      await page.getByText('Bonjour Alexis').waitFor();
      await page.getByTestId('current-organization').getByText('EPIDE Lanrodec').waitFor();

      // A member sees the team, alphabetical, without the administrator's actions.
      await page.getByRole('menuitem', { name: 'Équipe' }).click();
      await page.getByTestId('members').waitFor();
      await expect.poll(() => page.getByTestId('member-row').allTextContents()).toEqual([
        expect.stringMatching(/^BertinAlexis.*Membre$/),
        expect.stringMatching(/^PetitJulie.*Administrateur$/),
      ]);
      expect(await page.getByRole('button', { name: 'Ajouter un membre' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Retirer' }).count()).toBe(0);
      await snap(page, 'team-member-view');
    });
  });

  it('the administrator names the colleague administrator too', async () => {
    await journey(harness, 'team-4-roles', async (page) => {
      await signIn(page, harness.app, REQUESTER);
      await page.goto(`${harness.app.url}/team`);
      await page.getByTestId('members').waitFor();
      await page.getByLabel('Rôle de Alexis Bertin').click();
      await page.getByRole('option', { name: 'Administrateur' }).click();
      await page.getByText('Rôle modifié').waitFor();
      await snap(page, 'team-admin-view');
    });
  });

  it('a member of another organisation cannot reach this team page', async () => {
    await journey(harness, 'tenancy-team', async (page) => {
      await signIn(page, harness.app, OTHER_MEMBER);
      await page.goto(`${harness.app.url}/organizations/${organizationId}/team`);
      await page.getByTestId('team-error').waitFor();
      expect(await page.getByTestId('team-error').textContent()).toMatch(/n'avez pas les droits|introuvable/);
      expect(await page.getByText('Petit').count()).toBe(0);
      expect(await page.getByText(COLLEAGUE.email).count()).toBe(0);
      await snap(page, 'tenancy-team-refused');
    });
  });
});

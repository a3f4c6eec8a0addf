import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { bearerFor, DEMO_SUPPORT, graphql, organizationIdOf } from '../support/api.js';
import { expectAccessible } from '../support/accessibility.js';
import { journey, signIn, snap, useBrowserApp } from '../support/browser.js';

const METIER = 'metier@demo.orga-spe.fr';
const ADVISOR = 'lea.martin@demo.orga-spe.fr';
const RESET_FOR = 'sophie.garcia@demo.orga-spe.fr';
const INVITEE = 'invitation.annulee@example.fr';

/**
 * The support screens as an agent reads them (issue 13): the audit log as sentences, an
 * access-denied page for a screen the role does not give, and an outbox that tells a cancelled
 * invitation, makes links clickable and hides the secrets that would let the agent act as the
 * recipient. Everything the screens need is seeded through the API first (one app, one browser).
 */
describe('browser journeys: the support screens', () => {
  const harness = useBrowserApp();

  it("writes the audit log in French (and English) sentences: who did what to which organisation, when", async () => {
    const bearer = await bearerFor(harness.app, DEMO_SUPPORT);
    const { organizationCreationRequests } = await graphql<{ organizationCreationRequests: { nodes: { id: string; name: string }[] } }>(
      harness.app,
      '{ organizationCreationRequests(status: PENDING) { nodes { id name } } }',
      {},
      bearer,
    );
    const request = organizationCreationRequests.nodes.find((candidate) => candidate.name === 'EPIDE Lanrodec')!;
    await graphql(harness.app, 'mutation($id: ID!) { approveOrganizationCreationRequest(id: $id) { id } }', { id: request.id }, bearer);

    await journey(harness, 'support-audit-sentences', async (page) => {
      await signIn(page, harness.app, DEMO_SUPPORT);
      await page.getByRole('menuitem', { name: "Journal d'audit" }).click();
      const sentence = page.getByTestId('audit-sentence').filter({ hasText: 'EPIDE Lanrodec' }).first();
      await sentence.waitFor();
      expect(await sentence.textContent()).toMatch(/^Claire Dubois \(super administrateur\) a approuvé la demande d'espace de « EPIDE Lanrodec » le \d{1,2} [a-zéû]+ \d{4} à \d{2}:\d{2}$/);
      // No codes or ids on the screen.
      const table = await page.getByRole('table').textContent();
      expect(table).not.toContain('CREATION_REQUEST_APPROVED');
      expect(table).not.toContain(request.id);
      await page.getByRole('row').filter({ hasText: 'EPIDE Lanrodec' }).first().getByRole('link', { name: "Voir l'organisation" }).waitFor();
      await snap(page, 'support-audit-sentences');
      await expectAccessible(page, "Journal d'audit");

      await page.getByRole('button', { name: 'Français' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      const english = page.getByTestId('audit-sentence').filter({ hasText: 'approved the space request of “EPIDE Lanrodec”' }).first();
      await english.waitFor();
      expect(await english.textContent()).toMatch(
        /^Claire Dubois \(super administrator\) approved the space request of “EPIDE Lanrodec” on \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}$/,
      );
    });
  });

  it('shows an access-denied page, with what they can open instead, to a role or an advisor typing a support address', async () => {
    await journey(harness, 'support-access-denied', async (page) => {
      await signIn(page, harness.app, METIER);
      await page.goto(`${harness.app.url}/outboxMails`);
      await page.getByRole('heading', { name: 'Accès refusé', level: 1 }).waitFor();
      await page.getByText('Votre rôle support (métier) ne donne pas accès à l\'écran « E-mails ».').waitFor();
      const instead = page.getByRole('list', { name: 'Ce que vous pouvez ouvrir' });
      await instead.getByRole('link', { name: 'Organisations' }).waitFor();
      await instead.getByRole('link', { name: 'Demandes de création' }).waitFor();
      expect(await instead.getByRole('link', { name: "Journal d'audit" }).count()).toBe(0);
      // Not the list that cannot load: no "Créer" button, no red error toast.
      expect(await page.getByRole('link', { name: 'Créer' }).count()).toBe(0);
      expect(await page.getByRole('alert').count()).toBe(0);
      await snap(page, 'support-access-denied');
      await expectAccessible(page, 'Accès refusé');
      await instead.getByRole('link', { name: 'Organisations' }).click();
      await page.getByPlaceholder('Nom').waitFor();

      await page.goto(`${harness.app.url}/auditEntries`);
      await page.getByRole('heading', { name: 'Accès refusé', level: 1 }).waitFor();
    });

    await journey(harness, 'advisor-access-denied', async (page) => {
      await signIn(page, harness.app, ADVISOR);
      await page.goto(`${harness.app.url}/support/campaigns`);
      await page.getByRole('heading', { name: 'Accès refusé', level: 1 }).waitFor();
      await page.getByText("L'écran « Campagnes par code » est réservé aux agents du support d'Orga SPE.").waitFor();
      expect(await page.getByLabel('Code de la campagne').count()).toBe(0);
      await page.getByRole('link', { name: 'Tableau de bord' }).click();
      await page.getByTestId('dashboard-greeting').waitFor();
    });
  });

  it("shows an organisation's campaigns and figures and a person's memberships and participations, each a link into the campaign", async () => {
    await journey(harness, 'support-details', async (page) => {
      await signIn(page, harness.app, DEMO_SUPPORT);
      await page.getByRole('menuitem', { name: 'Organisations' }).click();
      await page.getByPlaceholder('Nom').fill('limoges');
      await page.getByRole('cell', { name: 'Mission Locale de Limoges' }).click();
      const activity = page.getByTestId('organization-activity');
      await activity.getByRole('heading', { name: 'Campagnes et chiffres' }).waitFor();
      await activity.getByRole('cell', { name: 'JEUNES287' }).waitFor();
      await expectAccessible(page, "Organisation (campagnes et chiffres)");
      await activity.getByRole('row', { name: /JEUNES287/ }).getByRole('link').click();
      await page.waitForURL(/\/campaigns\/[^/]+\/show/);
      await page.getByText('JEUNES287').first().waitFor();

      await page.getByRole('menuitem', { name: 'Utilisateurs' }).click();
      await page.getByPlaceholder('Nom ou adresse e-mail').fill('bouzid');
      await page.getByRole('cell', { name: 'mehdi.bouzid@demo.orga-spe.fr' }).click();
      const participations = page.getByTestId('user-participations');
      const capnum = participations.getByRole('link', { name: /CAPNUM287/ });
      await capnum.waitFor();
      await snap(page, 'support-user-participations');
      await expectAccessible(page, 'Utilisateurs (participations)');
      await capnum.click();
      await page.waitForURL(/\/campaigns\/[^/]+\/show/);
      await page.getByText('CAPNUM287').first().waitFor();

      await page.getByRole('menuitem', { name: 'Campagnes par code' }).click();
      await page.getByLabel('Code de la campagne').fill('jeunes 287');
      await page.getByRole('button', { name: 'Rechercher' }).click();
      await page.getByRole('link', { name: 'Ouvrir la campagne' }).click();
      await page.waitForURL(/\/campaigns\/[^/]+\/show/);
      await page.getByText('JEUNES287').first().waitFor();
    });
  });

  it("shows in the outbox a cancelled invitation as cancelled, links clickable, and a password reset link masked", async () => {
    const bearer = await bearerFor(harness.app, DEMO_SUPPORT);
    const organizationId = await organizationIdOf(harness.app, 'Mission Locale de Limoges');
    const { inviteMembers } = await graphql<{ inviteMembers: { id: string }[] }>(
      harness.app,
      'mutation($org: ID!, $emails: [String!]!) { inviteMembers(organizationId: $org, emails: $emails) { id } }',
      { org: organizationId, emails: [INVITEE] },
      bearer,
    );
    await graphql(harness.app, 'mutation($id: ID!) { cancelInvitation(id: $id) { id } }', { id: inviteMembers[0]!.id }, bearer);
    await graphql(harness.app, 'mutation($email: String!) { requestPasswordReset(email: $email) }', { email: RESET_FOR });
    // A refusal's e-mail carries a link without secret: where to file a new request.
    const requester = await graphql<{ signUp: { accessToken: string } }>(
      harness.app,
      'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      { input: { email: 'demande.refusee@example.fr', password: 'Demande-2026', firstName: 'Rémi', lastName: 'Refus', acceptTermsOfService: true } },
    );
    const { requestOrganizationCreation } = await graphql<{ requestOrganizationCreation: { id: string } }>(
      harness.app,
      'mutation($input: RequestOrganizationCreationInput!) { requestOrganizationCreation(input: $input) { id } }',
      { input: { name: 'E2C Limousin', type: 'E2C', siret: '73282932000074', directorName: 'Anne Vidal', mandateStatement: 'Mandat de la directrice.' } },
      `Bearer ${requester.signUp.accessToken}`,
    );
    await graphql(harness.app, 'mutation($id: ID!, $reason: String!) { rejectOrganizationCreationRequest(id: $id, reason: $reason) { id } }', { id: requestOrganizationCreation.id, reason: 'SIRET à vérifier.' }, bearer);
    const token = await resetTokenSentTo(harness.app.databaseUrl, RESET_FOR);

    await journey(harness, 'support-outbox', async (page) => {
      await signIn(page, harness.app, DEMO_SUPPORT);
      await page.getByRole('menuitem', { name: 'E-mails', exact: true }).click();

      await page.getByLabel('Destinataire').fill(INVITEE);
      const invitation = page.getByRole('row', { name: new RegExp(INVITEE) });
      await invitation.getByText('Invitation annulée').waitFor();
      await invitation.getByRole('cell', { name: INVITEE }).click();
      await page.getByTestId('invitation-gone').getByText("Cette invitation est annulée : le lien de cet e-mail ne permet plus de rejoindre l'organisation.").waitFor();
      await page.getByTestId('masked-link').first().waitFor();
      await snap(page, 'support-outbox-cancelled-invitation');
      await expectAccessible(page, 'E-mails (invitation annulée)');

      await page.getByLabel('Destinataire').fill(RESET_FOR);
      const reset = page.getByRole('row', { name: /Changer votre mot de passe/ });
      await reset.getByRole('cell', { name: RESET_FOR }).click();
      const body = page.getByTestId('mail-body');
      await body.getByTestId('masked-link').getByText(/\/mot-de-passe\/•+ \(lien personnel masqué\)/).waitFor();
      expect(await body.getByRole('link').count()).toBe(0);
      expect(await page.content()).not.toContain(token);

      await page.getByLabel('Destinataire').fill('demande.refusee@example.fr');
      await page.getByRole('cell', { name: 'demande.refusee@example.fr' }).click();
      const link = page.getByTestId('mail-body').getByRole('link', { name: /\/demande-espace$/ });
      await link.waitFor();
      expect(await link.getAttribute('href')).toMatch(/^https?:\/\/.+\/demande-espace$/);
    });
  });
});

/** The token of the reset e-mail as it went out (the recipient's mailbox, not the support screen). */
async function resetTokenSentTo(databaseUrl: string, recipient: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ text_body: string }>("select text_body from public.mail_outbox where recipient = $1 and template = 'password-reset'", [recipient]);
    const token = /\/mot-de-passe\/([A-Za-z0-9_-]+)/.exec(rows[0]!.text_body)?.[1];
    if (!token) throw new Error(`no reset link sent to ${recipient}`);
    return token;
  } finally {
    await client.end();
  }
}

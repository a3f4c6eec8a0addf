import { afterAll, describe, expect, it } from 'vitest';
import { bearerFor, DEMO_SUPPORT, graphql, organizationIdOf } from '../support/api.js';
import { Cast, signIn, snap, useBrowserApp } from '../support/browser.js';
import { downloadResultsCsv, exportStatusFromConsole, fillCampaignForm, myParticipationId, recordAllSkills, signUpOnLanding, submitCampaignForm } from '../support/campaign.js';
import { invitationLinkFor } from '../support/mail.js';

const ENGINE_SECRET = 'e2e-journey-engine-secret-0123456789';
/** A newcomer who asks for a space for her structure (filed in this test, not the demo's request). */
const REQUESTER = { email: 'margaux.leroy@example.fr', firstName: 'Margaux', lastName: 'Leroy', password: 'Demandeuse-2026' };
const ORGANIZATION = { name: 'Mission Locale de Tulle', type: 'MISSION_LOCALE', siret: '19234567800010', city: 'Tulle', postalCode: '19000' };
/** The colleague she invites, who signs up from the link and runs the campaign. */
const COLLEAGUE = { email: 'theo.garnier@example.fr', firstName: 'Théo', lastName: 'Garnier', password: 'Collegue-2026' };
const PARTICIPANT = { firstName: 'Yanis', lastName: 'Parcoursier', email: 'yanis.parcoursier@example.fr', password: 'Participant-2026', externalId: 'FT-987654' };
/** Léa Martin, conseillère at the Mission Locale de Limoges (demo): another organisation. */
const OUTSIDER = 'lea.martin@demo.orga-spe.fr';
const CAMPAIGN = {
  targetProfile: 'Pix emploi – Diagnostic initial',
  name: 'Diagnostic Pix emploi - Tulle - parcours complet',
  title: 'Votre diagnostic numérique',
  idLabel: 'Identifiant France Travail',
  welcomeText: 'Bonjour, **bienvenue** à la *Mission Locale* !\n\nA la fin, envoyez vos résultats.',
};
/** French messages of the API's refusal codes (console/src/i18n/fr.ts). */
const REFUSED = /n'avez pas les droits nécessaires|introuvable ou ne vous est pas accessible/;

/**
 * Issue 7's whole chain in one story, with the same people throughout: a newcomer files a creation
 * request → support approves it in the console → she accepts the invitation from the mail outbox
 * → invites a colleague, who signs up from the link and joins → the colleague creates a campaign
 * with an identifier and a welcome text → a participant opens its landing page, reads the rendered
 * text, signs up, gives the identifier and starts → the assessment engine records and finishes →
 * the participant sends the results → the colleague sees "En cours de test", "En attente", the %,
 * the collective results, downloads the CSV → archives the campaign → the landing page says it is
 * closed. A member of another organisation reaches neither the team nor the campaign. Each step
 * needs the previous ones: they run in order, in this file's own application and database.
 */
describe('browser journey: from a creation request to an archived campaign', () => {
  const harness = useBrowserApp({ env: { ENGINE_SECRET } });
  const cast = new Cast(harness, { acceptDownloads: true });
  let organizationId = '';
  let campaign = { id: '', code: '' };
  let participationId = '';

  afterAll(() => cast.close());

  it('a newcomer files a creation request and support approves it in the console', async () => {
    await cast.step('journey-1-request-approved', async () => {
      const { signUp } = await graphql<{ signUp: { accessToken: string } }>(
        harness.app,
        'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
        { input: { email: REQUESTER.email, password: REQUESTER.password, firstName: REQUESTER.firstName, lastName: REQUESTER.lastName, acceptTermsOfService: true } },
      );
      const { requestOrganizationCreation } = await graphql<{ requestOrganizationCreation: { status: string } }>(
        harness.app,
        'mutation($input: RequestOrganizationCreationInput!) { requestOrganizationCreation(input: $input) { status } }',
        { input: { ...ORGANIZATION, directorName: 'Claire Dumas', mandateStatement: 'La directrice Claire Dumas me charge de créer notre espace Orga.' } },
        `Bearer ${signUp.accessToken}`,
      );
      expect(requestOrganizationCreation.status).toBe('PENDING');

      const support = await cast.page('support');
      await signIn(support, harness.app, DEMO_SUPPORT);
      await support.getByRole('menuitem', { name: 'Demandes de création' }).click();
      const row = support.getByRole('row', { name: new RegExp(ORGANIZATION.name) });
      await row.getByText(`${REQUESTER.firstName} ${REQUESTER.lastName} (${REQUESTER.email})`).waitFor();
      await snap(support, 'journey-creation-requests');
      await row.getByRole('button', { name: 'Approuver' }).click();
      await support.getByText("Demande approuvée : l'organisation est créée").waitFor();
      await row.waitFor({ state: 'detached' });
    });
  });

  it('the requester accepts the invitation from the outbox and invites a colleague', async () => {
    await cast.step('journey-2-requester-accepts', async () => {
      const link = await invitationLinkFor(harness.app, REQUESTER.email);
      organizationId = await organizationIdOf(harness.app, ORGANIZATION.name);
      const requester = await cast.page('requester');
      await requester.goto(link);
      await requester.getByTestId('invitation-organization').getByText(ORGANIZATION.name).waitFor();
      expect(await requester.getByLabel('Adresse e-mail').inputValue()).toBe(REQUESTER.email);
      await snap(requester, 'journey-invitation');
      await requester.getByLabel('Mot de passe').fill(REQUESTER.password);
      await requester.getByRole('button', { name: 'Je me connecte' }).last().click();
      await requester.getByText(`Vous êtes connecté(e) en tant que ${REQUESTER.firstName} ${REQUESTER.lastName}`).waitFor();
      await requester.getByRole('button', { name: "Accepter l'invitation" }).click();
      await requester.getByText(`Bonjour ${REQUESTER.firstName}`).waitFor();
      await requester.getByTestId('current-organization').getByText(ORGANIZATION.name).waitFor();

      await requester.getByRole('menuitem', { name: 'Équipe' }).click();
      await requester.getByRole('heading', { name: /Mon équipe/ }).waitFor();
      await expect.poll(() => requester.url()).toContain(`/organizations/${organizationId}/team`);
      await requester.getByRole('button', { name: 'Ajouter un membre' }).click();
      await requester.getByLabel('Adresses e-mail').fill(COLLEAGUE.email);
      await requester.getByRole('button', { name: 'Inviter', exact: true }).click();
      await requester.getByText('Invitation envoyée').first().waitFor();
      await requester.getByTestId('invitations').getByText(COLLEAGUE.email).waitFor();
      await snap(requester, 'journey-team-invitation');
    });
  });

  it('the colleague signs up from the link and joins the team', async () => {
    await cast.step('journey-3-colleague-joins', async () => {
      const link = await invitationLinkFor(harness.app, COLLEAGUE.email);
      const colleague = await cast.page('colleague');
      await colleague.goto(link);
      await colleague.getByTestId('invitation-organization').getByText(ORGANIZATION.name).waitFor();
      await colleague.getByRole('tab', { name: 'Je crée mon compte' }).click();
      await colleague.getByLabel('Prénom').fill(COLLEAGUE.firstName);
      await colleague.getByRole('textbox', { name: /^Nom/ }).fill(COLLEAGUE.lastName);
      expect(await colleague.getByLabel('Adresse e-mail').inputValue()).toBe(COLLEAGUE.email);
      await colleague.getByLabel('Mot de passe').fill(COLLEAGUE.password);
      await colleague.getByRole('checkbox').check();
      await colleague.getByRole('button', { name: 'Je crée mon compte' }).last().click();
      await colleague.getByRole('button', { name: "Accepter l'invitation" }).click();
      await colleague.getByText(`Bonjour ${COLLEAGUE.firstName}`).waitFor();
      await colleague.getByTestId('current-organization').getByText(ORGANIZATION.name).waitFor();

      await colleague.getByRole('menuitem', { name: 'Équipe' }).click();
      await colleague.getByTestId('members').waitFor();
      await expect.poll(() => colleague.getByTestId('member-row').allTextContents()).toEqual([
        expect.stringMatching(new RegExp(`^${COLLEAGUE.lastName}${COLLEAGUE.firstName}.*Membre$`)),
        expect.stringMatching(new RegExp(`^${REQUESTER.lastName}${REQUESTER.firstName}.*Administrateur$`)),
      ]);
      await snap(colleague, 'journey-team');
    });
  });

  it('the colleague creates a campaign with an identifier and a welcome text, previewed as participants will read it', async () => {
    await cast.step('journey-4-campaign-created', async () => {
      const colleague = await cast.page('colleague');
      await colleague.getByRole('menuitem', { name: 'Campagnes' }).click();
      await colleague.getByRole('tab', { name: 'Actives' }).waitFor();
      await colleague.getByRole('link', { name: 'Créer une campagne' }).click();
      await fillCampaignForm(colleague, CAMPAIGN);
      // The preview comes from the API's renderer once typing pauses.
      const preview = colleague.getByTestId('welcome-text-preview');
      await preview.locator('strong', { hasText: 'bienvenue' }).waitFor();
      await preview.locator('em', { hasText: 'Mission Locale' }).waitFor();
      await snap(colleague, 'journey-campaign-create');
      campaign = await submitCampaignForm(colleague);
      await colleague.getByText(CAMPAIGN.idLabel).waitFor();
      await snap(colleague, 'journey-campaign-show');
    });
  });

  it('a participant opens the landing page, reads the rendered text, signs up, gives the identifier and starts', async () => {
    await cast.step('journey-5-participant-starts', async () => {
      const participant = await cast.page('participant');
      await participant.goto(`${harness.app.url}/campagnes/${campaign.code}`);
      await participant.getByRole('heading', { name: CAMPAIGN.title }).waitFor();
      await participant.locator('.welcome-text strong', { hasText: 'bienvenue' }).waitFor();
      await participant.locator('.welcome-text em', { hasText: 'Mission Locale' }).waitFor();
      expect(await participant.locator('.welcome-text').textContent()).not.toContain('**');
      await snap(participant, 'journey-landing');

      await participant.getByRole('button', { name: 'Je commence' }).click();
      await signUpOnLanding(participant, PARTICIPANT);

      await participant.getByLabel(new RegExp(CAMPAIGN.idLabel)).fill(PARTICIPANT.externalId);
      await participant.getByRole('button', { name: 'Je commence' }).click();
      const panel = participant.getByTestId('participation-panel');
      await panel.getByText('Votre parcours est en cours').waitFor();
      await panel.getByText(/se passe sur la plateforme d'évaluation Pix/).waitFor();
      participationId = await myParticipationId(participant);
      expect(participationId).not.toBe('');
      await snap(participant, 'journey-landing-started');
    });
  });

  it('the colleague sees "En cours de test", then "En attente" once the engine has recorded and finished', async () => {
    await cast.step('journey-6-statuses', async () => {
      const colleague = await cast.page('colleague');
      await colleague.goto(`${harness.app.url}/campaigns/${campaign.id}/show/participants`);
      const row = colleague.getByRole('row', { name: new RegExp(PARTICIPANT.lastName) });
      await row.getByText('En cours de test').waitFor();
      await row.getByText(PARTICIPANT.externalId).waitFor();
      await snap(colleague, 'journey-participants-started');

      // The assessment engine, over HTTP with its service secret: every skill recorded, then finished.
      const recorded = await recordAllSkills(harness.app, {
        campaignId: campaign.id,
        participationId,
        bearer: await bearerFor(harness.app, COLLEAGUE.email, COLLEAGUE.password),
        engineSecret: ENGINE_SECRET,
      });
      expect(recorded.skills).toBeGreaterThan(0);
      expect(recorded.status).toBe('TO_SHARE');
      await colleague.reload();
      await colleague.getByRole('row', { name: new RegExp(PARTICIPANT.lastName) }).getByText('En attente').waitFor();
      await snap(colleague, 'journey-participants-waiting');
    });
  });

  it('the participant sends the results to the new organisation', async () => {
    await cast.step('journey-7-shared', async () => {
      const participant = await cast.page('participant');
      await participant.reload();
      await participant.getByText('Vous avez terminé le parcours !').waitFor();
      await participant.getByRole('button', { name: "J'envoie mes résultats" }).click();
      await participant.getByText(`Merci, vos résultats ont été envoyés à ${ORGANIZATION.name}.`).waitFor();
      await participant.getByText(/Vous maîtrisez \d+\s?% des compétences testées/).waitFor();
      await snap(participant, 'journey-landing-shared');
    });
  });

  it('the colleague sees the %, the collective results, and downloads the CSV', async () => {
    await cast.step('journey-8-results', async () => {
      const colleague = await cast.page('colleague');
      await colleague.reload();
      await colleague.getByRole('row', { name: new RegExp(PARTICIPANT.lastName) }).getByText(/^\d+\s?%$/).waitFor();
      await snap(colleague, 'journey-participants-shared');

      await colleague.getByRole('tab', { name: 'Résultats collectifs' }).click();
      await colleague.getByRole('columnheader', { name: 'Résultats (moyenne)' }).waitFor();
      await colleague.getByText('Répartition des résultats').waitFor();
      await colleague.getByText(/^1 participant$/).waitFor();
      await snap(colleague, 'journey-collective-results');

      const { columns, rows } = await downloadResultsCsv(colleague, campaign.code);
      expect(columns).toEqual(expect.arrayContaining(["Nom de l'organisation", 'Nom du Participant', 'Prénom du Participant', CAMPAIGN.idLabel]));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        "Nom de l'organisation": ORGANIZATION.name,
        'Nom du Participant': PARTICIPANT.lastName,
        'Prénom du Participant': PARTICIPANT.firstName,
        [CAMPAIGN.idLabel]: PARTICIPANT.externalId,
      });
      await colleague.getByTestId('export-done').getByText('1 ligne exportée').waitFor();
    });
  });

  it('the colleague archives the campaign and the landing page says it is closed', async () => {
    await cast.step('journey-9-archived', async () => {
      const colleague = await cast.page('colleague');
      await colleague.goto(`${harness.app.url}/campaigns/${campaign.id}/show`);
      await colleague.getByRole('button', { name: 'Archiver' }).click();
      await colleague.getByRole('dialog').getByRole('button', { name: 'Archiver' }).click();
      await colleague.getByText('Campagne archivée').first().waitFor();
      await colleague.getByRole('button', { name: 'Désarchiver' }).waitFor();
      await snap(colleague, 'journey-campaign-archived');

      const visitor = await cast.page('visitor');
      await visitor.goto(`${harness.app.url}/campagnes/${campaign.code}`);
      await visitor.getByTestId('landing-closed').getByText(/Cette campagne est close/).waitFor();
      expect(await visitor.getByRole('button', { name: 'Je commence' }).count()).toBe(0);
      await snap(visitor, 'journey-landing-closed');
    });
  });

  it("a member of another organisation reaches neither the new organisation's team, campaign, participant nor export", async () => {
    await cast.step('journey-10-other-organisation', async () => {
      const outsider = await cast.page('outsider');
      await signIn(outsider, harness.app, OUTSIDER);

      await outsider.goto(`${harness.app.url}/organizations/${organizationId}/team`);
      await outsider.getByTestId('team-error').getByText(REFUSED).waitFor();
      expect(await outsider.getByText(COLLEAGUE.email).count()).toBe(0);
      expect(await outsider.getByText(REQUESTER.lastName).count()).toBe(0);
      await snap(outsider, 'journey-team-refused');

      await outsider.goto(`${harness.app.url}/campaigns/${campaign.id}/show`);
      await outsider.getByTestId('campaign-error').getByText(REFUSED).waitFor();
      expect(await outsider.getByText(CAMPAIGN.name).count()).toBe(0);
      expect(await outsider.getByText(campaign.code).count()).toBe(0);
      await snap(outsider, 'journey-campaign-refused');

      await outsider.goto(`${harness.app.url}/campaigns/${campaign.id}/participations/${participationId}`);
      // This page's query retries three times (react-query's default backoff, about 7 s) before it shows the refusal.
      await outsider.getByText(REFUSED).waitFor({ timeout: 30_000 });
      expect(await outsider.getByText(PARTICIPANT.lastName).count()).toBe(0);

      // The export refuses too, with the token the console holds.
      expect([403, 404]).toContain(await exportStatusFromConsole(outsider, campaign.id));
    });
  });
});

import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/api.js';
import { Cast, snap, useBrowserApp } from '../support/browser.js';
import { myParticipationId } from '../support/campaign.js';

const ENGINE_SECRET = 'e2e-assessment-engine-secret-0123456789';
/** The demo's "Diagnostic initial – Accueil des jeunes 2026": multiple sendings, a profile that allows a reset. */
const CAMPAIGN_CODE = 'JEUNES287';
const PARTICIPANT = { firstName: 'Yanis', lastName: 'Retente', email: 'yanis.retente@example.fr', password: 'Participant-2026', externalId: 'FT-654321' };

/**
 * "Je retente" on the landing page (guide p.35): a participant who shared their results sees, right
 * after, the date from which they may try again; five days later "Je retente" and "Remettre à zéro"
 * (which asks for confirmation); "Je retente" starts a new participation, shown in progress.
 */
describe('browser journey: "Je retente" on the campaign landing page', () => {
  const harness = useBrowserApp({ env: { ENGINE_SECRET } });
  const cast = new Cast(harness);
  let sharedId = '';

  afterAll(() => cast.close());

  it('right after sharing, the landing page gives the date from which the participant may try again', async () => {
    await cast.step('retry-1-not-yet', async () => {
      sharedId = await shareAsNewParticipant();
      const page = await cast.page('participant');
      await page.goto(`${harness.app.url}/campagnes/${CAMPAIGN_CODE}`);
      await page.getByRole('button', { name: 'Je commence' }).click();
      await page.getByRole('tab', { name: "J'ai déjà un compte" }).click();
      await page.getByLabel(/^Adresse e-mail/).fill(PARTICIPANT.email);
      await page.getByLabel(/^Mot de passe/).fill(PARTICIPANT.password);
      await page.getByRole('button', { name: 'Je me connecte' }).click();

      const panel = page.getByTestId('participation-panel');
      await panel.getByText(/Merci, vos résultats ont été envoyés/).waitFor();
      const retry = page.getByTestId('retry-panel');
      await retry.getByText("Envie d'améliorer vos résultats ?").waitFor();
      await retry.getByText(/Vous pourrez retenter à partir du \d{1,2} \S+ \d{4}/).waitFor();
      expect(await retry.getByRole('button', { name: 'Je retente' }).count()).toBe(0);
      await snap(page, 'retry-not-yet');
    });
  });

  it('five days after sharing, "Je retente" starts a new participation, shown in progress', async () => {
    await cast.step('retry-2-retry', async () => {
      const page = await cast.page('participant');
      await ageSharing(sharedId, 5);
      await page.reload();
      const retry = page.getByTestId('retry-panel');
      await retry.getByText('Vous pouvez retenter certaines questions').waitFor();
      await snap(page, 'retry-offered');

      // "Remettre à zéro" explains first that every question will be asked again; cancelled here.
      await retry.getByRole('button', { name: 'Remettre à zéro' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText(/Toutes les questions vous seront posées de nouveau/).waitFor();
      await snap(page, 'retry-reset-confirm');
      await dialog.getByRole('button', { name: /Annuler/ }).click();
      await dialog.waitFor({ state: 'hidden' });

      await retry.getByRole('button', { name: 'Je retente' }).click();
      const panel = page.getByTestId('participation-panel');
      await panel.getByText('Votre parcours est en cours').waitFor();
      await panel.getByText(/se passe sur la plateforme d'évaluation Pix/).waitFor();
      expect(await panel.getAttribute('data-status')).toBe('STARTED');
      const newId = await myParticipationId(page);
      expect(newId).not.toBe('');
      expect(newId).not.toBe(sharedId);
      expect(await page.getByTestId('retry-panel').count()).toBe(0);
      // One person, one result: the sending they shared stays beside the attempt in progress.
      const earlier = page.getByTestId('earlier-result');
      await earlier.getByRole('heading', { name: 'Votre résultat envoyé' }).waitFor();
      await earlier.getByText(/^Envoyé le \d{1,2} \S+ \d{4} : vous maîtrisiez 0\s%/).waitFor();
      await earlier.getByText(/garde tant que vous n'avez pas envoyé cette nouvelle tentative/).waitFor();
      await snap(page, 'retry-retried');

      // Still so after a reload: the API holds the new participation.
      await page.reload();
      await page.getByTestId('participation-panel').getByText('Votre parcours est en cours').waitFor();
      expect(await myParticipationId(page)).toBe(newId);
      await page.getByTestId('earlier-result').getByText(/vous maîtrisiez 0\s%/).waitFor();
    });
  });

  /** Over the API: signs up, starts with the identifier, the engine finishes, the participant shares. */
  async function shareAsNewParticipant(): Promise<string> {
    const { app } = harness;
    const { signUp } = await graphql<{ signUp: { accessToken: string } }>(app, 'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
      input: { email: PARTICIPANT.email, password: PARTICIPANT.password, firstName: PARTICIPANT.firstName, lastName: PARTICIPANT.lastName, acceptTermsOfService: true },
    });
    const bearer = `Bearer ${signUp.accessToken}`;
    const { startParticipation } = await graphql<{ startParticipation: { id: string } }>(
      app,
      'mutation($code: String!, $id: String) { startParticipation(code: $code, participantExternalId: $id) { id } }',
      { code: CAMPAIGN_CODE, id: PARTICIPANT.externalId },
      bearer,
    );
    await graphql(app, 'mutation($id: ID!) { recordKnowledgeElements(participationId: $id, elements: [], finished: true) { status } }', { id: startParticipation.id }, `Service ${ENGINE_SECRET}`);
    const { shareParticipationResults } = await graphql<{ shareParticipationResults: { status: string } }>(
      app,
      'mutation($id: ID!) { shareParticipationResults(participationId: $id) { status } }',
      { id: startParticipation.id },
      bearer,
    );
    expect(shareParticipationResults.status).toBe('SHARED');
    return startParticipation.id;
  }

  /** No screen moves time forward: the sharing date is moved back in the application's database. */
  async function ageSharing(participationId: string, days: number) {
    const client = new pg.Client({ connectionString: harness.app.databaseUrl });
    await client.connect();
    try {
      const { rowCount } = await client.query(`update campaigns.participations set shared_at = now() - make_interval(days => $1) where id = $2`, [days, participationId]);
      expect(rowCount).toBe(1);
    } finally {
      await client.end();
    }
  }
});

import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RunningApp } from './app.js';
import { graphql } from './api.js';

export interface CampaignFormFields {
  name: string;
  /** "Que souhaitez-vous tester ?": the target profile's name as listed. */
  targetProfile: string;
  /** "Souhaitez-vous demander un identifiant ?" answered yes with this label. */
  idLabel: string;
  title: string;
  welcomeText: string;
}

/** Fills the console's campaign creation form (guide p.55-60); the caller checks the preview and submits. */
export async function fillCampaignForm(page: Page, fields: CampaignFormFields): Promise<void> {
  await page.getByLabel('Nom de la campagne').fill(fields.name);
  await page.getByRole('combobox', { name: /Que souhaitez-vous tester/ }).click();
  await page.getByRole('option', { name: fields.targetProfile }).click();
  await page.getByRole('radio', { name: 'Oui' }).check();
  await page.getByLabel("Libellé de l'identifiant").fill(fields.idLabel);
  await page.getByLabel('Titre du parcours').fill(fields.title);
  await page.getByLabel("Texte de la page d'accueil").fill(fields.welcomeText);
}

/** Submits the creation form; on the show page, reads the campaign's id and code and checks its direct link. */
export async function submitCampaignForm(page: Page): Promise<{ id: string; code: string }> {
  await page.getByRole('button', { name: 'Créer la campagne' }).click();
  const code = (await page.getByTestId('campaign-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[A-Z0-9]{9}$/);
  const id = /\/campaigns\/([^/]+)\/show/.exec(page.url())?.[1] ?? '';
  expect(id).not.toBe('');
  await page.getByTestId('campaign-url').getByText(`/campagnes/${code}`).waitFor();
  return { id, code };
}

export interface Person {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
}

/** On a campaign landing page after "Je commence": creates the participant's account (terms accepted). */
export async function signUpOnLanding(page: Page, person: Person): Promise<void> {
  await page.getByRole('tab', { name: 'Je crée mon compte' }).click();
  await page.getByLabel(/^Prénom/).fill(person.firstName);
  await page.getByLabel(/^Nom/).fill(person.lastName);
  await page.getByLabel(/^Adresse e-mail/).fill(person.email);
  await page.getByLabel(/^Mot de passe/).fill(person.password);
  await page.getByLabel(/conditions générales/).check();
  await page.getByRole('button', { name: "Je m'inscris" }).click();
}

/** Waits for a welcome text rendered from its Markdown in this part of a page: `strong` in bold, `em` in italics. */
export async function welcomeTextRendered(scope: Locator, { strong, em }: { strong: string; em: string }): Promise<void> {
  await scope.locator('strong', { hasText: strong }).waitFor();
  await scope.locator('em', { hasText: em }).waitFor();
}

/**
 * On a campaign landing page: "Je commence", the participant's account created, the identifier
 * given under its label, "Je commence" again; waits for the participation in progress and returns its id.
 */
export async function startOnLanding(page: Page, person: Person & { externalId: string }, idLabel: string): Promise<string> {
  await page.getByRole('button', { name: 'Je commence' }).click();
  await signUpOnLanding(page, person);
  await page.getByLabel(new RegExp(idLabel)).fill(person.externalId);
  await page.getByRole('button', { name: 'Je commence' }).click();
  await page.getByTestId('participation-panel').getByText('Votre parcours est en cours').waitFor();
  const participationId = await myParticipationId(page);
  expect(participationId).not.toBe('');
  return participationId;
}

/**
 * The id of the participation the landing page shows, for the engine's calls: the page no longer
 * prints it, so it is read as the page's own client would, with the participant's session.
 */
export async function myParticipationId(page: Page): Promise<string> {
  const code = /\/campagnes\/([^/?#]+)/.exec(page.url())?.[1] ?? '';
  return page.evaluate(async (campaignCode) => {
    const session = JSON.parse(localStorage.getItem('orga-spe.session') ?? '{}') as { accessToken?: string };
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.accessToken}` },
      body: JSON.stringify({ query: 'query($code: String!) { campaignToJoin(code: $code) { myParticipation { id } } }', variables: { code: campaignCode } }),
    });
    const body = (await response.json()) as { data?: { campaignToJoin: { myParticipation: { id: string } | null } } };
    return body.data?.campaignToJoin.myParticipation?.id ?? '';
  }, code);
}

/**
 * The participant, back on the landing page once the engine has finished: "J'envoie mes résultats";
 * waits for the mastery rate. The caller checks the thanks naming the organisation.
 */
export async function shareOnLanding(page: Page): Promise<void> {
  await page.reload();
  await page.getByText('Vous avez terminé le parcours !').waitFor();
  await page.getByRole('button', { name: "J'envoie mes résultats" }).click();
  await page.getByText(/Vous maîtrisez \d+\s?% des compétences testées/).waitFor();
}

/**
 * The assessment engine's part, over HTTP as the engine calls it (`Authorization: Service <secret>`):
 * every skill of the campaign's profile, two in three validated, then finished. `bearer` is a
 * member of the campaign's organisation (to read the profile). Returns the participation's status.
 */
export async function recordAllSkills(
  app: RunningApp,
  { campaignId, participationId, bearer, engineSecret }: { campaignId: string; participationId: string; bearer: string; engineSecret: string },
): Promise<{ status: string; skills: number }> {
  const { campaign } = await graphql<{ campaign: { targetProfileId: string } }>(app, 'query($id: ID!) { campaign(id: $id) { targetProfileId } }', { id: campaignId }, bearer);
  const { targetProfile } = await graphql<{ targetProfile: { areas: { competences: { skills: { id: string }[] }[] }[] } }>(
    app,
    'query($id: ID!) { targetProfile(id: $id) { areas { competences { skills { id } } } } }',
    { id: campaign.targetProfileId },
    bearer,
  );
  const skills = targetProfile.areas.flatMap((area) => area.competences.flatMap((competence) => competence.skills.map((skill) => skill.id)));
  const elements = skills.map((skillId, index) => ({ skillId, status: index % 3 === 2 ? 'INVALIDATED' : 'VALIDATED' }));
  const { recordKnowledgeElements } = await graphql<{ recordKnowledgeElements: { status: string } }>(
    app,
    'mutation($id: ID!, $elements: [KnowledgeElementInput!]!) { recordKnowledgeElements(participationId: $id, elements: $elements, finished: true) { status } }',
    { id: participationId, elements },
    `Service ${engineSecret}`,
  );
  return { status: recordKnowledgeElements.status, skills: skills.length };
}

/**
 * Clicks "Exporter résultats (.csv)" on the campaign page and reads the download: its BOM (for
 * Excel) is dropped, `bom` says whether it was there; each row is keyed by the header's columns
 * (split on ";", no quoted ";").
 */
export async function downloadResultsCsv(page: Page, code: string): Promise<{ bom: boolean; columns: string[]; rows: Record<string, string>[] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter résultats (.csv)' }).click()]);
  expect(download.suggestedFilename()).toBe(`${code}-resultats.csv`);
  const text = readFileSync(await download.path(), 'utf8');
  const bom = text.startsWith('\ufeff');
  const [header = '', ...lines] = text.replace(/^\ufeff/, '').split(/\r?\n/).filter(Boolean);
  const columns = header.split(';');
  const rows = lines.map((line) => {
    const cells = line.split(';');
    return Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? '']));
  });
  return { bom, columns, rows };
}

/** The HTTP status of the campaign's CSV export fetched from this page with the token the console holds. */
export async function exportStatusFromConsole(page: Page, campaignId: string): Promise<number> {
  return page.evaluate(async (id) => {
    const session = JSON.parse(localStorage.getItem('orga-spe.session') ?? '{}') as { accessToken?: string };
    return (await fetch(`/exports/campaigns/${id}/results.csv`, { headers: { authorization: `Bearer ${session.accessToken}` } })).status;
  }, campaignId);
}

/** On a campaign's show page: "Archiver", confirmed in the dialog; waits for "Campagne archivée" and "Désarchiver". */
export async function archiveCampaign(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Archiver' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Archiver' }).click();
  await page.getByText('Campagne archivée').first().waitFor();
  await page.getByRole('button', { name: 'Désarchiver' }).waitFor();
}

/** Opens the campaign's landing page: it says the campaign is closed and offers no "Je commence". */
export async function expectLandingClosed(page: Page, app: RunningApp, code: string): Promise<void> {
  await page.goto(`${app.url}/campagnes/${code}`);
  await page.getByTestId('landing-closed').getByText(/Cette campagne est close/).waitFor();
  expect(await page.getByRole('button', { name: 'Je commence' }).count()).toBe(0);
}

/** On a campaign's page: the "Résultats collectifs" tab, its average column and bands, over this many participants. */
export async function collectiveResultsShown(page: Page, participants: number): Promise<void> {
  await page.getByRole('tab', { name: 'Résultats collectifs' }).click();
  await page.getByRole('columnheader', { name: 'Résultats (moyenne)' }).waitFor();
  await page.getByText('Répartition des résultats').waitFor();
  await page.getByText(new RegExp(`^${participants} participants?$`)).waitFor();
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { PIX_EMPLOI_CLEA_TARGET_PROFILE_ID } from '../../../src/certification/api/index.js';
import { addMember, createOrganization, signUpAs, startTestServer, supportClient, TEST_ENGINE_SECRET, type GraphQLClient, type TestServer } from '../../support/index.js';

const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id code } }`;
const START = `mutation ($code: String!, $externalId: String) { startParticipation(code: $code, participantExternalId: $externalId) { id status participantExternalId } }`;
const RECORD = `mutation ($id: ID!, $elements: [KnowledgeElementInput!]!) { recordKnowledgeElements(participationId: $id, elements: $elements, finished: true) { status } }`;
const SHARE = `mutation ($id: ID!) { shareParticipationResults(participationId: $id) { masteryRate } }`;
const RETRY = `mutation ($id: ID!) { retryParticipation(campaignId: $id) { id status participantExternalId } }`;
const CAMPAIGN = /* GraphQL */ `
  query ($id: ID!) {
    campaign(id: $id) {
      participantsCount sharedParticipationsCount
      participations { totalCount nodes { id participantLastName status progress sharedAt sharedParticipationId masteryRate } }
      collectiveResults { competenceId participantsCount }
      resultBands { key count }
    }
  }
`;
const ORGANIZATION = /* GraphQL */ `
  query ($id: ID!) {
    organization(id: $id) {
      statistics { startedCount toShareCount sharedCount participationsCount shareRate resultBands { key count } }
      participants { nodes { lastName participationsCount } }
    }
  }
`;
const NATIONAL = `{ nationalStatistics { startedCount toShareCount sharedCount participationsCount shareRate resultBands { key count } } }`;

/** RFC 4180 with `;` and CRLF, enough for this file's plain cells. */
const csvRows = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).map((line) => line.split(';'));

/**
 * The campaigns README's "One person, one result": a person counts once per campaign, and their
 * result is their latest shared participation, shown beside the attempt in progress. Every
 * screen, figure and the export must agree on it.
 */
describe('one person, one result, on every screen and in the export', () => {
  let server: TestServer;
  let advisor: GraphQLClient;
  let support: GraphQLClient;
  let engine: GraphQLClient;
  let organizationId: string;
  let campaign: { id: string; code: string };
  let skills: string[];
  let jade: { firstId: string; retryId: string; masteryRate: number };
  let malik: { masteryRate: number };

  const participate = async (lastName: string, externalId: string, validated: number) => {
    const client = server.client();
    await signUpAs(client, { lastName });
    const { id } = (await client.ok(START, { code: campaign.code, externalId })).startParticipation;
    await engine.ok(RECORD, { id, elements: skills.map((skillId, index) => ({ skillId, status: index < validated ? 'VALIDATED' : 'INVALIDATED' })) });
    const { masteryRate } = (await client.ok(SHARE, { id })).shareParticipationResults;
    return { client, id: id as string, masteryRate: masteryRate as number };
  };

  beforeAll(async () => {
    server = await startTestServer();
    ({ client: support } = await supportClient(server, SupportRole.SUPPORT));
    organizationId = (await createOrganization(support, 'Mission Locale de Tulle')).id;
    advisor = (await addMember(server, support, organizationId)).client;
    engine = server.client();
    engine.authorization = `Service ${TEST_ENGINE_SECRET}`;
    skills = (await server.orm.em.getConnection().execute<{ skill_id: string }[]>(
      'select skill_id from certification.target_profile_skills where target_profile_id = ? order by skill_id',
      [PIX_EMPLOI_CLEA_TARGET_PROFILE_ID],
    )).map((row) => row.skill_id);
    campaign = (await advisor.ok(CREATE, {
      input: { organizationId, type: 'ASSESSMENT', name: 'CléA – JEUNES', targetProfileId: PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, multipleSendings: true, externalIdLabel: 'Identifiant France Travail' },
    })).createCampaign;

    // Jade shares (a low result), then "Je retente" five days later: the retry is in progress.
    const first = await participate('Bonnet', 'FT-JADE', 1);
    await server.orm.em.getConnection().execute(`update campaigns.participations set shared_at = now() - interval '5 days' where id = ?`, [first.id]);
    const retry = (await first.client.ok(RETRY, { id: campaign.id })).retryParticipation;
    expect(retry.status).toBe('STARTED');
    jade = { firstId: first.id, retryId: retry.id, masteryRate: first.masteryRate };
    // Malik shares a high result; Léa has only started.
    malik = await participate('Diallo', 'FT-MALIK', skills.length - 1);
    const lea = server.client();
    await signUpAs(lea, { lastName: 'Roux' });
    await lea.ok(START, { code: campaign.code, externalId: 'FT-LEA' });
  });
  afterAll(() => server?.close());

  it('counts three people and two results, and gives Jade her shared result beside her retry, everywhere', async () => {
    const { campaign: read } = await advisor.ok(CAMPAIGN, { id: campaign.id });
    // The header.
    expect([read.participantsCount, read.sharedParticipationsCount]).toEqual([3, 2]);
    // The participants tab: one row a person; Jade's row is her retry, with her earlier result.
    expect(read.participations.totalCount).toBe(3);
    const rows = Object.fromEntries(read.participations.nodes.map((node: any) => [node.participantLastName, node]));
    expect(rows.Bonnet).toMatchObject({ id: jade.retryId, status: 'STARTED', progress: 0, sharedParticipationId: jade.firstId, masteryRate: jade.masteryRate, sharedAt: expect.any(String) });
    expect(rows.Diallo).toMatchObject({ status: 'SHARED', progress: 1, masteryRate: malik.masteryRate });
    expect(rows.Roux).toMatchObject({ status: 'STARTED', progress: 0, sharedParticipationId: null, masteryRate: null, sharedAt: null });
    expect(read.participations.nodes.filter((node: any) => node.masteryRate !== null)).toHaveLength(read.sharedParticipationsCount);
    // Collective results: the same two people for every competence.
    expect(read.collectiveResults.length).toBeGreaterThan(0);
    for (const competence of read.collectiveResults) expect(competence.participantsCount).toBe(2);
    // Bands: the same two results, Jade's in the lowest band, Malik's in the highest.
    const bands = Object.fromEntries(read.resultBands.map((band: any) => [band.key, band.count]));
    expect(bands).toEqual({ CLEA_BELOW_25: 1, CLEA_25_TO_60: 0, CLEA_60_TO_85: 0, CLEA_ABOVE_85: 1 });

    // The organisation's dashboard and the national one (this database holds only this organisation).
    const expected = {
      startedCount: 1, toShareCount: 0, sharedCount: 2, participationsCount: 3, shareRate: 0.67,
      resultBands: ['DIAGNOSTIC_BELOW_50', 'DIAGNOSTIC_50_TO_80', 'DIAGNOSTIC_ABOVE_80', 'CLEA_BELOW_25', 'CLEA_25_TO_60', 'CLEA_60_TO_85', 'CLEA_ABOVE_85']
        .map((key) => ({ key, count: bands[key] ?? 0 })),
    };
    const { organization } = await advisor.ok(ORGANIZATION, { id: organizationId });
    expect(organization.statistics).toEqual(expected);
    expect((await support.ok(NATIONAL)).nationalStatistics).toEqual(expected);
    // The organisation's participants: Jade took part in one campaign, whatever her sendings.
    expect(organization.participants.nodes.find((node: any) => node.lastName === 'Bonnet').participationsCount).toBe(1);

    // The CSV: one row a person, Jade's shared result beside her running attempt.
    const response = await fetch(`${server.url}/exports/campaigns/${campaign.id}/results.csv`, { headers: { authorization: `Bearer ${advisor.token}` } });
    const [header, ...people] = csvRows(await response.text());
    expect(people).toHaveLength(3);
    const column = (name: string) => header!.indexOf(name);
    const byName = Object.fromEntries(people.map((row) => [row[column('Nom du Participant')], row]));
    const mastery = column("% maitrise de l'ensemble des acquis du profil");
    const shared = column('Partage (O/N)');
    expect(people.filter((row) => row[shared] === 'Oui')).toHaveLength(2);
    expect([byName.Bonnet![shared], byName.Bonnet![mastery]]).toEqual(['Oui', `${Math.round(jade.masteryRate * 100)}%`]);
    expect(byName.Bonnet![column('Date du partage')]).not.toBe('NA');
    expect(byName.Bonnet![column('% de progression')]).toBe('0%');
    expect([byName.Diallo![shared], byName.Diallo![mastery]]).toEqual(['Oui', `${Math.round(malik.masteryRate * 100)}%`]);
    expect([byName.Roux![shared], byName.Roux![mastery], byName.Roux![column('Date du partage')]]).toEqual(['Non', 'NA', 'NA']);
  });

  it('gives the person the result of their retry once they share it, and still counts them once', async () => {
    const client = server.client();
    await signUpAs(client, { lastName: 'Petit' });
    const { id } = (await client.ok(START, { code: campaign.code, externalId: 'FT-PETIT' })).startParticipation;
    await engine.ok(RECORD, { id, elements: skills.map((skillId) => ({ skillId, status: 'INVALIDATED' })) });
    await client.ok(SHARE, { id });
    await server.orm.em.getConnection().execute(`update campaigns.participations set shared_at = now() - interval '5 days' where id = ?`, [id]);
    const retry = (await client.ok(RETRY, { id: campaign.id })).retryParticipation;
    await engine.ok(RECORD, { id: retry.id, elements: skills.map((skillId) => ({ skillId, status: 'VALIDATED' })) });
    const { masteryRate } = (await client.ok(SHARE, { id: retry.id })).shareParticipationResults;

    const { campaign: read } = await advisor.ok(CAMPAIGN, { id: campaign.id });
    expect([read.participantsCount, read.sharedParticipationsCount]).toEqual([4, 3]);
    const petit = read.participations.nodes.find((node: any) => node.participantLastName === 'Petit');
    expect(petit).toMatchObject({ id: retry.id, status: 'SHARED', sharedParticipationId: retry.id, masteryRate });
    for (const competence of read.collectiveResults) expect(competence.participantsCount).toBe(3);
    expect(read.resultBands.reduce((sum: number, band: any) => sum + band.count, 0)).toBe(3);
  });
});

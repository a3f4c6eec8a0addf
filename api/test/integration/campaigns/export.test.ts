import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } from '../../../src/certification/api/index.js';
import { addMember, createOrganization, signUpAs, startTestServer, supportClient, TEST_ENGINE_SECRET, type GraphQLClient, type TestServer } from '../../support/index.js';
import { insertBulkParticipations } from '../../support/bulk-participations.js';
import { rebuildCampaignsReadSide } from '../../../src/campaigns/api/index.js';

const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id code } }`;
const START = `mutation ($code: String!, $externalId: String) { startParticipation(code: $code, participantExternalId: $externalId) { id } }`;
const RECORD = `mutation ($id: ID!, $elements: [KnowledgeElementInput!]!, $finished: Boolean) { recordKnowledgeElements(participationId: $id, elements: $elements, finished: $finished) { id } }`;
const SHARE = `mutation ($id: ID!) { shareParticipationResults(participationId: $id) { status } }`;
const BOM = [0xef, 0xbb, 0xbf];

interface Export {
  status: number;
  headers: Headers;
  bytes: Buffer;
  rows: string[][];
  json: { errors: { message: string; extensions: { code: string } }[] } | null;
}

async function download(server: TestServer, campaignId: string, token?: string): Promise<Export> {
  const response = await fetch(`${server.url}/exports/campaigns/${campaignId}/results.csv`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  // Bytes, not response.text(): the TextDecoder would swallow the BOM we want to see.
  const bytes = Buffer.from(await response.arrayBuffer());
  const isCsv = response.headers.get('content-type')?.startsWith('text/csv') ?? false;
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    rows: isCsv ? parseCsv(bytes.subarray(3).toString('utf8')) : [],
    json: isCsv ? null : JSON.parse(bytes.toString('utf8')),
  };
}

/** RFC 4180 with `;`: CRLF ends a record; quoted cells may hold `;`, `"` (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') (cell += '"'), (index += 1);
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') row.push(cell), (cell = '');
    else if (char === '\r' && text[index + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), (index += 1);
    else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const today = () => new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
const percent = (rate: number | string) => `${Math.round(Number(rate) * 100)}%`;

describe('CSV export of a campaign’s results', () => {
  let server: TestServer;
  let support: GraphQLClient;
  let engine: GraphQLClient;
  let advisor: { client: GraphQLClient; token: string };
  let outsider: { client: GraphQLClient; token: string };
  let organizationId: string;
  let assessment: { id: string; code: string };
  let collection: { id: string; code: string };
  let skills: { skill_id: string; competence_id: string }[];
  const participationOf: Record<string, string> = {};

  const join = async (campaign: { code: string }, names: { firstName: string; lastName: string }, externalId: string | null, client = server.client()) => {
    if (!client.token) await signUpAs(client, names);
    const { startParticipation } = await client.ok(START, { code: campaign.code, externalId });
    return { client, participationId: startParticipation.id as string };
  };
  const record = (participationId: string, elements: { skillId: string; status: string }[], finished = false) => engine.ok(RECORD, { id: participationId, elements, finished });

  beforeAll(async () => {
    server = await startTestServer();
    ({ client: support } = await supportClient(server, SupportRole.SUPPORT));
    organizationId = (await createOrganization(support, 'Mission Locale de Limoges')).id;
    const member = await addMember(server, support, organizationId);
    advisor = { client: member.client, token: member.client.token! };
    const otherOrganizationId = (await createOrganization(support, 'Mission Locale de Brive')).id;
    const other = await addMember(server, support, otherOrganizationId);
    outsider = { client: other.client, token: other.client.token! };
    engine = server.client();
    engine.authorization = `Service ${TEST_ENGINE_SECRET}`;

    assessment = (await advisor.client.ok(CREATE, {
      input: { organizationId, type: 'ASSESSMENT', name: 'CléA – groupe "avril"; Limoges', targetProfileId: PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, title: 'Parcours CléA', externalIdLabel: 'Identifiant France Travail' },
    })).createCampaign;
    collection = (await advisor.client.ok(CREATE, { input: { organizationId, type: 'PROFILES_COLLECTION', name: 'Collecte de profils' } })).createCampaign;
    skills = await server.orm.em.getConnection().execute(
      `select tps.skill_id, s.competence_id from certification.target_profile_skills tps join certification.skills s on s.id = tps.skill_id
        where tps.target_profile_id = ? order by tps.skill_id`,
      [PIX_EMPLOI_CLEA_TARGET_PROFILE_ID],
    );

    // Zola: running, ten skills tested. Bernard: finished, not shared. Élan: everything validated,
    // shared. Fabre: every other skill, shared, with a formula for an identifier.
    const zola = await join(assessment, { firstName: 'Émile', lastName: 'Zola' }, 'FT-001');
    await record(zola.participationId, skills.slice(0, 10).map((skill) => ({ skillId: skill.skill_id, status: 'INVALIDATED' })));
    const bernard = await join(assessment, { firstName: 'Anne', lastName: 'Bernard' }, 'FT-002');
    await record(bernard.participationId, skills.map((skill) => ({ skillId: skill.skill_id, status: 'VALIDATED' })), true);
    const elan = await join(assessment, { firstName: 'Marc', lastName: 'Élan' }, 'FT-003');
    await record(elan.participationId, skills.map((skill) => ({ skillId: skill.skill_id, status: 'VALIDATED' })), true);
    await elan.client.ok(SHARE, { id: elan.participationId });
    const fabre = await join(assessment, { firstName: 'Lucie', lastName: 'Fabre' }, '=1+1');
    await record(fabre.participationId, skills.map((skill, index) => ({ skillId: skill.skill_id, status: index % 2 === 0 ? 'VALIDATED' : 'INVALIDATED' })), true);
    await fabre.client.ok(SHARE, { id: fabre.participationId });
    Object.assign(participationOf, { zola: zola.participationId, bernard: bernard.participationId, elan: elan.participationId, fabre: fabre.participationId });
    // An earlier sending of Fabre's, replaced ("Je retente"): not a current participation.
    await server.orm.em.getConnection().execute(
      `insert into campaigns.participations (id, campaign_id, participant_id, user_id, participant_external_id, status, is_improved, started_at)
       select gen_random_uuid(), campaign_id, participant_id, user_id, 'ANCIEN', 'STARTED', true, started_at from campaigns.participations where id = ?`,
      [fabre.participationId],
    );

    // The profiles collection: Élan shares their whole profile, Zola has only started.
    const elanCollection = await join(collection, { firstName: 'Marc', lastName: 'Élan' }, null, elan.client);
    await record(elanCollection.participationId, [], true);
    await elan.client.ok(SHARE, { id: elanCollection.participationId });
    participationOf.elanCollection = elanCollection.participationId;
    await join(collection, { firstName: 'Émile', lastName: 'Zola' }, null, zola.client);
  });
  afterAll(() => server?.close());

  it('is an Excel-friendly file: BOM, `;`, French headers with the identifier’s label, named after the code', async () => {
    const csv = await download(server, assessment.id, advisor.token);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="${assessment.code}-resultats.csv"`);
    expect(csv.headers.get('cache-control')).toBe('no-store');
    expect([...csv.bytes.subarray(0, 3)]).toEqual(BOM);
    expect(csv.bytes.subarray(3).toString('utf8')).toMatch(/^Nom de l'organisation;ID Campagne;Code;Nom de la campagne;/);
    // CRLF between records (RFC 4180, what Excel expects), none bare.
    const text = csv.bytes.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);

    const [header] = csv.rows;
    expect(header!.slice(0, 12)).toEqual([
      "Nom de l'organisation", 'ID Campagne', 'Code', 'Nom de la campagne', 'Nom du Profil Cible', 'Nom du Participant', 'Prénom du Participant',
      'Identifiant France Travail', '% de progression', 'Date de début', 'Partage (O/N)', 'Date du partage',
    ]);
    expect(header![12]).toBe('Pix emploi – Prêt pour le CléA numérique ! obtenu (O/N)');
    expect(header![13]).toBe("% maitrise de l'ensemble des acquis du profil");
    const competences = new Set(skills.map((skill) => skill.competence_id));
    expect(header).toContain("% de maitrise des acquis de la compétence 1.1 Mener une recherche et une veille d'information");
    expect(header).toContain("Nombre d'acquis du profil cible dans la compétence 1.1 Mener une recherche et une veille d'information");
    expect(header).toContain("Acquis maitrisés dans la compétence 1.1 Mener une recherche et une veille d'information");
    expect(header!.filter((cell) => cell.startsWith('% de maitrise des acquis de la compétence '))).toHaveLength(competences.size);
    expect(header!.filter((cell) => cell.startsWith('% de maitrise des acquis du domaine ')).length).toBeGreaterThan(0);
    expect(header).toContain('Acquis maitrisés du domaine Informations et données');
    expect(header!.length).toBe(14 + 3 * competences.size + 3 * header!.filter((cell) => cell.startsWith('Acquis maitrisés du domaine ')).length);
    for (const row of csv.rows) expect(row).toHaveLength(header!.length);
  });

  it('lists current participations by last name then first name, as a French reader sorts them', async () => {
    const csv = await download(server, assessment.id, advisor.token);
    expect(csv.rows.slice(1).map((row) => row[5])).toEqual(['Bernard', 'Élan', 'Fabre', 'Zola']);
    expect(csv.rows.slice(1).map((row) => row[7])).not.toContain('ANCIEN');
    for (const row of csv.rows.slice(1)) {
      expect(row.slice(0, 5)).toEqual(['Mission Locale de Limoges', assessment.id, assessment.code, 'CléA – groupe "avril"; Limoges', 'Pix emploi – Parcours CléA numérique']);
      expect(row[9]).toBe(today());
    }
  });

  it('shows progress but NA in every result column, the share date included, until the participant shares (running and finished alike)', async () => {
    const csv = await download(server, assessment.id, advisor.token);
    const byName = new Map(csv.rows.slice(1).map((row) => [row[5], row]));
    const zola = byName.get('Zola')!;
    expect(zola.slice(6, 12)).toEqual(['Émile', 'FT-001', `${Math.floor((10 * 100) / skills.length)}%`, today(), 'Non', 'NA']);
    expect(zola.slice(12).every((cell) => cell === 'NA')).toBe(true);
    const bernard = byName.get('Bernard')!;
    expect(bernard.slice(6, 12)).toEqual(['Anne', 'FT-002', '100%', today(), 'Non', 'NA']);
    expect(bernard.slice(12).every((cell) => cell === 'NA')).toBe(true);
  });

  it('gives a shared participation its frozen rates, counts and badges', async () => {
    const csv = await download(server, assessment.id, advisor.token);
    const [header, ...rows] = csv.rows;
    const column = (name: string) => header!.indexOf(name);
    const byName = new Map(rows.map((row) => [row[5], row]));
    const elan = byName.get('Élan')!;
    expect(elan.slice(8, 14)).toEqual(['100%', today(), 'Oui', today(), 'Oui', '100%']);

    const fabre = byName.get('Fabre')!;
    const [snapshot] = await server.orm.em.getConnection().execute('select mastery_rate, results from campaigns.participations where id = ?', [participationOf.fabre]);
    expect(fabre.slice(10, 14)).toEqual(['Oui', today(), 'Non', percent(snapshot.mastery_rate)]);
    expect(percent(snapshot.mastery_rate)).toBe(`${Math.round((Math.ceil(skills.length / 2) / skills.length) * 100)}%`);
    const competence = snapshot.results.competences.find((entry: any) => entry.competenceId === '1.1');
    const name = "la compétence 1.1 Mener une recherche et une veille d'information";
    expect(fabre[column(`% de maitrise des acquis de ${name}`)]).toBe(percent(competence.masteryRate));
    expect(fabre[column(`Nombre d'acquis du profil cible dans ${name}`)]).toBe(String(competence.totalSkillsCount));
    expect(fabre[column(`Acquis maitrisés dans ${name}`)]).toBe(String(competence.validatedSkillsCount));
    const area = snapshot.results.areas.find((entry: any) => entry.areaId === '1');
    expect(fabre[column('% de maitrise des acquis du domaine Informations et données')]).toBe(percent(area.masteryRate));
    expect(fabre[column("Nombre d'acquis du profil cible du domaine Informations et données")]).toBe(String(area.totalSkillsCount));
    expect(fabre[column('Acquis maitrisés du domaine Informations et données')]).toBe(String(area.validatedSkillsCount));
  });

  it('neutralises a formula typed as an identifier, and quotes what needs quoting', async () => {
    const csv = await download(server, assessment.id, advisor.token);
    const fabre = csv.rows.find((row) => row[5] === 'Fabre')!;
    expect(fabre[7]).toBe("'=1+1");
    const raw = csv.bytes.toString('utf8');
    expect(raw).toContain(";'=1+1;");
    expect(raw).toContain(';"CléA – groupe ""avril""; Limoges";');
  });

  it('exports a profiles collection with certifiability, pix score and per-competence level and pix', async () => {
    const csv = await download(server, collection.id, advisor.token);
    const [header, ...rows] = csv.rows;
    expect(header!.slice(0, 14)).toEqual([
      "Nom de l'organisation", 'ID Campagne', 'Code', 'Nom de la campagne', 'Nom du Participant', 'Prénom du Participant',
      '% de progression', 'Date de début', 'Partage (O/N)', 'Date du partage', 'Sont-ils certifiables ?', 'Nombre de compétences certifiables', 'Score Pix',
      "Niveau pour la compétence 1.1 Mener une recherche et une veille d'information",
    ]);
    expect(header![14]).toBe("Nombre de pix pour la compétence 1.1 Mener une recherche et une veille d'information");
    expect(header).toHaveLength(13 + 2 * 16);
    expect(rows.map((row) => row[4])).toEqual(['Élan', 'Zola']);

    const [snapshot] = await server.orm.em.getConnection().execute('select is_certifiable, pix_score, results from campaigns.participations where id = ?', [participationOf.elanCollection]);
    const [elan, zola] = rows;
    const levels = snapshot.results.competences as { competenceId: string; level: number; pixScore: number }[];
    expect(elan!.slice(6, 13)).toEqual([
      '100%', today(), 'Oui', today(), snapshot.is_certifiable ? 'Oui' : 'Non', String(levels.filter((entry) => entry.level >= 1).length), String(snapshot.pix_score),
    ]);
    expect(snapshot.pix_score).toBeGreaterThan(0);
    const first = levels.find((entry) => entry.competenceId === '1.1')!;
    expect(elan!.slice(13, 15)).toEqual([String(first.level), String(first.pixScore)]);
    // No target profile to measure a running collection against: progress NA, and no results.
    expect(zola!.slice(6, 10)).toEqual(['NA', today(), 'Non', 'NA']);
    expect(zola!.slice(10).every((cell) => cell === 'NA')).toBe(true);
  });

  describe('authorization, like reading the campaign', () => {
    it('refuses an anonymous caller (401 UNAUTHENTICATED) and a bad token (401)', async () => {
      const anonymous = await download(server, assessment.id);
      expect(anonymous.status).toBe(401);
      expect(anonymous.json!.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
      const forged = await download(server, assessment.id, 'not-a-token');
      expect(forged.status).toBe(401);
      expect(forged.json!.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
      // Unauthenticated first: an anonymous caller learns nothing about which ids exist.
      expect((await download(server, '00000000-0000-4000-8000-000000000000')).status).toBe(401);
    });

    it('answers a member of another organisation exactly as for an unknown campaign (404 NOT_FOUND), with nothing of the file', async () => {
      const csv = await download(server, assessment.id, outsider.token);
      expect(csv.status).toBe(404);
      expect(csv.json).toEqual({ errors: [{ message: 'Campagne introuvable.', extensions: { code: 'NOT_FOUND' } }] });
      expect(csv.json).toEqual((await download(server, '00000000-0000-4000-8000-000000000000', outsider.token)).json);
      expect(csv.bytes.toString('utf8')).not.toContain('Fabre');
    });

    it('refuses METIER (organisations, not their results) and CERTIF the same way', async () => {
      for (const role of [SupportRole.METIER, SupportRole.CERTIF]) {
        const { client } = await supportClient(server, role);
        const csv = await download(server, assessment.id, client.token!);
        expect(csv.status, role).toBe(404);
        expect(csv.bytes.toString('utf8')).not.toContain('Fabre');
      }
    });

    it('lets a support reader download it', async () => {
      const csv = await download(server, assessment.id, support.token);
      expect(csv.status).toBe(200);
      expect(csv.rows).toHaveLength(5);
    });

    it('answers 404 NOT_FOUND for an unknown or deleted campaign, 400 for a malformed id', async () => {
      const unknown = await download(server, '00000000-0000-4000-8000-000000000000', advisor.token);
      expect(unknown.status).toBe(404);
      expect(unknown.json!.errors[0]!.extensions.code).toBe('NOT_FOUND');
      const { createCampaign: doomed } = await advisor.client.ok(CREATE, { input: { organizationId, type: 'PROFILES_COLLECTION', name: 'À supprimer' } });
      await advisor.client.ok(`mutation ($id: ID!) { deleteCampaign(id: $id) }`, { id: doomed.id });
      const deleted = await download(server, doomed.id, advisor.token);
      expect(deleted.status).toBe(404);
      expect(deleted.json!.errors[0]!.extensions.code).toBe('NOT_FOUND');
      const malformed = await download(server, 'not-a-uuid', advisor.token);
      expect(malformed.status).toBe(400);
      expect(malformed.json!.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    });
  });
});

describe('CSV export of a large campaign', () => {
  let server: TestServer;
  let token: string;
  let campaignId: string;
  const exportOf = (signal?: AbortSignal) => fetch(`${server.url}/exports/campaigns/${campaignId}/results.csv`, { headers: { authorization: `Bearer ${token}` }, signal });

  beforeAll(async () => {
    // One export connection, a short wait: enough to see a held connection and its release.
    server = await startTestServer({ exportConnections: 1, exportWaitSeconds: 2 });
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    const organizationId = (await createOrganization(support)).id;
    const advisor = await addMember(server, support, organizationId);
    token = advisor.client.token!;
    const { createCampaign: campaign } = await advisor.client.ok(CREATE, {
      input: { organizationId, type: 'ASSESSMENT', name: 'Grande campagne', targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID, externalIdLabel: 'Identifiant' },
    });
    campaignId = campaign.id;
    await insertBulkParticipations(server.orm.em, { organizationId, campaignId, targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID, count: 100_000 });
    // Written straight into the database: the read side (copied names, result pointers) is
    // rebuilt from them (the rebuild of every campaign: the longest part of this hook).
    await rebuildCampaignsReadSide({ em: server.orm.em.fork() });
  }, 420_000);
  afterAll(() => server?.close());

  // Volume only: the memory and throughput figures come from scripts/measure-results-export.ts.
  it('streams 100,000 participations, one row each, in order', { timeout: 180_000 }, async () => {
    const response = await exportOf();
    expect(response.status).toBe(200);
    // Counted as it arrives, never held whole.
    let lines = 0;
    let previous = '';
    let outOfOrder = 0;
    let pending = '';
    const decoder = new TextDecoder();
    for await (const chunk of response.body!) {
      pending += decoder.decode(chunk as Uint8Array, { stream: true });
      const complete = pending.split('\r\n');
      pending = complete.pop()!;
      for (const line of complete) {
        lines += 1;
        if (lines === 1) continue;
        const lastName = line.split(';')[5]!;
        if (lastName < previous) outOfOrder += 1;
        previous = lastName;
      }
    }
    expect(pending).toBe('');
    expect(lines).toBe(1 + 100_000);
    expect(outOfOrder).toBe(0);
  });

  it('answers 503 SERVICE_BUSY while every export connection is held, and frees it when the client hangs up', { timeout: 120_000 }, async () => {
    // A client that reads the first chunk then stops reading: the server stops too, cursor open.
    const stalled = new AbortController();
    const slow = await exportOf(stalled.signal);
    const reader = slow.body!.getReader();
    expect((await reader.read()).done).toBe(false);

    const refused = await exportOf();
    expect(refused.status).toBe(503);
    expect(await refused.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'SERVICE_BUSY', retryAfterSeconds: 60 } }] });

    stalled.abort();
    await reader.cancel().catch(() => undefined);
    // The hang-up closes the cursor and returns the connection: the next export goes through.
    let next = await exportOf();
    for (let attempt = 0; next.status === 503 && attempt < 5; attempt += 1) next = await exportOf();
    expect(next.status).toBe(200);
    const text = await next.text();
    expect(text.split('\r\n')).toHaveLength(1 + 100_000 + 1);
  });
});

import { DEMO_PASSWORD } from '../../support/api.js';

/**
 * The load: `clients` concurrent clients for `seconds`, each mixing reads (me, the campaigns
 * list, participants, collective results, campaignToJoin) and writes (createCampaign, and a
 * participant's journey: startParticipation, the engine's records, share), over HTTP. Counts
 * requests, errors, latencies and SQL statements (`x-sql-statements`, sent outside production)
 * per operation kind.
 */
export interface LoadOptions {
  url: string;
  clients: number;
  seconds: number;
  /** `Service <secret>`: the assessment engine's header. */
  engineAuthorization: string;
  /** Printed every few seconds when set. */
  progress?: (line: string) => void;
}

export interface KindFigures {
  kind: string;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  /** Mean SQL statements per request, when the header is sent. */
  sqlPerRequest: number | undefined;
}

export interface LoadReport {
  clients: number;
  seconds: number;
  requests: number;
  errors: number;
  kinds: KindFigures[];
  /** The first errors, with the operation and the answer. */
  firstErrors: string[];
}

const MEMBER = 'karim.benali@demo.orga-spe.fr';
const ORGANIZATION = 'Mission Locale de Limoges';

const READS = {
  me: '{ me { id email memberships { role organization { id name } } } }',
  campaignsList: 'query($id: ID!) { organization(id: $id) { campaigns(first: 20) { totalCount nodes { id name code participantsCount sharedParticipationsCount } } } }',
  participants: 'query($id: ID!) { organization(id: $id) { participants(first: 20) { totalCount nodes { __typename } } } }',
  collectiveResults: 'query($id: ID!) { campaign(id: $id) { collectiveResults { competenceId averageMasteryRate } } }',
  campaignToJoin: 'query($code: String!) { campaignToJoin(code: $code) { code title organizationName isJoinable } }',
};
const CREATE_CAMPAIGN = 'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id code } }';
const START = 'mutation($code: String!) { startParticipation(code: $code) { id status } }';
const RECORD = 'mutation($id: ID!, $elements: [KnowledgeElementInput!]!, $finished: Boolean!) { recordKnowledgeElements(participationId: $id, elements: $elements, finished: $finished) { id status } }';
const SHARE = 'mutation($id: ID!) { shareParticipationResults(participationId: $id) { id status } }';
const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }';
const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';

interface Sample {
  ms: number;
  sql: number | undefined;
  error: boolean;
}

class Recorder {
  readonly samples = new Map<string, Sample[]>();
  readonly firstErrors: string[] = [];

  add(kind: string, sample: Sample, error?: string): void {
    let list = this.samples.get(kind);
    if (!list) this.samples.set(kind, (list = []));
    list.push(sample);
    if (error && this.firstErrors.length < 20) this.firstErrors.push(`${kind}: ${error}`);
  }

  get requests(): number {
    return [...this.samples.values()].reduce((sum, list) => sum + list.length, 0);
  }

  get errors(): number {
    return [...this.samples.values()].reduce((sum, list) => sum + list.filter((sample) => sample.error).length, 0);
  }
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function call<T>(
  recorder: Recorder | undefined,
  url: string,
  kind: string,
  query: string,
  variables: Record<string, unknown>,
  authorization?: string,
): Promise<T | undefined> {
  const started = performance.now();
  let status = 0;
  let text = '';
  let sql: number | undefined;
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    status = response.status;
    const header = response.headers.get('x-sql-statements');
    sql = header === null ? undefined : Number(header);
    text = await response.text();
    const body = JSON.parse(text) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    const ms = performance.now() - started;
    if (status !== 200 || body.errors?.length || !body.data) {
      recorder?.add(kind, { ms, sql, error: true }, `HTTP ${status} ${text.slice(0, 300)}`);
      if (!recorder) throw new Error(`${kind}: HTTP ${status} ${text.slice(0, 300)}`);
      return undefined;
    }
    recorder?.add(kind, { ms, sql, error: false });
    return body.data;
  } catch (error) {
    if (!recorder) throw error;
    recorder.add(kind, { ms: performance.now() - started, sql, error: true }, `HTTP ${status} ${(error as Error).message} ${text.slice(0, 200)}`);
    return undefined;
  }
}

interface Shared {
  organizationId: string;
  targetProfileId: string;
  skills: string[];
  demoCampaignId: string;
  demoCode: string;
  member: string;
  /** Campaigns created during the load, newest last: the participants start them. */
  campaigns: { id: string; code: string }[];
}

async function prepare(options: LoadOptions): Promise<{ shared: Shared; participants: string[] }> {
  const { url } = options;
  const member = `Bearer ${(await call<{ login: { accessToken: string } }>(undefined, url, 'login', LOGIN, { email: MEMBER, password: DEMO_PASSWORD }))!.login.accessToken}`;
  const { me } = (await call<{ me: { memberships: { organization: { id: string; name: string; campaigns: { nodes: { id: string; code: string; type: string; targetProfileId: string | null; sharedParticipationsCount: number }[] } } }[] } }>(
    undefined,
    url,
    'me',
    '{ me { memberships { organization { id name campaigns(first: 50) { nodes { id code type targetProfileId sharedParticipationsCount } } } } } }',
    {},
    member,
  ))!;
  const organization = me.memberships.map((membership) => membership.organization).find((each) => each.name === ORGANIZATION);
  if (!organization) throw new Error(`${MEMBER} is not a member of ${ORGANIZATION}: is the demo loaded?`);
  const campaigns = organization.campaigns.nodes.filter((each) => each.type === 'ASSESSMENT' && each.targetProfileId);
  const demo = [...campaigns].sort((a, b) => b.sharedParticipationsCount - a.sharedParticipationsCount)[0];
  if (!demo) throw new Error(`no assessment campaign in ${ORGANIZATION}`);
  const { targetProfile } = (await call<{ targetProfile: { areas: { competences: { skills: { id: string }[] }[] }[] } }>(
    undefined,
    url,
    'targetProfile',
    'query($id: ID!) { targetProfile(id: $id) { areas { competences { skills { id } } } } }',
    { id: demo.targetProfileId },
    member,
  ))!;
  const skills = targetProfile.areas.flatMap((area) => area.competences.flatMap((competence) => competence.skills.map((skill) => skill.id)));
  // One participant account per client (signed up before the clock starts).
  const run = Date.now().toString(36);
  const participants: string[] = [];
  for (let start = 0; start < options.clients; start += 10) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(10, options.clients - start) }, (_, index) =>
        call<{ signUp: { accessToken: string } }>(undefined, url, 'signUp', SIGN_UP, {
          input: { email: `load.${run}.${start + index}@example.test`, password: DEMO_PASSWORD, firstName: 'Charge', lastName: `Client ${start + index}`, acceptTermsOfService: true },
        }),
      ),
    );
    participants.push(...batch.map((result) => `Bearer ${result!.signUp.accessToken}`));
  }
  return {
    shared: { organizationId: organization.id, targetProfileId: demo.targetProfileId!, skills, demoCampaignId: demo.id, demoCode: demo.code, member, campaigns: [] },
    participants,
  };
}

/** One client: a weighted mix; the participant's journey advances one step per write turn. */
async function client(index: number, participant: string, shared: Shared, options: LoadOptions, recorder: Recorder, until: number): Promise<void> {
  const { url } = options;
  const started = new Set<string>();
  let journey: { id: string; step: 'record' | 'finish' | 'share' } | undefined;
  let created = 0;
  for (let turn = index; Date.now() < until; turn += 1) {
    const pick = turn % 10;
    if (pick === 0) await call(recorder, url, 'me', READS.me, {}, participant);
    else if (pick === 1) await call(recorder, url, 'campaignsList', READS.campaignsList, { id: shared.organizationId }, shared.member);
    else if (pick === 2) await call(recorder, url, 'participants', READS.participants, { id: shared.organizationId }, shared.member);
    else if (pick === 3) await call(recorder, url, 'collectiveResults', READS.collectiveResults, { id: shared.demoCampaignId }, shared.member);
    else if (pick === 4) await call(recorder, url, 'campaignToJoin', READS.campaignToJoin, { code: shared.demoCode });
    else if (pick === 5) await call(recorder, url, 'me', READS.me, {}, shared.member);
    else if (pick === 6 || !journey) {
      const next = [...shared.campaigns].reverse().find((campaign) => !started.has(campaign.id));
      if (pick === 6 || !next) {
        created += 1;
        const result = await call<{ createCampaign: { id: string; code: string } }>(recorder, url, 'createCampaign', CREATE_CAMPAIGN, {
          input: { organizationId: shared.organizationId, type: 'ASSESSMENT', name: `Charge ${index}-${created}`, targetProfileId: shared.targetProfileId },
        }, shared.member);
        if (result) shared.campaigns.push(result.createCampaign);
      } else {
        started.add(next.id);
        const result = await call<{ startParticipation: { id: string } }>(recorder, url, 'startParticipation', START, { code: next.code }, participant);
        if (result) journey = { id: result.startParticipation.id, step: 'record' };
      }
    } else if (journey.step === 'record' || journey.step === 'finish') {
      const finished = journey.step === 'finish';
      const skill = shared.skills[finished ? 1 % shared.skills.length : 0]!;
      const result = await call(recorder, url, 'recordKnowledgeElements', RECORD, { id: journey.id, elements: [{ skillId: skill, status: 'VALIDATED' }], finished }, options.engineAuthorization);
      journey = result ? { id: journey.id, step: finished ? 'share' : 'finish' } : undefined;
    } else {
      await call(recorder, url, 'shareParticipationResults', SHARE, { id: journey.id }, participant);
      journey = undefined;
    }
  }
}

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const { shared, participants } = await prepare(options);
  const recorder = new Recorder();
  const started = Date.now();
  const until = started + options.seconds * 1000;
  const timer = options.progress
    ? setInterval(() => options.progress!(`${Math.round((Date.now() - started) / 1000)} s: ${recorder.requests} requests, ${recorder.errors} errors`), 5_000)
    : undefined;
  try {
    await Promise.all(participants.map((participant, index) => client(index, participant, shared, options, recorder, until)));
  } finally {
    if (timer) clearInterval(timer);
  }
  const kinds = [...recorder.samples].map(([kind, samples]): KindFigures => {
    const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b);
    const counted = samples.filter((sample) => sample.sql !== undefined);
    return {
      kind,
      requests: samples.length,
      errors: samples.filter((sample) => sample.error).length,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      sqlPerRequest: counted.length ? counted.reduce((sum, sample) => sum + sample.sql!, 0) / counted.length : undefined,
    };
  });
  return { clients: options.clients, seconds: options.seconds, requests: recorder.requests, errors: recorder.errors, kinds: kinds.sort((a, b) => a.kind.localeCompare(b.kind)), firstErrors: recorder.firstErrors };
}

export function formatReport(report: LoadReport): string {
  const rows = report.kinds.map((kind) =>
    [
      kind.kind.padEnd(26),
      String(kind.requests).padStart(8),
      String(kind.errors).padStart(7),
      kind.p50.toFixed(1).padStart(8),
      kind.p95.toFixed(1).padStart(8),
      kind.p99.toFixed(1).padStart(8),
      (kind.sqlPerRequest === undefined ? '-' : kind.sqlPerRequest.toFixed(1)).padStart(9),
    ].join(' '),
  );
  const counted = report.kinds.filter((kind) => kind.sqlPerRequest !== undefined);
  const sqlTotal = counted.reduce((sum, kind) => sum + kind.sqlPerRequest! * kind.requests, 0);
  const sqlRequests = counted.reduce((sum, kind) => sum + kind.requests, 0);
  const sql = sqlRequests ? `, ${(sqlTotal / sqlRequests).toFixed(1)} SQL statements per request` : ', no x-sql-statements header (production?)';
  return [
    `[load] ${report.clients} clients for ${report.seconds} s: ${report.requests} requests (${(report.requests / report.seconds).toFixed(0)}/s), ${report.errors} errors${sql}`,
    `${'operation'.padEnd(26)} ${'requests'.padStart(8)} ${'errors'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'SQL/req'.padStart(9)}`,
    ...rows,
    ...(report.firstErrors.length ? ['first errors:', ...report.firstErrors.map((error) => `  ${error}`)] : []),
  ].join('\n');
}

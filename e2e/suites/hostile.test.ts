import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT, startApp, type RunningApp } from '../support/app.js';
import { argumentSlots, generateCalls, rootFields, type HostileCall } from './support/hostile-calls.js';
import { describeAnswer, judge, readAnswer, type Answer } from './support/hostile-checks.js';
import { loadFixtures, principalsFor, signInPrincipals, validValues, type Fixtures, type Principals } from './support/hostile-fixtures.js';
import { hostileSeed, seededRandom } from './support/hostile-random.js';
import { runPool, Tally } from './support/hostile-run.js';
import { forgedTokens } from './support/hostile-tokens.js';
import { exportCases, transportCases, type TransportCase } from './support/hostile-transport.js';

/**
 * The hostile suite: calls generated from the committed SDL (schema/supergraph.graphql), every
 * argument of every root Query and Mutation field given hostile values (the others valid), as
 * anonymous, as a signed-in member and as support, in variables and inline; then transport abuse,
 * forged tokens and hostile export paths. Against the real application in production mode: no
 * server error, no stack trace, no SQL, /readyz up throughout. Replay a run with HOSTILE_SEED.
 */
const SEED = hostileSeed();
const CONCURRENCY = Number(process.env.HOSTILE_CONCURRENCY ?? 8);
const READYZ_EVERY = 250;
const MIN_CALLS = 5_000;
const CALL_TIMEOUT_MS = 60_000;
const SHOWN_FAILURES = 25;
const AUTH_SECRET = 'hostile-suite-auth-secret-0123456789abcdefghij';
const ENGINE_SECRET = 'hostile-suite-engine-secret-0123456789abcdefgh';

interface Failure {
  what: string;
  /** Grouping key for the summary: the same defect hit by many payloads shows once. */
  group: string;
  problems: string[];
  answer: string;
}

const schema = buildSchema(readFileSync(join(REPOSITORY_ROOT, 'schema/supergraph.graphql'), 'utf8'));
const roots = rootFields(schema);
const random = seededRandom(SEED);

const totals = { passed: 0, failed: 0 };
const outcomes = new Tally();
const byPrincipal = new Tally();
const failures: Failure[] = [];
const readyz = { probes: 0, down: [] as string[] };

function record(ok: boolean, failure: Failure | undefined): void {
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(failure!);
  }
}

/** A problem without its variable parts, so that one defect hit by many payloads groups as one. */
function defect(problem: string): string {
  return problem
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>')
    .replace(/\d{4,}/g, 'N')
    .slice(0, 140);
}

function report(list: Failure[]): string {
  if (!list.length) return '';
  const byDefect = new Map<string, { count: number; where: Set<string> }>();
  for (const failure of list) {
    for (const problem of failure.problems) {
      const key = defect(problem);
      const entry = byDefect.get(key) ?? { count: 0, where: new Set<string>() };
      entry.count += 1;
      entry.where.add(failure.group);
      byDefect.set(key, entry);
    }
  }
  const defects = [...byDefect].sort((a, b) => b[1].count - a[1].count);
  const shown = list.slice(0, SHOWN_FAILURES).map((failure) => `- ${failure.what}\n    ${failure.problems.join('\n    ')}\n    answer: ${failure.answer}`);
  return [
    `${list.length} failing calls (seed ${SEED}); ${defects.length} distinct defects, each with the arguments that hit it:`,
    ...defects.slice(0, 40).map(([key, { count, where }]) => {
      const places = [...where].sort();
      return `  ${count} × ${key}\n      in ${places.slice(0, 12).join('; ')}${places.length > 12 ? `; … ${places.length - 12} more` : ''}`;
    }),
    `first ${Math.min(SHOWN_FAILURES, list.length)} failing calls:`,
    ...shown,
  ].join('\n');
}

describe('hostile: generated hostile calls, transport abuse and forged tokens against the production build', () => {
  let app: RunningApp;
  let principals: Principals;
  let fixtures: Fixtures;
  let calls: HostileCall[];
  const started = Date.now();

  beforeAll(async () => {
    console.log(`[hostile] seed ${SEED} (replay: HOSTILE_SEED=${SEED})`);
    app = await startApp({
      env: {
        NODE_ENV: 'production',
        AUTH_SECRET,
        ENGINE_SECRET,
        SEED_DEMO: 'true',
        PUBLIC_URL: 'http://127.0.0.1',
        // Hostile logins would lock the accounts out and hide the deeper paths behind the throttle.
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000000',
        LOGIN_MAX_FAILURES_PER_ADDRESS: '1000000',
        LOG_LEVEL: 'warn',
      },
    });
    principals = await signInPrincipals(app, ENGINE_SECRET);
    fixtures = await loadFixtures(app, principals);
    calls = generateCalls(roots, validValues(fixtures), (operation) => principalsFor(operation, schemaDescription(operation)), random);
  });

  afterAll(async () => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const queries = roots.filter((root) => root.kind === 'query').length;
    const slots = roots.reduce((sum, root) => sum + argumentSlots(root.field).length, 0);
    console.log(
      [
        `[hostile] seed ${SEED}, ${seconds} s, concurrency ${CONCURRENCY}`,
        `[hostile] operations: ${roots.length} (${queries} queries, ${roots.length - queries} mutations), argument slots: ${slots}, generated calls: ${calls?.length ?? 0}`,
        `[hostile] calls by principal: ${byPrincipal.format()}`,
        `[hostile] outcomes: ${outcomes.format()}`,
        `[hostile] /readyz probes: ${readyz.probes}, down: ${readyz.down.length}`,
        `[hostile] ${totals.passed} passed, ${totals.failed} failed`,
      ].join('\n'),
    );
    await app?.stop();
  });

  it('generates at least 5,000 calls covering every argument of every root field', () => {
    expect(calls.length).toBeGreaterThanOrEqual(MIN_CALLS);
    const covered = new Set(calls.map((call) => `${call.operation} ${call.argument}`));
    const missing = roots.flatMap((root) =>
      root.field.args.length ? argumentSlots(root.field).map((slot) => `${root.field.name} ${slotName(slot.path)}`).filter((key) => !covered.has(key)) : covered.has(`${root.field.name} -`) ? [] : [`${root.field.name} -`],
    );
    expect(missing).toEqual([]);
  });

  it('answers every generated call without a server error, a stack trace or SQL, /readyz up throughout', { timeout: 600_000 }, async () => {
    const before = failures.length;
    await runPool(
      calls,
      CONCURRENCY,
      async (call) => {
        byPrincipal.add(call.principal);
        const what = `${call.kind} ${call.operation}(${call.argument} = <${call.payload}>) as ${call.principal}, ${call.encoding}`;
        let answer: Answer | undefined;
        try {
          const authorization = principals.authorization[call.principal];
          const response = await fetch(`${app.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
            body: JSON.stringify(call.body),
            signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
          });
          answer = await readAnswer(response);
        } catch (error) {
          outcomes.add('NO_ANSWER');
          record(false, { what, group: `${call.operation} ${call.argument} (${call.payload})`, problems: [`no answer: ${(error as Error).message}`], answer: '(none)' });
          return;
        }
        const verdict = judge(answer, { production: true });
        outcomes.add(verdict.outcome);
        record(verdict.ok, verdict.ok ? undefined : { what, group: `${call.operation} ${call.argument}`, problems: verdict.problems, answer: describeAnswer(answer) });
      },
      {
        interval: READYZ_EVERY,
        run: async (done) => {
          await probeReadyz(`after ${done} calls`);
          if (done % 1_000 === 0) console.log(`[hostile] ${done}/${calls.length} calls, ${failures.length - before} failing, ${((Date.now() - started) / 1000).toFixed(0)} s`);
        },
      },
    );
    await probeReadyz('after the generated calls');

    // The principals must still be who they were: a session lost mid-run would hide coverage.
    for (const principal of ['member', 'support']) {
      const answer = await readAnswer(
        await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: principals.authorization[principal]! },
          body: JSON.stringify({ query: '{ me { id } }' }),
        }),
      );
      expect((answer.body as { data?: { me?: unknown } })?.data?.me, `${principal} still signed in after the run: ${describeAnswer(answer)}`).toBeTruthy();
    }
    const mine = failures.slice(before);
    expect(mine.length, report(mine)).toBe(0);
  });

  it('answers transport abuse with the documented status and code', { timeout: 300_000 }, async () => {
    const mine = await runCases(transportCases(app.url, { memberAuthorization: principals.authorization.member!, organizationId: fixtures.organizationId }));
    expect(mine.length, report(mine)).toBe(0);
  });

  it('refuses every forged token with UNAUTHENTICATED (HTTP 401), signing no one in', { timeout: 120_000 }, async () => {
    const tokens = forgedTokens({ authSecret: AUTH_SECRET, realToken: principals.authorization.member!.slice('Bearer '.length) });
    const cases: TransportCase[] = tokens.map(({ kind, header }) => ({
      name: `forged token: ${kind}`,
      send: async () =>
        readAnswer(
          await fetch(`${app.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: header },
            body: JSON.stringify({ query: '{ me { id email } }' }),
          }),
        ),
      status: [401],
      codes: ['UNAUTHENTICATED'],
      extra: (answer) => ((answer.body as { data?: { me?: unknown } })?.data?.me ? [`the forged token signed someone in: ${JSON.stringify((answer.body as { data: unknown }).data)}`] : []),
    }));
    // The same forgeries on the export route.
    for (const { kind, header } of tokens) {
      cases.push({
        name: `forged token on the export route: ${kind}`,
        send: async () => readAnswer(await fetch(`${app.url}/exports/campaigns/${fixtures.campaignId}/results.csv`, { headers: { authorization: header } })),
        status: [401],
        codes: ['UNAUTHENTICATED'],
      });
    }
    const mine = await runCases(cases);
    expect(mine.length, report(mine)).toBe(0);
  });

  it('answers GET /exports/campaigns/<hostile>/results.csv with a client error in the GraphQL shape', { timeout: 120_000 }, async () => {
    // The route works: a member downloads the real campaign's file.
    const real = await fetch(`${app.url}/exports/campaigns/${fixtures.campaignId}/results.csv`, { headers: { authorization: principals.authorization.member! } });
    expect(real.status).toBe(200);
    await real.text();
    const mine = await runCases(exportCases(app.url, { memberAuthorization: principals.authorization.member!, unknownId: random.uuid() }));
    expect(mine.length, report(mine)).toBe(0);
  });

  it('kept /readyz up throughout', async () => {
    await probeReadyz('at the end');
    expect(readyz.probes).toBeGreaterThanOrEqual(Math.floor(MIN_CALLS / READYZ_EVERY));
    expect(readyz.down, `/readyz was down: ${readyz.down.join('; ')}`).toEqual([]);
  });

  async function probeReadyz(when: string): Promise<void> {
    readyz.probes += 1;
    try {
      const response = await fetch(`${app.url}/readyz`, { signal: AbortSignal.timeout(10_000) });
      const text = await response.text();
      if (response.status !== 200) {
        readyz.down.push(`${when}: HTTP ${response.status} ${text.slice(0, 200)}`);
        totals.failed += 1;
      } else totals.passed += 1;
    } catch (error) {
      readyz.down.push(`${when}: ${(error as Error).message}`);
      totals.failed += 1;
    }
  }

  async function runCases(cases: TransportCase[]): Promise<Failure[]> {
    const mine: Failure[] = [];
    await runPool(cases, 4, async (each) => {
      let answer: Answer;
      try {
        answer = await each.send();
      } catch (error) {
        const failure = { what: each.name, group: each.name, problems: [`no answer: ${(error as Error).message}`], answer: '(none)' };
        record(false, failure);
        mine.push(failure);
        return;
      }
      const verdict = judge(answer, { production: true, requireGraphQLShape: each.graphQLShape !== false });
      outcomes.add(verdict.outcome);
      const problems = [...verdict.problems];
      if (each.status ? !each.status.includes(answer.status) : answer.status < 400 || answer.status >= 500) {
        problems.push(`HTTP ${answer.status}, expected ${each.status?.join(' or ') ?? '4xx'}`);
      }
      const code = (answer.body as { errors?: { extensions?: { code?: string } }[] })?.errors?.[0]?.extensions?.code;
      if (each.codes === null && code) problems.push(`error ${code}, expected none`);
      if (each.codes && (!code || !each.codes.includes(code))) problems.push(`code ${code ?? '(none)'}, expected ${each.codes.join(' or ')}`);
      problems.push(...(each.extra?.(answer) ?? []));
      const failure = problems.length ? { what: each.name, group: each.name, problems, answer: describeAnswer(answer) } : undefined;
      record(!failure, failure);
      if (failure) mine.push(failure);
    });
    return mine;
  }
});

function schemaDescription(operation: string): string | undefined {
  return (schema.getQueryType()?.getFields()[operation] ?? schema.getMutationType()?.getFields()[operation])?.description ?? undefined;
}

function slotName(path: (string | number)[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index ? `.${part}` : part)).join('');
}

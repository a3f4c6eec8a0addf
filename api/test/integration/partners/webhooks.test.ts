import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } from '../../../src/certification/api/index.js';
import { createWebhookWorker } from '../../../src/partners/api/index.js';
import { sendWebhook } from '../../../src/partners/infrastructure/webhook-sender.js';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { createLogger } from '../../../src/shared/logger.js';
import {
  addMember,
  createNetworkOrganization,
  createPartnerClient,
  networkId,
  partnerGraphQLClient,
  signUpAs,
  startTestServer,
  supportClient,
  TEST_ENGINE_SECRET,
  type GraphQLClient,
  type TestServer,
} from '../../support/index.js';

/** A partner's receiver: records what arrives, answers what the test tells it to. */
class Receiver {
  readonly received: { path: string; headers: IncomingHttpHeaders; body: string; answered: number }[] = [];
  /** Per path, the statuses to answer first (then 204). */
  readonly failing = new Map<string, number[]>();
  private server: Server | undefined;
  url = '';
  origin = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const status = this.failing.get(req.url ?? '')?.shift() ?? 204;
        this.received.push({ path: req.url ?? '', headers: req.headers, body, answered: status });
        res.writeHead(status).end(status >= 400 ? 'indisponible' : '');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    this.url = `${this.origin}/hooks`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** What reached one endpoint (each test's endpoints have a path of their own). */
  at(path: string) {
    return this.received.filter((r) => r.path === path);
  }

  /** Verified as a partner would, with the standardwebhooks package. */
  verified(secret: string, path: string): { type: string; data: Record<string, any> }[] {
    const webhook = new Webhook(secret);
    return this.at(path).filter((r) => r.answered < 300).map((r) => webhook.verify(r.body, r.headers as Record<string, string>) as { type: string; data: Record<string, any> });
  }
}

const CREATE_ENDPOINT = `mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id url eventTypes enabled } } }`;
const ENDPOINTS = `{ webhookEndpoints { id enabled disabledReason deliveries(first: 20) { eventId eventType status attemptCount responseCode attempts { attempt responseCode durationMs responseExcerpt } } } }`;
const CREATE_CAMPAIGN = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id code } }`;
const ALL_TYPES = ['participation.started', 'participation.completed', 'participation.shared', 'campaign.created', 'campaign.archived', 'campaign.unarchived', 'campaign.deleted'];

describe('webhooks: signed events, delivered at least once, same id on every attempt', () => {
  let server: TestServer;
  let superAdmin: GraphQLClient;
  let advisor: GraphQLClient;
  let engine: GraphQLClient;
  let organizationId: string;
  let unml: string;
  let skills: string[];
  const receiver = new Receiver();
  let endpoints = 0;
  const worker = () => createWebhookWorker(server.orm, createLogger('silent'), server.config);

  const newCampaign = async (name: string) =>
    (await advisor.ok(CREATE_CAMPAIGN, { input: { organizationId, type: 'ASSESSMENT', name, targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } })).createCampaign as { id: string; code: string };

  const subscribed = async (eventTypes = ALL_TYPES, scopes = ['RESULTS_READ', 'CAMPAIGNS_READ', 'WEBHOOKS_MANAGE']) => {
    const client = await createPartnerClient(superAdmin, { name: `Client ${Math.random()}`, networkId: unml, scopes });
    const graphql = await partnerGraphQLClient(server, client);
    const path = `/hooks/${++endpoints}`;
    const { createWebhookEndpoint } = await graphql.ok(CREATE_ENDPOINT, { input: { url: `${receiver.origin}${path}`, eventTypes } });
    return { client, graphql, path, secret: createWebhookEndpoint.secret as string, endpointId: createWebhookEndpoint.endpoint.id as string };
  };

  beforeAll(async () => {
    server = await startTestServer({
      webhooks: { worker: false, pollSeconds: 1, concurrency: 2, timeoutSeconds: 2, leaseSeconds: 30, retryScheduleSeconds: [0, 0, 0], disableAfterHours: 120, allowPrivateTargets: true },
    });
    await receiver.start();
    ({ client: superAdmin } = await supportClient(server, SupportRole.SUPER_ADMIN));
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    unml = await networkId(server, 'UNML');
    organizationId = (await createNetworkOrganization(support, { name: 'Mission Locale de Tulle', networkId: unml, region: 'Nouvelle-Aquitaine', department: '19' })).id;
    advisor = (await addMember(server, support, organizationId)).client;
    engine = server.client();
    engine.authorization = `Service ${TEST_ENGINE_SECRET}`;
    skills = (await server.orm.em.getConnection().execute<{ skill_id: string }[]>('select skill_id from certification.target_profile_skills where target_profile_id = ? order by skill_id limit 4', [PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID])).map((row) => row.skill_id);
  });
  beforeEach(() => {
    receiver.received.length = 0;
  });
  afterAll(async () => {
    await receiver.stop();
    await server?.close();
  });

  it("delivers a participant's progress and a campaign's life, signed, with the client's pseudonym", async () => {
    const { graphql, secret, path } = await subscribed();
    const campaign = await newCampaign('Diagnostic – webhooks');
    const person = server.client();
    await signUpAs(person);
    const { startParticipation } = await person.ok(`mutation ($code: String!) { startParticipation(code: $code) { id } }`, { code: campaign.code });
    await engine.ok(`mutation ($id: ID!, $elements: [KnowledgeElementInput!]!) { recordKnowledgeElements(participationId: $id, elements: $elements, finished: true) { status } }`, {
      id: startParticipation.id,
      elements: skills.map((skillId) => ({ skillId, status: 'VALIDATED' })),
    });
    await person.ok(`mutation ($id: ID!) { shareParticipationResults(participationId: $id) { status } }`, { id: startParticipation.id });
    await advisor.ok(`mutation ($id: ID!) { archiveCampaign(id: $id) { id } }`, { id: campaign.id });

    await worker().runOnce();
    const events = receiver.verified(secret, path);
    expect(events.map((event) => event.type)).toEqual(['campaign.created', 'participation.started', 'participation.completed', 'participation.shared', 'campaign.archived']);
    expect(events[3]!.data).toMatchObject({ participationId: startParticipation.id, status: 'SHARED', campaign: { id: campaign.id, code: campaign.code }, organizationId });
    expect(events[3]!.data.masteryRate).toBeGreaterThan(0);
    // Not shared yet: no result in the earlier events.
    expect(events[2]!.data.masteryRate).toBeUndefined();
    // The same pseudonym as the client's feed of shared results.
    const { network } = await graphql.ok(`query ($id: ID!) { network(id: $id) { sharedResults(first: 10) { nodes { id participant { id } } } } }`, { id: unml });
    const fromFeed = network.sharedResults.nodes.find((node: { id: string }) => node.id === startParticipation.id);
    expect(events[3]!.data.participant).toEqual({ id: fromFeed.participant.id, externalId: null });
    // Each webhook-id is the event's, and the pull feed names the same ones.
    const ids = receiver.at(path).map((r) => r.headers['webhook-id']);
    const pulled = await graphql.ok(`query ($id: ID!) { network(id: $id) { events(first: 50) { nodes { webhookId type } } } }`, { id: unml });
    expect(pulled.network.events.nodes.map((node: { webhookId: string }) => node.webhookId)).toEqual(expect.arrayContaining(ids));
  });

  it('tries again when the receiver fails, with the same webhook-id, and delivers once', async () => {
    const { secret, graphql, path } = await subscribed(['campaign.created']);
    receiver.failing.set(path, [500, 503]);
    await newCampaign('Diagnostic – reprises');
    await worker().runOnce();
    await worker().runOnce();
    expect(receiver.verified(secret, path)).toEqual([]);
    await worker().runOnce();
    expect(receiver.at(path).map((r) => r.answered)).toEqual([500, 503, 204]);
    expect(new Set(receiver.at(path).map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(receiver.verified(secret, path).map((event) => event.type)).toEqual(['campaign.created']);
    const [endpoint] = (await graphql.ok(ENDPOINTS)).webhookEndpoints;
    expect(endpoint.deliveries[0]).toMatchObject({ status: 'DELIVERED', attemptCount: 3, responseCode: 204 });
    expect(endpoint.deliveries[0].attempts.map((attempt: { responseCode: number }) => attempt.responseCode)).toEqual([500, 503, 204]);
    expect(endpoint.deliveries[0].attempts[0].responseExcerpt).toBe('indisponible');
    // Nothing more to send there.
    await worker().runOnce();
    expect(receiver.at(path)).toHaveLength(3);
  });

  it('gives up after the last attempt of the schedule, and lets the client replay it later', async () => {
    const { secret, graphql, endpointId, path } = await subscribed(['campaign.created']);
    receiver.failing.set(path, [500, 500, 500, 500]);
    await newCampaign('Diagnostic – abandon');
    for (let round = 0; round < 4; round += 1) await worker().runOnce();
    const [endpoint] = (await graphql.ok(ENDPOINTS)).webhookEndpoints;
    expect(endpoint.deliveries[0]).toMatchObject({ status: 'FAILED', attemptCount: 4 });
    const replayed = await graphql.ok(`mutation ($endpoint: ID!, $ids: [ID!]) { replayWebhookEvents(endpointId: $endpoint, eventIds: $ids) }`, { endpoint: endpointId, ids: [endpoint.deliveries[0].eventId] });
    expect(replayed.replayWebhookEvents).toBe(1);
    await worker().runOnce();
    expect(receiver.verified(secret, path).map((event) => event.type)).toEqual(['campaign.created']);
    expect(new Set(receiver.at(path).map((r) => r.headers['webhook-id'])).size).toBe(1);
  });

  it('disables an endpoint that answers 410 Gone', async () => {
    const { graphql, path } = await subscribed(['campaign.created']);
    receiver.failing.set(path, [410]);
    await newCampaign('Diagnostic – parti');
    await worker().runOnce();
    const [endpoint] = (await graphql.ok(ENDPOINTS)).webhookEndpoints;
    expect(endpoint).toMatchObject({ enabled: false, disabledReason: 'GONE' });
    expect(endpoint.deliveries[0]).toMatchObject({ status: 'FAILED', responseCode: 410 });
    await newCampaign('Diagnostic – après');
    await worker().runOnce();
    expect(receiver.at(path)).toHaveLength(1);
  });

  it('sends again a delivery whose worker died mid-way once its lease is over, never while it holds it', async () => {
    const { secret, endpointId, path } = await subscribed(['campaign.created']);
    await newCampaign('Diagnostic – panne');
    await worker().runOnce();
    receiver.received.length = 0;
    await newCampaign('Diagnostic – panne, encore');
    const sql = server.orm.em.getConnection();
    // What a worker killed after claiming leaves: SENDING, claimed by a process that is gone, its lease running.
    await sql.execute("update partners.deliveries set status = 'SENDING', attempts = 1, claimed_by = gen_random_uuid(), next_attempt_at = now() + interval '1 hour' where endpoint_id = ? and status = 'PENDING'", [endpointId]);
    await worker().runOnce();
    expect(receiver.at(path)).toHaveLength(0);
    await sql.execute("update partners.deliveries set next_attempt_at = now() - interval '1 second' where endpoint_id = ? and status = 'SENDING'", [endpointId]);
    await worker().runOnce();
    expect(receiver.verified(secret, path).map((event) => event.type)).toEqual(['campaign.created']);
  });

  it('keeps walls: no scope, no endpoint; another client\'s endpoint is unknown; another network hears nothing', async () => {
    const noScope = await partnerGraphQLClient(server, await createPartnerClient(superAdmin, { name: 'Sans webhooks', networkId: unml, scopes: ['RESULTS_READ'] }));
    expect(await noScope.errorCodes(CREATE_ENDPOINT, { input: { url: receiver.url, eventTypes: ['participation.shared'] } })).toEqual(['INSUFFICIENT_SCOPE']);
    const resultsOnly = await partnerGraphQLClient(server, await createPartnerClient(superAdmin, { name: 'Résultats', networkId: unml, scopes: ['RESULTS_READ', 'WEBHOOKS_MANAGE'] }));
    expect(await resultsOnly.errorCodes(CREATE_ENDPOINT, { input: { url: receiver.url, eventTypes: ['campaign.created'] } })).toEqual(['BAD_USER_INPUT']);
    expect(await resultsOnly.errorCodes(CREATE_ENDPOINT, { input: { url: 'ftp://example.org/hooks', eventTypes: ['participation.shared'] } })).toEqual(['BAD_USER_INPUT']);
    const { endpointId } = await subscribed(['campaign.created']);
    expect(await resultsOnly.errorCodes(`mutation ($id: ID!) { deleteWebhookEndpoint(id: $id) }`, { id: endpointId })).toEqual(['NOT_FOUND']);

    const franceTravail = await networkId(server, 'FRANCE_TRAVAIL');
    const other = await partnerGraphQLClient(server, await createPartnerClient(superAdmin, { name: 'SI France Travail', networkId: franceTravail, scopes: ['CAMPAIGNS_READ', 'WEBHOOKS_MANAGE'] }));
    await other.ok(CREATE_ENDPOINT, { input: { url: `${receiver.origin}/hooks/france-travail`, eventTypes: ['campaign.created'] } });
    await newCampaign('Diagnostic – mur');
    await worker().runOnce();
    expect(receiver.received.length).toBeGreaterThan(0);
    expect(receiver.at('/hooks/france-travail')).toHaveLength(0);
    const [{ count }] = await server.orm.em.getConnection().execute<{ count: string }[]>(
      `select count(*) from partners.deliveries d join partners.webhook_endpoints w on w.id = d.endpoint_id where w.url like '%/france-travail'`,
    );
    expect(Number(count)).toBe(0);
  });

  it('refuses private and loopback targets outside development and tests, at registration and at connection', async () => {
    const sent = await sendWebhook({ url: receiver.url, secret: `whsec_${Buffer.alloc(32).toString('base64')}` }, { id: 'msg_x', body: '{}' }, { timeoutMs: 2000, allowPrivateTargets: false, now: new Date() });
    expect(sent.statusCode).toBeNull();
    expect(sent.error).toMatch(/private|not allowed|127\.0\.0\.1/i);
    expect(receiver.received).toHaveLength(0);
  });
});

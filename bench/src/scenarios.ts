import { randomUUID } from 'node:crypto';
import type { BenchDataset, Size } from './dataset.js';
import type { Participant, PartnerFixture, WriteFixture } from './fixtures.js';
import type { HttpCall, SequenceStep } from './load.js';
import type { PagePositions } from './positions.js';

/** Where a scenario is sent: our gateway (Hive, the default; or @apollo/gateway: the gateway's plan), our subgraph directly, PostGraphile, or the floor. */
export type Target = 'gateway' | 'apollo' | 'subgraph' | 'postgraphile' | 'floor';
export const TARGETS: readonly Target[] = ['gateway', 'apollo', 'subgraph', 'postgraphile', 'floor'];
/**
 * The small twin is there for big / small: ours through the gateway and the floor. The other
 * ratios (ours / PostGraphile, gateway / direct, Hive / Apollo) are read on the big dataset.
 */
export const TARGETS_OF_SIZE: Record<Size, readonly Target[]> = { big: TARGETS, small: ['gateway', 'floor'] };

export interface ScenarioInputs {
  dataset: BenchDataset;
  adminToken: string;
  /** Per size (big dataset, small twin): tokens of an admin of the campaign's and of the organisation's, and where the pages start. */
  sized: Record<Size, { campaignToken: string; organizationToken: string; positions: PagePositions }>;
  engineSecret: string;
  write: WriteFixture;
  /** The partner client of the big organisation's network, and where its feed's last page starts. */
  partner: PartnerFixture;
  /** Fresh accounts for our writes, one pool per target (a person starts a campaign once). */
  participants: Record<'gateway' | 'apollo' | 'subgraph', Participant[]>;
}

export type Plan =
  | { kind: 'request'; call: HttpCall; note?: string }
  | { kind: 'sequence'; begin: () => SequenceContext; steps: SequenceStep<SequenceContext>[]; note?: string };

export interface SequenceContext {
  participant: Participant;
  participationId?: string;
  participantId?: string;
}

export interface Scenario {
  key: string;
  title: string;
  /** The subgraph that serves it when we skip the gateway. */
  subgraph: 'campaigns' | 'organizations';
  /** Read scenarios run on the big dataset and on its small twin; the others on the big one. */
  sizes: readonly Size[];
  plans(inputs: ScenarioInputs, size: Size): Record<Exclude<Target, 'apollo'>, Plan | { kind: 'none'; note: string }>;
}

const BOTH: readonly Size[] = ['big', 'small'];
const BIG: readonly Size[] = ['big'];

const gql = (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): HttpCall => ({
  method: 'POST',
  path: '/graphql',
  headers,
  body: JSON.stringify({ query, variables }),
});
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const get = (path: string): HttpCall => ({ method: 'GET', path });
const post = (path: string, body: unknown): HttpCall => ({ method: 'POST', path, body: JSON.stringify(body) });

const PAGE_FIELDS = `totalCount pageInfo { endCursor hasNextPage }
  nodes { id status participantFirstName participantLastName participantExternalId startedAt sharedAt masteryRate validatedSkillsCount pixScore isCertifiable
    competenceResults { competenceId validatedSkillsCount totalSkillsCount masteryRate } }`;
const PARTICIPANTS_PAGE = `query ParticipantsPage($id: ID!, $after: String) { campaign(id: $id) { id participations(first: 50, after: $after, orderBy: NAME) { ${PAGE_FIELDS} } } }`;
const PARTICIPANTS_LAST_PAGE = `query ParticipantsLastPage($id: ID!) { campaign(id: $id) { id participations(last: 50, orderBy: NAME) { ${PAGE_FIELDS} } } }`;
const PARTICIPANTS_SEARCH = `query ParticipantsSearch($id: ID!, $search: String!) { campaign(id: $id) { id participations(first: 50, orderBy: NAME, filter: { search: $search }) { ${PAGE_FIELDS} } } }`;
const RESULT_BANDS = `query ResultBands($id: ID!) { campaign(id: $id) { id resultBands { key count } } }`;

const CAMPAIGN_FIELDS = `campaigns(first: 50) { totalCount nodes { id name code type createdAt isArchived participantsCount sharedParticipationsCount } }`;
const CAMPAIGN_LIST = `query CampaignList($id: ID!) { organization(id: $id) { id name ${CAMPAIGN_FIELDS} } }`;
// What the gateway asks the campaigns subgraph for the same page (the organisation's name comes from organizations).
const CAMPAIGN_LIST_ENTITIES = `query CampaignList($representations: [_Any!]!) { _entities(representations: $representations) { ... on Organization { id ${CAMPAIGN_FIELDS} } } }`;

const COLLECTIVE_RESULTS = `query CollectiveResults($id: ID!) { campaign(id: $id) { id collectiveResults { competenceId competenceCode competenceName averageMasteryRate participantsCount } } }`;
const CAMPAIGN_TO_JOIN = `query CampaignToJoin($code: String!) { campaignToJoin(code: $code) { code type title welcomeTextHtml externalIdLabel externalIdType organizationName isJoinable isArchived } }`;
const ME = `query Me { me { id email firstName lastName hasAcceptedTermsOfService memberships { id role createdAt organization { id name type } } } }`;

const FEED_FIELDS = `pageInfo { endCursor hasNextPage }
  nodes { id sharedAt startedAt masteryRate validatedSkillsCount testedSkillsCount pixScore isCertifiable
    campaign { id code name organization { id } } participant { id externalId } competenceResults { competenceId masteryRate validatedSkillsCount totalSkillsCount } }`;
const PARTNER_FEED = `query Feed($id: ID!, $after: String) { network(id: $id) { id sharedResults(first: 100, after: $after) { ${FEED_FIELDS} } } }`;
// What the gateway asks the campaigns subgraph for the same page.
const PARTNER_FEED_ENTITIES = `query Feed($representations: [_Any!]!, $after: String) { _entities(representations: $representations) { ... on Network { id sharedResults(first: 100, after: $after) { ${FEED_FIELDS} } } } }`;
const pglFeed = (page: string) => `query Feed { allParticipations(condition: { status: SHARED }, orderBy: PRIMARY_KEY_ASC, ${page}) { pageInfo { endCursor hasNextPage }
  nodes { rowId sharedAt startedAt masteryRate validatedSkillsCount testedSkillsCount pixScore isCertifiable participantExternalId userId results
    campaignByCampaignId { rowId code name organizationId } } } }`;

const START = `mutation Start($code: String!) { startParticipation(code: $code) { id status } }`;
const RECORD = `mutation Record($id: ID!, $elements: [KnowledgeElementInput!]!) { recordKnowledgeElements(participationId: $id, elements: $elements, finished: true) { id status } }`;
const SHARE = `mutation Share($id: ID!) { shareParticipationResults(participationId: $id) { id status masteryRate } }`;

// PostGraphile's own names for the same tables (Amber preset: rowId for the primary key, relations by foreign key).
const pglParticipantsPage = (page: string) => `query ParticipantsPage($id: UUID!${page.includes('$offset') ? ', $offset: Int' : ''}) { campaignByRowId(rowId: $id) { rowId participationsByCampaignId(${page}, orderBy: PRIMARY_KEY_ASC) { totalCount
  nodes { rowId status participantExternalId startedAt sharedAt masteryRate validatedSkillsCount pixScore isCertifiable results
    participantByParticipantId { firstName lastName } } } } }`;
const PGL_PARTICIPANTS_FIRST = pglParticipantsPage('first: 50');
const PGL_PARTICIPANTS_MIDDLE = pglParticipantsPage('first: 50, offset: $offset');
const PGL_PARTICIPANTS_LAST = pglParticipantsPage('last: 50');
const PGL_CAMPAIGN_LIST = `query CampaignList($id: UUID!) { allCampaigns(condition: { organizationId: $id }, orderBy: CREATED_AT_DESC, first: 50) { totalCount
  nodes { rowId name code type createdAt archivedAt participations: participationsByCampaignId { totalCount } shared: participationsByCampaignId(condition: { status: SHARED }) { totalCount } } } }`;
const PGL_SHARED_COUNT = `query SharedCount($id: UUID!) { campaignByRowId(rowId: $id) { rowId participationsByCampaignId(condition: { status: SHARED }) { totalCount } } }`;
const PGL_CAMPAIGN_BY_CODE = `query CampaignByCode($code: String!) { campaignByCode(code: $code) { code type title welcomeText externalIdLabel externalIdType archivedAt organizationId } }`;
const PGL_USER = `query User($id: UUID!) { organizationsUserByRowId(rowId: $id) { rowId email firstName lastName termsAcceptedAt
  organizationsMembershipsByUserId { nodes { rowId role createdAt disabledAt organizationsOrganizationByOrganizationId { rowId name type } } } } }`;
const PGL_START = `mutation Start($participant: ParticipantInput!, $participation: ParticipationInput!) {
  createParticipant(input: { participant: $participant }) { clientMutationId }
  createParticipation(input: { participation: $participation }) { participation { rowId status } } }`;
const PGL_SHARE = `mutation Share($id: UUID!, $patch: ParticipationPatch!) { updateParticipationByRowId(input: { rowId: $id, participationPatch: $patch }) { participation { rowId status } } }`;

/** The engine's report: every other skill validated. */
const elementsOf = (write: WriteFixture) =>
  write.skills.map((skill, index) => ({ skillId: skill.skillId, status: index % 2 === 0 ? 'VALIDATED' : 'INVALIDATED' }));

/** PostGraphile's CRUD for the report: one create per element, then the status, in one document. */
function pglRecord(write: WriteFixture, context: SequenceContext): HttpCall {
  const creates = write.skills.map((_, index) => `k${index}: createCertificationKnowledgeElement(input: { certificationKnowledgeElement: $k${index} }) { clientMutationId }`);
  const declarations = write.skills.map((_, index) => `$k${index}: CertificationKnowledgeElementInput!`);
  const variables: Record<string, unknown> = { id: context.participationId, patch: { status: 'TO_SHARE', finishedAt: new Date().toISOString() } };
  write.skills.forEach((skill, index) => {
    variables[`k${index}`] = {
      rowId: randomUUID(),
      userId: context.participant.userId,
      skillId: skill.skillId,
      competenceId: skill.competenceId,
      status: index % 2 === 0 ? 'VALIDATED' : 'INVALIDATED',
      participationId: context.participationId,
      createdAt: new Date().toISOString(),
    };
  });
  const query = `mutation Record($id: UUID!, $patch: ParticipationPatch!, ${declarations.join(', ')}) { ${creates.join(' ')}
    updateParticipationByRowId(input: { rowId: $id, participationPatch: $patch }) { participation { rowId status } } }`;
  return gql(query, variables);
}

/** Hands out the pool's accounts in turn; past its end they repeat (and then fail, visibly, as errors). */
function cycle(pool: Participant[]): () => SequenceContext {
  let next = 0;
  return () => ({ participant: pool[next++ % pool.length]! });
}
const anonymous = (): SequenceContext => ({ participant: { userId: randomUUID(), token: '' } });
const idOf = (field: string) => (body: string, context: SequenceContext) => {
  context.participationId = JSON.parse(body).data[field].id;
};

const PGL_BY_KEY = 'ordered by primary key: the default orderBy cannot sort on the participant’s name (another table)';

/** A participants page on each target; `page` says which: first, middle (after a position), last, or a name search. */
function participantsPlans(page: 'first' | 'middle' | 'last' | 'search') {
  return ({ sized }: ScenarioInputs, size: Size): Record<Exclude<Target, 'apollo'>, Plan | { kind: 'none'; note: string }> => {
    const { campaignToken, positions } = sized[size];
    const id = positions.campaignId;
    const ours: Plan =
      page === 'first' ? { kind: 'request', call: gql(PARTICIPANTS_PAGE, { id }, bearer(campaignToken)) }
      : page === 'middle' ? { kind: 'request', call: gql(PARTICIPANTS_PAGE, { id, after: positions.oursMiddle }, bearer(campaignToken)), note: 'after a cursor found by walking pages of 100 once' }
      : page === 'search' ? { kind: 'request', call: gql(PARTICIPANTS_SEARCH, { id, search: positions.search }, bearer(campaignToken)), note: `search “${positions.search}”` }
      : 'last' in positions.oursLast
        ? { kind: 'request', call: gql(PARTICIPANTS_LAST_PAGE, { id }, bearer(campaignToken)), note: '`last: 50`' }
        : { kind: 'request', call: gql(PARTICIPANTS_PAGE, { id, after: positions.oursLast.after }, bearer(campaignToken)), note: 'no `last` in the schema: `first: 50` after the cursor before the last 50, found by walking once' };
    const floorQuery = page === 'middle' ? `&after=${positions.floorMiddle}` : page === 'last' ? '&last=1' : page === 'search' ? `&search=${encodeURIComponent(positions.search)}` : '';
    const postgraphile: Plan | { kind: 'none'; note: string } =
      page === 'first' ? { kind: 'request', call: gql(PGL_PARTICIPANTS_FIRST, { id }), note: PGL_BY_KEY }
      : page === 'middle' ? { kind: 'request', call: gql(PGL_PARTICIPANTS_MIDDLE, { id, offset: Math.floor(positions.total / 2) }), note: `${PGL_BY_KEY}; OFFSET` }
      : page === 'last' ? { kind: 'request', call: gql(PGL_PARTICIPANTS_LAST, { id }), note: PGL_BY_KEY }
      : { kind: 'none', note: 'no search without a plugin (connection-filter)' };
    return { gateway: ours, subgraph: ours, postgraphile, floor: { kind: 'request', call: get(`/participants?campaign=${id}${floorQuery}`) } };
  };
}

/** A page of 100 shared results from the network feed (partner clients): the first, or the last from a cursor. */
function partnerFeedPlans(page: 'first' | 'last') {
  return ({ partner }: ScenarioInputs): Record<Exclude<Target, 'apollo'>, Plan | { kind: 'none'; note: string }> => {
    const after = page === 'last' ? partner.lastPageCursor : null;
    const note = `network ${partner.networkCode}, ${partner.sharedResults.toLocaleString('en')} shared results in its jurisdiction${page === 'last' ? '; after a cursor 100 rows from the end (computed in SQL)' : ''}`;
    return {
      gateway: { kind: 'request', call: gql(PARTNER_FEED, { id: partner.networkId, after }, bearer(partner.token)), note },
      subgraph: {
        kind: 'request',
        call: gql(PARTNER_FEED_ENTITIES, { representations: [{ __typename: 'Network', id: partner.networkId }], after }, bearer(partner.token)),
        note: 'the _entities fetch the gateway makes',
      },
      postgraphile: {
        kind: 'request',
        call: gql(pglFeed(page === 'first' ? 'first: 100' : 'last: 100'), {}),
        note: 'every shared participation by primary key: no filter on the network (another table) without a plugin, no pseudonym',
      },
      floor: { kind: 'request', call: get(`/feed?network=${partner.networkId}${page === 'last' ? `&after=${partner.floorLastPage}` : ''}`) },
    };
  };
}

export const SCENARIOS: Scenario[] = [
  { key: 'participants', title: 'Participants page (50 with results, by name): first page', subgraph: 'campaigns', sizes: BOTH, plans: participantsPlans('first') },
  { key: 'participants-middle', title: 'Participants page: a middle page', subgraph: 'campaigns', sizes: BOTH, plans: participantsPlans('middle') },
  { key: 'participants-last', title: 'Participants page: the last page', subgraph: 'campaigns', sizes: BOTH, plans: participantsPlans('last') },
  { key: 'participants-search', title: 'Participants page: a name search', subgraph: 'campaigns', sizes: BOTH, plans: participantsPlans('search') },
  {
    key: 'campaigns',
    title: 'Campaign list (50 with counts) of the organisation',
    subgraph: 'campaigns',
    sizes: BOTH,
    plans: ({ dataset, sized }, size) => {
      const organizationId = dataset.sized[size].organization.id;
      const token = sized[size].organizationToken;
      return {
        gateway: { kind: 'request', call: gql(CAMPAIGN_LIST, { id: organizationId }, bearer(token)) },
        subgraph: {
          kind: 'request',
          call: gql(CAMPAIGN_LIST_ENTITIES, { representations: [{ __typename: 'Organization', id: organizationId }] }, bearer(token)),
          note: 'the _entities fetch the gateway makes (no organisation name)',
        },
        postgraphile: { kind: 'request', call: gql(PGL_CAMPAIGN_LIST, { id: organizationId }), note: 'counts participations, not distinct participants' },
        floor: { kind: 'request', call: get(`/campaigns?organization=${organizationId}`) },
      };
    },
  },
  {
    key: 'collective',
    title: 'Collective results of the campaign',
    subgraph: 'campaigns',
    sizes: BOTH,
    plans: ({ dataset, sized }, size) => {
      const id = dataset.sized[size].campaign.id;
      const ours: Plan = { kind: 'request', call: gql(COLLECTIVE_RESULTS, { id }, bearer(sized[size].campaignToken)) };
      return {
        gateway: ours,
        subgraph: ours,
        postgraphile: { kind: 'request', call: gql(PGL_SHARED_COUNT, { id }), note: 'no equivalent (averages over JSON need a SQL function or a plugin): read-only stand-in, the count of shared results' },
        floor: { kind: 'request', call: get(`/collective?campaign=${id}`) },
      };
    },
  },
  {
    key: 'bands',
    title: 'Result bands of the campaign',
    subgraph: 'campaigns',
    sizes: BOTH,
    plans: ({ dataset, sized }, size) => {
      const id = dataset.sized[size].campaign.id;
      const ours: Plan = { kind: 'request', call: gql(RESULT_BANDS, { id }, bearer(sized[size].campaignToken)) };
      return {
        gateway: ours,
        subgraph: ours,
        postgraphile: { kind: 'none', note: 'no equivalent (bands of the latest result per person need a SQL function or a plugin)' },
        floor: { kind: 'request', call: get(`/bands?campaign=${id}`) },
      };
    },
  },
  {
    key: 'join',
    sizes: BIG,
    title: 'campaignToJoin(code), public',
    subgraph: 'campaigns',
    plans: ({ dataset }) => {
      const ours: Plan = { kind: 'request', call: gql(CAMPAIGN_TO_JOIN, { code: dataset.bigCampaign.code }) };
      return {
        gateway: ours,
        subgraph: ours,
        postgraphile: { kind: 'request', call: gql(PGL_CAMPAIGN_BY_CODE, { code: dataset.bigCampaign.code }), note: 'no organisation name (no foreign key across contexts), no welcome-text rendering' },
        floor: { kind: 'request', call: get(`/join?code=${dataset.bigCampaign.code}`) },
      };
    },
  },
  { key: 'partner-feed', title: 'Partner feed: a page of 100 shared results of the network (first page)', subgraph: 'campaigns', sizes: BIG, plans: partnerFeedPlans('first') },
  { key: 'partner-feed-last', title: 'Partner feed: the last page', subgraph: 'campaigns', sizes: BIG, plans: partnerFeedPlans('last') },
  {
    key: 'me',
    sizes: BIG,
    title: '`me` with memberships',
    subgraph: 'organizations',
    plans: ({ dataset, adminToken }) => {
      const ours: Plan = { kind: 'request', call: gql(ME, {}, bearer(adminToken)) };
      return {
        gateway: ours,
        subgraph: ours,
        postgraphile: { kind: 'request', call: gql(PGL_USER, { id: dataset.adminUserId }), note: 'the user by id: no authentication' },
        floor: { kind: 'request', call: get(`/me?user=${dataset.adminUserId}`) },
      };
    },
  },
  {
    key: 'writes',
    sizes: BIG,
    title: '`startParticipation` → engine report → share (sequence)',
    subgraph: 'campaigns',
    plans: ({ write, engineSecret, participants }) => {
      const ours = (pool: Participant[]): Plan => ({
        kind: 'sequence',
        begin: cycle(pool),
        steps: [
          { call: (c) => gql(START, { code: write.campaign.code }, bearer(c.participant.token)), after: idOf('startParticipation') },
          { call: (c) => gql(RECORD, { id: c.participationId, elements: elementsOf(write) }, { authorization: `Service ${engineSecret}` }) },
          { call: (c) => gql(SHARE, { id: c.participationId }, bearer(c.participant.token)) },
        ],
      });
      return {
        gateway: ours(participants.gateway),
        subgraph: ours(participants.subgraph),
        postgraphile: {
          kind: 'sequence',
          note: 'generated CRUD mutations, no business rule: ids and the snapshot come from the client',
          begin: () => ({ ...anonymous(), participationId: randomUUID(), participantId: randomUUID() }),
          steps: [
            {
              call: (c) =>
                gql(PGL_START, {
                  participant: { rowId: c.participantId, organizationId: write.campaign.organizationId, userId: c.participant.userId, firstName: 'Bench', lastName: 'PostGraphile', createdAt: new Date().toISOString() },
                  participation: { rowId: c.participationId, campaignId: write.campaign.id, participantId: c.participantId, userId: c.participant.userId, status: 'STARTED', isImproved: false, startedAt: new Date().toISOString() },
                }),
            },
            { call: (c) => pglRecord(write, c) },
            {
              call: (c) =>
                gql(PGL_SHARE, {
                  id: c.participationId,
                  patch: { status: 'SHARED', sharedAt: new Date().toISOString(), masteryRate: '0.5000', validatedSkillsCount: 6, testedSkillsCount: 12, pixScore: 12, results: { competences: [] } },
                }),
            },
          ],
        },
        floor: {
          kind: 'sequence',
          begin: anonymous,
          steps: [
            { call: (c) => post('/start', { campaignId: write.campaign.id, organizationId: write.campaign.organizationId, userId: c.participant.userId }), after: (body, c) => void (c.participationId = JSON.parse(body).data.id) },
            { call: (c) => post('/record', { participationId: c.participationId, userId: c.participant.userId, elements: write.skills.map((skill, index) => ({ ...skill, status: index % 2 === 0 ? 'VALIDATED' : 'INVALIDATED' })) }) },
            { call: (c) => post('/share', { participationId: c.participationId, userId: c.participant.userId }) },
          ],
        },
      };
    },
  },
];

/** The floor's static answer: the cost of Node's HTTP alone. */
export const STATIC_CALL = get('/static');

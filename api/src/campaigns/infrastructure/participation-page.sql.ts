import { decodeKey, encodeKey, type KeysetPageRequest } from '../../shared/pagination.js';
import type { ParticipationListFilter, ParticipationOrder } from '../domain/repositories.js';
import { CURRENT_PARTICIPATION, NAME_ORDER, PARTICIPATION_SEARCH_TEXT } from './read-side.indexes.js';

/**
 * The statements of the participants page (campaigns README, "The read side"), built here so
 * that the EXPLAIN guards (test/integration/campaigns/list-plans.test.ts) check the very SQL the
 * repository runs. The page reads the current participations of one campaign in the order of one
 * of the read side's indexes and stops after the page: no join decides the order, nothing sorts
 * the campaign. The person's result is one primary-key probe a row (`shared_participation_id`).
 */

export interface Statement {
  sql: string;
  params: unknown[];
}

/** The index pieces with the table's alias: the planner matches expressions, not their spelling. */
export const aliased = (sql: string, alias: string) => sql.replace(/(?<![.\w])"(\w+)"(?!\.)/g, `${alias}."$1"`);

const CURRENT = aliased(CURRENT_PARTICIPATION, 'cur');
const SEARCH_TEXT = aliased(PARTICIPATION_SEARCH_TEXT, 'cur');
const NAME_KEY = aliased(NAME_ORDER, 'cur');
const NAME_DESC = NAME_KEY.split(', ').map((column) => `${column} desc`).join(', ');

/** Trigrams need three characters: a shorter term cannot narrow through the trigram index. */
export const TRIGRAM_MIN_LENGTH = 3;

const likeEscaped = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Part of a name or identifier, as the tab always matched it (each column, case ignored). From
 * three characters the trigram index finds the candidates (over the expression the index holds);
 * the per-column test then keeps exactly the former answers (a term spanning the last and first
 * names matches the index's text but no column). Shorter terms walk the page's index in order
 * with the test as a filter (see README: they match most names, so a page is found quickly).
 */
export function searchCondition(term: string, columns: string[], searchText: string): Statement {
  const pattern = `%${likeEscaped(term)}%`;
  const perColumn = `(${columns.map((column) => `${column} ilike ?`).join(' or ')})`;
  const params = columns.map(() => pattern);
  if (term.length < TRIGRAM_MIN_LENGTH) return { sql: perColumn, params };
  return { sql: `${searchText} like lower(?) and ${perColumn}`, params: [pattern, ...params] };
}

const COLUMNS = `cur.id, cur.campaign_id as "campaignId", cur.participant_id as "participantId", cur.user_id as "userId",
  cur.participant_external_id as "participantExternalId", cur.status, false as "isImproved", cur.started_at as "startedAt",
  cur.finished_at as "finishedAt", s.id as "sharedParticipationId", s.shared_at as "sharedAt", null as "deletedAt", s.mastery_rate as "masteryRate",
  s.validated_skills_count as "validatedSkillsCount", s.tested_skills_count as "testedSkillsCount", s.pix_score as "pixScore",
  s.is_certifiable as "isCertifiable", s.results, cur.first_name as "participantFirstName", cur.last_name as "participantLastName",
  to_char(cur.started_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "startedAtKey"`;

/** A listed row's sort key as the cursor carries it (the start date to the microsecond). */
export interface ParticipationKeyRow {
  id: string;
  participantLastName: string | null;
  participantFirstName: string | null;
  startedAtKey: string;
}

const LIST = { NAME: 'participations:name', DATE: 'participations:date' } as const;

export function participationCursor(order: ParticipationOrder, row: ParticipationKeyRow): string {
  return order === 'NAME'
    ? encodeKey(LIST.NAME, [row.participantLastName, row.participantFirstName, row.id])
    : encodeKey(LIST.DATE, [row.startedAtKey, row.id]);
}

function filterConditions(campaignId: string, filter: ParticipationListFilter): Statement {
  const conditions = ['cur.campaign_id = ?', CURRENT];
  const params: unknown[] = [campaignId];
  if (filter.status) {
    conditions.push('cur.status = ?');
    params.push(filter.status);
  }
  if (filter.certifiable !== null && filter.certifiable !== undefined) {
    // Set only for a shared result: the filter never reveals an unshared one. `is not null` as the
    // index's predicate says it (PostgreSQL reads `= false` as `not`, which implies nothing).
    conditions.push('cur.shared_is_certifiable is not null and cur.shared_is_certifiable = ?');
    params.push(filter.certifiable);
  }
  const term = filter.search?.trim();
  if (term) {
    const search = searchCondition(term, ['cur.last_name', 'cur.first_name', 'cur.participant_external_id'], SEARCH_TEXT);
    conditions.push(search.sql);
    params.push(...search.params);
  }
  return { sql: conditions.join(' and '), params };
}

const JOINED = `left join campaigns.participations s on s.id = cur.shared_participation_id and s.status = 'SHARED' and s.deleted_at is null`;

/** The page's rows in reading order (`size + 1`: the extra row says there is more). */
export function participationPageStatement(campaignId: string, filter: ParticipationListFilter, order: ParticipationOrder, request: KeysetPageRequest): Statement {
  return order === 'NAME' ? byName(campaignId, filter, request) : byDate(campaignId, filter, request);
}

function byName(campaignId: string, filter: ParticipationListFilter, request: KeysetPageRequest): Statement {
  const where = filterConditions(campaignId, filter);
  const key = decodeKey(request, LIST.NAME, ['text', 'text', 'uuid']);
  // One row comparison on the index's columns: the scan starts at the cursor.
  const keyset = key ? ` and (${NAME_KEY}) ${request.backward ? '<' : '>'} (?, ?, ?::uuid)` : '';
  return {
    sql: `select ${COLUMNS}
       from campaigns.participations cur ${JOINED}
      where ${where.sql}${keyset}
      order by ${request.backward ? NAME_DESC : NAME_KEY}
      limit ?`,
    params: [...where.params, ...(key ?? []), request.size + 1],
  };
}

/**
 * Newest first, then id ascending: the index (campaign, started_at desc, id) reads it, but no
 * row comparison says "after (t, id)" in mixed directions. From a cursor the page is thus read as
 * two ranges of the index, each stopping after the page: the rest of the cursor's instant (same
 * start, ids after), then the earlier starts; of both (at most twice the page) the first rows.
 */
function byDate(campaignId: string, filter: ParticipationListFilter, request: KeysetPageRequest): Statement {
  const where = filterConditions(campaignId, filter);
  const order = request.backward ? 'cur.started_at, cur.id desc' : 'cur.started_at desc, cur.id';
  const limit = request.size + 1;
  const key = decodeKey(request, LIST.DATE, ['timestamp', 'uuid']);
  if (!key) {
    return { sql: `select ${COLUMNS} from campaigns.participations cur ${JOINED} where ${where.sql} order by ${order} limit ?`, params: [...where.params, limit] };
  }
  const [startedAt, id] = key;
  const [sameInstant, beyond] = request.backward
    ? ['cur.started_at = ?::timestamptz and cur.id < ?::uuid', 'cur.started_at > ?::timestamptz']
    : ['cur.started_at = ?::timestamptz and cur.id > ?::uuid', 'cur.started_at < ?::timestamptz'];
  const range = (condition: string) => `(select cur.* from campaigns.participations cur where ${where.sql} and ${condition} order by ${order} limit ?)`;
  return {
    sql: `select ${COLUMNS}
       from (${range(sameInstant)} union all ${range(beyond)}) cur ${JOINED}
      order by ${order}
      limit ?`,
    params: [...where.params, startedAt, id, limit, ...where.params, startedAt, limit, limit],
  };
}

/**
 * The total: kept (campaign_counts) for the whole list or one filter, a count of the index's
 * matches for a search or both filters at once. The column is chosen here, never from input.
 */
export function participationTotalStatement(campaignId: string, filter: ParticipationListFilter): Statement {
  const certifiable = filter.certifiable ?? null;
  const searched = Boolean(filter.search?.trim());
  if (!searched && !(filter.status && certifiable !== null)) {
    const column = filter.status
      ? ({ STARTED: 'current_started', TO_SHARE: 'current_to_share', SHARED: 'current_shared' } as const)[filter.status]
      : certifiable === true ? 'certifiable' : certifiable === false ? 'not_certifiable' : 'participants';
    return { sql: `select coalesce((select ${column} from campaigns.campaign_counts where campaign_id = ?), 0) as count`, params: [campaignId] };
  }
  const where = filterConditions(campaignId, filter);
  return { sql: `select count(*) as count from campaigns.participations cur where ${where.sql}`, params: where.params };
}

import { decodeKey, encodeKey, type KeysetPageRequest } from '../../shared/pagination.js';
import { aliased, searchCondition, type Statement } from './participation-page.sql.js';
import { NAME_ORDER, PARTICIPANT_SEARCH_TEXT } from './read-side.indexes.js';

/**
 * The organisation's participants page (the EXPLAIN guards run these very statements): the
 * participants in the order of participants_organization_name_index from the cursor, then, for
 * the page's rows only, how many campaigns each took part in (one index probe a row: constant per
 * page whatever the organisation's size).
 */

const NAME_KEY = aliased(NAME_ORDER, 'pa');
const NAME_DESC = NAME_KEY.split(', ').map((column) => `${column} desc`).join(', ');
const PAGE_KEY = aliased(NAME_ORDER, 'page');
const PAGE_DESC = PAGE_KEY.split(', ').map((column) => `${column} desc`).join(', ');
const SEARCH_TEXT = aliased(PARTICIPANT_SEARCH_TEXT, 'pa');
const LIST = 'participants:name';

export function participantCursor(row: { id: string; last_name: string; first_name: string }): string {
  return encodeKey(LIST, [row.last_name, row.first_name, row.id]);
}

function conditions(organizationId: string, search: string | null): Statement {
  const term = search?.trim();
  if (!term) return { sql: 'pa.organization_id = ?', params: [organizationId] };
  const matching = searchCondition(term, ['pa.last_name', 'pa.first_name'], SEARCH_TEXT);
  return { sql: `pa.organization_id = ? and ${matching.sql}`, params: [organizationId, ...matching.params] };
}

export function participantPageStatement(organizationId: string, search: string | null, request: KeysetPageRequest): Statement {
  const where = conditions(organizationId, search);
  const key = decodeKey(request, LIST, ['text', 'text', 'uuid']);
  const keyset = key ? ` and (${NAME_KEY}) ${request.backward ? '<' : '>'} (?, ?, ?::uuid)` : '';
  return {
    sql: `select page.id, page.first_name, page.last_name, counted.participations, counted.last_started_at
       from (select pa.id, pa.first_name, pa.last_name
               from campaigns.participants pa
              where ${where.sql}${keyset}
              order by ${request.backward ? NAME_DESC : NAME_KEY}
              limit ?) page
       left join lateral (
         select count(distinct p.campaign_id) as participations, max(p.started_at) as last_started_at
           from campaigns.participations p
          where p.participant_id = page.id and p.deleted_at is null
       ) counted on true
      order by ${request.backward ? PAGE_DESC : PAGE_KEY}`,
    params: [...where.params, ...(key ?? []), request.size + 1],
  };
}

/** Kept for the whole list (organization_participant_counts), counted over the index's matches for a search. */
export function participantTotalStatement(organizationId: string, search: string | null): Statement {
  if (!search?.trim()) {
    return { sql: 'select coalesce((select participants from campaigns.organization_participant_counts where organization_id = ?), 0) as count', params: [organizationId] };
  }
  const where = conditions(organizationId, search);
  return { sql: `select count(*) as count from campaigns.participants pa where ${where.sql}`, params: where.params };
}

import { decodeKey, encodeKey, type KeysetPageRequest } from '../../shared/pagination.js';
import type { CampaignListFilter } from '../domain/repositories.js';
import type { Statement } from './participation-page.sql.js';
import { campaignColumns } from './campaign-rows.js';

/**
 * The organisation's campaigns, newest first (guide p.61), read in the order of
 * campaigns_organization_list_index (organization_id, created_at desc, id) where not deleted:
 * the page starts at the cursor and stops after the page. The filters (archived or not, owner,
 * part of the name) are tested on the way: an organisation has at most some thousands of
 * campaigns, so even a rare match costs a walk over one organisation's index entries, never a sort.
 * The EXPLAIN guards run these very statements.
 */

const LIST = 'campaigns:created';

export const CREATED_AT_KEY = `to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export function campaignCursor(row: { id: string; created_at_key: string }): string {
  return encodeKey(LIST, [row.created_at_key, row.id]);
}

function conditions(organizationId: string, filter: CampaignListFilter): Statement {
  const sql = ['c.organization_id = ?', 'c.deleted_at is null'];
  const params: unknown[] = [organizationId];
  if (filter.status === 'ACTIVE') sql.push('c.archived_at is null');
  if (filter.status === 'ARCHIVED') sql.push('c.archived_at is not null');
  const name = filter.name?.trim();
  if (name) {
    sql.push('c.name ilike ?');
    params.push(`%${name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  if (filter.ownerId) {
    sql.push('c.owner_id = ?');
    params.push(filter.ownerId);
  }
  return { sql: sql.join(' and '), params };
}

export function campaignPageStatement(organizationId: string, filter: CampaignListFilter, request: KeysetPageRequest): Statement {
  const where = conditions(organizationId, filter);
  const key = decodeKey(request, LIST, ['timestamp', 'uuid']);
  let keyset = '';
  const params = [...where.params];
  if (key) {
    // Newest first then id ascending: mixed directions, spelt out; the first term bounds the scan.
    keyset = request.backward
      ? ' and c.created_at >= ?::timestamptz and (c.created_at > ?::timestamptz or c.id < ?::uuid)'
      : ' and c.created_at <= ?::timestamptz and (c.created_at < ?::timestamptz or c.id > ?::uuid)';
    params.push(key[0], key[0], key[1]);
  }
  return {
    sql: `select ${campaignColumns('c')}, ${CREATED_AT_KEY} as created_at_key
       from campaigns.campaigns c
      where ${where.sql}${keyset}
      order by ${request.backward ? 'c.created_at, c.id desc' : 'c.created_at desc, c.id'}
      limit ?`,
    params: [...params, request.size + 1],
  };
}

/** Exact, counted over the organisation's index entries (no kept count: an organisation's campaigns are few). */
export function campaignTotalStatement(organizationId: string, filter: CampaignListFilter): Statement {
  const where = conditions(organizationId, filter);
  return { sql: `select count(*) as count from campaigns.campaigns c where ${where.sql}`, params: where.params };
}

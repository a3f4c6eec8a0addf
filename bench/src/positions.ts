import type pg from 'pg';

/** Where the middle and last pages start, for our API (opaque cursors) and for the floor (keys). */
export interface PagePositions {
  campaignId: string;
  /** Current participations of the campaign. */
  total: number;
  /** The floor's key of the row before the middle page, (last name, first name, id) (its last page reads the index backwards). */
  floorMiddle: string;
  /** A name search matching a few people: the middle person's "last first". */
  search: string;
  /** Our cursor before the middle page (walked through our API, pages of 100). */
  oursMiddle: string | null;
  /** Our last page: `last: 50` when the schema has it, else the cursor before the last 50 rows. */
  oursLast: { last: true } | { after: string | null };
}

const NAME = `"last_name" collate "campaigns"."french", "first_name" collate "campaigns"."french", "id"`;
const CURRENT = `"is_improved" = false and "deleted_at" is null`;
const WALK = `query Walk($id: ID!, $first: Int!, $after: String) { campaign(id: $id) { participations(first: $first, after: $after, orderBy: NAME) { totalCount pageInfo { endCursor } } } }`;
const LAST = `query Last($id: ID!) { campaign(id: $id) { participations(last: 50, orderBy: NAME) { nodes { id } } } }`;

/** The floor's key: the row at `offset` in name order, base64url JSON (opaque to the bench). */
async function keyAt(pool: pg.Pool, campaignId: string, offset: number): Promise<{ key: string; search: string }> {
  const { rows } = await pool.query<{ last_name: string; first_name: string; id: string }>(
    `select last_name, first_name, id from campaigns.participations where campaign_id = $1 and ${CURRENT} order by ${NAME} offset $2 limit 1`,
    [campaignId, Math.max(offset, 0)],
  );
  const row = rows[0]!;
  return { key: Buffer.from(JSON.stringify([row.last_name, row.first_name, row.id])).toString('base64url'), search: `${row.last_name} ${row.first_name}`.toLowerCase() };
}

/**
 * Finds the middle and last pages once, before the measure: the floor's keys by SQL, our cursors
 * by walking our API from the start (pages of 100, then the step that lands exactly there), and
 * whether our schema has `last` (probed once: an unknown argument is a validation error).
 */
export async function findPositions(pool: pg.Pool, gatewayUrl: string, token: string, campaignId: string): Promise<PagePositions> {
  const { rows } = await pool.query<{ total: string }>(`select count(*) as total from campaigns.participations where campaign_id = $1 and ${CURRENT}`, [campaignId]);
  const total = Number(rows[0]!.total);
  const middle = Math.floor(total / 2);
  const lastStart = Math.max(total - 50, middle);
  const floorMiddle = await keyAt(pool, campaignId, middle - 1);

  const ask = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: { message: string }[] };
  };
  const hasLast = !(await ask(LAST, { id: campaignId })).errors;
  let position = 0;
  let cursor: string | null = null;
  let oursMiddle: string | null = null;
  const goal = hasLast ? middle : lastStart;
  while (position < goal) {
    if (position === middle) oursMiddle = cursor;
    const first = Math.min(100, (position < middle ? middle : goal) - position);
    const answer = await ask(WALK, { id: campaignId, first, after: cursor });
    if (answer.errors) throw new Error(`walking the participants pages: ${answer.errors[0]!.message}`);
    cursor = answer.data.campaign.participations.pageInfo.endCursor;
    position += first;
  }
  if (position === middle) oursMiddle = cursor;
  return { campaignId, total, floorMiddle: floorMiddle.key, search: floorMiddle.search, oursMiddle, oursLast: hasLast ? { last: true } : { after: cursor } };
}

import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Request bodies are never logged; headers and fields that carry
 * credentials are redacted wherever they might appear, and errors go through `serializeError`,
 * which keeps what explains a fault and drops the values it carries (tests check both at trace
 * level).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'orga-spe' },
    serializers: { err: serializeError },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        '*.password',
        '*.passwordHash',
        '*.password_hash',
        '*.accessToken',
        '*.refreshToken',
        '*.token',
        '*.secret',
        // Invitation and reset codes, where an object holding one is logged (`err.code` is the SQLSTATE: kept).
        '*.invitationCode',
        '*.resetCode',
        'invitation.code',
        '*.invitation.code',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

// What explains a database error without holding a value: SQLSTATE, where it happened, which rule.
const DATABASE_FIELDS = ['code', 'severity', 'constraint', 'schema', 'table', 'column', 'dataType', 'routine'] as const;
// What explains any other error; everything else (request options, SQL, parameters, bodies) stays out.
const OTHER_FIELDS = ['code', 'errno', 'syscall', 'statusCode', 'status', 'reason', 'responseCode', 'command'] as const;
const SQLSTATE = /^[0-9A-Z]{5}$/;

type SerializedError = Record<string, unknown>;

/**
 * The `err` of a log line. A database error says its SQLSTATE, constraint, table, column and
 * routine, and a message without the SQL text the driver prefixes it with (MikroORM and knex put
 * the statement, values inlined, in the message) and without quoted values; never `sql`,
 * `parameters`, `detail` (`Key (email)=(…)`), `where` or the query. Any error loses e-mail
 * addresses from its message and keeps only its stack frames. Causes are serialised the same way.
 */
export function serializeError(error: unknown, depth = 0): unknown {
  if (!error || typeof error !== 'object') return error;
  const source = error as Record<string, unknown>;
  const type = typeof source.type === 'string' ? source.type : (error as Error).constructor?.name ?? 'Error';
  const message = typeof source.message === 'string' ? source.message : '';
  const database = isDatabaseError(source, message);
  const result: SerializedError = { type, message: database ? databaseMessage(message) : withoutAddresses(message) };
  for (const field of database ? DATABASE_FIELDS : OTHER_FIELDS) {
    const value = source[field];
    if (typeof value === 'string' || typeof value === 'number') result[field] = value;
  }
  if (typeof source.stack === 'string') result.stack = stackFrames(source.stack);
  if (depth < 3) {
    if (source.cause) result.cause = serializeError(source.cause, depth + 1);
    if (source.originalError) result.originalError = serializeError(source.originalError, depth + 1);
    if (Array.isArray(source.errors)) result.errors = source.errors.slice(0, 5).map((inner) => serializeError(inner, depth + 1));
  }
  return result;
}

/**
 * For pino-http: the request line without its query string (an invitation link carries its code
 * in `?code=`, a GET GraphQL request its variables), and the errors as above.
 */
export const httpLogSerializers = {
  err: serializeError,
  req: (req: Record<string, unknown>) => {
    const { query: _query, ...rest } = req;
    const headers = req.headers as Record<string, unknown> | undefined;
    // The console's requests from an invitation page name that page (with its code) in Referer.
    const referer = headers?.referer;
    return {
      ...rest,
      url: withoutQuery(req.url),
      ...(headers ? { headers: { ...headers, ...(referer ? { referer: withoutQuery(referer) } : {}) } } : {}),
    };
  },
};

function withoutQuery(url: unknown): unknown {
  return typeof url === 'string' ? url.replace(/\?.*$/s, '?…') : url;
}

/** The SQL of the trace log with its literals replaced by `?` (the ORM may inline values). */
export function sqlWithoutValues(sql: string): string {
  return sql.replace(/'(?:[^']|'')*'/g, '?').replace(/\$([A-Za-z_]*)\$[\s\S]*?\$\1\$/g, '?');
}

function isDatabaseError(source: Record<string, unknown>, message: string): boolean {
  if (typeof source.code === 'string' && SQLSTATE.test(source.code)) return true;
  if ('routine' in source || 'severity' in source || 'sql' in source || 'sqlMessage' in source) return true;
  return /Exception$/.test(String(source.type ?? source.name ?? '')) || /^\s*(select|insert|update|delete|with|alter|create|drop)\b[\s\S]* - /i.test(message);
}

/** `select … where "email" = 'x@y' - value too long for type character varying(255)` → the part after the SQL, values out. */
function databaseMessage(message: string): string {
  // MikroORM appends pg's `detail` ("Failing row contains (…)", "Key (email)=(…)"): never logged.
  const withoutDetail = message.replace(/\n - detail:[\s\S]*?(?=\n - hint:|$)/, '');
  // Literals first, so that a value holding " - " cannot pass for the end of the statement.
  let text = withoutDetail.replace(/'(?:[^']|'')*'/g, "'…'").replace(/"(?:[^"]|"")*"/g, '"…"');
  if (/^\s*(select|insert|update|delete|with|alter|create|drop|begin|commit|set)\b/i.test(text) && text.includes(' - ')) {
    text = text.slice(text.indexOf(' - ') + 3);
  }
  return withoutAddresses(text.replace(/\([^()]*\)=\([^()]*\)/g, '(…)=(…)')).slice(0, 500);
}

function withoutAddresses(text: string): string {
  return text.replace(/[^\s<>"'(),;:=]+@[^\s<>"'(),;:=]+/g, '[address]');
}

/** The frames only: the first line of a stack repeats the message (with the SQL, for a database error). */
function stackFrames(stack: string): string {
  return stack
    .split('\n')
    .filter((line) => line.trim().startsWith('at '))
    .join('\n');
}

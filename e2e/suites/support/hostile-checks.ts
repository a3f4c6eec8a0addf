import { ERROR_CODES } from '@orga-spe/api';

/**
 * What every answer to a hostile request must respect: no server error (HTTP 5xx other than the
 * documented 503s, INTERNAL_SERVER_ERROR, DOWNSTREAM_SERVICE_ERROR, an error without a code), no
 * code outside the API's list (api/src/error-codes.ts), no stack trace, no SQL, no schema
 * suggestion (production).
 */
export const ALLOWED_503_CODES = ['SERVICE_UNAVAILABLE', 'SERVICE_BUSY'];
export const SERVER_ERROR_CODES = ['INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR'];
const API_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

export interface Answer {
  status: number;
  /** The raw body text (possibly truncated for reports). */
  text: string;
  /** The parsed JSON body, when it is JSON. */
  body: unknown;
  headers: Headers;
}

export interface Verdict {
  ok: boolean;
  /** The outcome name counted in the figures: the first error code, `data`, or `HTTP <status>`. */
  outcome: string;
  problems: string[];
}

const STACK_TRACE = [/\bat (?:async )?[\w$.<>[\] ]*\(?(?:\/|file:|node:)[^\s)]*:\d+:\d+/, /"stacktrace"/i, /\bError: .*\n\s+at /];
const SQL = [
  /\bselect\s+["\w]+\."?\w+"?.*\bfrom\s+"/i,
  /\binsert\s+into\s+"/i,
  /\bupdate\s+"\w+"\s+set\b/i,
  /\bdelete\s+from\s+"/i,
  /"[a-z]\d+"\."\w+"/,
  /violates (?:unique|foreign key|not-null|check) constraint/i,
  /syntax error at or near/i,
  /value too long for type/i,
  /invalid input syntax for type/i,
  /invalid byte sequence for encoding/i,
  /relation "\w+" does not exist/i,
  /\bDriverException\b|\bpg-protocol\b|\bknex\b|\bMikroORM\b/,
];
const SUGGESTION = /Did you mean/i;

/** Every string inside the `errors` of a GraphQL body (messages, extensions, paths). */
function errorStrings(body: unknown): string[] {
  const errors = (body as { errors?: unknown })?.errors;
  const strings: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(errors);
  return strings;
}

export function judge(answer: Answer, options: { production: boolean; requireGraphQLShape?: boolean }): Verdict {
  const problems: string[] = [];
  const body = answer.body as { data?: unknown; errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | undefined;
  const errors = Array.isArray(body?.errors) ? body!.errors : [];
  const codes = errors.map((error) => (typeof error?.extensions?.code === 'string' ? error.extensions.code : undefined));
  const outcome = codes.length ? (codes[0] ?? 'NO_CODE') : body && 'data' in body ? 'data' : `HTTP ${answer.status}`;

  if (answer.status >= 500) {
    if (answer.status !== 503 || !codes.length || !codes.every((code) => code && ALLOWED_503_CODES.includes(code))) {
      problems.push(`HTTP ${answer.status}${codes.length ? ` with ${codes.join(', ')}` : ''}`);
    }
  }
  codes.forEach((code, index) => {
    if (!code) problems.push(`error without extensions.code: ${JSON.stringify(errors[index]).slice(0, 200)}`);
    else if (SERVER_ERROR_CODES.includes(code)) problems.push(`${code}: ${String(errors[index]?.message).slice(0, 200)}`);
    else if (!API_CODES.has(code)) problems.push(`${code}: not one of the API's error codes (api/src/error-codes.ts, README "Errors")`);
  });
  if (options.requireGraphQLShape && answer.status >= 400 && !errors.length) {
    problems.push(`HTTP ${answer.status} not in the GraphQL error shape ({ errors: [{ message, extensions: { code } }] })`);
  }

  // Search errors (and non-JSON bodies whole): data may echo an accepted payload back.
  const searched = body === undefined ? [answer.text] : errorStrings(body);
  for (const text of searched) {
    const stack = STACK_TRACE.find((pattern) => pattern.test(text));
    if (stack) problems.push(`stack trace in the response: ${excerpt(text, stack)}`);
    const sql = SQL.find((pattern) => pattern.test(text));
    if (sql) problems.push(`SQL or driver detail in the response: ${excerpt(text, sql)}`);
    if (options.production && SUGGESTION.test(text)) problems.push(`schema suggestion in a production response: ${excerpt(text, SUGGESTION)}`);
  }
  return { ok: problems.length === 0, outcome, problems };
}

function excerpt(text: string, pattern: RegExp): string {
  const at = Math.max(0, text.search(pattern) - 60);
  return JSON.stringify(text.slice(at, at + 200));
}

/** Reads a fetch response into an Answer (the body parsed when it is JSON). */
export async function readAnswer(response: Response): Promise<Answer> {
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, text, body, headers: response.headers };
}

/** A short, readable rendition of an answer for a failure report. */
export function describeAnswer(answer: Answer | undefined, limit = 400): string {
  if (!answer) return '(no answer)';
  const text = answer.text.length > limit ? `${answer.text.slice(0, limit)}… (${answer.text.length} chars)` : answer.text;
  return `HTTP ${answer.status} ${text}`;
}

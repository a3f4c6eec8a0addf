import { GraphQLRequestError } from '../auth/graphqlClient';

export interface DownloadProgress {
  bytes: number;
  /** Result rows received so far (the header line excluded). */
  rows: number;
}

export interface CsvDownloadOptions {
  url: string;
  /** The current access token; `refresh` gives a new one when the server answers 401. */
  accessToken: string | null;
  refresh?: () => Promise<string | null>;
  fetch?: typeof fetch;
  onProgress?: (progress: DownloadProgress) => void;
  signal?: AbortSignal;
}

export interface CsvDownload {
  blob: Blob;
  filename: string;
  rows: number;
  bytes: number;
}

const CODE_BY_STATUS: Record<number, string> = { 400: 'BAD_USER_INPUT', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 503: 'SERVICE_BUSY' };

/**
 * Counts CSV records as bytes arrive: a line break ends a record unless it sits inside a quoted
 * field (a name may hold one). Quotes are ASCII, so counting bytes is safe with UTF-8.
 */
export function createCsvRecordCounter() {
  let inQuotes = false;
  let records = 0;
  let pending = false;
  return {
    push(chunk: Uint8Array) {
      for (const byte of chunk) {
        if (byte === 0x22) inQuotes = !inQuotes;
        else if (byte === 0x0a && !inQuotes) {
          records += 1;
          pending = false;
          continue;
        }
        if (byte !== 0x0d) pending = true;
      }
    },
    /** Records seen, counting a last one without a final line break. */
    records: () => records + (pending ? 1 : 0),
  };
}

/** `attachment; filename="TUMYUZ238-resultats.csv"` → `TUMYUZ238-resultats.csv`. */
export function filenameOf(contentDisposition: string | null, fallback: string): string {
  const match = /filename="?([^";]+)"?/i.exec(contentDisposition ?? '');
  return match?.[1]?.trim() || fallback;
}

async function refusal(response: Response): Promise<GraphQLRequestError> {
  let code = CODE_BY_STATUS[response.status] ?? 'INTERNAL_SERVER_ERROR';
  let message = `HTTP ${response.status}`;
  try {
    // The export answers refusals in GraphQL's error shape.
    const body = (await response.json()) as { errors?: { message?: string; extensions?: { code?: unknown } }[] };
    const first = body.errors?.[0];
    if (typeof first?.extensions?.code === 'string') code = first.extensions.code;
    if (first?.message) message = first.message;
  } catch {
    // Not JSON (a proxy page): the status says enough.
  }
  return new GraphQLRequestError(code, message, {}, response.status);
}

/**
 * Downloads the results CSV with the bearer token (a plain link cannot send it), reporting bytes
 * and rows as they stream in. A refusal becomes a GraphQLRequestError carrying the API's code, so
 * the screen shows the same French message as for GraphQL errors.
 */
export async function downloadCsv({ url, accessToken, refresh, fetch: doFetch = globalThis.fetch.bind(globalThis), onProgress, signal }: CsvDownloadOptions): Promise<CsvDownload> {
  const get = (token: string | null) =>
    doFetch(url, { headers: token ? { authorization: `Bearer ${token}`, accept: 'text/csv' } : { accept: 'text/csv' }, signal }).catch((error: unknown) => {
      if ((error as { name?: string }).name === 'AbortError') throw error;
      throw new GraphQLRequestError('NETWORK_ERROR', String(error));
    });
  let response = await get(accessToken);
  if (response.status === 401 && refresh) {
    const token = await refresh().catch(() => null);
    if (token && token !== accessToken) response = await get(token);
  }
  if (!response.ok) throw await refusal(response);

  const counter = createCsvRecordCounter();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.byteLength;
      counter.push(value);
      onProgress?.({ bytes, rows: Math.max(0, counter.records() - 1) });
    }
  } else {
    const whole = new Uint8Array(await response.arrayBuffer());
    chunks.push(whole);
    bytes = whole.byteLength;
    counter.push(whole);
    onProgress?.({ bytes, rows: Math.max(0, counter.records() - 1) });
  }
  const rows = Math.max(0, counter.records() - 1);
  return {
    blob: new Blob(chunks, { type: 'text/csv;charset=utf-8' }),
    filename: filenameOf(response.headers.get('content-disposition'), 'resultats.csv'),
    rows,
    bytes,
  };
}

/** Hands the file to the browser's download (a blob URL, revoked once the click is done). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "12,4 ko" for the progress line. */
export function formatBytes(bytes: number): string {
  const format = (value: number, unit: string) => `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes < 1024) return format(bytes, 'o');
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'ko');
  return format(bytes / (1024 * 1024), 'Mo');
}

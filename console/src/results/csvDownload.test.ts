import { describe, expect, it } from 'vitest';
import { createCsvRecordCounter, downloadCsv, filenameOf, formatBytes, type DownloadProgress } from './csvDownload';

const encoder = new TextEncoder();

function streamed(parts: string[], init: ResponseInit = {}) {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) controller.enqueue(encoder.encode(part));
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'content-disposition': 'attachment; filename="TUMYUZ238-resultats.csv"' }, ...init });
}

describe('the results CSV download', () => {
  it('counts records across chunks, ignoring line breaks inside quoted fields', () => {
    const counter = createCsvRecordCounter();
    counter.push(encoder.encode('Nom;Prénom\r\nDupont;"Jean\nPierre'));
    counter.push(encoder.encode('"\r\nMartin;Léa'));
    expect(counter.records()).toBe(3);
  });

  it('reports bytes and rows as they arrive and keeps the server’s file name', async () => {
    const progress: DownloadProgress[] = [];
    const parts = ['\ufeffNom;Prénom;% de maîtrise\n', 'Dupont;Jean;76 %\n', 'Martin;Léa;NA\n'];
    const seen: RequestInit[] = [];
    const result = await downloadCsv({
      url: '/exports/campaigns/c1/results.csv',
      accessToken: 'token-1',
      fetch: async (_url, init) => {
        seen.push(init ?? {});
        return streamed(parts);
      },
      onProgress: (step) => progress.push(step),
    });
    expect(result).toMatchObject({ filename: 'TUMYUZ238-resultats.csv', rows: 2 });
    expect(result.bytes).toBe(encoder.encode(parts.join('')).byteLength);
    expect(progress.map((step) => step.rows)).toEqual([0, 1, 2]);
    expect(progress.at(-1)?.bytes).toBe(result.bytes);
    expect((seen[0].headers as Record<string, string>).authorization).toBe('Bearer token-1');
    // The BOM that tells spreadsheets the file is UTF-8 is kept as received.
    expect([...new Uint8Array(await result.blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("turns a refusal into the API's error code, for the French message", async () => {
    const refused = () =>
      downloadCsv({
        url: '/exports/campaigns/other/results.csv',
        accessToken: 'token-1',
        fetch: async () => new Response(JSON.stringify({ errors: [{ message: 'Accès refusé.', extensions: { code: 'FORBIDDEN' } }] }), { status: 403 }),
      });
    await expect(refused()).rejects.toMatchObject({ code: 'FORBIDDEN', status: 403 });
    const notJson = downloadCsv({ url: '/x.csv', accessToken: null, fetch: async () => new Response('<html>', { status: 404 }) });
    await expect(notJson).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refreshes the token once on 401 and retries with the new one', async () => {
    const tokens: (string | undefined)[] = [];
    const result = await downloadCsv({
      url: '/x.csv',
      accessToken: 'expired',
      refresh: async () => 'fresh',
      fetch: async (_url, init) => {
        const token = (init?.headers as Record<string, string>).authorization;
        tokens.push(token);
        return token === 'Bearer fresh' ? streamed(['Nom\n']) : new Response('{}', { status: 401 });
      },
    });
    expect(tokens).toEqual(['Bearer expired', 'Bearer fresh']);
    expect(result.rows).toBe(0);
  });

  it('reads the file name from Content-Disposition and formats sizes in French', () => {
    expect(filenameOf('attachment; filename="ABC123-resultats.csv"', 'x.csv')).toBe('ABC123-resultats.csv');
    expect(filenameOf(null, 'x.csv')).toBe('x.csv');
    expect(formatBytes(512)).toBe('512 o');
    expect(formatBytes(1536)).toBe('1,5 ko');
  });
});

import type { BenchServer } from './servers.js';

export interface ExportResult {
  rows: number;
  megabytes: number;
  seconds: number;
  rowsPerSecond: number;
  firstByteMs: number;
  peakRssMb: number;
  /** The server's peak RSS during the measured downloads over its RSS just before them. */
  rssGrowthMb: number;
  error?: string;
}

/**
 * The CSV export of a campaign, one download at a time (it is a file an advisor asks for,
 * not a request under load): one warm-up download, then `rounds` measured ones; the median.
 */
export async function measureExport(server: BenchServer, path: string, headers: Record<string, string>, rounds: number): Promise<ExportResult> {
  try {
    await download(`${server.url}${path}`, headers);
    await server.reset();
    const before = (await server.stats()).rss;
    const runs = [];
    for (let round = 0; round < rounds; round += 1) runs.push(await download(`${server.url}${path}`, headers));
    const { peakRss } = await server.stats();
    const median = runs.sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;
    return {
      rows: median.lines - 1,
      megabytes: median.bytes / 1024 / 1024,
      seconds: median.ms / 1000,
      rowsPerSecond: (median.lines - 1) / (median.ms / 1000),
      firstByteMs: median.firstByteMs,
      peakRssMb: peakRss / 1024 / 1024,
      rssGrowthMb: Math.max(peakRss - before, 0) / 1024 / 1024,
    };
  } catch (error) {
    return { rows: 0, megabytes: 0, seconds: 0, rowsPerSecond: 0, firstByteMs: 0, peakRssMb: 0, rssGrowthMb: 0, error: (error as Error).message };
  }
}

async function download(url: string, headers: Record<string, string>) {
  const started = performance.now();
  const response = await fetch(url, { headers });
  if (response.status !== 200) throw new Error(`export answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  let bytes = 0;
  let lines = 0;
  let firstByteMs = 0;
  for await (const chunk of response.body!) {
    const data = chunk as Uint8Array;
    if (bytes === 0) firstByteMs = performance.now() - started;
    bytes += data.byteLength;
    for (const byte of data) if (byte === 10) lines += 1;
  }
  return { ms: performance.now() - started, firstByteMs, bytes, lines };
}

import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

// How a streamed CSV export is measured (the audit log's, the members'): through the route's own
// stream into a sink that only counts, with the process's memory sampled while it runs.

const SAMPLE_EVERY_MS = 20;

/** What one export measured: data rows (lines less the header) and bytes, seconds taken, and how far RSS and the JS heap rose above a collected start (MB). */
export interface CsvStreamMeasure {
  rows: number;
  bytes: number;
  seconds: number;
  rssGrowthMb: number;
  heapGrowthMb: number;
}

const mb = (bytes: number) => bytes / 1_048_576;

/** Drains `csv` and measures it; the heap is collected first when the process runs with --expose-gc. */
export async function measureCsvStream(csv: Readable): Promise<CsvStreamMeasure> {
  globalThis.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sample = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, SAMPLE_EVERY_MS);
  let bytes = 0;
  let lines = 0;
  const started = performance.now();
  try {
    await pipeline(
      csv,
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          for (const byte of chunk) if (byte === 10) lines += 1;
          done();
        },
      }),
    );
  } finally {
    clearInterval(sample);
  }
  const after = process.memoryUsage();
  return {
    rows: lines - 1,
    bytes,
    seconds: (performance.now() - started) / 1000,
    rssGrowthMb: mb(Math.max(peakRss, after.rss) - before.rss),
    heapGrowthMb: mb(Math.max(peakHeap, after.heapUsed) - before.heapUsed),
  };
}

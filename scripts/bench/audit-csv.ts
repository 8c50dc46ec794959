import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { auditCsv } from '../../lib/features/audit/csv';
import type { PortalRef } from '../../lib/licensing/snapshot';
import { openStore, type StoreOptions } from '../../lib/store/engine';
import { portalId } from '../../lib/store/portals';

// Issue 12, item 5: the audit CSV of 100,000 entries is streamed, and the process's memory grows by
// at most 50 MB while it is. The export runs through the route's own code (auditCsv: streamAudit's
// batched reads → csv-stringify) into a sink that only counts bytes. Not a test; `npm run bench`
// prints what this returns beside the target.

const portal: PortalRef = { url: 'https://bench.example.com/portal', orgId: 'audit-bench' };
const INSERT_BATCH = 500;
const SAMPLE_EVERY_MS = 20;

/** What one export measured: rows and bytes written, seconds taken, and how far RSS and the JS heap rose above where they started (MB). */
export interface AuditCsvMeasure {
  entries: number;
  rows: number;
  bytes: number;
  seconds: number;
  rssGrowthMb: number;
  heapGrowthMb: number;
}

const mb = (bytes: number) => bytes / 1_048_576;

/**
 * Writes `entries` audit entries (completed, with parameters and the portal's words, as a long-used
 * log holds) to a fresh store at `options`, then streams the whole log as CSV and samples memory
 * every 20 ms: the growth is the peak minus the value just before the export (after a GC when Node
 * runs with --expose-gc). The caller gives an empty database; the store is closed at the end.
 */
export async function measureAuditCsv(options: StoreOptions, entries = 100_000): Promise<AuditCsvMeasure> {
  const store = await openStore(options);
  try {
    const id = await portalId(store, portal);
    for (let start = 0; start < entries; start += INSERT_BATCH) {
      const rows = Array.from({ length: Math.min(INSERT_BATCH, entries - start) }, (_, i) => {
        const n = start + i;
        return {
          portalId: id,
          at: 1_700_000_000_000 + n * 60_000,
          admin: n % 7 ? 'admin' : '=cmd|admin',
          action: n % 3 ? 'release-license' : 'import-license',
          target: `member${n % 5_000}`,
          parameters: JSON.stringify({ appId: 'arcgisprodesktop', fileName: `license-${n}.json`, fileSize: 48_213, fileSha256: 'ab'.repeat(32) }),
          outcome: n % 11 ? 'success' : 'failed',
          portalMessages: JSON.stringify(n % 11 ? [] : [`User member${n % 5_000} does not have a license checked out.`]),
          durationMs: 40 + (n % 400),
        };
      });
      await store.db.insertInto('auditEntries').values(rows).execute();
    }

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
        auditCsv(store, { portal }),
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
      entries,
      rows: lines - 1,
      bytes,
      seconds: (performance.now() - started) / 1000,
      rssGrowthMb: mb(Math.max(peakRss, after.rss) - before.rss),
      heapGrowthMb: mb(Math.max(peakHeap, after.heapUsed) - before.heapUsed),
    };
  } finally {
    await store.close();
  }
}

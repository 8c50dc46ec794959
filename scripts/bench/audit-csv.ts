import { auditCsv } from '../../lib/features/audit/csv';
import type { PortalRef } from '../../lib/licensing/snapshot';
import { openStore, type StoreOptions } from '../../lib/store/engine';
import { portalId } from '../../lib/store/portals';
import { measureCsvStream, type CsvStreamMeasure } from './csv-stream';

// Issue 12, item 5: the audit CSV of 100,000 entries is streamed, and the process's memory grows by
// at most 50 MB while it is. The export runs through the route's own code (auditCsv: streamAudit's
// batched reads → csv-stringify) into a sink that only counts bytes. Not a test; `npm run bench`
// prints what this returns beside the target.

const portal: PortalRef = { url: 'https://bench.example.com/portal', orgId: 'audit-bench' };
const INSERT_BATCH = 500;

/** What one export of `entries` audit entries measured. */
export interface AuditCsvMeasure extends CsvStreamMeasure {
  entries: number;
}

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

    return { entries, ...(await measureCsvStream(auditCsv(store, { portal }))) };
  } finally {
    await store.close();
  }
}

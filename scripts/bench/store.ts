import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LicenseSnapshot, PortalRef } from '../../lib/licensing/snapshot';
import { openStore, type Store, type StoreOptions } from '../../lib/store/engine';
import { readHistory, writeSnapshot } from '../../lib/store/snapshots';
import { historyView } from '../../lib/features/history/history-view';
import { startThrowawayPostgres } from '../postgres';
import { ms, percentile } from './stats';

// `npm run bench:store`: the store's figures on both engines (issue 12, item 5), printed beside their
// targets. PostgreSQL is DATABASE_URL when set, otherwise a throwaway cluster. Not a test.

const DAY = 86_400_000;
const portal: PortalRef = { url: 'https://bench.example.com/portal', orgId: 'bench' };

function snapshot(takenAt: number, entitlements: number): LicenseSnapshot {
  return {
    portal,
    takenAt,
    source: 'collector',
    members: { inUse: 900, limit: 50_000 },
    entitlements: Array.from({ length: entitlements }, (_, i) => ({
      kind: i < 10 ? 'userType' : i % 2 ? 'app' : 'appBundle',
      id: `entitlement${i}`,
      seatsPurchased: 1_000,
      seatsAssigned: (i * 7 + Math.floor(takenAt / DAY)) % 1_000,
      expiresAt: i % 3 ? null : takenAt + 300 * DAY,
    })),
    serverExpirations: [{ server: 'https://bench.example.com/server', name: 'ArcGIS Server Advanced', expiresAt: takenAt + 300 * DAY }],
  };
}

/** p50 of wall time and of this process's CPU time (user + system): on a busy machine the second shows what the work costs. */
async function timed(runs: number, work: (run: number) => Promise<unknown>): Promise<string> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    await work(run);
    const used = process.cpuUsage(cpuStarted);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1_000);
  }
  return `p50 ${ms(percentile(wall, 50))} (CPU of this process ${ms(percentile(cpu, 50))})`;
}

async function measure(name: string, options: StoreOptions): Promise<void> {
  const write: Store = await openStore(options);
  const writes = await timed(50, (run) => writeSnapshot(write, snapshot(run * DAY, 500)));
  console.log(`${name}: snapshot of 500 entitlements written, ${writes}; target p50 ≤ 20 ms`);

  const historyPortal = { ...portal, orgId: 'history' };
  const now = 3 * 365 * DAY;
  const seedStarted = performance.now();
  for (let day = 0; day < 3 * 365; day += 1) await writeSnapshot(write, { ...snapshot(day * DAY, 600), portal: historyPortal });
  console.log(`${name}: 3 years × 600 entitlements written in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
  const queries: [string, { from: number; entitlementIds?: string[] }][] = [
    [
      '5 chosen entitlements, all 3 years',
      { from: 0, entitlementIds: ['entitlement0', 'entitlement1', 'entitlement2', 'entitlement3', 'entitlement4'] },
    ],
    ['all 600 entitlements, last 90 days', { from: now - 90 * DAY }],
    ['all 600 entitlements, last year', { from: now - 365 * DAY }],
    ['all 600 entitlements, all 3 years (657,000 points)', { from: 0 }],
  ];
  for (const [label, query] of queries) {
    const reads = await timed(10, () => readHistory(write, { portal: historyPortal, to: now, ...query }));
    console.log(`${name}: history query, ${label}: ${reads}; target p50 ≤ 50 ms`);
  }
  // What /api/history and the page's server read do: the choices from the latest snapshot, then the
  // chosen ids over the range (plus the 90 days the forecast needs), shaped a point a day with
  // markers and a forecast per entitlement. Ids 0–9 are the user types, the page's default.
  for (const range of ['90d', '1y', 'all'] as const) {
    const views = await timed(10, () => historyView(write, historyPortal, { range }, now));
    console.log(`${name}: /history read (10 user types, ${range}, shaped with forecasts): ${views}; target p50 ≤ 50 ms`);
  }
  await write.close();
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-store-'));
  try {
    await measure('SQLite', { sqliteFile: join(dir, 'store.sqlite') });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const cluster = process.env.DATABASE_URL ? undefined : await startThrowawayPostgres();
  try {
    await measure('PostgreSQL', { databaseUrl: process.env.DATABASE_URL ?? cluster?.url, sqliteFile: '' });
  } finally {
    await cluster?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LicenseSnapshot, PortalRef } from '../../lib/licensing/snapshot';
import { sql } from 'kysely';
import pg from 'pg';
import { openStore, type Store, type StoreOptions } from '../../lib/store/engine';
import { readHistory, writeSnapshot } from '../../lib/store/snapshots';
import { historyView } from '../../lib/features/history/history-view';
import { startThrowawayPostgres } from '../postgres';
import { measureAuditCsv } from './audit-csv';
import type { Row } from './report';
import { ms, percentile } from './stats';

// `npm run bench:store`: the store's figures on both engines (issue 12, item 5), printed beside their
// targets. PostgreSQL is DATABASE_URL when set, otherwise a throwaway cluster. Not a test. Run under
// the react-server condition (lib/store is server-only); `npm run bench` runs it as a child process and
// reads its rows from the file BENCH_STORE_ROWS names. With BENCH_STORE_PREFILL it only fills the
// store (DATABASE_URL, else the embedded one in DATA_DIR) with 3 years × 600 entitlements for one portal (the page render's data).

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

const rows: Row[] = [];

function add(row: Row): void {
  rows.push(row);
  console.log(`${row.figure}: ${row.value}; target ${row.target}`);
}

/** A figure with an absolute target in milliseconds (p50 of wall time). */
function addTimed(figure: string, timing: { text: string; wallP50: number }, targetMs: number): void {
  add({ figure, value: timing.text, target: `p50 ≤ ${targetMs} ms`, met: timing.wallP50 <= targetMs });
}

/** p50 of wall time and of this process's CPU time (user + system): on a busy machine the second shows what the work costs. */
async function timed(runs: number, work: (run: number) => Promise<unknown>): Promise<{ text: string; wallP50: number }> {
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
  const wallP50 = percentile(wall, 50);
  return { text: `p50 ${ms(wallP50)} (CPU ${ms(percentile(cpu, 50))})`, wallP50 };
}

async function measure(name: string, options: StoreOptions): Promise<void> {
  const write: Store = await openStore(options);
  const writes = await timed(50, (run) => writeSnapshot(write, snapshot(run * DAY, 500)));
  addTimed(`${name}: snapshot of 500 entitlements written`, writes, 20);

  const historyPortal = { ...portal, orgId: 'history' };
  const now = 3 * 365 * DAY;
  const seedStarted = performance.now();
  await fillHistory(write, historyPortal, now);
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
    addTimed(`${name}: history query, ${label}`, reads, 50);
  }
  // What /api/history and the page's server read do: the choices from the latest snapshot, then the
  // chosen ids over the range (plus the 90 days the forecast needs), shaped a point a day with
  // markers and a forecast per entitlement. Ids 0–9 are the user types, the page's default.
  for (const range of ['90d', '1y', 'all'] as const) {
    const views = await timed(10, () => historyView(write, historyPortal, { range }, now));
    addTimed(`${name}: /history read (10 user types, ${range}, shaped with forecasts), 3 years × 600 stored`, views, 50);
  }
  await write.close();
}

/** 3 years of daily snapshots × 600 entitlements for `target`, the last taken at `now` (epoch ms). */
async function fillHistory(store: Store, target: PortalRef, now: number): Promise<void> {
  const first = now - (3 * 365 - 1) * DAY;
  for (let day = 0; day < 3 * 365; day += 1) await writeSnapshot(store, { ...snapshot(first + day * DAY, 600), portal: target });
  // A running PostgreSQL has table statistics (autovacuum analyzes after bulk writes); read right
  // after 657,000 rows were written without them, the planner guesses and the figures measure its guess.
  if (store.engine === 'postgres') await sql`analyze`.execute(store.db);
}

async function measureAudit(name: string, options: StoreOptions): Promise<void> {
  const audit = await measureAuditCsv(options);
  add({
    figure: `${name}: audit CSV of ${audit.entries.toLocaleString('en-US')} entries streamed (${(audit.bytes / 1_048_576).toFixed(1)} MB in ${audit.seconds.toFixed(1)} s)`,
    value: `RSS +${audit.rssGrowthMb.toFixed(1)} MB, heap +${audit.heapGrowthMb.toFixed(1)} MB`,
    target: 'memory grows ≤ 50 MB',
    met: audit.rssGrowthMb <= 50 && audit.heapGrowthMb <= 50,
  });
}

async function withDatabases(work: (name: string, options: () => Promise<StoreOptions>) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-store-'));
  let files = 0;
  try {
    await work('SQLite', async () => ({ sqliteFile: join(dir, `store-${(files += 1)}.sqlite`) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const cluster = process.env.DATABASE_URL ? undefined : await startThrowawayPostgres();
  try {
    const url = process.env.DATABASE_URL ?? cluster?.url;
    let databases = 0;
    await work('PostgreSQL', async () => {
      if (!url) throw new Error('no PostgreSQL');
      const name = `bench_${process.pid}_${(databases += 1)}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const database = new URL(url);
      database.pathname = `/${name}`;
      return { databaseUrl: database.toString(), sqliteFile: '' };
    });
  } finally {
    await cluster?.stop();
  }
}

async function main(): Promise<void> {
  const prefill = process.env.BENCH_STORE_PREFILL;
  if (prefill) {
    const [url = '', orgId = ''] = prefill.split(' ');
    const store = await openStore({ databaseUrl: process.env.DATABASE_URL, sqliteFile: join(process.env.DATA_DIR ?? '.data', 'store.sqlite') });
    await fillHistory(store, { url, orgId }, Date.now());
    await store.close();
    return;
  }
  await withDatabases(async (name, options) => {
    await measure(name, await options());
    await measureAudit(name, await options());
  });
  if (process.env.BENCH_STORE_ROWS) writeFileSync(process.env.BENCH_STORE_ROWS, JSON.stringify(rows));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

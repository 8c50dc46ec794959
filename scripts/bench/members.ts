import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { membersCsv } from '../../lib/features/members/csv';
import { MemberQuerySchema } from '../../lib/licensing/member-filter';
import type { PortalRef } from '../../lib/licensing/snapshot';
import { openStore, type StoreOptions } from '../../lib/store/engine';
import { currentInventory } from '../../lib/store/member-inventory';
import { queryMembers } from '../../lib/store/member-query';
import { fillFixtureInventory, FIXTURE_ITEMS } from '../../lib/store/member-query-fixtures';
import pg from 'pg';
import { startThrowawayPostgres } from '../postgres';
import { measureCsvStream } from './csv-stream';
import type { Row } from './report';
import { ms, percentile } from './stats';

// Issue 13 §5, the members page's store figures: filter + sort + page at 50,000 members (p50 ≤ 50 ms on
// each engine) and the CSV of all 50,000 (≤ 3 s, process memory +≤ 50 MB). Standalone measure
// functions over a store the caller gives (an empty database); run under the react-server condition
// (lib/store is server-only), as scripts/bench/store.ts is. Not a test.

const MEMBERS = 50_000;
const RUNS = 15;
const benchPortal: PortalRef = { url: 'https://bench.example.com/portal', orgId: 'members-bench' };

/** The page's queries measured: what an admin asks most (issue 13's reclaiming questions) and the heaviest sorts. */
const MEMBER_QUERIES: [string, Record<string, string>][] = [
  ['no filter, by name', {}],
  ['proIdle=90, by last sign-in', { proIdle: '90', sort: 'lastLogin' }],
  ['idle=90, by last sign-in, newest first, page 20', { idle: '90', sort: 'lastLogin', dir: 'desc', page: '20' }],
  ['q=silva, by name', { q: 'silva' }],
  ['app=ArcGIS Pro, offline', { app: FIXTURE_ITEMS.pro, offline: '1' }],
  ['userType=creatorUT, role=org_user, by user type, 100 a page', { userType: 'creatorUT', role: 'org_user', sort: 'userType', size: '100' }],
  ['entitlement=spatialAnalystN, never signed in', { entitlement: 'spatialAnalystN', never: '1' }],
];

const mb = (bytes: number) => bytes / 1_048_576;

/**
 * Fills the store at `options` (an empty database) with 50,000 generated members, then times each of
 * MEMBER_QUERIES as the page runs it (page + count + the page's licenses):
 * p50 of 15 runs, wall time. Rows are labelled with `engine`.
 */
export async function measureMembersQueries(engine: string, options: StoreOptions): Promise<Row[]> {
  const store = await openStore(options);
  try {
    const now = Date.now();
    const started = performance.now();
    const inventory = await fillFixtureInventory(store, benchPortal, MEMBERS, now);
    console.log(`${engine}: ${MEMBERS.toLocaleString('en-US')} members written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const rows: Row[] = [];
    for (const [label, raw] of MEMBER_QUERIES) {
      const query = MemberQuerySchema.parse(raw);
      const times: number[] = [];
      for (let run = -1; run < RUNS; run += 1) {
        const t0 = performance.now();
        await queryMembers(store, inventory, query, now);
        if (run >= 0) times.push(performance.now() - t0);
      }
      const p50 = percentile(times, 50);
      rows.push({
        figure: `${engine}: /members filter + sort + page at 50,000 members, ${label}`,
        value: `p50 ${ms(p50)}`,
        target: 'p50 ≤ 50 ms',
        met: p50 <= 50,
      });
    }
    return rows;
  } finally {
    await store.close();
  }
}

/**
 * Fills the store at `options` (an empty database) with 50,000 generated members, then streams all of
 * them as CSV through the route's own code (membersCsv) into a sink that counts bytes, sampling memory
 * every 20 ms: growth is the peak over the value just before (after a GC with --expose-gc).
 */
export async function measureMembersCsv(engine: string, options: StoreOptions): Promise<Row[]> {
  const store = await openStore(options);
  try {
    const now = Date.now();
    await fillFixtureInventory(store, benchPortal, MEMBERS, now);
    const inventory = await currentInventory(store, benchPortal);
    if (!inventory) throw new Error('the inventory was written');
    const { rows: rowsWritten, bytes, seconds, rssGrowthMb: rss, heapGrowthMb: heap } = await measureCsvStream(membersCsv(store, inventory, {}, now));
    return [
      {
        figure: `${engine}: members CSV of ${rowsWritten.toLocaleString('en-US')} members streamed (${mb(bytes).toFixed(1)} MB)`,
        value: `${seconds.toFixed(2)} s`,
        target: '≤ 3 s',
        met: seconds <= 3 && rowsWritten === MEMBERS,
      },
      {
        figure: `${engine}: members CSV of 50,000, process memory growth`,
        value: `RSS +${rss.toFixed(1)} MB, heap +${heap.toFixed(1)} MB`,
        target: 'memory grows ≤ 50 MB',
        met: rss <= 50 && heap <= 50,
      },
    ];
  } finally {
    await store.close();
  }
}

/**
 * Fills the embedded store file `sqliteFile` with 50,000 generated members as the current inventory of
 * `portal` (the page render's data: the dashboard then serves /members from it).
 */
async function prefillMembers(sqliteFile: string, portal: PortalRef): Promise<void> {
  const store = await openStore({ sqliteFile });
  try {
    await fillFixtureInventory(store, portal, MEMBERS, Date.now());
  } finally {
    await store.close();
  }
}

/** SQLite in a temp file, then a throwaway PostgreSQL cluster (or DATABASE_URL): each engine's figures. */
async function bothEngines(): Promise<Row[]> {
  const rows: Row[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'bench-members-'));
  try {
    rows.push(...(await measureMembersQueries('SQLite', { sqliteFile: join(dir, 'query.sqlite') })));
    rows.push(...(await measureMembersCsv('SQLite', { sqliteFile: join(dir, 'csv.sqlite') })));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const cluster = process.env.DATABASE_URL ? undefined : await startThrowawayPostgres();
  try {
    const url = process.env.DATABASE_URL ?? cluster?.url ?? '';
    const database = async (name: string) => {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const target = new URL(url);
      target.pathname = `/${name}`;
      return { databaseUrl: target.toString(), sqliteFile: '' };
    };
    rows.push(...(await measureMembersQueries('PostgreSQL', await database(`bench_members_q_${process.pid}`))));
    rows.push(...(await measureMembersCsv('PostgreSQL', await database(`bench_members_c_${process.pid}`))));
  } finally {
    await cluster?.stop();
  }
  return rows;
}

// `tsx --conditions=react-server scripts/bench/members.ts`: the figures on both engines, printed, and
// written as JSON rows to BENCH_MEMBERS_ROWS when set (for npm run bench, as store.ts does). With
// BENCH_MEMBERS_PREFILL="<portal url> <org id>" it only fills DATA_DIR's embedded store (members-render.ts).
async function main(): Promise<void> {
  const prefill = process.env.BENCH_MEMBERS_PREFILL;
  if (prefill) {
    const [url = '', orgId = ''] = prefill.split(' ');
    await prefillMembers(join(process.env.DATA_DIR ?? '.data', 'store.sqlite'), { url, orgId });
    return;
  }
  const rows = await bothEngines();
  for (const row of rows) console.log(`${row.figure}: ${row.value}; target ${row.target}${row.met === false ? ' (NOT MET)' : ''}`);
  if (process.env.BENCH_MEMBERS_ROWS) writeFileSync(process.env.BENCH_MEMBERS_ROWS, JSON.stringify(rows));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

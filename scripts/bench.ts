import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import pg from 'pg';
import { z } from 'zod';
import { measureLicenseLatency, type LicenseLatency } from './bench/license-latency';
import { measurePageWeight } from './bench/page-weight';
import { judge, Report } from './bench/report';
import { measureAlerts } from './bench/alerts';
import { measureMembersRender, prefillMembersStore } from './bench/members-render';
import { measurePortalsRender } from './bench/portals';
import { measureBrowserRender, measureServerRender } from './bench/scale';
import { FLOOR_DIR, residentMegabytes, signIn, startDashboard, startEmulatorProcess, startFloor } from './bench/servers';
import { ms } from './bench/stats';
import { measureThroughputPair, type PairedThroughput } from './bench/throughput';
import { startThrowawayPostgres } from './postgres';
import { BIN, run } from './processes';

// `npm run bench`: performance figures, printed beside their targets and written to BENCHMARKS.md.
// Figures, not tests: nothing here passes or fails. The targets are ratios to the framework's own
// floor (scripts/bench/floor: a bare Next.js route handler and a bare chart page) measured in the
// same run, because a shared machine cannot hold absolute figures steady.

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const PORT = Number(process.env.BENCH_PORT ?? 3900);
const FLOOR_PORT = PORT + 2;
const report = new Report();

const StoreRows = z.array(z.object({ figure: z.string(), value: z.string(), target: z.string(), met: z.boolean().optional() }));
const PortalSelf = z.looseObject({ id: z.string() });

/** Builds the Next.js app in `dir` when it has no production build yet. */
async function buildIfMissing(dir: string): Promise<void> {
  if (existsSync(join(dir, '.next/BUILD_ID'))) return;
  await run(BIN('next'), ['build', dir], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
}

function reportLatency(label: string, result: LicenseLatency): void {
  const pair = (p: { p50: number; p95: number }) => `${ms(p.p50)} / ${ms(p.p95)}`;
  report.add({ figure: `${label}: portal read directly, p50 / p95`, value: pair(result.direct), target: '(reference)' });
  report.add({ figure: `${label}: floor route handler, p50 / p95`, value: pair(result.floor), target: '(floor)' });
  report.add({ figure: `${label}: dashboard, p50 / p95`, value: pair(result.dashboard), target: '(measured)' });
  report.add({
    figure: `${label}: dashboard p50 / floor p50`,
    value: `${ms(result.dashboard.p50)} / ${ms(result.floor.p50)}`,
    ...judge(result.dashboard.p50, result.floor.p50, { atMost: 1 }),
  });
}

function reportThroughput(dashboard: PairedThroughput, floor: PairedThroughput): void {
  const mean = (t: PairedThroughput) => (t.runs[0] + t.runs[1]) / 2;
  const runs = (t: PairedThroughput) => `${Math.round(mean(t))} req/s (runs ${t.runs.map(Math.round).join(', ')})`;
  report.add({ figure: 'floor route handler, 50 connections, 2 × 10 s', value: runs(floor), target: '(floor)' });
  report.add({ figure: 'dashboard, 50 connections, 2 × 10 s', value: runs(dashboard), ...judge(mean(dashboard), mean(floor), { atLeast: 1 }) });
  const failures = dashboard.errors + dashboard.non2xx + floor.errors + floor.non2xx;
  const counts = (t: PairedThroughput) => `${t.errors} (${t.timeouts} timeouts) / ${t.non2xx}`;
  report.add({
    figure: 'errors / non-2xx answers during these runs: dashboard, floor',
    value: `${counts(dashboard)}, ${counts(floor)}`,
    target: '0 / 0, 0 / 0',
    met: failures === 0,
  });
}

function reportPageWeight(): void {
  const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  const floor = measurePageWeight(FLOOR_DIR).find((weight) => weight.route === '/chart');
  if (!floor) throw new Error(`${FLOOR_DIR} has no /chart page in its build`);
  report.add({ figure: 'floor /chart (one recharts BarChart)', value: `${kB(floor.gzipBytes)} (${kB(floor.rawBytes)} raw)`, target: '(floor)' });
  for (const weight of measurePageWeight()) {
    report.add({
      figure: weight.route,
      value: `${kB(weight.gzipBytes)} (${kB(weight.rawBytes)} raw)`,
      ...judge(weight.gzipBytes, floor.gzipBytes, { atMost: 1 }),
    });
  }
}

/** `npm run bench -- portals`: only the fleet page's figures, printed; BENCHMARKS.md keeps the last whole run. */
async function portalsOnly(): Promise<void> {
  await buildIfMissing('.');
  console.log('\nFleet: /portals with 10 portals, one down\n');
  for (const row of await measurePortalsRender()) report.add(row);
}

async function main(): Promise<void> {
  await buildIfMissing('.');
  await buildIfMissing(FLOOR_DIR);
  const started = new Date();
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  const emulator = await startEmulatorProcess();
  const dashboard = await startDashboard(PORT, emulator.portalUrl);
  const floor = await startFloor(FLOOR_PORT, emulator.portalUrl).catch((error: unknown) => {
    dashboard.child.kill();
    emulator.child.kill();
    throw error;
  });
  try {
    const cookie = await signIn(dashboard.url);
    const common = {
      dashboardUrl: dashboard.url,
      cookie,
      floorUrl: floor.url,
      portalUrl: emulator.portalUrl,
      controlUrl: emulator.controlUrl,
      requests: REQUESTS,
    };

    console.log(`\nGET /api/license, ${REQUESTS} requests each, one at a time, interleaved\n`);
    reportLatency('portal with 50 ms latency', await measureLicenseLatency({ ...common, latencyMs: 50 }));
    reportLatency('bare loopback', await measureLicenseLatency({ ...common, latencyMs: 0 }));

    console.log('\nThroughput of GET /api/license, runs in the order dashboard, floor, floor, dashboard\n');
    const throughput = await measureThroughputPair(
      { url: `${dashboard.url}/api/license`, headers: { cookie } },
      { url: `${floor.url}/api/license`, headers: {} },
    );
    reportThroughput(throughput.a, throughput.b);

    console.log('\nPage weight: first-load JavaScript per page, gzip\n');
    reportPageWeight();
    const html = await (await fetch(`${dashboard.url}/`, { headers: { Cookie: cookie } })).text();
    const inHtml = html.includes('70 of 1,400') && html.includes('<table');
    report.add({ figure: 'overview figures and tables in the HTML before scripts run', value: inHtml ? 'yes' : 'no', target: 'yes', met: inHtml });
  } finally {
    floor.child.kill();
    dashboard.child.kill();
    emulator.child.kill();
  }
  console.log('\nFleet: /portals with 10 portals, one down\n');
  for (const row of await measurePortalsRender()) report.add(row);
  await measureScale();
  await measureStore();
  console.log('\nAlerts: every rule over the large demo snapshot\n');
  for (const row of measureAlerts()) report.add(row);
  writeReport(started, loadAtStart);
}

/**
 * Figures a script measures in a process of its own (run under the react-server condition, as lib/store
 * needs; --expose-gc, so memory growth is measured from a collected heap), handed back as JSON rows in
 * the file named by the environment variable `rowsVariable`.
 */
async function measureInChild(script: string, rowsVariable: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-rows-'));
  try {
    const file = join(dir, 'rows.json');
    await run(BIN('tsx'), ['--expose-gc', '--conditions=react-server', script], { env: { ...process.env, [rowsVariable]: file } });
    for (const row of StoreRows.parse(JSON.parse(readFileSync(file, 'utf8')))) report.add(row);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The store's own figures on both engines (a throwaway PostgreSQL cluster unless DATABASE_URL is set). */
async function measureStore(): Promise<void> {
  console.log('\nStore: SQLite and PostgreSQL (a throwaway cluster unless DATABASE_URL is set)\n');
  await measureInChild('scripts/bench/store.ts', 'BENCH_STORE_ROWS');
  console.log('\nMembers: the /members queries and CSV at 50,000 members, both engines\n');
  await measureInChild('scripts/bench/members.ts', 'BENCH_MEMBERS_ROWS');
  console.log('\nMembers sync: the 50,000-member demo with 50 ms of portal latency, both engines\n');
  await measureInChild('scripts/bench/member-sync.ts', 'BENCH_MEMBER_SYNC_ROWS');
}

/**
 * The store holding 3 years × 600 entitlements of daily history for the portal at `portalUrl`: the
 * embedded one in `store.dataDir`, or the PostgreSQL database `store.databaseUrl`.
 */
async function prefillHistory(store: { dataDir: string } | { databaseUrl: string }, portalUrl: string): Promise<void> {
  const self = PortalSelf.parse(await (await fetch(`${portalUrl}/sharing/rest/portals/self?f=json`)).json());
  const where = 'databaseUrl' in store ? { DATABASE_URL: store.databaseUrl } : { DATA_DIR: store.dataDir };
  await run(BIN('tsx'), ['--conditions=react-server', 'scripts/bench/store.ts'], {
    env: { ...process.env, ...where, BENCH_STORE_PREFILL: `${portalUrl} ${self.id}` },
  });
}

/** The /history server render on a PostgreSQL store (DATABASE_URL, or a throwaway cluster) prefilled like the embedded one. */
async function measureHistoryOnPostgres(portalUrl: string): Promise<void> {
  const cluster = process.env.DATABASE_URL ? undefined : await startThrowawayPostgres();
  const adminUrl = process.env.DATABASE_URL ?? cluster?.url ?? '';
  const name = `bench_history_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const databaseUrl = new URL(adminUrl);
  databaseUrl.pathname = `/${name}`;
  let dashboard: Awaited<ReturnType<typeof startDashboard>> | undefined;
  try {
    await prefillHistory({ databaseUrl: databaseUrl.toString() }, portalUrl);
    dashboard = await startDashboard(PORT + 4, portalUrl, { DATABASE_URL: databaseUrl.toString() });
    const history = await measureServerRender(dashboard.url, await signIn(dashboard.url), '/history');
    report.add({
      figure: 'server render /history on PostgreSQL, 3 years × 600 entitlements stored: whole HTML, p50',
      value: `${ms(history.fullP50)} (${(history.bytes / 1024).toFixed(0)} kB)`,
      target: 'p50 ≤ 150 ms',
      met: history.fullP50 <= 150,
    });
  } finally {
    dashboard?.child.kill();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    await cluster?.stop();
  }
}

/** A large organization: 50,000 members, 500 entitlements, 2,000 licenses offline. */
async function measureScale(): Promise<void> {
  console.log('\nScale: EMULATOR_SCALE=large (50,000 members, 500 entitlements, 2,000 offline licenses)\n');
  const emulator = await startEmulatorProcess({ EMULATOR_SCALE: 'large' });
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-history-'));
  await prefillHistory({ dataDir }, emulator.portalUrl);
  await prefillMembersStore(dataDir, emulator.portalUrl);
  const dashboard = await startDashboard(PORT + 1, emulator.portalUrl, { DATA_DIR: dataDir });
  // The same dashboard with a store it cannot open: its overview renders without any history read.
  const unavailable = join(dataDir, 'not-a-directory');
  writeFileSync(unavailable, '');
  const withoutStore = await startDashboard(PORT + 3, emulator.portalUrl, { DATA_DIR: unavailable });
  try {
    const cookie = await signIn(dashboard.url);
    const history = await measureServerRender(dashboard.url, cookie, '/history');
    report.add({
      figure: 'server render /history, 3 years × 600 entitlements stored: whole HTML, p50',
      value: `${ms(history.fullP50)} (${(history.bytes / 1024).toFixed(0)} kB)`,
      target: 'p50 ≤ 150 ms',
      met: history.fullP50 <= 150,
    });
    await measureHistoryOnPostgres(emulator.portalUrl);
    for (const row of await measureMembersRender(dashboard.url, cookie)) report.add(row);
    const otherCookie = await signIn(withoutStore.url);
    // Interleaved, so a change in the machine's load hits both sides alike.
    const withTrend: number[] = [];
    const without: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      withTrend.push((await measureServerRender(dashboard.url, cookie, '/')).fullP50);
      without.push((await measureServerRender(withoutStore.url, otherCookie, '/')).fullP50);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1] ?? Number.NaN;
    report.add({
      figure: 'server render / with the trend column (3 years stored) / without a store, p50',
      value: `${ms(median(withTrend))} / ${ms(median(without))}`,
      target: '≤ 1.2× without',
      ratio: `${(median(withTrend) / median(without)).toFixed(3)}×`,
      met: median(withTrend) <= 1.2 * median(without),
    });
    for (const path of ['/', '/expirations', '/release']) {
      const render = await measureServerRender(dashboard.url, cookie, path);
      const target = path === '/' ? '< 100 ms p50' : '(measured)';
      report.add({
        figure: `server render ${path}: first byte / whole HTML, p50`,
        value: `${ms(render.ttfbP50)} / ${ms(render.fullP50)} (${(render.bytes / 1024).toFixed(0)} kB)`,
        target,
        met: path === '/' ? render.fullP50 < 100 : undefined,
      });
    }
    for (const render of await measureBrowserRender(dashboard.url, cookie, ['/', '/expirations', '/release'])) {
      const freezes = render.path === '/release';
      report.add({
        figure: `browser ${render.path}: drawn / longest main-thread task`,
        value: `${render.renderedMs} ms / ${render.longestTaskMs.toFixed(0)} ms`,
        target: freezes ? 'no task ≥ 200 ms (no freeze)' : '(measured)',
        met: freezes ? render.longestTaskMs < 200 : undefined,
      });
    }
    report.add({
      figure: 'memory of the dashboard process after these runs (RSS)',
      value: `${(await residentMegabytes(dashboard.child.pid)).toFixed(0)} MB`,
      target: '(measured)',
    });
  } finally {
    dashboard.child.kill();
    withoutStore.child.kill();
    emulator.child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function writeReport(started: Date, loadAtStart: number): void {
  const cpu = cpus();
  const note = process.env.BENCH_NOTE;
  report.write('BENCHMARKS.md', [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench.ts); the latest run replaces this file. Figures, not tests.',
    '',
    `- Date: ${started.toISOString()}`,
    `- Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`,
    `- Load (1-minute average): ${loadAtStart.toFixed(2)} at the start, ${(loadavg()[0] ?? Number.NaN).toFixed(2)} at the end`,
    ...(note ? [`- Note: ${note}`] : []),
    `- Command: \`npm run bench\` (BENCH_REQUESTS=${REQUESTS})`,
    '- Setup: the production build (`next start`), the floor app (`next start scripts/bench/floor`) and the emulator, each in its own process on this machine; the client in another.',
    '- Floor: a bare Next.js app with the same next, react and recharts: a route handler that fetches the license and returns it (no session, no validation) and one page with one recharts chart. Targets are ratios to it, measured in the same run.',
  ]);
  console.log('\nWrote BENCHMARKS.md');
}

(process.argv.includes('portals') ? portalsOnly() : main()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

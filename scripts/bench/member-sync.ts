import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { z } from 'zod';
import type { PortalConnection } from '../../lib/arcgis/connection';
import { readPortalProfile } from '../../lib/arcgis/profile';
import { startMembersSync } from '../../lib/features/members/sync';
import { portalRefOf } from '../../lib/licensing/snapshot';
import { openStore, type StoreOptions } from '../../lib/store/engine';
import { startThrowawayPostgres } from '../postgres';
import type { Row } from './report';
import { control, directToken, startEmulatorProcess } from './servers';

// Issue 13 §5: the members inventory sync of the 50,000-member demo (EMULATOR_SCALE=large) with 50 ms
// of portal latency, from the license read to the inventory complete in the store, through the
// sync's own code (lib/features/members/sync.ts). The emulator runs in its own process, as a portal
// would; a proxy in front of it counts the requests in flight. Not a test. Standalone:
// `tsx --conditions=react-server scripts/bench/member-sync.ts` (lib is server-only) prints both
// engines, and writes them as JSON rows to BENCH_MEMBER_SYNC_ROWS when set (npm run bench).

const REFERER = 'http://bench.example.com/';
const LATENCY_MS = 50;
/** The case: ArcGIS Pro, Drone2Map and one more app. The large demo's license names 443 apps. */
const THREE_APPS = ['arcgisprodesktop', 'arcgisd2m'];

/**
 * What one sync measured: seconds from start to complete (of which reading the portal, the rest
 * writing the store), this process's CPU seconds, requests sent and the most in flight at once.
 */
export interface MemberSyncMeasure {
  seconds: number;
  readSeconds: number;
  cpuSeconds: number;
  requests: number;
  peakInFlight: number;
  members: number;
  listings: number;
}

/** A proxy in front of `target` that counts requests and the most in flight at once. */
async function countingProxy(target: string): Promise<{ url: string; server: Server; counts: { requests: number; inFlight: number; peak: number } }> {
  const counts = { requests: 0, inFlight: 0, peak: 0 };
  const server = createServer((req, res) => {
    counts.requests += 1;
    counts.inFlight += 1;
    counts.peak = Math.max(counts.peak, counts.inFlight);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const init: RequestInit = {
        method: req.method ?? 'GET',
        headers: { 'content-type': req.headers['content-type'] ?? '', referer: req.headers.referer ?? '' },
      };
      if (req.method === 'POST') init.body = Buffer.concat(chunks);
      void fetch(`${target}${req.url ?? '/'}`, init).then(async (answer) => {
        const body = Buffer.from(await answer.arrayBuffer());
        counts.inFlight -= 1;
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
        res.end(body);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, counts };
}

const LicenseApps = z.looseObject({ apps: z.array(z.looseObject({ id: z.string() })) });

/**
 * Makes the emulator's license name only three apps (a control-API 'answer' fault on the license
 * resource), so the sync reads three listings as the target says, with the sync's code unchanged.
 */
async function licenseOfThreeApps(emulator: { portalUrl: string; controlUrl: string }, token: string): Promise<void> {
  const url = `${emulator.portalUrl}/portaladmin/license?f=json&token=${token}`;
  const license = LicenseApps.parse(await (await fetch(url, { headers: { referer: REFERER } })).json());
  const third = license.apps.find((app) => !THREE_APPS.includes(app.id));
  const apps = license.apps.filter((app) => THREE_APPS.includes(app.id) || app === third);
  await control(emulator.controlUrl, '/faults', { kind: 'answer', match: 'portaladmin/license$', body: { ...license, apps } });
}

/**
 * One sync of the large demo into a fresh store at `options` (an empty database), with every app
 * listing the license names (`listings: 'all'`) or three. Closes the store and stops the emulator.
 */
export async function measureMemberSync(options: StoreOptions, listings: 'three' | 'all'): Promise<MemberSyncMeasure> {
  const emulator = await startEmulatorProcess({ EMULATOR_SCALE: 'large' });
  const proxy = await countingProxy(new URL(emulator.portalUrl).origin);
  const store = await openStore(options);
  try {
    const token = await directToken(emulator.portalUrl, REFERER);
    if (listings === 'three') await licenseOfThreeApps(emulator, token);
    const portalUrl = `${proxy.url}${new URL(emulator.portalUrl).pathname}`;
    const connection: PortalConnection = { portalUrl, token, referer: REFERER, timeoutMs: 60_000 };
    const profile = await readPortalProfile(connection);
    await control(emulator.controlUrl, '/latency', { ms: LATENCY_MS });
    proxy.counts.requests = 0;
    proxy.counts.peak = 0;
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const run = startMembersSync({ connection, profile, portal: portalRefOf(portalUrl, profile) }, { store: async () => store, now: Date.now });
    // The read is over at its last progress report (each page read replaces the state): sampled finely.
    let readSeconds = 0;
    let seen = run.state;
    const sampler = setInterval(() => {
      if (run.state !== seen && run.state.state === 'running') readSeconds = (performance.now() - started) / 1_000;
      seen = run.state;
    }, 10);
    const done = await run.done;
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1_000;
    const cpu = process.cpuUsage(cpuStarted);
    if (done.state !== 'completed') throw new Error(`The sync did not complete: ${JSON.stringify(done)}`);
    const counted = await store.db
      .selectFrom('memberInventories')
      .select(['membersTotal', 'listings'])
      .where('status', '=', 'complete')
      .executeTakeFirstOrThrow();
    return {
      seconds,
      readSeconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      requests: proxy.counts.requests,
      peakInFlight: proxy.counts.peak,
      members: counted.membersTotal,
      listings: z.array(z.unknown()).parse(JSON.parse(counted.listings)).length,
    };
  } finally {
    await store.close();
    proxy.server.close();
    emulator.child.kill();
  }
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const print = (engine: string, m: MemberSyncMeasure) => {
    const figure = `${engine}: sync of ${m.members.toLocaleString('en-US')} members and ${m.listings} app listings, ${LATENCY_MS} ms latency`;
    rows.push({
      figure,
      value: `${m.seconds.toFixed(1)} s (portal read ${m.readSeconds.toFixed(1)} s, store write ${(m.seconds - m.readSeconds).toFixed(1)} s; CPU ${m.cpuSeconds.toFixed(1)} s); ${m.requests} requests, at most ${m.peakInFlight} in flight`,
      target: m.listings === 3 ? '≤ 20 s, ≤ 8 in flight' : '≤ 8 in flight',
      met: m.peakInFlight <= 8 && (m.listings !== 3 || m.seconds <= 20),
    });
    console.log(`${figure}: ${rows.at(-1)?.value}`);
  };
  const dir = mkdtempSync(join(tmpdir(), 'bench-member-sync-'));
  try {
    print('SQLite', await measureMemberSync({ sqliteFile: join(dir, 'three.sqlite') }, 'three'));
    print('SQLite', await measureMemberSync({ sqliteFile: join(dir, 'all.sqlite') }, 'all'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const cluster = process.env.DATABASE_URL ? undefined : await startThrowawayPostgres();
  try {
    const url = new URL(process.env.DATABASE_URL ?? cluster?.url ?? '');
    for (const listings of ['three', 'all'] as const) {
      const name = `bench_member_sync_${process.pid}_${listings}`;
      const admin = new pg.Client({ connectionString: url.toString() });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const database = new URL(url);
      database.pathname = `/${name}`;
      print('PostgreSQL', await measureMemberSync({ databaseUrl: database.toString(), sqliteFile: '' }, listings));
    }
  } finally {
    await cluster?.stop();
  }
  if (process.env.BENCH_MEMBER_SYNC_ROWS) writeFileSync(process.env.BENCH_MEMBER_SYNC_ROWS, JSON.stringify(rows));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

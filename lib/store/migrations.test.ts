import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectStore, migrateStore, openStore, type Store } from './engine';
import { readHistory, writeSnapshot } from './snapshots';
import { appendAudit, listAudit } from './audit';
import { tryAcquireCollectorLock } from './collector-lock';
import { latestCollectorRuns, recordCollectorRun } from './collector-runs';
import { portalId } from './portals';
import { emptyDatabase, TEST_ENGINE, type EmptyDatabase } from './test-store';
import type { LicenseSnapshot } from '../licensing/snapshot';
import { portal, snapshotAt } from './test-fixtures';

let database: EmptyDatabase;
const open: Store[] = [];

beforeEach(async () => {
  database = await emptyDatabase();
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((store) => store.close()));
  await database.drop();
});

const ALL = [
  '0001-history',
  '0002-audit-and-coordination',
  '0003-collector-runs',
  '0004-members',
  '0005-history-points-by-time',
  '0006-alerts',
  '0007-collector-grants',
];

async function appliedMigrations(store: Store): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(store.db);
  return rows.map((row) => row.name);
}

describe(`migrations (${TEST_ENGINE})`, () => {
  it('apply every migration to an empty database, and again without effect', async () => {
    const store = await openStore(database.options);
    open.push(store);
    expect(await appliedMigrations(store)).toEqual(ALL);
    await migrateStore(store);
    expect(await appliedMigrations(store)).toEqual(ALL);
    await writeSnapshot(store, snapshotAt(1_000));
    expect((await readHistory(store, { portal, from: 0, to: 2_000 })).snapshots).toHaveLength(1);
  });

  it('bring a previous-version database (migration 1 only, with data) to the latest, keeping its data', async () => {
    const previous = connectStore(database.options);
    open.push(previous);
    await migrateStore(previous, '0001-history');
    expect(await appliedMigrations(previous)).toEqual(['0001-history']);
    await writeOldSnapshot(previous, 1, snapshotAt(5_000));
    await expect(sql`select count(*) from audit_entries`.execute(previous.db)).rejects.toThrow();

    await migrateStore(previous);
    expect(await appliedMigrations(previous)).toEqual(ALL);
    const history = await readHistory(previous, { portal, from: 0, to: 10_000 });
    expect(history.snapshots.map((s) => s.takenAt)).toEqual([5_000]);
    expect(history.points).toHaveLength(snapshotAt(5_000).entitlements.length);
    await appendAudit(previous, { portal, at: 6_000, admin: 'admin', action: 'sign-in', target: 'admin', parameters: {} });
    expect((await listAudit(previous, { portal }, { offset: 0, limit: 10 })).total).toBe(1);
  });

  it('two instances starting together both start, and the schema is applied once', { timeout: 180_000 }, async () => {
    // Separate processes, as two dashboard instances would be (SQLite's lock is per process). Each
    // loads the code, says "ready", then waits for the go file, so both migrate at the same moment
    // however long loading took.
    const go = join(mkdtempSync(join(tmpdir(), 'migrate-race-')), 'go');
    const engineModule = fileURLToPath(new URL('./engine.ts', import.meta.url));
    const script = `import(${JSON.stringify(engineModule)}).then(async ({ openStore }) => {
      const { existsSync } = await import('node:fs');
      console.log('ready');
      while (!existsSync(${JSON.stringify(go)})) await new Promise((resolve) => setTimeout(resolve, 5));
      const store = await openStore(${JSON.stringify(database.options)});
      await store.close();
    }).catch((error) => { console.error(error); process.exit(1); });`;
    const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
    const instances = [0, 1].map(() => spawn(tsx, ['--conditions=react-server', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] }));
    const exits = instances.map((child) => {
      let errors = '';
      child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      return new Promise<string>((resolve) => child.on('exit', (code) => resolve(code === 0 ? 'ok' : `exit ${code}: ${errors}`)));
    });
    await Promise.all(instances.map((child) => new Promise((resolve) => child.stdout.once('data', resolve))));
    writeFileSync(go, '');
    expect(await Promise.all(exits)).toEqual(['ok', 'ok']);
    const store = connectStore(database.options);
    open.push(store);
    expect(await appliedMigrations(store)).toEqual(ALL);
  });

  it('bring a version-2 database (with a snapshot and a lock) to version 3: collector runs recorded, data kept', async () => {
    const previous = connectStore(database.options);
    open.push(previous);
    await migrateStore(previous, '0002-audit-and-coordination');
    await writeOldSnapshot(previous, 1, snapshotAt(5_000));
    expect(await tryAcquireCollectorLock(previous, portal, 'a', 60_000, 0)).toBe(true);
    await expect(sql`select count(*) from collector_runs`.execute(previous.db)).rejects.toThrow();

    await migrateStore(previous);
    expect(await appliedMigrations(previous)).toEqual(ALL);
    expect((await readHistory(previous, { portal, from: 0, to: 10_000 })).snapshots.map((s) => s.takenAt)).toEqual([5_000]);
    expect(await tryAcquireCollectorLock(previous, portal, 'b', 60_000, 1)).toBe(false);
    await recordCollectorRun(previous, portal, { startedAt: 6_000, finishedAt: 6_500, outcome: 'ok', reason: null, instance: 'a' });
    expect(await latestCollectorRuns(previous, portal, 5)).toHaveLength(1);
  });

  it('bring a version-4 database (with snapshots) to version 5: each point gets the time of its snapshot, history reads the same', async () => {
    const previous = connectStore(database.options);
    open.push(previous);
    await migrateStore(previous, '0004-members');
    await writeOldSnapshot(previous, 1, snapshotAt(5_000, 1));
    await writeOldSnapshot(previous, 2, snapshotAt(7_000, 1));
    await migrateStore(previous);
    expect(await appliedMigrations(previous)).toEqual(ALL);
    const history = await readHistory(previous, { portal, from: 6_000, to: 10_000 });
    expect(history.points).toEqual(snapshotAt(7_000, 1).entitlements.map((e) => ({ takenAt: 7_000, ...e })));
  });
});

/** A snapshot as dashboards before migration 0005 wrote it: points without their time. */
async function writeOldSnapshot(store: Store, id: number, snapshot: LicenseSnapshot): Promise<void> {
  const portalRow = await portalId(store, portal);
  await sql`insert into snapshots (id, portal_id, taken_at, source, members_in_use, members_limit)
    values (${id}, ${portalRow}, ${snapshot.takenAt}, ${snapshot.source}, ${snapshot.members.inUse}, ${snapshot.members.limit})`.execute(store.db);
  for (const e of snapshot.entitlements) {
    await sql`insert into snapshot_entitlements (snapshot_id, portal_id, kind, entitlement_id, seats_purchased, seats_assigned, expires_at)
      values (${id}, ${portalRow}, ${e.kind}, ${e.id}, ${e.seatsPurchased}, ${e.seatsAssigned}, ${e.expiresAt})`.execute(store.db);
  }
}

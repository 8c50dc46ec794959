import { z } from 'zod';
import { expect, test } from './support/fixtures';
import { emulator } from './support/emulator';
import { ADMIN } from './support/env';
import { freshDataDir, instancePort, sqliteRows, startInstance, type Instance } from './support/instances';
import { signInThroughForm } from './support/session';

// Snapshots are written by the collector with nobody signed in, and as an admin opens the overview
// (at most once an hour). The /history page does not exist yet, so what was written is read from the
// dashboard's store file itself.

const Run = z.object({ outcome: z.string(), reason: z.string().nullable() });
const Snapshot = z.object({ source: z.string(), members_in_use: z.number(), entitlements: z.number() });
const SNAPSHOTS = `select s.source, s.members_in_use, (select count(*) from snapshot_entitlements e where e.snapshot_id = s.id) as entitlements
  from snapshots s order by s.taken_at`;

let instance: Instance | undefined;

test.beforeEach(async () => {
  await emulator.reset();
});
test.afterEach(async () => {
  await instance?.stop();
  instance = undefined;
});

test('the collector writes a snapshot of the whole license with nobody signed in, and records its run', async () => {
  test.setTimeout(180_000);
  const dataDir = freshDataDir('collector-demo');
  // Demo mode: the demo portal's administrator is the collector.
  instance = await startInstance(instancePort(0), {
    DATA_DIR: dataDir,
    DEMO_USERNAME: ADMIN.username,
    DEMO_PASSWORD: ADMIN.password,
    COLLECT_INTERVAL: '1m',
  });
  await expect
    .poll(() => sqliteRows(dataDir, 'select outcome, reason from collector_runs', Run), { timeout: 60_000 })
    .toEqual([{ outcome: 'ok', reason: null }]);
  const [snapshot] = sqliteRows(dataDir, SNAPSHOTS, Snapshot);
  // 70 members; 7 user types, 16 apps and a bundle (the seat-counted entitlements of the demo license).
  expect(snapshot).toEqual({ source: 'collector', members_in_use: 70, entitlements: 24 });
  expect(instance.output()).toContain(`[collector] `);
  expect(instance.output()).not.toContain(ADMIN.password);
});

test('a collector account the portal refuses: the run is recorded as failed in the portal’s words, the password in no log line', async () => {
  test.setTimeout(180_000);
  const dataDir = freshDataDir('collector-refused');
  const password = 'e2e-Wrong-Collector-Passw0rd';
  instance = await startInstance(instancePort(0), { DATA_DIR: dataDir, ARCGIS_COLLECTOR_USERNAME: 'analyst', ARCGIS_COLLECTOR_PASSWORD: password });
  await expect
    .poll(() => sqliteRows(dataDir, 'select outcome, reason from collector_runs', Run), { timeout: 60_000 })
    .toEqual([{ outcome: 'failed', reason: 'Unable to generate token. Invalid username or password.' }]);
  expect(sqliteRows(dataDir, SNAPSHOTS, Snapshot)).toEqual([]);
  await expect.poll(() => instance?.output()).toContain('collection failed: Unable to generate token. Invalid username or password.');
  expect(instance.output()).not.toContain(password);
});

test('opening the overview writes one snapshot, and opening it again within the hour writes none', async ({ page }) => {
  test.setTimeout(180_000);
  const dataDir = freshDataDir('collector-overview');
  // No collector account and not demo mode: only the overview writes.
  instance = await startInstance(instancePort(0), { DATA_DIR: dataDir });
  await signInThroughForm(page, ADMIN, `${instance.url}/sign-in`);
  await expect(page.getByTestId('members-figure')).toHaveText('70 of 1,400');
  await expect
    .poll(() => sqliteRows(dataDir, SNAPSHOTS, Snapshot), { timeout: 30_000 })
    .toEqual([{ source: 'overview', members_in_use: 70, entitlements: 24 }]);

  for (let open = 0; open < 3; open += 1) {
    await page.reload();
    await expect(page.getByTestId('members-figure')).toHaveText('70 of 1,400');
  }
  // Each opening's write check runs after its response; watch the store for a while after the last.
  const counts: number[] = [];
  await expect
    .poll(() => counts.push(sqliteRows(dataDir, SNAPSHOTS, Snapshot).length) && counts.length, { timeout: 20_000, intervals: [1_000] })
    .toBeGreaterThanOrEqual(5);
  expect(new Set(counts)).toEqual(new Set([1]));
  expect(instance.output()).not.toContain('[snapshot]');
});

test('with the store out of reach the overview renders as before, and says in one log line that no snapshot was taken', async ({ page }) => {
  test.setTimeout(180_000);
  // A data directory that cannot be created: its parent is a file.
  instance = await startInstance(instancePort(0), { DATA_DIR: '/etc/hostname/store' });
  await signInThroughForm(page, ADMIN, `${instance.url}/sign-in`);
  await expect(page.getByTestId('members-figure')).toHaveText('70 of 1,400');
  await expect(page.getByTestId('usage-creatorUT')).toContainText('53');
  await expect.poll(() => instance?.output()).toMatch(/\[snapshot\] .*: none taken as the overview opened: The dashboard's store is unavailable/);
  expect(instance.output().match(/\[snapshot\]/g)).toHaveLength(1);
});

import { describe, expect, it } from 'vitest';
import { latestCollectorRuns, pruneCollectorRuns, recordCollectorRun } from './collector-runs';
import type { Store } from './engine';
import { readHistory, writeSnapshot, writeSnapshotUnlessRecent } from './snapshots';
import { portal, snapshotAt } from './test-fixtures';
import { openStoresPerTest, TEST_ENGINE } from './test-store';

let first: Store;
let second: Store;

// Two connections to one database, as two dashboard instances would have.
openStoresPerTest(2, ([a, b]) => {
  if (!a || !b) throw new Error('two stores were opened');
  [first, second] = [a, b];
});

const HOUR = 3_600_000;
const taken = async () => (await readHistory(first, { portal, from: 0, to: 100 * HOUR })).snapshots.map((s) => [s.takenAt, s.source]);

describe(`a snapshot unless a recent one exists (${TEST_ENGINE})`, () => {
  it('is written when the last real snapshot is an hour old or more, and not within the hour', async () => {
    const overview = (at: number) => ({ ...snapshotAt(at), source: 'overview' as const });
    expect(await writeSnapshotUnlessRecent(first, overview(HOUR), HOUR)).toEqual(expect.any(Number));
    expect(await writeSnapshotUnlessRecent(second, overview(2 * HOUR - 1), HOUR)).toBeUndefined();
    expect(await writeSnapshotUnlessRecent(second, overview(2 * HOUR), HOUR)).toEqual(expect.any(Number));
    // A collector's snapshot counts as recent too; the demo's synthetic history does not.
    await writeSnapshot(first, snapshotAt(3 * HOUR));
    expect(await writeSnapshotUnlessRecent(first, overview(3 * HOUR + 10), HOUR)).toBeUndefined();
    await writeSnapshot(first, { ...snapshotAt(5 * HOUR), source: 'demo-seed' });
    expect(await writeSnapshotUnlessRecent(first, overview(5 * HOUR + 10), HOUR)).toEqual(expect.any(Number));
    expect(await taken()).toEqual([
      [HOUR, 'overview'],
      [2 * HOUR, 'overview'],
      [3 * HOUR, 'collector'],
      [5 * HOUR, 'demo-seed'],
      [5 * HOUR + 10, 'overview'],
    ]);
  });

  it('is written once when two requests or instances ask at the same moment', async () => {
    // Instances sharing a store share PostgreSQL; an embedded store belongs to one process, whose one
    // connection both requests use (two in-process SQLite connections would block each other's thread).
    const other = TEST_ENGINE === 'postgres' ? second : first;
    const overview = { ...snapshotAt(HOUR, 200), source: 'overview' as const };
    const results = await Promise.all([writeSnapshotUnlessRecent(first, overview, HOUR), writeSnapshotUnlessRecent(other, overview, HOUR)]);
    expect(results.filter((id) => id !== undefined)).toHaveLength(1);
    expect(await taken()).toEqual([[HOUR, 'overview']]);
  });

  it('is kept apart per portal', async () => {
    await writeSnapshotUnlessRecent(first, snapshotAt(HOUR), HOUR);
    const other = { ...snapshotAt(HOUR), portal: { ...portal, orgId: 'other' } };
    expect(await writeSnapshotUnlessRecent(second, other, HOUR)).toEqual(expect.any(Number));
  });
});

describe(`collector runs (${TEST_ENGINE})`, () => {
  it('are recorded and read back newest first, per portal, and pruned by age', async () => {
    const run = (startedAt: number, outcome: 'ok' | 'failed', reason: string | null) => ({
      startedAt,
      finishedAt: startedAt + 500,
      outcome,
      reason,
      instance: 'instance-a',
    });
    await recordCollectorRun(first, portal, run(1_000, 'ok', null));
    await recordCollectorRun(second, portal, run(2_000, 'failed', 'Unable to generate token. Invalid username or password.'));
    await recordCollectorRun(first, portal, run(3_000, 'failed', 'Cannot reach https://gis.example.com/portal: connection refused.'));
    await recordCollectorRun(first, { ...portal, orgId: 'other' }, run(4_000, 'ok', null));

    const latest = await latestCollectorRuns(second, portal, 2);
    expect(latest).toEqual([
      run(3_000, 'failed', 'Cannot reach https://gis.example.com/portal: connection refused.'),
      run(2_000, 'failed', 'Unable to generate token. Invalid username or password.'),
    ]);
    expect(await pruneCollectorRuns(first, 2_500)).toBe(2);
    expect((await latestCollectorRuns(first, portal, 10)).map((r) => r.startedAt)).toEqual([3_000]);
  });
});

import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Store } from './engine';
import { StoreUnavailableError } from './errors';
import { latestSnapshotAt, readEntitlementSeries, readHistory, writeSnapshot } from './snapshots';
import { portal, snapshotAt } from './test-fixtures';
import { openStoresPerTest, TEST_ENGINE } from './test-store';

let store: Store;

openStoresPerTest(1, ([opened]) => {
  if (!opened) throw new Error('a store was opened');
  store = opened;
});

async function count(table: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(store.db);
  return Number(rows[0]?.n);
}

describe(`snapshots (${TEST_ENGINE})`, () => {
  it('read back as written, in the range asked for, for the entitlements asked for', async () => {
    for (const at of [1_000, 2_000, 3_000]) await writeSnapshot(store, snapshotAt(at));
    const all = await readHistory(store, { portal, from: 1_500, to: 3_000 });
    expect(all.snapshots).toEqual([
      { takenAt: 2_000, source: 'collector', membersInUse: 70, membersLimit: 1_400 },
      { takenAt: 3_000, source: 'collector', membersInUse: 70, membersLimit: 1_400 },
    ]);
    expect(all.points).toEqual([...snapshotAt(2_000).entitlements, ...snapshotAt(3_000).entitlements].map(withTime));
    expect(all.serverExpirations).toEqual([
      { takenAt: 2_000, server: 'https://gis.example.com/server', name: 'ArcGIS Server Advanced', expiresAt: 1_900_000_000_000 },
      { takenAt: 3_000, server: 'https://gis.example.com/server', name: 'ArcGIS Server Advanced', expiresAt: 1_900_000_000_000 },
    ]);

    const chosen = await readHistory(store, { portal, from: 0, to: 5_000, entitlementIds: ['entitlement1'] });
    expect(chosen.points.map((p) => [p.takenAt, p.id])).toEqual([
      [1_000, 'entitlement1'],
      [2_000, 'entitlement1'],
      [3_000, 'entitlement1'],
    ]);
    expect((await readHistory(store, { portal, from: 0, to: 5_000, entitlementIds: [] })).points).toEqual([]);
  });

  it('say when the latest snapshot up to a time was taken, and skip server expirations when asked', async () => {
    expect(await latestSnapshotAt(store, portal, 10_000)).toBeUndefined();
    for (const at of [3_000, 1_000, 2_000]) await writeSnapshot(store, snapshotAt(at));
    expect(await latestSnapshotAt(store, portal, 10_000)).toBe(3_000);
    expect(await latestSnapshotAt(store, portal, 2_500)).toBe(2_000);
    expect(await latestSnapshotAt(store, portal, 500)).toBeUndefined();
    const without = await readHistory(store, { portal, from: 0, to: 10_000, serverExpirations: false });
    expect(without.serverExpirations).toEqual([]);
    expect(without.points).toHaveLength(9);
  });

  it('read the chosen entitlements in the range as one series each, oldest first, whatever order they were written in', async () => {
    for (const at of [3_000, 1_000, 4_000, 2_000]) await writeSnapshot(store, snapshotAt(at));
    const read = await readEntitlementSeries(store, { portal, from: 1_500, to: 3_500, entitlementIds: ['entitlement2', 'entitlement0', 'missing'] });
    expect(read.snapshots).toEqual([
      { takenAt: 2_000, source: 'collector' },
      { takenAt: 3_000, source: 'collector' },
    ]);
    const seats = (at: number, index: number) => {
      const entitlement = snapshotAt(at).entitlements[index];
      if (!entitlement) throw new Error('fixture has the entitlement');
      return { takenAt: at, seatsPurchased: entitlement.seatsPurchased, seatsAssigned: entitlement.seatsAssigned, expiresAt: entitlement.expiresAt };
    };
    expect(read.series).toEqual([
      { id: 'entitlement0', kind: 'userType', points: [seats(2_000, 0), seats(3_000, 0)] },
      { id: 'entitlement2', kind: 'app', points: [seats(2_000, 2), seats(3_000, 2)] },
    ]);
    expect((await readEntitlementSeries(store, { portal, from: 0, to: 5_000, entitlementIds: [] })).series).toEqual([]);
  });

  it('keep portals apart', async () => {
    await writeSnapshot(store, snapshotAt(1_000));
    const other = { url: 'https://other.example.com/portal', orgId: 'abc' };
    await writeSnapshot(store, { ...snapshotAt(1_000), portal: other, members: { inUse: 5, limit: 10 } });
    expect((await readHistory(store, { portal: other, from: 0, to: 2_000 })).snapshots.map((s) => s.membersInUse)).toEqual([5]);
    expect((await readHistory(store, { portal, from: 0, to: 2_000 })).snapshots.map((s) => s.membersInUse)).toEqual([70]);
  });

  it('interrupted mid-write leaves no partial snapshot and the previous ones intact', async () => {
    await writeSnapshot(store, snapshotAt(1_000, 5));
    // 1,500 entitlements are written in several statements; a refused value in a late one fails the
    // write after the snapshot row and the first 1,200 entitlements went in.
    const broken = snapshotAt(2_000, 1_500);
    const entitlements = broken.entitlements.map((e, index) => (index === 1_200 ? { ...e, seatsAssigned: -1 } : e));
    await expect(writeSnapshot(store, { ...broken, entitlements })).rejects.toThrow();

    const history = await readHistory(store, { portal, from: 0, to: 10_000 });
    expect(history.snapshots.map((s) => s.takenAt)).toEqual([1_000]);
    expect(history.points).toHaveLength(5);
    expect(await count('snapshots')).toBe(1);
    expect(await count('snapshot_entitlements')).toBe(5);
    expect(await count('server_expirations')).toBe(1);
  });

  it('refuse the same entitlement twice in one snapshot, writing nothing', async () => {
    const snapshot = snapshotAt(1_000, 2);
    const first = snapshot.entitlements[0];
    if (!first) throw new Error('fixture has entitlements');
    await expect(writeSnapshot(store, { ...snapshot, entitlements: [...snapshot.entitlements, first] })).rejects.not.toBeInstanceOf(
      StoreUnavailableError,
    );
    expect(await count('snapshots')).toBe(0);
  });
});

function withTime(this: void, entitlement: ReturnType<typeof snapshotAt>['entitlements'][number], index: number) {
  return { takenAt: index < 3 ? 2_000 : 3_000, ...entitlement };
}

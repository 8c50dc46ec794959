import { describe, expect, it } from 'vitest';
import type { Store } from './engine';
import {
  appendInventory,
  beginInventory,
  completeInventory,
  currentInventory,
  dropAbandonedInventories,
  type InventoryLicense,
  type InventoryMember,
} from './member-inventory';
import { portal } from './test-fixtures';
import { openStoresPerTest, TEST_ENGINE } from './test-store';

let store: Store;

openStoresPerTest(1, ([opened]) => {
  if (!opened) throw new Error('a store was opened');
  store = opened;
});

const member = (username: string, lastLogin: number | null = 1_000): InventoryMember => ({
  username,
  fullName: `Full ${username}`,
  email: null,
  role: 'org_user',
  roleId: null,
  userLicenseTypeId: 'creatorUT',
  created: 500,
  lastLogin,
  disabled: false,
  provider: 'arcgis',
});
const pro = (username: string): InventoryLicense => ({
  username,
  itemId: 'proItem',
  lastLogin: null,
  disconnected: true,
  entitlements: ['desktopAdvN', 'spatialAnalystN', 'desktopAdvN'],
});

async function rowCounts(inventoryId: number) {
  const count = (table: 'inventoryMembers' | 'inventoryLicenses' | 'inventoryEntitlements') =>
    store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('inventoryId', '=', inventoryId)
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));
  return [await count('inventoryMembers'), await count('inventoryLicenses'), await count('inventoryEntitlements')];
}

describe(`members inventory (${TEST_ENGINE})`, () => {
  it('is seen by readers only once complete, and then replaces the previous one', async () => {
    expect(await currentInventory(store, portal)).toBeUndefined();
    const first = await beginInventory(store, portal, 1_000);
    await appendInventory(store, first, { members: [member('ann'), member('bob', null)], licenses: [pro('ann')] });
    expect(await currentInventory(store, portal)).toBeUndefined();
    await completeInventory(store, first, { readAt: 2_000, membersTotal: 2, unreached: 0, listings: [{ itemId: 'proItem', name: 'ArcGIS Pro' }] });
    expect(await currentInventory(store, portal)).toEqual({
      id: first,
      startedAt: 1_000,
      readAt: 2_000,
      membersTotal: 2,
      unreached: 0,
      listings: [{ itemId: 'proItem', name: 'ArcGIS Pro' }],
    });
    expect(await rowCounts(first)).toEqual([2, 1, 2]);

    const second = await beginInventory(store, portal, 3_000);
    await appendInventory(store, second, { members: [member('ann')], licenses: [] });
    expect((await currentInventory(store, portal))?.id).toBe(first);
    await completeInventory(store, second, { readAt: 4_000, membersTotal: 1, unreached: 0, listings: [] });
    expect((await currentInventory(store, portal))?.id).toBe(second);
    expect(await rowCounts(first)).toEqual([0, 0, 0]);
  });

  it('keeps the previous inventory when a sync is interrupted, and a refused batch writes nothing of itself', async () => {
    const first = await beginInventory(store, portal, 1_000);
    await appendInventory(store, first, { members: [member('ann')], licenses: [] });
    await completeInventory(store, first, { readAt: 2_000, membersTotal: 1, unreached: 0, listings: [] });
    const interrupted = await beginInventory(store, portal, 3_000);
    await expect(appendInventory(store, interrupted, { members: [member('cat'), member('cat')], licenses: [] })).rejects.toThrow();
    expect(await rowCounts(interrupted)).toEqual([0, 0, 0]);
    expect((await currentInventory(store, portal))?.id).toBe(first);
  });

  it('keeps portals apart', async () => {
    const other = { url: 'https://other.example.com/portal', orgId: 'abc' };
    const mine = await beginInventory(store, portal, 1_000);
    await completeInventory(store, mine, { readAt: 2_000, membersTotal: 0, unreached: 0, listings: [] });
    const theirs = await beginInventory(store, other, 1_500);
    await completeInventory(store, theirs, { readAt: 2_500, membersTotal: 0, unreached: 0, listings: [] });
    expect((await currentInventory(store, portal))?.id).toBe(mine);
    expect((await currentInventory(store, other))?.id).toBe(theirs);
  });

  it('deletes abandoned inventories still being written, begun before the cut-off, and never a complete one', async () => {
    const complete = await beginInventory(store, portal, 1_000);
    await appendInventory(store, complete, { members: [member('ann')], licenses: [pro('ann')] });
    await completeInventory(store, complete, { readAt: 2_000, membersTotal: 1, unreached: 0, listings: [] });
    const abandoned = await beginInventory(store, portal, 3_000);
    await appendInventory(store, abandoned, { members: [member('ann'), member('bob')], licenses: [pro('bob')] });
    const recent = await beginInventory(store, portal, 9_000);
    const elsewhere = await beginInventory(store, { url: 'https://other.example.com/portal', orgId: 'abc' }, 3_000);

    expect(await dropAbandonedInventories(store, portal, 5_000)).toBe(1);
    expect(await rowCounts(abandoned)).toEqual([0, 0, 0]);
    expect(await rowCounts(complete)).toEqual([1, 1, 2]);
    const left = await store.db.selectFrom('memberInventories').select('id').orderBy('id').execute();
    expect(left.map((r) => r.id)).toEqual([complete, recent, elsewhere]);
    expect((await currentInventory(store, portal))?.id).toBe(complete);
  });
});

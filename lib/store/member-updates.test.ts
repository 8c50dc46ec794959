import { describe, expect, it } from 'vitest';
import type { Store } from './engine';
import { appendInventory, beginInventory, completeInventory, type InventoryLicense, type InventoryMember } from './member-inventory';
import { writeMemberUpdates } from './member-updates';
import { portal } from './test-fixtures';
import { openStoresPerTest, TEST_ENGINE } from './test-store';

let store: Store;

openStoresPerTest(1, ([opened]) => {
  if (!opened) throw new Error('a store was opened');
  store = opened;
});

const member = (username: string, userLicenseTypeId = 'creatorUT'): InventoryMember => ({
  username,
  fullName: `Full ${username}`,
  email: null,
  role: 'org_user',
  roleId: null,
  userLicenseTypeId,
  created: 500,
  lastLogin: 1_000,
  disabled: false,
  provider: 'arcgis',
});
const license = (username: string, itemId: string, entitlements: string[]): InventoryLicense => ({
  username,
  itemId,
  lastLogin: null,
  disconnected: false,
  entitlements,
});

async function inventoryOf(members: InventoryMember[], licenses: InventoryLicense[]): Promise<number> {
  const id = await beginInventory(store, portal, 1_000);
  await appendInventory(store, id, { members, licenses });
  await completeInventory(store, id, { readAt: 2_000, membersTotal: members.length, unreached: 0, listings: [] });
  return id;
}

async function rows(inventoryId: number) {
  const members = await store.db
    .selectFrom('inventoryMembers')
    .select(['username', 'userLicenseTypeId'])
    .where('inventoryId', '=', inventoryId)
    .orderBy('username')
    .execute();
  const entitlements = await store.db
    .selectFrom('inventoryEntitlements')
    .select(['username', 'itemId', 'entitlement'])
    .where('inventoryId', '=', inventoryId)
    .orderBy('username')
    .orderBy('itemId')
    .orderBy('entitlement')
    .execute();
  const licenses = await store.db
    .selectFrom('inventoryLicenses')
    .select(['username', 'itemId'])
    .where('inventoryId', '=', inventoryId)
    .orderBy('username')
    .orderBy('itemId')
    .execute();
  return { members, licenses, entitlements };
}

describe(`members written back after a bulk change (${TEST_ENGINE})`, () => {
  it('replaces the re-read members and their licenses of the listings re-read, and leaves everyone and everything else', async () => {
    const id = await inventoryOf(
      [member('ann'), member('bob'), member('cid'), member('gone')],
      [
        license('ann', 'pro', ['desktopAdvN', 'spatialAnalystN']),
        license('ann', 'd2m', ['drone2map']),
        license('bob', 'pro', ['desktopBasicN']),
        license('cid', 'pro', ['desktopStdN']),
        license('gone', 'pro', ['desktopStdN']),
      ],
    );
    const written = await writeMemberUpdates(store, portal, {
      members: [member('ann', 'viewerUT'), member('bob')],
      gone: ['gone'],
      listings: [{ itemId: 'pro', licenses: [license('bob', 'pro', ['desktopAdvN'])] }],
    });
    expect(written).toBe(id);
    expect(await rows(id)).toEqual({
      members: [
        { username: 'ann', userLicenseTypeId: 'viewerUT' },
        { username: 'bob', userLicenseTypeId: 'creatorUT' },
        { username: 'cid', userLicenseTypeId: 'creatorUT' },
      ],
      licenses: [
        { username: 'ann', itemId: 'd2m' },
        { username: 'bob', itemId: 'pro' },
        { username: 'cid', itemId: 'pro' },
      ],
      entitlements: [
        { username: 'ann', itemId: 'd2m', entitlement: 'drone2map' },
        { username: 'bob', itemId: 'pro', entitlement: 'desktopAdvN' },
        { username: 'cid', itemId: 'pro', entitlement: 'desktopStdN' },
      ],
    });
  });

  it('writes nothing and says so when the portal has no complete inventory yet', async () => {
    const writing = await beginInventory(store, portal, 1_000);
    expect(await writeMemberUpdates(store, portal, { members: [member('ann')], gone: [], listings: [] })).toBeUndefined();
    expect((await rows(writing)).members).toEqual([]);
  });

  it('takes more members than one IN list holds (1,200 > 500) in one write', async () => {
    const names = Array.from({ length: 1_200 }, (_, i) => `m${String(i).padStart(4, '0')}`);
    const id = await inventoryOf(
      names.map((n) => member(n)),
      names.map((n) => license(n, 'pro', ['desktopBasicN'])),
    );
    await writeMemberUpdates(store, portal, {
      members: names.map((n) => member(n, 'viewerUT')),
      gone: [],
      listings: [{ itemId: 'pro', licenses: [] }],
    });
    const after = await rows(id);
    expect(after.members.every((m) => m.userLicenseTypeId === 'viewerUT')).toBe(true);
    expect(after.members).toHaveLength(1_200);
    expect(after.licenses).toEqual([]);
    expect(after.entitlements).toEqual([]);
  });
});

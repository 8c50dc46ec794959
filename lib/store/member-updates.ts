import 'server-only';
import { chunk } from 'es-toolkit';
import type { PortalRef } from '../licensing/snapshot';
import type { Store } from './engine';
import { guarded } from './errors';
import type { InventoryLicense, InventoryMember } from './member-inventory';
import { portalId } from './portals';

// Members re-read from the portal after a bulk change, written back into the portal's current
// inventory so /members shows their new state without waiting for the next sync.

// Keys per IN list: far under both engines' bound-parameter limits.
const KEYS = 500;

/** What was read back: the members found, the usernames the portal no longer has, and the listings re-read. */
export interface MemberUpdate {
  members: readonly InventoryMember[];
  /** Usernames the portal has no member for any more: removed with their licenses. */
  gone: readonly string[];
  /**
   * Each listing re-read (itemId) with the re-read members' entries in it: every license row of
   * these members for that itemId is replaced by these (none = the app was revoked).
   */
  listings: readonly { itemId: string; licenses: readonly InventoryLicense[] }[];
}

/**
 * Writes `update` into the portal's current inventory in one transaction: member rows replaced,
 * gone members removed, and for each listing re-read the members' licenses and entitlements for
 * it replaced. Returns the inventory's id, or undefined when the portal has no complete inventory
 * (nothing to update). Throws StoreUnavailableError when the store is out of reach.
 */
export async function writeMemberUpdates(store: Store, portal: PortalRef, update: MemberUpdate): Promise<number | undefined> {
  return guarded(async () => {
    const portalRow = await portalId(store, portal);
    return store.db.transaction().execute(async (tx) => {
      const current = await tx
        .selectFrom('memberInventories')
        .select('id')
        .where('portalId', '=', portalRow)
        .where('status', '=', 'complete')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!current) return undefined;
      const inventoryId = current.id;
      const touched = [...update.members.map((m) => m.username), ...update.gone];
      for (const part of chunk(touched, KEYS)) {
        await tx.deleteFrom('inventoryMembers').where('inventoryId', '=', inventoryId).where('username', 'in', part).execute();
      }
      for (const part of chunk(update.gone, KEYS)) {
        await tx.deleteFrom('inventoryLicenses').where('inventoryId', '=', inventoryId).where('username', 'in', part).execute();
        await tx.deleteFrom('inventoryEntitlements').where('inventoryId', '=', inventoryId).where('username', 'in', part).execute();
      }
      for (const part of chunk([...update.members], KEYS)) {
        await tx
          .insertInto('inventoryMembers')
          .values(part.map((m) => ({ ...m, inventoryId, disabled: m.disabled ? 1 : 0 })))
          .execute();
      }
      for (const listing of update.listings) {
        for (const part of chunk(touched, KEYS)) {
          for (const table of ['inventoryLicenses', 'inventoryEntitlements'] as const) {
            await tx
              .deleteFrom(table)
              .where('inventoryId', '=', inventoryId)
              .where('itemId', '=', listing.itemId)
              .where('username', 'in', part)
              .execute();
          }
        }
        for (const part of chunk([...listing.licenses], KEYS)) {
          await tx
            .insertInto('inventoryLicenses')
            .values(
              part.map((l) => ({
                inventoryId,
                username: l.username,
                itemId: l.itemId,
                lastLogin: l.lastLogin,
                disconnected: l.disconnected ? 1 : 0,
              })),
            )
            .execute();
        }
        const entitlements = listing.licenses.flatMap((l) =>
          [...new Set(l.entitlements)].map((entitlement) => ({ inventoryId, username: l.username, itemId: l.itemId, entitlement })),
        );
        for (const part of chunk(entitlements, KEYS)) await tx.insertInto('inventoryEntitlements').values(part).execute();
      }
      return inventoryId;
    });
  });
}

import 'server-only';
import { sql } from 'kysely';
import { chunk } from 'es-toolkit';
import { z } from 'zod';
import type { InventoryLicense, InventoryMember } from '../licensing/inventory-rows';
import type { PortalRef } from '../licensing/snapshot';
import type { Store } from './engine';
import { guarded } from './errors';
import { portalId } from './portals';

// The members inventory as stored (issue 13). A sync writes a new inventory beside the current one
// and switches readers to it only when it is complete; an interrupted sync leaves the previous one.

// The row shapes are the domain's (a sync maps the portal's answers to them in lib/licensing).
export type { InventoryLicense, InventoryMember };

/** A listing read into the inventory: its itemId and the app's name as the listing gave it. */
export interface InventoryListing {
  itemId: string;
  name: string;
}

/** A complete inventory of one portal. */
export interface InventoryInfo {
  id: number;
  /** When the read began and ended, epoch ms. */
  startedAt: number;
  readAt: number;
  membersTotal: number;
  /** Members the read could not reach (more than 10,000 created in one millisecond). */
  unreached: number;
  listings: InventoryListing[];
}

const ListingsSchema = z.array(z.object({ itemId: z.string(), name: z.string() }));

// Rows per INSERT: far under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters at 11 columns.
const ROWS = 500;

/**
 * Starts a new inventory of `portal` (status 'writing', seen by no reader). Returns its id; write its
 * rows with appendInventory, then completeInventory. Throws StoreUnavailableError when the store is
 * out of reach.
 */
export async function beginInventory(store: Store, portal: PortalRef, startedAt: number): Promise<number> {
  return guarded(async () => {
    const portalRow = await portalId(store, portal);
    const { id } = await store.db
      .insertInto('memberInventories')
      .values({ portalId: portalRow, startedAt, status: 'writing' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  });
}

/**
 * Adds members and their licenses to an inventory being written, in one transaction. A member or
 * license given twice (same username, or same username and itemId) is refused by the schema and rolls
 * the batch back. Throws StoreUnavailableError when the store is out of reach.
 */
export async function appendInventory(
  store: Store,
  inventoryId: number,
  rows: { members: readonly InventoryMember[]; licenses: readonly InventoryLicense[] },
): Promise<void> {
  await guarded(() =>
    store.db.transaction().execute(async (tx) => {
      for (const part of chunk([...rows.members], ROWS)) {
        await tx
          .insertInto('inventoryMembers')
          .values(part.map((m) => ({ ...m, inventoryId, disabled: m.disabled ? 1 : 0 })))
          .execute();
      }
      for (const part of chunk([...rows.licenses], ROWS)) {
        await tx
          .insertInto('inventoryLicenses')
          .values(
            part.map((l) => ({ inventoryId, username: l.username, itemId: l.itemId, lastLogin: l.lastLogin, disconnected: l.disconnected ? 1 : 0 })),
          )
          .execute();
      }
      const entitlements = rows.licenses.flatMap((l) =>
        [...new Set(l.entitlements)].map((entitlement) => ({ inventoryId, username: l.username, itemId: l.itemId, entitlement })),
      );
      for (const part of chunk(entitlements, ROWS)) await tx.insertInto('inventoryEntitlements').values(part).execute();
    }),
  );
}

/**
 * Makes a written inventory the portal's current one and, in the same transaction, deletes every
 * older inventory of the portal (complete or interrupted), so readers switch from the previous
 * complete inventory to this one at once. Throws StoreUnavailableError when the store is out of reach.
 */
export async function completeInventory(
  store: Store,
  inventoryId: number,
  summary: { readAt: number; membersTotal: number; unreached: number; listings: readonly InventoryListing[] },
): Promise<void> {
  await guarded(() =>
    store.db.transaction().execute(async (tx) => {
      const { portalId: portalRow } = await tx
        .updateTable('memberInventories')
        .set({
          status: 'complete',
          readAt: summary.readAt,
          membersTotal: summary.membersTotal,
          unreached: summary.unreached,
          listings: JSON.stringify(summary.listings),
        })
        .where('id', '=', inventoryId)
        .returning('portalId')
        .executeTakeFirstOrThrow();
      await tx.deleteFrom('memberInventories').where('portalId', '=', portalRow).where('id', '<', inventoryId).execute();
    }),
  );
  // The new inventory replaced every row PostgreSQL's planner knew of; until autovacuum's next analyze
  // it plans the members page's filters blind (measured at 50,000 members: app=Pro & offline 3.5 s
  // instead of milliseconds). SQLite plans from its indexes alone and needs none.
  if (store.engine === 'postgres') await guarded(() => sql`analyze inventory_members, inventory_licenses, inventory_entitlements`.execute(store.db));
}

/** The portal's current (latest complete) inventory, or undefined before the first sync. Throws StoreUnavailableError. */
export async function currentInventory(store: Store, portal: PortalRef): Promise<InventoryInfo | undefined> {
  return guarded(async () => {
    const portalRow = await portalId(store, portal);
    const row = await store.db
      .selectFrom('memberInventories')
      .select(['id', 'startedAt', 'readAt', 'membersTotal', 'unreached', 'listings'])
      .where('portalId', '=', portalRow)
      .where('status', '=', 'complete')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!row) return undefined;
    return { ...row, readAt: row.readAt ?? row.startedAt, listings: ListingsSchema.parse(JSON.parse(row.listings)) };
  });
}

/**
 * Deletes the portal's inventories still being written that began before `startedBefore` (epoch
 * ms): syncs that were interrupted (process killed, store lost mid-write) and left their rows.
 * Complete inventories are never touched. Returns how many were deleted. Throws StoreUnavailableError.
 */
export async function dropAbandonedInventories(store: Store, portal: PortalRef, startedBefore: number): Promise<number> {
  return guarded(async () => {
    const result = await store.db
      .deleteFrom('memberInventories')
      .where('portalId', '=', await portalId(store, portal))
      .where('status', '=', 'writing')
      .where('startedAt', '<', startedBefore)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  });
}

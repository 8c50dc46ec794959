import 'server-only';
import { readSelection } from '../../arcgis/license-assignment-read';
import type { PortalMember } from '../../arcgis/member-schemas';
import { portalRefOf } from '../../licensing/snapshot';
import { connectionFor, type PortalSession } from '../../session';
import { appStore } from '../../store/app-store';
import type { InventoryMember } from '../../store/member-inventory';
import { writeMemberUpdates } from '../../store/member-updates';
import type { BulkApplied } from './bulk-contract';

// After a bulk change, the members it was sent for are read back from the portal (their user type,
// and the changed app's listing) and written into the current inventory, so /members shows them as
// they are now. The change has happened by then: a failed re-read is reported, never thrown.

/** A users/search member as an inventory row (lastLogin -1 = never → null). */
function inventoryMemberOf(m: PortalMember): InventoryMember {
  return {
    username: m.username,
    fullName: m.fullName ?? null,
    email: m.email ?? null,
    role: m.role ?? null,
    roleId: m.roleId ?? null,
    userLicenseTypeId: m.userLicenseTypeId ?? null,
    created: m.created ?? null,
    lastLogin: m.lastLogin === undefined || m.lastLogin < 0 ? null : m.lastLogin,
    disabled: m.disabled ?? false,
    provider: m.provider ?? null,
  };
}

/** Re-reads `usernames` (and the listing `itemId`, when the change was an app's) and updates the inventory. */
export async function rereadIntoInventory(
  session: PortalSession,
  usernames: readonly string[],
  itemId: string | undefined,
): Promise<BulkApplied['reread']> {
  if (usernames.length === 0) return { usernames: [], inventory: 'updated' };
  try {
    const state = await readSelection(connectionFor(session), usernames, itemId ? [itemId] : []);
    const listings = [...state.listings].map(([listingItemId, entries]) => ({
      itemId: listingItemId,
      licenses: entries.map((e) => ({
        username: e.username,
        itemId: listingItemId,
        lastLogin: e.lastLogin === undefined || e.lastLogin < 0 ? null : e.lastLogin,
        disconnected: e.disconnected ?? false,
        entitlements: e.entitlements,
      })),
    }));
    const written = await writeMemberUpdates(await appStore(), portalRefOf(session.portalUrl, session.profile), {
      members: state.members.map(inventoryMemberOf),
      gone: state.unknown,
      listings,
    });
    return { usernames: [...usernames], inventory: written === undefined ? 'no-inventory' : 'updated' };
  } catch (error) {
    return { usernames: [...usernames], inventory: 'failed', problem: error instanceof Error ? error.message : String(error) };
  }
}

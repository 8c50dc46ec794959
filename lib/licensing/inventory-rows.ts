// The members inventory as rows: what users/search and the apps' listings gave, mapped to what the
// store keeps (lib/store/member-inventory.ts). Pure: no I/O.

/** One member as stored; times in epoch ms. */
export interface InventoryMember {
  username: string;
  fullName: string | null;
  email: string | null;
  role: string | null;
  roleId: string | null;
  userLicenseTypeId: string | null;
  created: number | null;
  /** Epoch ms of the last sign-in; null = never (the portal's -1). */
  lastLogin: number | null;
  disabled: boolean;
  provider: string | null;
}

/** One app license a member holds, from content/listings/<itemId>/userEntitlements. */
export interface InventoryLicense {
  username: string;
  /** The app's listing itemId. */
  itemId: string;
  /** The app's own last use, epoch ms; null = never or not reported. */
  lastLogin: number | null;
  /** Checked out offline (the listing's `disconnected`). */
  disconnected: boolean;
  /** The entitlements held: for ArcGIS Pro its level (desktopBasicN / desktopStdN / desktopAdvN) and extensions. */
  entitlements: string[];
}

/** A member as users/search answers (sharing API): every field but the username may be missing. */
export interface SearchedMember {
  username: string;
  fullName?: string;
  email?: string;
  role?: string;
  roleId?: string;
  userLicenseTypeId?: string;
  created?: number;
  lastLogin?: number;
  disabled?: boolean;
  provider?: string;
}

/** An entry of an app's listing (userEntitlements). */
export interface ListingEntry {
  username: string;
  lastLogin?: number;
  disconnected?: boolean;
  entitlements: readonly string[];
}

/** The portal writes -1 for "never"; any negative time is no time. */
const timeOf = (value: number | undefined): number | null => (value === undefined || value < 0 ? null : value);

function memberRow(member: SearchedMember): InventoryMember {
  return {
    username: member.username,
    fullName: member.fullName ?? null,
    email: member.email ?? null,
    role: member.role ?? null,
    roleId: member.roleId ?? null,
    userLicenseTypeId: member.userLicenseTypeId ?? null,
    created: timeOf(member.created),
    lastLogin: timeOf(member.lastLogin),
    disabled: member.disabled === true,
    provider: member.provider ?? null,
  };
}

/**
 * The rows of one inventory. Usernames are matched without regard to case (the portal treats
 * them so; listings and search may spell one differently): each member once, spelled as the search
 * gave it, and each listing entry filed under that spelling. A listing entry for a username the
 * search did not return (a member added or removed between the two reads) keeps its license and
 * gets a member row holding only the username, so the license is shown rather than dropped. A
 * member listed twice in one listing (paging that shifted) keeps the last entry.
 */
export function inventoryRows(
  members: readonly SearchedMember[],
  listings: ReadonlyMap<string, readonly ListingEntry[]>,
): { members: InventoryMember[]; licenses: InventoryLicense[] } {
  const byKey = new Map<string, InventoryMember>();
  for (const member of members) byKey.set(member.username.toLowerCase(), memberRow(member));
  const licenses = new Map<string, InventoryLicense>();
  for (const [itemId, entries] of listings) {
    for (const entry of entries) {
      const key = entry.username.toLowerCase();
      let member = byKey.get(key);
      if (!member) {
        member = memberRow({ username: entry.username });
        byKey.set(key, member);
      }
      licenses.set(`${itemId}\n${key}`, {
        username: member.username,
        itemId,
        lastLogin: timeOf(entry.lastLogin),
        disconnected: entry.disconnected === true,
        entitlements: [...new Set(entry.entitlements)],
      });
    }
  }
  return { members: [...byKey.values()], licenses: [...licenses.values()] };
}

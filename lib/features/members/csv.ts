import 'server-only';
import type { Readable } from 'node:stream';
import type { MemberQueryInput } from '../../licensing/member-filter';
import type { Store } from '../../store/engine';
import type { InventoryListing } from '../../store/member-inventory';
import { streamMembers, type MemberRow } from '../../store/member-query';
import { csvStream, type CsvCell } from '../../view/csv';

const iso = (epochMs: number | null) => (epochMs === null ? '' : new Date(epochMs).toISOString());
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** The header: the member's fields, then two columns per app read (its entitlements, its last use), then offline and disabled. */
function header(listings: readonly InventoryListing[]): string[] {
  return [
    'username',
    'full_name',
    'email',
    'user_type',
    'role',
    'last_sign_in_utc',
    'never_signed_in',
    ...listings.flatMap((listing) => [`${listing.name} entitlements`, `${listing.name} last use (UTC)`]),
    'offline',
    'disabled',
  ];
}

function row(member: MemberRow, listings: readonly InventoryListing[]): CsvCell[] {
  const byItem = new Map(member.licenses.map((license) => [license.itemId, license]));
  return [
    member.username,
    member.fullName,
    member.email,
    member.userLicenseTypeId,
    member.roleId ?? member.role,
    iso(member.lastLogin),
    yesNo(member.lastLogin === null),
    ...listings.flatMap((listing) => {
      const license = byItem.get(listing.itemId);
      // Held but never used is "never"; not held at all is blank.
      return license ? [license.entitlements.join(' '), license.lastLogin === null ? 'never' : iso(license.lastLogin)] : ['', ''];
    }),
    yesNo(member.licenses.some((license) => license.disconnected)),
    yesNo(member.disabled),
  ];
}

async function* rows(store: Store, inventoryId: number, listings: readonly InventoryListing[], filter: MemberQueryInput, now: number) {
  for await (const member of streamMembers(store, inventoryId, filter, now)) yield row(member, listings);
}

/**
 * The members of inventory `inventoryId` matching `filter` as CSV (lib/view/csv.ts: cells beginning
 * = + - @ made inert), by username, read from the store in batches as the reader pulls, so memory stays
 * flat at 50,000 members. Times are ISO 8601 UTC; a member's entitlements of one app are space-separated;
 * `now` (epoch ms) anchors the filter's day counts. The route and the benchmark both use it.
 */
export function membersCsv(
  store: Store,
  inventory: { id: number; listings: readonly InventoryListing[] },
  filter: MemberQueryInput,
  now: number,
): Readable {
  return csvStream(header(inventory.listings), rows(store, inventory.id, inventory.listings, filter, now));
}

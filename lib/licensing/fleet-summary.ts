import type { OrgLicense } from './license-model';
import type { ListingStatus } from './offline-listings';
import { overviewSummary } from './overview';
import type { CheckedOutRow } from './releasable-apps';
import { usageRows, type AssignmentCounts } from './utilization';

// One portal's line on the fleet page (/portals, issue 15): the overview's headline in a few
// figures, so several portals can be read side by side. Built from the overview's and the release
// page's own reads and helpers; nothing here is computed differently from those pages.

/** The entitlement of the organization license that expires next. */
interface NextExpiration {
  /** The entitlement's id as the license lists it (e.g. `creatorUT`). */
  id: string;
  /** Its display name (e.g. "Creator"). */
  name: string;
  /** UTC epoch milliseconds: licenses expire at midnight GMT, so show it as a UTC date. */
  expiration: number;
}

/** An entitlement with more seats in use than purchased. */
interface OverLimit {
  id: string;
  name: string;
  /** Seats in use: members holding the user type, or assigned the app or bundle. */
  inUse: number;
  /** Seats purchased (maximumRegisteredMembers). */
  purchased: number;
}

export interface FleetSummary {
  /** Members of the organization (each holds one user type); undefined where the portal does not report it. */
  membersInUse?: number;
  /** The member limit: the user types' seats summed (maximumRegisteredMembers); undefined where not reported. */
  memberLimit?: number;
  /** Undefined when nothing in the organization license expires after `now`. */
  nextExpiration?: NextExpiration;
  /** User types, apps and app bundles over their seat limit, most over first. */
  overLimit: OverLimit[];
  /** Licenses taken offline (one per member and app), as the apps' listings say. */
  checkedOut: number;
  /** Apps whose listing could not say who has them offline: `checkedOut` does not count them. */
  checkedOutUnknownFor: string[];
}

/** What the release page read of the apps' listings (lib/features/release/server.ts). */
export interface OfflineReading {
  apps: readonly { name: string; listing: ListingStatus }[];
  rows: readonly CheckedOutRow[];
}

const SEAT_CATEGORIES = ['userType', 'app', 'appBundle'] as const;

/** The fleet page's figures for one portal, as of `now` (epoch ms). `counts` are the overview's app and bundle member counts. */
export function fleetSummary(license: OrgLicense, counts: AssignmentCounts | undefined, offline: OfflineReading, now: number): FleetSummary {
  const { members, soonest } = overviewSummary(license, now);
  const overLimit = SEAT_CATEGORIES.flatMap((category) => usageRows(license, category, counts))
    .flatMap(({ entitlement, name, utilization: { used, purchased, level } }) =>
      level === 'over' && used !== undefined && purchased !== undefined ? [{ id: entitlement.id, name, inUse: used, purchased }] : [],
    )
    .sort((a, b) => b.inUse - b.purchased - (a.inUse - a.purchased) || a.name.localeCompare(b.name));
  const summary: FleetSummary = {
    overLimit,
    checkedOut: offline.rows.length,
    checkedOutUnknownFor: offline.apps.flatMap((app) => (app.listing.state === 'read' ? [] : [app.name])),
  };
  if (members.used !== undefined) summary.membersInUse = members.used;
  if (members.purchased !== undefined) summary.memberLimit = members.purchased;
  if (soonest) summary.nextExpiration = { id: soonest.id, name: soonest.name, expiration: soonest.expiration };
  return summary;
}

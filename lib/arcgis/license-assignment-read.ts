import 'server-only';
import pLimit from 'p-limit';
import type { UserEntitlement } from '../schemas/sharing';
import { portalCall, type PortalConnection } from './connection';
import { MAX_IN_FLIGHT } from './member-inventory';
import { readListing } from './member-listings';
import { usernameQueries } from './members';
import { MemberPageSchema, type PortalMember } from './member-schemas';

// The selected members as the portal holds them now, for a bulk change's preview and its re-check:
// users/search by username (50 a query, so 10,000 members are 200 small reads) and the listings of
// the apps the change concerns, with at most MAX_IN_FLIGHT requests in flight for the whole read.

/** The selection read from the portal, each member once (matched case-insensitively). */
export interface SelectionState {
  /** Members the portal has, in the order their usernames were given. */
  members: PortalMember[];
  /** Usernames the portal has no member for. */
  unknown: string[];
  /** Each listing asked for, reduced to the selected members' entries, by itemId. */
  listings: Map<string, UserEntitlement[]>;
}

/**
 * Reads `usernames` from users/search and the listings `listingItemIds` (every page: a listing has
 * no username filter) with one limiter of `maxInFlight` (default 8). Throws the first ArcGISError: a
 * preview from half a read would count seats wrongly.
 */
export async function readSelection(
  connection: PortalConnection,
  usernames: readonly string[],
  listingItemIds: readonly string[],
  maxInFlight = MAX_IN_FLIGHT,
): Promise<SelectionState> {
  const limit = pLimit(maxInFlight);
  const wanted = new Set(usernames.map((u) => u.toLowerCase()));
  const [pages, listingEntries] = await Promise.all([
    Promise.all(
      usernameQueries(usernames).map((q) =>
        limit(() => portalCall(connection, '/sharing/rest/portals/self/users/search', MemberPageSchema, { params: { q, start: 1, num: 100 } })),
      ),
    ),
    Promise.all(listingItemIds.map(async (itemId) => [itemId, await readListing(connection, itemId, limit)] as const)),
  ]);
  const found = new Map<string, PortalMember>();
  for (const member of pages.flatMap((page) => page.results)) {
    if (wanted.has(member.username.toLowerCase())) found.set(member.username.toLowerCase(), member);
  }
  const seen = new Set<string>();
  const members: PortalMember[] = [];
  const unknown: string[] = [];
  for (const username of usernames) {
    const key = username.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const member = found.get(key);
    if (member) members.push(member);
    else unknown.push(username);
  }
  const listings = new Map(listingEntries.map(([itemId, entries]) => [itemId, entries.filter((e) => wanted.has(e.username.toLowerCase()))]));
  return { members, unknown, listings };
}

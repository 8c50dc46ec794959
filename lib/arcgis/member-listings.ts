import 'server-only';
import type { LimitFunction } from 'p-limit';
import { UserEntitlementsPageSchema, type UserEntitlement } from '../schemas/sharing';
import { pageStarts } from '../licensing/search-partition';
import { portalCall, type PortalConnection } from './connection';

const PAGE_SIZE = 100;

/**
 * Every entry of an app's listing (content/listings/<itemId>/userEntitlements: username, the app's
 * own lastLogin, disconnected = checked out offline, entitlements), every request under `limit`.
 * The first page gives the total and the others are read in parallel; a portal that gives no total
 * is followed page by page on nextStart. Throws the ArcGISError of the first page that fails.
 */
export async function readListing(connection: PortalConnection, itemId: string, limit: LimitFunction): Promise<UserEntitlement[]> {
  const page = (start: number) =>
    limit(() =>
      portalCall(connection, `/sharing/rest/content/listings/${encodeURIComponent(itemId)}/userEntitlements`, UserEntitlementsPageSchema, {
        params: { start, num: PAGE_SIZE },
      }),
    );
  const first = await page(1);
  const entries = [...first.userEntitlements];
  if (first.nextStart === undefined || first.nextStart <= 1 || first.userEntitlements.length === 0) return entries;
  if (first.total !== undefined) {
    const rest = pageStarts(first.total, first.userEntitlements.length, Infinity).slice(1);
    for (const answer of await Promise.all(rest.map(page))) entries.push(...answer.userEntitlements);
    return entries;
  }
  for (let start = first.nextStart; start > 0;) {
    const answer = await page(start);
    entries.push(...answer.userEntitlements);
    if (answer.nextStart === undefined || answer.nextStart <= start || answer.userEntitlements.length === 0) break;
    start = answer.nextStart;
  }
  return entries;
}

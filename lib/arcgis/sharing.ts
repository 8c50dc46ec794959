import 'server-only';
import type { OrgLicense } from '../licensing/license-model';
import type { AssignmentCounts } from '../licensing/utilization';
import { UserCountsSchema, UserEntitlementsPageSchema } from '../schemas/sharing';
import { portalCall, type PortalConnection } from './connection';
import { isSessionProblem, subRequest } from './sub-request';

type CountType = 'app' | 'appBundle' | 'userLicenseType';

/** A guard against a portal whose paging never ends. */
const MAX_PAGES = 200;

/** GET portals/self/users/counts?type=…, every page (undocumented; read as ArcGIS API for Python reads it). */
async function countUsersBy(connection: PortalConnection, type: CountType): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  let start = 1;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = await portalCall(connection, '/sharing/rest/portals/self/users/counts', UserCountsSchema, {
      params: { type, start, num: 100 },
    });
    for (const { key, count } of answer.results) counts[key] = (counts[key] ?? 0) + count;
    if (answer.nextStart === undefined || answer.nextStart <= 0 || answer.nextStart <= start) break;
    start = answer.nextStart;
  }
  return counts;
}

/** How many members hold an app, from its listing's userEntitlements total (one small page). */
async function listingHolderCount(connection: PortalConnection, itemId: string): Promise<number> {
  const page = await portalCall(
    connection,
    `/sharing/rest/content/listings/${encodeURIComponent(itemId)}/userEntitlements`,
    UserEntitlementsPageSchema,
    { params: { start: 1, num: 1 } },
  );
  return page.total ?? page.userEntitlements.length;
}

/** Each app's listing total, keyed by its itemId; an app whose listing fails is left out (not reported) and the others stay. */
async function appCountsFromListings(connection: PortalConnection, loadLicense: () => Promise<OrgLicense>): Promise<Record<string, number>> {
  const itemIds = (await loadLicense()).entitlements.flatMap((e) => (e.category === 'app' && e.itemId ? [e.itemId] : []));
  const totals = await Promise.all(itemIds.map(async (itemId) => [itemId, await subRequest(listingHolderCount(connection, itemId))] as const));
  return Object.fromEntries(totals.flatMap(([itemId, total]) => (total.ok ? [[itemId, total.value]] : [])));
}

/**
 * Members assigned each app and bundle. Portals without the counts resource fall back to each
 * app listing's total, app by app; a category or app the portal cannot answer for is left out
 * (shown as not reported), but a dead session or portal is the page's problem and propagates.
 */
export async function getAssignmentCounts(connection: PortalConnection, loadLicense: () => Promise<OrgLicense>): Promise<AssignmentCounts> {
  const [app, appBundle] = await Promise.all([
    countUsersBy(connection, 'app').catch(async (error: unknown) => {
      if (isSessionProblem(error)) throw error;
      return appCountsFromListings(connection, loadLicense).catch((fallbackError: unknown) => {
        if (isSessionProblem(fallbackError)) throw fallbackError;
        return undefined;
      });
    }),
    countUsersBy(connection, 'appBundle').catch((error: unknown) => {
      if (isSessionProblem(error)) throw error;
      return undefined;
    }),
  ]);
  return { ...(app ? { app } : {}), ...(appBundle ? { appBundle } : {}) };
}

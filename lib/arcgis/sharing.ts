import 'server-only';
import type { OrgLicense } from '../licensing/license-model';
import type { AssignmentCounts } from '../licensing/utilization';
import { UserCountsSchema, UserEntitlementsPageSchema } from '../schemas/sharing';
import { portalCall, type PortalConnection } from './connection';
import { ArcGISError } from './errors';

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

function isSessionProblem(error: unknown): boolean {
  return error instanceof ArcGISError && (error.isAuthError || error.kind === 'unreachable');
}

async function appCountsFromListings(connection: PortalConnection, loadLicense: () => Promise<OrgLicense>): Promise<Record<string, number>> {
  const apps = (await loadLicense()).entitlements.filter((e) => e.category === 'app' && e.itemId);
  const totals = await Promise.all(
    apps.map(async (app) => [app.itemId as string, await listingHolderCount(connection, app.itemId as string)] as const),
  );
  return Object.fromEntries(totals);
}

/**
 * Members assigned each app and bundle. Portals without the counts resource fall back to the
 * app listings' totals; a category the portal cannot answer for is left out (shown as not reported),
 * but a dead session or portal is the page's problem and propagates.
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

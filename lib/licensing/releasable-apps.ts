import { namedEntitlements, type NamedEntitlement } from './app-entitlement-names';
import { entitlementsOf, VERSION_NOT_REPORTED, type OrgLicense } from './license-model';
import { ALLSOURCE_RELEASE_MINIMUM, APP_ID_MINIMUM, KUBERNETES_RELEASE_MINIMUM, type PortalCapabilities, type PortalProfile } from './portal-profile';

/** The appId values releaseLicense takes (Portal Administrator and Enterprise Administrator API docs). */
export const RELEASE_APP_IDS = ['arcgisprodesktop', 'drone2map', 'arcgisallsource'] as const;
export type ReleaseAppId = (typeof RELEASE_APP_IDS)[number];

export const RELEASE_APP_NAMES: Record<ReleaseAppId, string> = {
  arcgisprodesktop: 'ArcGIS Pro',
  drone2map: 'ArcGIS Drone2Map',
  arcgisallsource: 'ArcGIS AllSource',
};

// The license lists the same apps under ids that vary by version (the 11.4 example has
// arcgisd2m and allsource); releaseLicense always takes its own three ids.
const LICENSE_APP_IDS: Record<ReleaseAppId, readonly string[]> = {
  arcgisprodesktop: ['arcgisprodesktop'],
  drone2map: ['arcgisd2m', 'drone2map', 'drone2mapn'],
  arcgisallsource: ['allsource', 'arcgisallsource'],
};

export interface ReleasableApp {
  /** The id releaseLicense takes. */
  appId: ReleaseAppId;
  name: string;
  /** The id the license lists the app under. */
  licenseAppId: string;
  /** The app's listing, whose userEntitlements say who has it taken offline. */
  itemId?: string;
  releasable: boolean;
  /** Why the dashboard cannot release it on this deployment, in words. */
  reason?: string;
}

function whyNotReleasable(appId: ReleaseAppId, capabilities: PortalCapabilities, reported: string): string | undefined {
  const version = reported === VERSION_NOT_REPORTED ? 'of a version it does not report' : reported;
  if (!capabilities.release) {
    return `Releasing a license needs ArcGIS Enterprise on Kubernetes ${KUBERNETES_RELEASE_MINIMUM} or later; this deployment is ${version}.`;
  }
  if (appId === 'arcgisallsource' && !capabilities.allSource) {
    return `Releasing an ArcGIS AllSource license needs ArcGIS Enterprise ${ALLSOURCE_RELEASE_MINIMUM} or later; this portal is ${version}.`;
  }
  if (appId !== 'arcgisprodesktop' && !capabilities.releaseTakesAppId) {
    return `Releasing a ${RELEASE_APP_NAMES[appId]} license needs ArcGIS Enterprise ${APP_ID_MINIMUM} or later (before it, only ArcGIS Pro licenses can be released); this portal is ${version}.`;
  }
  return undefined;
}

/**
 * ArcGIS Pro, Drone2Map and AllSource as far as this license has them, and whether each can be
 * released on this portal (its profile's capabilities; the license's version names it in the reason).
 */
export function releasableApps(license: OrgLicense, profile: Pick<PortalProfile, 'capabilities'>): ReleasableApp[] {
  const apps = entitlementsOf(license, 'app');
  return RELEASE_APP_IDS.flatMap((appId) => {
    const entry = apps.find((app) => LICENSE_APP_IDS[appId].includes(app.id.toLowerCase()));
    if (!entry) return [];
    const reason = whyNotReleasable(appId, profile.capabilities, license.version);
    const app: ReleasableApp = { appId, name: RELEASE_APP_NAMES[appId], licenseAppId: entry.id, releasable: !reason };
    if (entry.itemId) app.itemId = entry.itemId;
    if (reason) app.reason = reason;
    return [app];
  });
}

export interface ListedEntitlement {
  username: string;
  /** Not in the documented listing; used when a portal includes it. */
  fullName?: string;
  lastLogin?: number;
  disconnected?: boolean;
  entitlements: string[];
}

export interface CheckedOutRow {
  key: string;
  username: string;
  /** The member's full name, from the listing or the member search; undefined when neither gave one. */
  fullName?: string;
  appId: ReleaseAppId;
  appName: string;
  entitlements: NamedEntitlement[];
  /** Last sign-in to the app (epoch ms); undefined when the portal says never (-1). */
  lastLogin?: number;
  releasable: boolean;
}

/**
 * Every member with a license taken offline (disconnected: true in the app's listing), sorted
 * by member then app. A member listed twice (paging that shifted under us) appears once.
 */
export function checkedOutRows(listings: readonly { app: ReleasableApp; userEntitlements: readonly ListedEntitlement[] }[]): CheckedOutRow[] {
  const rows = new Map<string, CheckedOutRow>();
  for (const { app, userEntitlements } of listings) {
    for (const entry of userEntitlements) {
      if (entry.disconnected !== true) continue;
      const key = `${app.appId}:${entry.username}`;
      const row: CheckedOutRow = {
        key,
        username: entry.username,
        appId: app.appId,
        appName: app.name,
        entitlements: namedEntitlements(entry.entitlements),
        releasable: app.releasable,
      };
      if (entry.fullName) row.fullName = entry.fullName;
      if (entry.lastLogin !== undefined && entry.lastLogin > 0) row.lastLogin = entry.lastLogin;
      rows.set(key, row);
    }
  }
  return [...rows.values()].sort(
    (a, b) => a.username.localeCompare(b.username) || RELEASE_APP_IDS.indexOf(a.appId) - RELEASE_APP_IDS.indexOf(b.appId),
  );
}

/** The rows with the full names `names` gives (keyed by lower-cased username) where the listing gave none. */
export function withFullNames(rows: readonly CheckedOutRow[], names: ReadonlyMap<string, string>): CheckedOutRow[] {
  return rows.map((row) => {
    const fullName = row.fullName ?? names.get(row.username.toLowerCase());
    return fullName ? { ...row, fullName } : row;
  });
}

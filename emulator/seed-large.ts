import { DAY_MS, DEMO_ADMIN, DEMO_NON_ADMIN, seedOrg, utcMidnight } from './seed';
import type { LicenseEntry, Member, OrgState } from './state';

// EMULATOR_SCALE=large: an organization the size of a big enterprise, for benchmarks. It keeps
// the demo's documented entitlements and accounts, and adds: 500 entitlements in all, 50,000
// members, 2,000 licenses checked out for offline use (1,500 ArcGIS Pro, 500 Drone2Map).

const MEMBERS = 50_000;
const ENTITLEMENT_TARGETS = { userTypes: 20, apps: 443, appBundles: 20, extensions: 10, portalCapabilities: 7 };
const OFFLINE = { arcgisprodesktop: 1_500, arcgisd2m: 500 };

function itemId(n: number): string {
  return `5ca1e${n.toString(16).padStart(27, '0')}`;
}

/** Expirations spread from 60 days ago to 400 days ahead, so every bucket is crowded. */
function spreadExpiration(today: number, n: number): number {
  return today + ((n * 37) % 461) * DAY_MS - 60 * DAY_MS;
}

function grow(entries: LicenseEntry[], target: number, prefix: string, today: number, seats: number, offset: number): void {
  for (let n = entries.length; n < target; n += 1) {
    entries.push({
      id: `${prefix}${n}`,
      itemId: itemId(offset + n),
      maximumRegisteredMembers: seats,
      expiration: spreadExpiration(today, offset + n),
    });
  }
}

export function seedLargeOrg(kind: 'portal' | 'kubernetes', now: number): OrgState {
  const org = seedOrg(kind, now);
  const today = utcMidnight(now);
  const { license } = org;
  grow(license.userTypes, ENTITLEMENT_TARGETS.userTypes, 'syntheticUT', today, 5_000, 1_000);
  grow(license.apps, ENTITLEMENT_TARGETS.apps, 'syntheticApp', today, 2_000, 2_000);
  grow(license.appBundles, ENTITLEMENT_TARGETS.appBundles, 'syntheticAB', today, 2_000, 3_000);
  grow(license.extensions, ENTITLEMENT_TARGETS.extensions, 'syntheticExt', today, 2_000, 4_000);
  for (let n = license.portalCapabilities.length; n < ENTITLEMENT_TARGETS.portalCapabilities; n += 1) {
    license.portalCapabilities.push({ id: `syntheticCapability${n}`, expiration: spreadExpiration(today, 5_000 + n) });
  }
  license.maximumRegisteredMembers = 60_000;
  for (const userType of license.userTypes) userType.maximumRegisteredMembers = Math.max(userType.maximumRegisteredMembers, 5_000);
  const pro = license.apps.find((a) => a.id === 'arcgisprodesktop');
  if (pro) pro.maximumRegisteredMembers = 30_000;
  const droneToMap = license.apps.find((a) => a.id === 'arcgisd2m');
  if (droneToMap) droneToMap.maximumRegisteredMembers = 5_000;

  // The license-manager account stays out: the large organization's members keep the names and numbers
  // (member00002 onwards) its tests and benches select by.
  const signInNames = new Set([DEMO_ADMIN.username, DEMO_NON_ADMIN.username]);
  const accounts = org.members.filter((m) => signInNames.has(m.username)).map((m) => ({ ...m, checkouts: [] }));
  const members: Member[] = [...accounts];
  const userTypeIds = license.userTypes.map((u) => u.id);
  const appIds = license.apps.map((a) => a.id);
  for (let n = members.length; n < MEMBERS; n += 1) {
    const username = `member${String(n).padStart(5, '0')}`;
    const apps = [appIds[n % appIds.length] as string];
    if (n % 3 === 0) apps.push('arcgisprodesktop');
    if (n % 20 === 1) apps.push('arcgisd2m');
    members.push({
      username,
      fullName: `Member ${n}`,
      email: `${username}@example.com`,
      role: 'org_user',
      userLicenseTypeId: userTypeIds[n % userTypeIds.length] as string,
      apps: [...new Set(apps)],
      appBundles: n % 50 === 0 ? ['urbanSuiteAB'] : [],
      // Never (1 in 17), over a year (1 in 13), else within the last 200 days.
      lastLogin: n % 17 === 3 ? -1 : n % 13 === 4 ? today - (370 + (n % 400)) * DAY_MS : today - (n % 200) * DAY_MS,
      // Spread over about eight years, a second apart within a day, so creation-date ranges can split the organization.
      created: today - (30 + (n % 2_900)) * DAY_MS + (n % 86_400) * 1_000,
      checkouts: [],
      disabled: n % 97 === 5,
      provider: n % 4 === 0 ? 'enterprise' : 'arcgis',
    });
  }
  for (const [appId, count] of Object.entries(OFFLINE)) {
    const holders = members.filter((m) => m.apps.includes(appId) && m.username !== DEMO_ADMIN.username);
    const step = Math.max(1, Math.floor(holders.length / count));
    for (let i = 0; i < count && i * step < holders.length; i += 1) {
      (holders[i * step] as Member).checkouts.push({
        appId,
        entitlements: [appId === 'arcgisprodesktop' ? (['desktopBasicN', 'desktopStdN', 'desktopAdvN'][i % 3] as string) : 'drone2map'],
        disconnected: true,
        lastLogin: today - (i % 90) * DAY_MS,
      });
    }
  }
  return { ...org, license, members };
}

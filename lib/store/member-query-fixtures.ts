import type { PortalRef } from '../licensing/snapshot';
import type { Store } from './engine';
import { appendInventory, beginInventory, completeInventory, type InventoryLicense, type InventoryMember } from './member-inventory';

// A realistic organization for the members query's tests and benchmark, the same for every run:
// members of every user type and built-in role (and a custom role), sign-ins from never through this
// week to years ago, ArcGIS Pro at its three levels with extensions (its own last use), Drone2Map and
// Insights, some licenses checked out offline, some members disabled.

const DAY_MS = 86_400_000;

/** The apps' listing itemIds (ArcGIS Pro's is the real one). */
export const FIXTURE_ITEMS = {
  pro: 'd4a332a0be784dd2be53cec0a35e0859',
  drone2map: 'e5c2f0d1a2b34c5d8e9f0a1b2c3d4e5f',
  insights: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
};

const FIRST = [
  'Ann',
  'Bruno',
  'Chen',
  'Dana',
  'Emeka',
  'Fatima',
  'Gustav',
  'Hana',
  'Ivan',
  'José',
  'Kiri',
  'Lena',
  'Mateo',
  'Nadia',
  'Omar',
  'Priya',
];
const LAST = ['Lee', 'Silva', 'Wong', 'Berg', 'Diallo', 'Weber', 'Haddad', 'Costa', 'Martin', 'Brown', 'Novak', 'Okafor', 'Rossi', 'Sato'];
const USER_TYPES = [
  'creatorUT',
  'creatorUT',
  'viewerUT',
  'viewerUT',
  'GISProfessionalAdvUT',
  'GISProfessionalStdUT',
  'GISProfessionalBasicUT',
  'contributorUT',
  'fieldWorkerUT',
  'editorUT',
];
const PRO_LEVEL: Record<string, string> = {
  GISProfessionalAdvUT: 'desktopAdvN',
  GISProfessionalStdUT: 'desktopStdN',
  GISProfessionalBasicUT: 'desktopBasicN',
};
const EXTENSIONS = ['spatialAnalystN', '3DAnalystN', 'networkAnalystN'];

/** Days before now of the i-th member's last sign-in; null = never (1 in 25), 1 in 9 over a year. */
function signInDaysAgo(i: number): number | null {
  if (i % 25 === 7) return null;
  if (i % 9 === 4) return 366 + ((i * 13) % 900);
  return (i * 37) % 200;
}

/** Member i of an organization read at `now` (epoch ms), with the licenses they hold. */
function fixtureMember(i: number, now: number): { member: InventoryMember; licenses: InventoryLicense[] } {
  const first = FIRST[i % FIRST.length] as string;
  const last = LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length] as string;
  const username = `${first[0]}${last}${i}`
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
  const userType = USER_TYPES[(i * 3) % USER_TYPES.length] as string;
  const days = signInDaysAgo(i);
  const lastLogin = days === null ? null : now - days * DAY_MS - (i % 1_000) * 60_000;
  const customRole = i % 50 === 11;
  const member: InventoryMember = {
    username,
    fullName: i % 97 === 3 ? null : `${first} ${last}`,
    email: `${username}@example.com`,
    role: i % 40 === 0 ? 'org_admin' : i % 7 === 1 ? 'org_publisher' : 'org_user',
    roleId: customRole ? 'kzW3pRt8sA1bCdEf' : null,
    userLicenseTypeId: userType,
    created: now - (3_000 - (i % 3_000)) * DAY_MS,
    lastLogin,
    disabled: i % 33 === 5,
    provider: i % 5 === 0 ? 'enterprise' : 'arcgis',
  };
  const licenses: InventoryLicense[] = [];
  const level = PRO_LEVEL[userType] ?? (userType === 'creatorUT' && i % 4 === 0 ? 'desktopBasicN' : undefined);
  if (level) {
    const proDays = i % 10 === 3 ? null : (i * 29) % 400;
    licenses.push({
      username,
      itemId: FIXTURE_ITEMS.pro,
      lastLogin: proDays === null ? null : now - proDays * DAY_MS,
      disconnected: i % 47 === 2,
      entitlements: [level, ...EXTENSIONS.filter((_, k) => i % (k + 3) === 0)],
    });
  }
  if (userType === 'creatorUT' && i % 6 === 1) {
    licenses.push({ username, itemId: FIXTURE_ITEMS.drone2map, lastLogin, disconnected: i % 70 === 7, entitlements: ['drone2map'] });
  }
  if (userType === 'creatorUT' && i % 5 === 2) {
    licenses.push({ username, itemId: FIXTURE_ITEMS.insights, lastLogin: null, disconnected: false, entitlements: ['insights'] });
  }
  return { member, licenses };
}

/** The first `count` fixture members read at `now`. */
export function fixtureOrganization(count: number, now: number) {
  return Array.from({ length: count }, (_, i) => fixtureMember(i, now));
}

/** Writes `count` fixture members as the portal's complete inventory read at `now`; returns its id. */
export async function fillFixtureInventory(store: Store, portal: PortalRef, count: number, now: number): Promise<number> {
  const id = await beginInventory(store, portal, now - 60_000);
  const BATCH = 2_000;
  for (let start = 0; start < count; start += BATCH) {
    const part = Array.from({ length: Math.min(BATCH, count - start) }, (_, k) => fixtureMember(start + k, now));
    await appendInventory(store, id, { members: part.map((p) => p.member), licenses: part.flatMap((p) => p.licenses) });
  }
  await completeInventory(store, id, {
    readAt: now,
    membersTotal: count,
    unreached: 0,
    listings: [
      { itemId: FIXTURE_ITEMS.pro, name: 'ArcGIS Pro' },
      { itemId: FIXTURE_ITEMS.drone2map, name: 'ArcGIS Drone2Map' },
      { itemId: FIXTURE_ITEMS.insights, name: 'ArcGIS Insights' },
    ],
  });
  return id;
}

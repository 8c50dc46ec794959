import documentedLicense from './seed/documented/portaladmin-license-11.4.json' with { type: 'json' };
import { futureFromExpirations } from './future-license';
import { seedFederatedServers, seedKubernetesServer } from './seed-servers';
import type { Checkout, CustomRole, LicenseDoc, LicenseEntry, Member, OrgState } from './state';

export const DAY_MS = 86_400_000;

/** The org id ArcGIS Enterprise uses for its single organization, base and Kubernetes alike. */
const ORG_ID = '0123456789ABCDEF';

/**
 * Sign-in accounts of the demo: the default administrator (org_admin, no roleId), a member without
 * admin privileges (a publisher), and a member of a custom administrative role that may manage
 * licenses and little else (org_admin with a roleId), for the dashboard's privilege gate.
 */
export const DEMO_ADMIN = { username: 'admin', password: 'demo-license-admin' };
export const DEMO_NON_ADMIN = { username: 'analyst', password: 'demo-license-user' };
export const DEMO_LICENSE_MANAGER = { username: 'licensemgr', password: 'demo-license-manager' };

/** The custom role of DEMO_LICENSE_MANAGER ("License Manager" in the portal's Roles page). */
const LICENSE_MANAGER_ROLE: CustomRole = {
  id: 'Lm7QxR2vKc9TbWe4',
  privileges: ['portal:admin:viewUsers', 'portal:admin:manageLicenses', 'portal:user:joinGroup', 'portal:user:viewOrgUsers'],
};

/**
 * The OAuth 2.0 app registered in the demo portal (both contexts), as a portal administrator would
 * register the dashboard: Content › New item › Application › Register (Enterprise up to 11.3).
 * Its redirect URIs are the emulator's setting (`oauthRedirectUris`), the defaults below when none is
 * given. The secret is only needed by portals before 10.8.1, which have no PKCE (README, "OAuth").
 */
export const DEMO_OAUTH_APP = {
  clientId: 'licenseDashDemo1',
  clientSecret: 'a3f9c2e87b1d4f60a5e2c9d8b7f1e304',
  redirectUris: ['http://localhost:3000', 'http://127.0.0.1:3000'],
} as const;

/**
 * Days from the emulator's start (UTC midnight) to each entitlement's expiration, so the demo
 * shows every state: expired, within 30 days, within 90 days, later. Ids not listed get DEFAULT_TERM_DAYS.
 */
const EXPIRY_OFFSET_DAYS: Record<string, number> = {
  stMapEU: -12,
  stMapAP: -3,
  Insights: 9,
  locsharing: 21,
  cityEngine: 44,
  BusinessAnlyst: 61,
  indoorsmaps: 83,
};
const DEFAULT_TERM_DAYS = 290;

export function utcMidnight(epochMs: number): number {
  return Math.floor(epochMs / DAY_MS) * DAY_MS;
}

function shifted(id: string, today: number): number {
  return today + (EXPIRY_OFFSET_DAYS[id] ?? DEFAULT_TERM_DAYS) * DAY_MS;
}

function seedLicense(today: number): LicenseDoc {
  const entry = (e: { id: string; itemId?: string; maximumRegisteredMembers: number }): LicenseEntry => ({
    id: e.id,
    ...(e.itemId ? { itemId: e.itemId } : {}),
    maximumRegisteredMembers: e.maximumRegisteredMembers,
    expiration: shifted(e.id, today),
  });
  return {
    version: documentedLicense.version,
    maximumRegisteredMembers: documentedLicense.maximumRegisteredMembers,
    userTypes: documentedLicense.userTypes.map(entry),
    appBundles: documentedLicense.appBundles.map(entry),
    apps: documentedLicense.apps.map(entry),
    extensions: documentedLicense.extensions.map(entry),
    portalCapabilities: documentedLicense.portalCapabilities.map((c) => ({ id: c.id, expiration: shifted(c.id, today) })),
  };
}

const FIRST_NAMES = [
  'John',
  'Maria',
  'Wei',
  'Aisha',
  'Lars',
  'Priya',
  'Tomás',
  'Yuki',
  'Olga',
  'Kwame',
  'Sofia',
  'Ahmed',
  'Emma',
  'Diego',
  'Hannah',
  'Ravi',
  'Chloe',
  'Mateo',
  'Ines',
  'Noah',
  'Leila',
  'Jonas',
  'Amara',
  'Felix',
  'Mei',
];
const LAST_NAMES = [
  'Doe',
  'Jordan',
  'Chen',
  'Okafor',
  'Nilsson',
  'Patel',
  'García',
  'Tanaka',
  'Ivanova',
  'Mensah',
  'Rossi',
  'Hassan',
  'Smith',
  'López',
  'Müller',
  'Kumar',
  'Martin',
  'Silva',
  'Costa',
  'Brown',
  'Haddad',
  'Berg',
  'Diallo',
  'Weber',
  'Wong',
];

function asciiUsername(first: string, last: string): string {
  return `${first[0]}${last}`
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

/**
 * Sign-ins spread as the members inventory needs them: every 23rd member never signed in, every
 * 11th not for over a year; the rest within the last 120 days (this week, 30–90 days ago, between).
 */
function lastLoginOf(n: number, today: number): number {
  if (n % 23 === 22) return -1;
  if (n % 11 === 5) return today - (380 + n) * DAY_MS + 9 * 3_600_000;
  return today - ((n * 37) % 120) * DAY_MS + 9 * 3_600_000;
}

/** Members in the order of the license's user types, as many of each as the documented counts say. */
function seedMembers(today: number): Member[] {
  const members: Member[] = [];
  const taken = new Set<string>();
  let n = 0;
  for (const userType of documentedLicense.userTypes) {
    for (let i = 0; i < userType.currentRegisteredMembers; i += 1, n += 1) {
      const first = FIRST_NAMES[n % FIRST_NAMES.length] as string;
      const last = LAST_NAMES[(n * 7 + Math.floor(n / LAST_NAMES.length)) % LAST_NAMES.length] as string;
      let username = asciiUsername(first, last);
      for (let k = 2; taken.has(username); k += 1) username = `${asciiUsername(first, last)}${k}`;
      taken.add(username);
      members.push({
        username,
        fullName: `${first} ${last}`,
        email: `${username}@example.com`,
        role: 'org_user',
        userLicenseTypeId: userType.id,
        apps: [],
        appBundles: [],
        lastLogin: lastLoginOf(n, today),
        created: today - (400 + n) * DAY_MS,
        checkouts: [],
        // A few accounts disabled, and one in five from the organization's identity store (SAML).
        disabled: n % 29 === 13,
        provider: n % 5 === 0 ? 'enterprise' : 'arcgis',
      });
    }
  }
  return members;
}

/** The demo's accounts take the first three Creator seats, so the documented counts still hold. */
function placeAccounts(members: Member[]): void {
  const creators = members.filter((m) => m.userLicenseTypeId === 'creatorUT');
  const [admin, analyst, licenseManager] = creators;
  if (!admin || !analyst || !licenseManager) throw new Error('The seed needs at least three Creator members.');
  const account = { disabled: false, provider: 'arcgis' } as const;
  Object.assign(admin, {
    ...account,
    username: DEMO_ADMIN.username,
    fullName: 'Portal Administrator',
    email: 'admin@example.com',
    role: 'org_admin',
  });
  Object.assign(analyst, {
    ...account,
    username: DEMO_NON_ADMIN.username,
    fullName: 'Data Analyst',
    email: 'analyst@example.com',
    role: 'org_publisher',
  });
  Object.assign(licenseManager, {
    ...account,
    username: DEMO_LICENSE_MANAGER.username,
    fullName: 'License Manager',
    email: 'licensemgr@example.com',
    role: 'org_admin',
    customRole: LICENSE_MANAGER_ROLE,
  });
}

/** Members holding each app and bundle: GIS Professionals hold Pro; Creators hold add-on apps. */
const APP_HOLDERS: Record<string, number> = {
  arcgisprodesktop: 38,
  arcgisd2m: 6,
  allsource: 3,
  cityEngine: 4,
  Insights: 12,
  BusinessAnlyst: 9,
  Navigator: 2,
  workforce: 7,
  arcgisUrban: 3,
  appstudiostd: 2,
  stMapNA: 2,
  stMapEU: 1,
};
const BUNDLE_HOLDERS: Record<string, number> = { urbanSuiteAB: 3 };

const PRO_LEVELS = ['desktopAdvN', 'desktopStdN', 'desktopBasicN'];
/** ArcGIS Pro extensions some members hold besides their level (on devices in use, not offline ones). */
const PRO_EXTENSIONS = ['spatialAnalystN', '3DAnalystN', 'networkAnalystN'];

function withExtensions(entitlements: string[], i: number): string[] {
  const extensions = PRO_EXTENSIONS.filter((_, k) => i % (k + 2) === 0);
  return [...entitlements, ...extensions];
}

function assignApps(members: Member[], today: number): void {
  const professionals = members.filter((m) => m.userLicenseTypeId.startsWith('GISProfessional'));
  const creators = members.filter((m) => m.userLicenseTypeId === 'creatorUT');
  for (const member of professionals) member.apps.push('arcgisprodesktop');
  Object.entries(APP_HOLDERS).forEach(([appId, holders], a) => {
    for (let i = 0; i < holders && creators.length > 0; i += 1) {
      const member = creators[(a * 5 + i) % creators.length] as Member;
      if (!member.apps.includes(appId)) member.apps.push(appId);
    }
  });
  Object.entries(BUNDLE_HOLDERS).forEach(([bundleId, holders]) => {
    for (let i = 0; i < holders && i < creators.length; i += 1) (creators[creators.length - 1 - i] as Member).appBundles.push(bundleId);
  });

  // Licenses checked out for offline use: some left on devices that were lost or reimaged.
  const offline: { appId: string; entitlements: (m: Member, i: number) => string[]; count: number }[] = [
    {
      appId: 'arcgisprodesktop',
      count: 5,
      entitlements: (m, i) => [m.userLicenseTypeId === 'GISProfessionalAdvUT' ? 'desktopAdvN' : (PRO_LEVELS[i % 3] as string)],
    },
    { appId: 'arcgisd2m', count: 2, entitlements: () => ['drone2map'] },
  ];
  for (const { appId, count, entitlements } of offline) {
    const holders = members.filter((m) => m.apps.includes(appId) && m.username !== DEMO_ADMIN.username);
    const step = Math.max(1, Math.floor(holders.length / count));
    holders.forEach((member, i) => {
      const disconnected = i % step === 0 && i < step * count;
      // Numbered among the offline ones (every step-th holder), so their Pro levels differ.
      const own = entitlements(member, Math.floor(i / step));
      member.checkouts.push({
        appId,
        entitlements: !disconnected && appId === 'arcgisprodesktop' ? withExtensions(own, i) : own,
        disconnected,
        lastLogin: disconnected ? today - (12 + i * 3) * DAY_MS + 14 * 3_600_000 : member.lastLogin,
      } satisfies Checkout);
    });
  }
}

export function seedOrg(kind: 'portal' | 'kubernetes', now: number): OrgState {
  const today = utcMidnight(now);
  const license = seedLicense(today);
  const members = seedMembers(today);
  placeAccounts(members);
  assignApps(members, today);
  return {
    orgId: ORG_ID,
    name: kind === 'kubernetes' ? 'Demo Organization (Kubernetes)' : 'Demo Organization',
    license,
    members,
    licenseManager: { hostname: 'licensemanager.example.com', port: 27000 },
    serverAuthorizations: kind === 'kubernetes' ? seedKubernetesServer(today, license.version) : { features: [], extensions: [] },
    futureLicense: futureFromExpirations(license),
    federatedServers: kind === 'portal' ? seedFederatedServers(today, license.version) : [],
    passwords: new Map([
      [DEMO_ADMIN.username, DEMO_ADMIN.password],
      [DEMO_NON_ADMIN.username, DEMO_NON_ADMIN.password],
      [DEMO_LICENSE_MANAGER.username, DEMO_LICENSE_MANAGER.password],
    ]),
  };
}

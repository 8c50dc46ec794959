// The emulator's mutable world: one organization per context (the base portal and the
// Kubernetes deployment each have their own), rebuilt from the seed on reset.

export interface LicenseEntry {
  id: string;
  itemId?: string;
  maximumRegisteredMembers: number;
  expiration: number;
}

interface CapabilityEntry {
  id: string;
  expiration: number;
}

export interface ServerFeature {
  displayName: string;
  isValid: boolean;
  name: string;
  expiration: number;
  canExpire: boolean;
  coreCount: number;
  version: string;
}

/** One ArcGIS Server authorization (edition, level or extension) as /admin/system/licenses reports it. */
export interface ServerLicenseItem {
  name: string;
  version: string;
  canExpire: boolean;
  expiration: number;
  appid?: string;
}

/** What an ArcGIS Server is authorized for: its edition, level, features and extensions. */
export interface ServerAuthorizations {
  edition?: ServerLicenseItem;
  level?: ServerLicenseItem;
  features: ServerFeature[];
  extensions: ServerLicenseItem[];
}

export type LicenseCategory = 'userTypes' | 'apps' | 'appBundles' | 'extensions';

/** A seat count that takes effect later (getFutureLicense); 0 seats is the expiry. */
export interface FutureLicenseEntry {
  category: LicenseCategory;
  id: string;
  itemId?: string;
  maximumRegisteredMembers: number;
  startDate: number;
}

/** A server federated with the base portal (/portaladmin/federation/servers). */
export interface FederatedServer {
  id: string;
  name: string;
  /** Served by this emulator under this context ("/server1"), or absent for a server out of reach. */
  context?: string;
  /** Only for a server out of reach: where the portal says it is. */
  unreachableUrl?: string;
  serverRole: 'HOSTING_SERVER' | 'FEDERATED_SERVER';
  serverFunction: string;
  serverType: string;
  /** Older portals spell the field adminURL; one server answers that way so clients must read both. */
  adminUrlField: 'adminUrl' | 'adminURL';
  authorizations: ServerAuthorizations;
}

/** The organization's license as /portaladmin/license reports it, minus the counts computed from members. */
export interface LicenseDoc {
  version: string;
  maximumRegisteredMembers: number;
  userTypes: LicenseEntry[];
  appBundles: LicenseEntry[];
  apps: LicenseEntry[];
  extensions: LicenseEntry[];
  portalCapabilities: CapabilityEntry[];
}

/** A license taken for offline use, or in use, on one member's device. */
export interface Checkout {
  appId: string;
  entitlements: string[];
  disconnected: boolean;
  lastLogin: number;
}

export type MemberRole = 'org_admin' | 'org_publisher' | 'org_user';

/** A role an organization defines: its 16-character id (the member's `roleId`) and its privileges. */
export interface CustomRole {
  id: string;
  privileges: string[];
}

export interface Member {
  username: string;
  fullName: string;
  email: string;
  role: MemberRole;
  /** A custom role (an administrative one reports role org_admin too); built-in roles have none. */
  customRole?: CustomRole;
  userLicenseTypeId: string;
  /** License app ids assigned to the member (ids as in the license's apps). */
  apps: string[];
  appBundles: string[];
  lastLogin: number;
  created: number;
  checkouts: Checkout[];
  disabled: boolean;
  /** Built-in account, or one from the organization's identity store (SAML/LDAP). */
  provider: 'arcgis' | 'enterprise';
}

interface LicenseManagerInfo {
  hostname: string;
  port: number;
}

export interface OrgState {
  orgId: string;
  name: string;
  license: LicenseDoc;
  members: Member[];
  licenseManager: LicenseManagerInfo;
  /** Kubernetes only: its ArcGIS Server's authorizations; the features also show in the org license. */
  serverAuthorizations: ServerAuthorizations;
  /** Seat changes still to come, as getFutureLicense lists them (each entitlement's expiry at least). */
  futureLicense: FutureLicenseEntry[];
  /** Base portal only: its federated servers. */
  federatedServers: FederatedServer[];
  /** Sign-in accounts: username → password. */
  passwords: Map<string, string>;
}

export function findMember(org: OrgState, username: string): Member | undefined {
  return org.members.find((m) => m.username === username);
}

export function countBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of keys(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

// Indexes over the members, for a 50,000-member organization: a listing page or a count should
// not walk every member. Assignments (user type, apps, bundles) never change after seeding, so an
// index lives as long as its members array; a route that changes assignments replaces the array
// (assignmentsChanged) so the next read rebuilds them.
const holdersByApp = new WeakMap<Member[], Map<string, Member[]>>();
const countsByKind = new WeakMap<Member[], Map<string, Map<string, number>>>();

/** The members assigned an app (by license app id), in member order. */
export function holdersOf(org: OrgState, appId: string): Member[] {
  let index = holdersByApp.get(org.members);
  if (!index) {
    index = new Map();
    for (const member of org.members) {
      for (const id of member.apps) {
        const holders = index.get(id) ?? [];
        holders.push(member);
        index.set(id, holders);
      }
    }
    holdersByApp.set(org.members, index);
  }
  return index.get(appId) ?? [];
}

export type CountKind = 'userLicenseType' | 'role' | 'app' | 'appBundle';

/** Members per user type, role, app id or bundle id. */
export function memberCounts(org: OrgState, kind: CountKind): Map<string, number> {
  let byKind = countsByKind.get(org.members);
  if (!byKind) {
    byKind = new Map();
    countsByKind.set(org.members, byKind);
  }
  let counts = byKind.get(kind);
  if (!counts) {
    const keys: Record<CountKind, (m: Member) => readonly string[]> = {
      userLicenseType: (m) => [m.userLicenseTypeId],
      role: (m) => [m.role],
      app: (m) => m.apps,
      appBundle: (m) => m.appBundles,
    };
    counts = countBy(org.members, keys[kind]);
    byKind.set(kind, counts);
  }
  return counts;
}

/** After a route changed user types or app assignments: a new members array, so the indexes are rebuilt. */
export function assignmentsChanged(org: OrgState): void {
  org.members = [...org.members];
}

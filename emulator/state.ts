// The emulator's mutable world: one organization per context (the base portal and the
// Kubernetes deployment each have their own), rebuilt from the seed on reset.

export interface LicenseEntry {
  id: string;
  itemId?: string;
  maximumRegisteredMembers: number;
  expiration: number;
}

export interface CapabilityEntry {
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

export interface Member {
  username: string;
  fullName: string;
  email: string;
  role: 'org_admin' | 'org_publisher' | 'org_user';
  userLicenseTypeId: string;
  /** License app ids assigned to the member (ids as in the license's apps). */
  apps: string[];
  appBundles: string[];
  lastLogin: number;
  created: number;
  checkouts: Checkout[];
}

export interface LicenseManagerInfo {
  hostname: string;
  port: number;
}

export interface OrgState {
  orgId: string;
  name: string;
  license: LicenseDoc;
  members: Member[];
  licenseManager: LicenseManagerInfo;
  /** Kubernetes only: the ArcGIS Server features its license carries. */
  serverFeatures: ServerFeature[];
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

import type { LicensedEntitlement, PortalLicense } from '../schemas/portal-license';

export const ENTITLEMENT_CATEGORIES = ['userType', 'app', 'appBundle', 'extension', 'capability'] as const;
export type EntitlementCategory = (typeof ENTITLEMENT_CATEGORIES)[number];

export interface Entitlement {
  category: EntitlementCategory;
  id: string;
  itemId?: string;
  /** maximumRegisteredMembers: seats purchased. Capabilities have none. */
  purchased?: number;
  /** currentRegisteredMembers, which the portal reports for user types only. */
  used?: number;
  /** Epoch milliseconds. */
  expiration?: number;
  /** Fields the portal sent that the dashboard does not model, kept so they can be shown. */
  extra: Record<string, unknown>;
}

export interface LicenseManager {
  hosts: string[];
  port: number;
}

/** One organization's license, the same shape whichever admin API it came from. */
export interface OrgLicense {
  version: string;
  members: { used: number; purchased: number };
  entitlements: Entitlement[];
  licenseManager?: LicenseManager;
  extra: Record<string, unknown>;
}

const MODELLED_LICENSE_FIELDS = new Set([
  'currentRegisteredMembers',
  'maximumRegisteredMembers',
  'version',
  'userTypes',
  'appBundles',
  'apps',
  'extensions',
  'portalCapabilities',
  'licenseManagerInfo',
]);

const MODELLED_ENTITLEMENT_FIELDS = new Set([
  'id',
  'itemId',
  'maximumRegisteredMembers',
  'currentRegisteredMembers',
  'expiration',
]);

function unmodelled(source: Record<string, unknown>, modelled: Set<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(source).filter(([key]) => !modelled.has(key)));
}

function toEntitlement(category: EntitlementCategory, raw: LicensedEntitlement): Entitlement {
  const entitlement: Entitlement = {
    category,
    id: raw.id,
    extra: unmodelled(raw, MODELLED_ENTITLEMENT_FIELDS),
  };
  if (raw.itemId !== undefined) entitlement.itemId = raw.itemId;
  if (raw.maximumRegisteredMembers !== undefined) entitlement.purchased = raw.maximumRegisteredMembers;
  if (raw.currentRegisteredMembers !== undefined) entitlement.used = raw.currentRegisteredMembers;
  // A non-positive expiration is not a date (it would read as 1970): treat it as none.
  if (raw.expiration !== undefined && raw.expiration > 0) entitlement.expiration = raw.expiration;
  return entitlement;
}

export function parseLicenseManagerHosts(hostname: string): string[] {
  return hostname
    .split(',')
    .map((host) => host.trim())
    .filter((host) => host.length > 0);
}

export function toOrgLicense(raw: PortalLicense): OrgLicense {
  const entitlements = [
    ...raw.userTypes.map((e) => toEntitlement('userType', e)),
    ...raw.apps.map((e) => toEntitlement('app', e)),
    ...raw.appBundles.map((e) => toEntitlement('appBundle', e)),
    ...raw.extensions.map((e) => toEntitlement('extension', e)),
    ...raw.portalCapabilities.map((e) => toEntitlement('capability', e)),
  ];
  const license: OrgLicense = {
    version: raw.version,
    members: { used: raw.currentRegisteredMembers, purchased: raw.maximumRegisteredMembers },
    entitlements,
    extra: unmodelled(raw, MODELLED_LICENSE_FIELDS),
  };
  const hosts = raw.licenseManagerInfo ? parseLicenseManagerHosts(raw.licenseManagerInfo.hostname) : [];
  if (raw.licenseManagerInfo && hosts.length > 0 && raw.licenseManagerInfo.port > 0) {
    license.licenseManager = { hosts, port: raw.licenseManagerInfo.port };
  }
  return license;
}

export function entitlementsOf(license: OrgLicense, category: EntitlementCategory): Entitlement[] {
  return license.entitlements.filter((e) => e.category === category);
}

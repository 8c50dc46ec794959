import type { LicensedEntitlement, LicensedFeature, PortalLicense } from '../schemas/portal-license';
import { isPlaceholderHost } from './license-manager-hosts';

export const ENTITLEMENT_CATEGORIES = ['userType', 'app', 'appBundle', 'extension', 'capability'] as const;

/** The version when the license resource does not report one (Kubernetes 11.0 leaves it out): shown as is. */
export const VERSION_NOT_REPORTED = 'not reported';
export type EntitlementCategory = (typeof ENTITLEMENT_CATEGORIES)[number];

export interface Entitlement {
  category: EntitlementCategory;
  id: string;
  /** The name the portal itself gives it (features carry a displayName); otherwise the dashboard names it. */
  sourceName?: string;
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

/**
 * One organization's license, the same shape whichever admin API it came from.
 * Member counts are undefined where the portal does not report them (Kubernetes 11.0).
 */
export interface OrgLicense {
  /** The portal's version, or VERSION_NOT_REPORTED. */
  version: string;
  members: { used?: number; purchased?: number };
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

const MODELLED_ENTITLEMENT_FIELDS = new Set(['id', 'itemId', 'maximumRegisteredMembers', 'currentRegisteredMembers', 'expiration']);

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

function featureEntitlement(raw: LicensedFeature): Entitlement {
  // Its other fields are shown with `capabilities` among the license's extras, not twice.
  const entitlement: Entitlement = { category: 'capability', id: raw.name, extra: {} };
  if (raw.displayName) entitlement.sourceName = raw.displayName;
  // canExpire:false means no expiry whatever `expiration` holds; isValid stays true after expiry, so it is not read.
  if (raw.canExpire !== false && raw.expiration !== undefined && raw.expiration > 0) entitlement.expiration = raw.expiration;
  return entitlement;
}

/** The hosts of `hostname` ("primary[,backup]"), without placeholders such as "change.me" that name no host. */
export function parseLicenseManagerHosts(hostname: string): string[] {
  return hostname
    .split(',')
    .map((host) => host.trim())
    .filter((host) => host.length > 0 && !isPlaceholderHost(host));
}

export function toOrgLicense(raw: PortalLicense): OrgLicense {
  const entitlements = [
    ...raw.userTypes.map((e) => toEntitlement('userType', e)),
    ...raw.apps.map((e) => toEntitlement('app', e)),
    ...raw.appBundles.map((e) => toEntitlement('appBundle', e)),
    ...raw.extensions.map((e) => toEntitlement('extension', e)),
    ...raw.portalCapabilities.map((e) => toEntitlement('capability', e)),
    // The server features the organization license grants count as its capabilities.
    ...(raw.capabilities?.features ?? []).map(featureEntitlement),
  ];
  const license: OrgLicense = {
    version: raw.version ?? VERSION_NOT_REPORTED,
    members: {
      ...(raw.currentRegisteredMembers !== undefined ? { used: raw.currentRegisteredMembers } : {}),
      ...(raw.maximumRegisteredMembers !== undefined ? { purchased: raw.maximumRegisteredMembers } : {}),
    },
    entitlements,
    // `capabilities` stays among the extras too, as the portal wrote it (coreCount, isValid, …);
    // its features' dates are modelled above, so what is shown is also what counts.
    extra: unmodelled(raw, MODELLED_LICENSE_FIELDS),
  };
  // An empty host, port 0 or a placeholder host mean no License Manager is configured: none is modelled.
  const hosts = raw.licenseManagerInfo ? parseLicenseManagerHosts(raw.licenseManagerInfo.hostname) : [];
  if (raw.licenseManagerInfo && hosts.length > 0 && raw.licenseManagerInfo.port > 0) {
    license.licenseManager = { hosts, port: raw.licenseManagerInfo.port };
  }
  return license;
}

export function entitlementsOf(license: OrgLicense, category: EntitlementCategory): Entitlement[] {
  return license.entitlements.filter((e) => e.category === category);
}

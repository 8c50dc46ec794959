import { Unreadable, type LicensedEntitlement, type LicensedFeature, type PortalLicense } from '../schemas/portal-license';
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

/** What a field that could not be read was expected to hold, in words ("could not be read as a number"). */
export const EXPECTED_VALUES = [
  'a number',
  'a date',
  'text',
  'true or false',
  'a License Manager host and port',
  'an entitlement with an id',
  'a feature with a name',
] as const;
type ExpectedValue = (typeof EXPECTED_VALUES)[number];

/**
 * A field the portal sent with a type the dashboard did not expect: left out of the figures (they
 * say "not reported") and shown as it came.
 */
export interface UnreadableField {
  /** Where it is in the portal's answer, e.g. "userTypes[1].maximumRegisteredMembers". */
  path: string;
  /** The value exactly as the portal sent it (any JSON value). */
  value: unknown;
  expected: ExpectedValue;
  /** The id of the user type, app, bundle, extension or capability it belongs to, if any. */
  entitlementId?: string;
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
  /** Fields that could not be read; absent when every field was read. */
  unreadable?: UnreadableField[];
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

/** Collects the fields of one answer that could not be read, each under its path. */
class UnreadableFields {
  readonly fields: UnreadableField[] = [];

  /** `value` when it was read; undefined (not reported) when it was not, recorded under `path`. */
  read<T>(value: T | Unreadable | undefined, path: string, expected: ExpectedValue, entitlementId?: string): T | undefined {
    if (!(value instanceof Unreadable)) return value;
    this.fields.push({ path, value: value.value, expected, ...(entitlementId !== undefined ? { entitlementId } : {}) });
    return undefined;
  }
}

function toEntitlement(category: EntitlementCategory, raw: LicensedEntitlement, path: string, fields: UnreadableFields): Entitlement {
  const entitlement: Entitlement = {
    category,
    id: raw.id,
    extra: unmodelled(raw, MODELLED_ENTITLEMENT_FIELDS),
  };
  const itemId = fields.read(raw.itemId, `${path}.itemId`, 'text', raw.id);
  const purchased = fields.read(raw.maximumRegisteredMembers, `${path}.maximumRegisteredMembers`, 'a number', raw.id);
  const used = fields.read(raw.currentRegisteredMembers, `${path}.currentRegisteredMembers`, 'a number', raw.id);
  const expiration = fields.read(raw.expiration, `${path}.expiration`, 'a date', raw.id);
  if (itemId !== undefined) entitlement.itemId = itemId;
  if (purchased !== undefined) entitlement.purchased = purchased;
  if (used !== undefined) entitlement.used = used;
  // A non-positive expiration is not a date (it would read as 1970): treat it as none.
  if (expiration !== undefined && expiration > 0) entitlement.expiration = expiration;
  return entitlement;
}

function featureEntitlement(raw: LicensedFeature, path: string, fields: UnreadableFields): Entitlement {
  // Its other fields are shown with `capabilities` among the license's extras, not twice.
  const entitlement: Entitlement = { category: 'capability', id: raw.name, extra: {} };
  const displayName = fields.read(raw.displayName, `${path}.displayName`, 'text', raw.name);
  const canExpire = fields.read(raw.canExpire, `${path}.canExpire`, 'true or false', raw.name);
  const expiration = fields.read(raw.expiration, `${path}.expiration`, 'a date', raw.name);
  if (displayName) entitlement.sourceName = displayName;
  // canExpire:false means no expiry whatever `expiration` holds; isValid stays true after expiry, so it is not read.
  if (canExpire !== false && expiration !== undefined && expiration > 0) entitlement.expiration = expiration;
  return entitlement;
}

/** The hosts of `hostname` ("primary[,backup]"), without placeholders such as "change.me" that name no host. */
export function parseLicenseManagerHosts(hostname: string): string[] {
  return hostname
    .split(',')
    .map((host) => host.trim())
    .filter((host) => host.length > 0 && !isPlaceholderHost(host));
}

const ENTITLEMENT_LISTS = [
  ['userTypes', 'userType'],
  ['apps', 'app'],
  ['appBundles', 'appBundle'],
  ['extensions', 'extension'],
  ['portalCapabilities', 'capability'],
] as const;

/**
 * The portal's license answer as one model. A field of an unexpected type is left out (the pages
 * say "not reported") and listed in `unreadable` with its path and its value as it came.
 */
export function toOrgLicense(raw: PortalLicense): OrgLicense {
  const fields = new UnreadableFields();
  const entitlements = [
    ...ENTITLEMENT_LISTS.flatMap(([list, category]) =>
      raw[list].flatMap((e, i) => {
        const read = fields.read(e, `${list}[${i}]`, 'an entitlement with an id');
        return read ? [toEntitlement(category, read, `${list}[${i}]`, fields)] : [];
      }),
    ),
    // The server features the organization license grants count as its capabilities.
    ...(raw.capabilities?.features ?? []).flatMap((f, i) => {
      const read = fields.read(f, `capabilities.features[${i}]`, 'a feature with a name');
      return read ? [featureEntitlement(read, `capabilities.features[${i}]`, fields)] : [];
    }),
  ];
  const used = fields.read(raw.currentRegisteredMembers, 'currentRegisteredMembers', 'a number');
  const purchased = fields.read(raw.maximumRegisteredMembers, 'maximumRegisteredMembers', 'a number');
  const license: OrgLicense = {
    version: fields.read(raw.version, 'version', 'text') ?? VERSION_NOT_REPORTED,
    members: { ...(used !== undefined ? { used } : {}), ...(purchased !== undefined ? { purchased } : {}) },
    entitlements,
    // `capabilities` stays among the extras too, as the portal wrote it (coreCount, isValid, …);
    // its features' dates are modelled above, so what is shown is also what counts.
    extra: unmodelled(raw, MODELLED_LICENSE_FIELDS),
  };
  // An empty host, port 0 or a placeholder host mean no License Manager is configured: none is modelled.
  const info = fields.read(raw.licenseManagerInfo, 'licenseManagerInfo', 'a License Manager host and port');
  const hosts = info ? parseLicenseManagerHosts(info.hostname) : [];
  if (info && hosts.length > 0 && info.port > 0) license.licenseManager = { hosts, port: info.port };
  if (fields.fields.length > 0) license.unreadable = fields.fields;
  return license;
}

export function entitlementsOf(license: OrgLicense, category: EntitlementCategory): Entitlement[] {
  return license.entitlements.filter((e) => e.category === category);
}

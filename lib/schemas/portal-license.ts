import { z } from 'zod';

// The license resource as /portaladmin/license (and Kubernetes /admin/orgs/<id>/license) return it.
// Objects are loose on purpose: a newer portal adds fields, and the dashboard keeps and shows them
// instead of dropping them. Only the fields the dashboard computes with are typed, and each of them
// is read on its own: a value of another type is kept as it came (Unreadable) rather than failing
// the whole answer, so a page shows everything else. An entry nothing can be shown without (an
// entitlement without an id, a feature without a name) is kept as an Unreadable in its list: left out
// of the figures and shown as it came, while the rest of the list is read.

/** A value of a type the dashboard did not expect (a count given as "two hundred"), kept as the portal sent it. */
export class Unreadable {
  constructor(readonly value: unknown) {}
}

/**
 * An optional field read on its own: absent or null is not reported (undefined); a value `schema`
 * refuses is kept as an Unreadable instead of failing the answer.
 */
function tolerant<Schema extends z.ZodType>(schema: Schema) {
  return z.union([schema, z.null().transform(() => undefined), z.unknown().transform((value) => new Unreadable(value))]).optional();
}

/** Epoch milliseconds. */
const epochMs = z.number();

// Some versions send the version as a number (11.4) rather than a string ("11.4").
const version = z.union([z.string(), z.number()]).transform((v) => String(v));

const seats = z.number().int().nonnegative();

const LicensedEntitlementSchema = z.looseObject({
  id: z.string().min(1),
  itemId: tolerant(z.string()),
  maximumRegisteredMembers: tolerant(seats),
  currentRegisteredMembers: tolerant(seats),
  expiration: tolerant(epochMs),
});

const PortalCapabilitySchema = z.looseObject({
  id: z.string().min(1),
  expiration: tolerant(epochMs),
});

// Enterprise on Kubernetes 11.0+ lists the server features its organization license grants under
// `capabilities.features`. `isValid` stays true after expiry, so only `canExpire` and `expiration` count.
const LicensedFeatureSchema = z.looseObject({
  name: z.string().min(1),
  displayName: tolerant(z.string()),
  canExpire: tolerant(z.boolean()),
  expiration: tolerant(epochMs),
});

/** A list whose entries are read one by one: an entry the schema refuses is kept as an Unreadable. */
function entries<Schema extends z.ZodType>(schema: Schema) {
  return z.array(z.union([schema, z.unknown().transform((value) => new Unreadable(value))])).default([]);
}

const CapabilitiesSchema = z.looseObject({
  features: entries(LicensedFeatureSchema),
});

// `hostname` holds "primary[,backup]"; some versions send the port as a string. An unconfigured
// Kubernetes deployment sends {"hostname":"","port":0} (the documented example): not reported, not an error.
const LicenseManagerInfoSchema = z.looseObject({
  hostname: z.string(),
  port: z.coerce.number().int().min(0).max(65535),
});

// Member counts and version are absent from the Kubernetes 11.0 organization license (its documented
// example): optional, so the pages say "not reported" instead of failing.
export const PortalLicenseSchema = z.looseObject({
  currentRegisteredMembers: tolerant(seats),
  maximumRegisteredMembers: tolerant(seats),
  version: tolerant(version),
  userTypes: entries(LicensedEntitlementSchema),
  appBundles: entries(LicensedEntitlementSchema),
  apps: entries(LicensedEntitlementSchema),
  extensions: entries(LicensedEntitlementSchema),
  portalCapabilities: entries(PortalCapabilitySchema),
  capabilities: CapabilitiesSchema.optional(),
  licenseManagerInfo: tolerant(LicenseManagerInfoSchema),
});

export type PortalLicense = z.infer<typeof PortalLicenseSchema>;
export type LicensedEntitlement = z.infer<typeof LicensedEntitlementSchema>;
export type LicensedFeature = z.infer<typeof LicensedFeatureSchema>;

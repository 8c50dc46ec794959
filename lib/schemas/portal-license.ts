import { z } from 'zod';

// The license resource as /portaladmin/license (and Kubernetes /admin/orgs/<id>/license) return it.
// Objects are loose on purpose: a newer portal adds fields, and the dashboard keeps and shows them
// instead of dropping them. Only the fields the dashboard computes with are typed.

const epochMs = z.number();

// Some versions send the version as a number (11.4) rather than a string ("11.4").
const version = z.union([z.string(), z.number()]).transform((v) => String(v));

const seats = z.number().int().nonnegative();

const LicensedEntitlementSchema = z.looseObject({
  id: z.string().min(1),
  itemId: z.string().optional(),
  maximumRegisteredMembers: seats.optional(),
  currentRegisteredMembers: seats.optional(),
  expiration: epochMs.optional(),
});

const PortalCapabilitySchema = z.looseObject({
  id: z.string().min(1),
  expiration: epochMs.optional(),
});

// Enterprise on Kubernetes 11.0+ lists the server features its organization license grants under
// `capabilities.features`. `isValid` stays true after expiry, so only `canExpire` and `expiration` count.
const LicensedFeatureSchema = z.looseObject({
  name: z.string().min(1),
  displayName: z.string().optional(),
  canExpire: z.boolean().optional(),
  expiration: epochMs.optional(),
});

const CapabilitiesSchema = z.looseObject({
  features: z.array(LicensedFeatureSchema).default([]),
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
  currentRegisteredMembers: seats.optional(),
  maximumRegisteredMembers: seats.optional(),
  version: version.optional(),
  userTypes: z.array(LicensedEntitlementSchema).default([]),
  appBundles: z.array(LicensedEntitlementSchema).default([]),
  apps: z.array(LicensedEntitlementSchema).default([]),
  extensions: z.array(LicensedEntitlementSchema).default([]),
  portalCapabilities: z.array(PortalCapabilitySchema).default([]),
  capabilities: CapabilitiesSchema.optional(),
  licenseManagerInfo: LicenseManagerInfoSchema.optional(),
});

export type PortalLicense = z.infer<typeof PortalLicenseSchema>;
export type LicensedEntitlement = z.infer<typeof LicensedEntitlementSchema>;
export type LicensedFeature = z.infer<typeof LicensedFeatureSchema>;

import { z } from 'zod';

// ArcGIS Server's /admin/system/licenses (Kubernetes: <context>/admin/system/licenses) and the
// base portal's /portaladmin/federation/servers. Loose objects: versions add fields.

const version = z.union([z.string(), z.number()]).transform((v) => String(v));

const LicenseItemSchema = z.looseObject({
  name: z.string().min(1),
  displayName: z.string().optional(),
  version: version.optional(),
  canExpire: z.boolean().optional(),
  expiration: z.number().optional(),
  // Newer servers add the date in their own zone, "Wed Oct 21 00:00:00 CEST 2026".
  expirationString: z.string().optional(),
  coreCount: z.number().optional(),
});

// The Kubernetes example lists extensions as {id, itemId, maximumRegisteredMembers, expiration}:
// an id stands in for the name there.
const ExtensionSchema = z.union([
  LicenseItemSchema,
  z.looseObject({ id: z.string().min(1), expiration: z.number().optional() }).transform(({ id, ...rest }) => ({ name: id, ...rest })),
]);

export const ServerLicensesSchema = z.looseObject({
  edition: LicenseItemSchema.optional(),
  level: LicenseItemSchema.optional(),
  features: z.array(LicenseItemSchema).default([]),
  extensions: z.array(ExtensionSchema).default([]),
});

export type ServerLicenses = z.infer<typeof ServerLicensesSchema>;
export type ServerLicenseItem = z.infer<typeof LicenseItemSchema>;

const FederatedServerSchema = z
  .looseObject({
    id: z.string().optional(),
    name: z.string().optional(),
    url: z.string().min(1),
    adminUrl: z.string().optional(),
    // Older portals spell it adminURL.
    adminURL: z.string().optional(),
    isHosted: z.boolean().optional(),
    serverRole: z.string().optional(),
    serverFunction: z.string().optional(),
    serverType: z.string().optional(),
  })
  .transform(({ adminURL, adminUrl, ...server }) => ({ ...server, adminUrl: adminUrl ?? adminURL }));

export const FederatedServersSchema = z.looseObject({
  servers: z.array(FederatedServerSchema).default([]),
});

export type FederatedServer = z.output<typeof FederatedServerSchema>;

import { z } from 'zod';

// What validateLicense answers for a valid license file: the MyEsri shape, the same on the
// Portal Administrator API and the Enterprise Administrator API (Esri's documented Kubernetes 11.0
// example is in emulator/seed/documented/). Each provision entry is one step: an id listed again
// with a later startDate is a scheduled change, and a step to 0 seats is the expiry.

const seats = z.number().int().nonnegative();
const epochMs = z.number();
const version = z.union([z.string(), z.number()]).transform((v) => String(v));
// The documented example sends `"apps": null` in bundles and user types: lists may be null.
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);

const ProvisionEntrySchema = z.looseObject({
  id: z.string().min(1),
  maxUsers: seats,
  startDate: epochMs.optional(),
});

// The documentation only shows an empty list; entries are read as ids, or objects with an id
// and optional dates, whichever a portal sends.
const PortalCapabilityEntrySchema = z.union([
  z
    .string()
    .min(1)
    .transform((id) => ({ id })),
  z.looseObject({
    id: z.string().min(1),
    startDate: epochMs.optional(),
    expiration: epochMs.optional(),
  }),
]);

export const ValidatedLicenseSchema = z.looseObject({
  MyEsri: z.looseObject({
    version: version.optional(),
    provision: z
      .looseObject({
        userTypes: list(ProvisionEntrySchema),
        apps: list(ProvisionEntrySchema),
        appBundles: list(ProvisionEntrySchema),
        extensions: list(ProvisionEntrySchema),
      })
      .nullish()
      .transform((v) => v ?? { userTypes: [], apps: [], appBundles: [], extensions: [] }),
    portalCapabilities: list(PortalCapabilityEntrySchema),
    definitions: z
      .looseObject({
        userTypes: list(z.looseObject({ id: z.string(), name: z.string().optional() })),
        appBundles: list(z.looseObject({ appBundleItemId: z.string(), name: z.string().optional() })),
      })
      .optional(),
  }),
});

export type ValidatedLicense = z.infer<typeof ValidatedLicenseSchema>;

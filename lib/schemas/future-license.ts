import { z } from 'zod';

// GET <portal>/portaladmin/license/getFutureLicense (10.7.1+). Esri documents the user types as
// {id, maximumRegisteredMembers, startDate}; apps, bundles and extensions are read the same way.
// With nothing scheduled it still lists every entitlement, with 0 members from its expiration date.

const FutureEntrySchema = z.looseObject({
  id: z.string().min(1),
  itemId: z.string().optional(),
  maximumRegisteredMembers: z.number().int().nonnegative(),
  startDate: z.number(),
});

export const FutureLicenseSchema = z.looseObject({
  userTypes: z.array(FutureEntrySchema).default([]),
  apps: z.array(FutureEntrySchema).default([]),
  appBundles: z.array(FutureEntrySchema).default([]),
  extensions: z.array(FutureEntrySchema).default([]),
});

export type FutureLicense = z.infer<typeof FutureLicenseSchema>;

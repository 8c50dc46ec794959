import { z } from 'zod';

// Sharing API answers. Paging fields are optional: without them there is one page.

export const UserCountsSchema = z.looseObject({
  results: z.array(z.looseObject({ key: z.string(), count: z.number().int().nonnegative() })).default([]),
  nextStart: z.number().optional(),
});

const UserEntitlementSchema = z.looseObject({
  username: z.string(),
  /** Not documented for listings; read when a portal sends it, so no member search is needed for that name. */
  fullName: z.string().optional(),
  lastLogin: z.number().optional(),
  disconnected: z.boolean().optional(),
  entitlements: z.array(z.string()).default([]),
});

export const UserEntitlementsPageSchema = z.looseObject({
  userEntitlements: z.array(UserEntitlementSchema).default([]),
  total: z.number().int().nonnegative().optional(),
  start: z.number().optional(),
  num: z.number().optional(),
  nextStart: z.number().optional(),
});

export type UserEntitlement = z.infer<typeof UserEntitlementSchema>;

import { z } from 'zod';

// The portal's answers the members inventory and bulk changes read, parsed tolerantly: fields the
// dashboard does not use are kept (looseObject), fields it uses are optional where portals vary.

/** One member from users/search; `lastLogin` -1 = never signed in; times in epoch ms. */
const InventoryMemberSchema = z.looseObject({
  username: z.string(),
  fullName: z.string().optional(),
  email: z.string().optional(),
  role: z.string().optional(),
  roleId: z.string().optional(),
  userLicenseTypeId: z.string().optional(),
  created: z.number().optional(),
  lastLogin: z.number().optional(),
  disabled: z.boolean().optional(),
  provider: z.string().optional(),
});
export type PortalMember = z.infer<typeof InventoryMemberSchema>;

/** A users/search page: `total` capped at 10,000 by the portal; nextStart -1 at the end. */
export const MemberPageSchema = z.looseObject({
  total: z.number().int().nonnegative().default(0),
  start: z.number().optional(),
  num: z.number().optional(),
  nextStart: z.number().default(-1),
  results: z.array(InventoryMemberSchema).default([]),
});

/**
 * A bulk change's answer. updateUserLicenseType: `{"results":[{"username","success"|"status","error"?}]}`;
 * provisionUserEntitlements: `{"success":true}` (ArcGIS API for Python reads only that), per-member
 * results read when a portal sends them.
 */
export const BulkChangeAnswerSchema = z.looseObject({
  results: z
    .array(
      z.looseObject({
        username: z.string(),
        success: z.boolean().optional(),
        status: z.string().optional(),
        error: z
          .looseObject({
            message: z.string().optional(),
            details: z
              .array(z.string())
              .nullish()
              .transform((d) => d ?? []),
          })
          .optional(),
      }),
    )
    .optional(),
  success: z.boolean().optional(),
});

/** portals/self/userLicenseTypes (11.x): each type, the highest role it takes and the apps it can hold where the portal says so. */
export const UserLicenseTypesSchema = z.looseObject({
  userLicenseTypes: z
    .array(
      z.looseObject({
        id: z.string(),
        name: z.string().optional(),
        maxRole: z.string().optional(),
        compatibleApps: z.array(z.string()).optional(),
      }),
    )
    .default([]),
});

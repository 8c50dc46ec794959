import { z } from 'zod';
import { defineEndpoint } from '../../endpoint/contract';
import { LicenseManagerFormSchema } from '../../schemas/license-manager-form';
import { DeploymentKindSchema, LicenseManagerSchema } from '../domain-schemas';

// The License Manager the portal reports, the update that restarts the portal, and the probe the
// page polls while the portal restarts.

const LicenseManagerViewSchema = z.object({
  kind: DeploymentKindSchema,
  asOf: z.number(),
  /** Null when the portal does not report one. */
  licenseManager: LicenseManagerSchema.nullable(),
});
export type LicenseManagerView = z.output<typeof LicenseManagerViewSchema>;

const LicenseManagerUpdateResultSchema = z.object({
  requested: LicenseManagerSchema,
  /** Seconds to wait before the first check on the restarting portal. */
  recheckAfterSeconds: z.number(),
});
export type LicenseManagerUpdateResult = z.output<typeof LicenseManagerUpdateResultSchema>;

const PortalStatusViewSchema = z.object({
  reachable: z.boolean(),
  problem: z.string().optional(),
  /** Epoch ms. */
  checkedAt: z.number(),
});

export const licenseManagerEndpoint = defineEndpoint({
  method: 'GET',
  path: '/api/license-manager',
  key: ['license', 'license-manager'],
  input: undefined,
  output: LicenseManagerViewSchema,
});

/** updateLicenseManager: the portal restarts by itself once it has answered. */
export const updateLicenseManagerEndpoint = defineEndpoint({
  method: 'POST',
  path: '/api/license-manager',
  key: ['license', 'license-manager', 'update'],
  input: LicenseManagerFormSchema,
  output: LicenseManagerUpdateResultSchema,
});

/** Whether the portal answers at all (no token: a restart invalidates them all). */
export const portalStatusEndpoint = defineEndpoint({
  method: 'GET',
  path: '/api/portal/status',
  key: ['portal', 'status'],
  input: undefined,
  output: PortalStatusViewSchema,
});

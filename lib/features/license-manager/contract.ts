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
  /** The version the portal reported at sign-in ("11.4.0"); absent when it did not say. */
  version: z.string().optional(),
  /** Whether this version needs a License Manager (before 11.4; lib/licensing/portal-profile.ts). */
  licenseManagerRequired: z.boolean(),
});
export type LicenseManagerView = z.output<typeof LicenseManagerViewSchema>;

const LicenseManagerUpdateResultSchema = z.object({
  requested: LicenseManagerSchema,
  /** Seconds to wait before the first check on the restarting portal. */
  recheckAfterSeconds: z.number(),
});
export type LicenseManagerUpdateResult = z.output<typeof LicenseManagerUpdateResultSchema>;

/**
 * A restart the admin started and the page has not finished telling about: kept server-side in a
 * sealed cookie (lib/features/license-manager/restart-cookie.ts) so a reload mid-restart, or the
 * sign-in the restart forces, finds it again.
 */
export const RestartInFlightSchema = z.object({
  /** When the portal accepted the change (epoch ms). */
  acceptedAt: z.number(),
  requested: LicenseManagerSchema,
  recheckAfterSeconds: z.number(),
});
export type RestartInFlight = z.output<typeof RestartInFlightSchema>;

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

/** The restart's story is told (the new value confirmed, or the poller gave up): the page forgets it. */
export const forgetRestartEndpoint = defineEndpoint({
  method: 'DELETE',
  path: '/api/license-manager/restart',
  key: ['license', 'license-manager', 'restart', 'forget'],
  input: undefined,
  output: z.object({ forgotten: z.literal(true) }),
});

/** Whether the portal answers at all (no token: a restart invalidates them all). */
export const portalStatusEndpoint = defineEndpoint({
  method: 'GET',
  path: '/api/portal/status',
  key: ['portal', 'status'],
  input: undefined,
  output: PortalStatusViewSchema,
});

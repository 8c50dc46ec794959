import { z } from 'zod';
import type { NamedEntitlement } from '../licensing/app-entitlement-names';
import type { EntitlementSchedule } from '../licensing/entitlement-schedule';
import type { LicenseFileContents } from '../licensing/license-file';
import {
  ENTITLEMENT_CATEGORIES,
  EXPECTED_VALUES,
  type Entitlement,
  type LicenseManager,
  type OrgLicense,
  type UnreadableField,
} from '../licensing/license-model';
import { DEPLOYMENT_KINDS } from '../licensing/portal-profile';
import { RELEASE_APP_IDS, type CheckedOutRow, type ReleasableApp } from '../licensing/releasable-apps';
import type { ServerAuthorization } from '../licensing/server-licenses';
import type { AssignmentCounts } from '../licensing/utilization';

// The domain types of lib/licensing as the browser reads them in the dashboard's answers. Each
// schema is typed against its domain type, so the two cannot drift apart.

/** Epoch milliseconds. */
const epochMs = z.number();
const extra = z.record(z.string(), z.unknown());

export const DeploymentKindSchema = z.enum(DEPLOYMENT_KINDS);

const EntitlementSchema: z.ZodType<Entitlement> = z.object({
  category: z.enum(ENTITLEMENT_CATEGORIES),
  id: z.string(),
  sourceName: z.string().optional(),
  itemId: z.string().optional(),
  purchased: z.number().optional(),
  used: z.number().optional(),
  expiration: epochMs.optional(),
  extra,
});

export const LicenseManagerSchema: z.ZodType<LicenseManager> = z.object({ hosts: z.array(z.string()), port: z.number() });

const UnreadableFieldSchema: z.ZodType<UnreadableField> = z.object({
  path: z.string(),
  value: z.unknown(),
  expected: z.enum(EXPECTED_VALUES),
  entitlementId: z.string().optional(),
});

/** lib/licensing/license-model.ts OrgLicense: seats are members. */
export const OrgLicenseSchema: z.ZodType<OrgLicense> = z.object({
  version: z.string(),
  members: z.object({ used: z.number().optional(), purchased: z.number().optional() }),
  entitlements: z.array(EntitlementSchema),
  licenseManager: LicenseManagerSchema.optional(),
  extra,
  unreadable: z.array(UnreadableFieldSchema).optional(),
});

/** Members assigned each app and bundle, keyed as the portal keys them. */
export const AssignmentCountsSchema: z.ZodType<AssignmentCounts> = z.object({
  app: z.record(z.string(), z.number()).optional(),
  appBundle: z.record(z.string(), z.number()).optional(),
});

export const ReleasableAppSchema: z.ZodType<ReleasableApp> = z.object({
  appId: z.enum(RELEASE_APP_IDS),
  name: z.string(),
  licenseAppId: z.string(),
  itemId: z.string().optional(),
  releasable: z.boolean(),
  reason: z.string().optional(),
});

const NamedEntitlementSchema: z.ZodType<NamedEntitlement> = z.object({ id: z.string(), name: z.string() });

export const CheckedOutRowSchema: z.ZodType<CheckedOutRow> = z.object({
  key: z.string(),
  username: z.string(),
  fullName: z.string().optional(),
  appId: z.enum(RELEASE_APP_IDS),
  appName: z.string(),
  entitlements: z.array(NamedEntitlementSchema),
  lastLogin: epochMs.optional(),
  releasable: z.boolean(),
});

const EntitlementScheduleSchema: z.ZodType<EntitlementSchedule> = z.object({
  category: z.enum(ENTITLEMENT_CATEGORIES),
  id: z.string(),
  definedName: z.string().optional(),
  steps: z.array(z.object({ start: epochMs, seats: z.number().optional() })),
  end: epochMs.optional(),
});

export const LicenseFileContentsSchema: z.ZodType<LicenseFileContents> = z.object({
  version: z.string().optional(),
  schedules: z.array(EntitlementScheduleSchema),
});

export const ServerAuthorizationSchema: z.ZodType<ServerAuthorization> = z.object({
  key: z.string(),
  kind: z.enum(['edition', 'level', 'feature', 'extension']),
  id: z.string(),
  name: z.string(),
  version: z.string().optional(),
  coreCount: z.number().optional(),
  expiration: epochMs.optional(),
  expirationDay: z.string().optional(),
  canExpire: z.boolean(),
});

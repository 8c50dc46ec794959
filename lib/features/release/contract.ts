import { z } from 'zod';
import { defineEndpoint } from '../../endpoint/contract';
import { RELEASE_APP_IDS } from '../../licensing/releasable-apps';
import { MemberSearchQuerySchema } from '../../schemas/member-search';
import { ReleaseLicenseSchema } from '../../schemas/release-license';
import { CheckedOutRowSchema, DeploymentKindSchema, ReleasableAppSchema } from '../domain-schemas';

// Releasing licenses members took offline: who has one checked out, the release itself, and
// member suggestions for the release-by-username form.

const CheckoutsViewSchema = z.object({
  kind: DeploymentKindSchema,
  asOf: z.number(),
  /** The version the license reports, for the "needs 11.5" notes. */
  version: z.string(),
  /** ArcGIS Pro, Drone2Map and AllSource as far as the license has them. */
  apps: z.array(ReleasableAppSchema),
  checkedOut: z.array(CheckedOutRowSchema),
});

const ReleaseResultSchema = z.object({
  username: z.string(),
  appId: z.enum(RELEASE_APP_IDS),
  appName: z.string(),
  message: z.string(),
});
export type ReleaseResult = z.output<typeof ReleaseResultSchema>;

const MemberSuggestionsViewSchema = z.object({
  members: z.array(z.object({ username: z.string(), fullName: z.string().optional(), email: z.string().optional() })),
});

/** Checked-out licenses, from every page of each releasable app's listing (userEntitlements). */
export const checkoutsEndpoint = defineEndpoint({
  method: 'GET',
  path: '/api/license/checkouts',
  key: ['license', 'checkouts'],
  input: undefined,
  output: CheckoutsViewSchema,
});

/** releaseLicense for one member and app: sent once; the portal's refusal comes back in its words. */
export const releaseEndpoint = defineEndpoint({
  method: 'POST',
  path: '/api/license/release',
  key: ['license', 'release'],
  input: ReleaseLicenseSchema,
  output: ReleaseResultSchema,
});

/** portals/self/users/search for what the admin typed (prefixes), at most a few members. */
export const memberSearchEndpoint = defineEndpoint({
  method: 'GET',
  path: '/api/members/search',
  key: ['members', 'search'],
  input: MemberSearchQuerySchema,
  output: MemberSuggestionsViewSchema,
});

import { z } from 'zod';
import { defineEndpoint } from '../../endpoint/contract';
import type { ListingStatus } from '../../licensing/offline-listings';
import { RELEASE_APP_IDS } from '../../licensing/releasable-apps';
import { RELEASE_OUTCOMES } from '../../licensing/release-outcome';
import { MemberSearchQuerySchema } from '../../schemas/member-search';
import { ReleaseLicenseSchema } from '../../schemas/release-license';
import { CheckedOutRowSchema, DeploymentKindSchema, ReleasableAppSchema } from '../domain-schemas';

// Releasing licenses members took offline: who has one checked out, the release itself, and
// member suggestions for the release-by-username form.

/** lib/licensing/offline-listings.ts ListingStatus: what one app's listing said about offline licenses. */
const ListingStatusSchema: z.ZodType<ListingStatus> = z.discriminatedUnion('state', [
  z.object({ state: z.literal('read') }),
  z.object({ state: z.literal('failed'), error: z.object({ message: z.string(), details: z.array(z.string()) }) }),
  z.object({ state: z.literal('unknown'), reason: z.string() }),
]);

const CheckoutAppSchema = z.intersection(ReleasableAppSchema, z.object({ listing: ListingStatusSchema }));
/** A releasable app with what its listing said about offline licenses. */
export type CheckoutApp = z.output<typeof CheckoutAppSchema>;

const CheckoutsViewSchema = z.object({
  kind: DeploymentKindSchema,
  asOf: z.number(),
  /** The version the license reports, for the "needs 11.5" notes. */
  version: z.string(),
  /** ArcGIS Pro, Drone2Map and AllSource as far as the license has them, each with what its listing said. */
  apps: z.array(CheckoutAppSchema),
  /** Offline licenses from the listings that were read (state "read"), sorted by member then app. */
  checkedOut: z.array(CheckedOutRowSchema),
});

const ReleaseResultSchema = z.object({
  username: z.string(),
  appId: z.enum(RELEASE_APP_IDS),
  appName: z.string(),
  /** lib/licensing/release-outcome.ts: released, still-checked-out (portal said success, listing disagrees) or unconfirmed. */
  outcome: z.enum(RELEASE_OUTCOMES),
  message: z.string(),
  details: z.array(z.string()),
});
export type ReleaseResult = z.output<typeof ReleaseResultSchema>;

const MemberSuggestionsViewSchema = z.object({
  members: z.array(z.object({ username: z.string(), fullName: z.string().optional(), email: z.string().optional() })),
});

/** Checked-out licenses, from every page of each releasable app's listing (userEntitlements), each listing's failure its own. */
export const checkoutsEndpoint = defineEndpoint({
  method: 'GET',
  path: '/api/license/checkouts',
  key: ['license', 'checkouts'],
  input: undefined,
  output: CheckoutsViewSchema,
});

/**
 * releaseLicense for one member and app: sent once; the portal's refusal (anything but
 * "status":"success") comes back as portal_rejected in its words; an accepted one is read back.
 */
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

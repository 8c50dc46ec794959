import { z } from 'zod';
import { defineEndpoint } from '../../endpoint/contract';
import { USERNAME_MAX_LENGTH } from '../../schemas/release-license';

// Bulk license changes from the members page (issue 13 §3): what the dialog can offer, the preview
// (nothing sent) and the apply of a confirmed preview, each member's change audited on its own.

/** The most members one bulk change takes: users/search's own window, and what a preview reads in seconds. */
export const MAX_SELECTION = 10_000;
/** 10,000 usernames of up to 256 characters, JSON-quoted: the bulk routes' body limit (bytes). */
const MAX_BULK_BODY_BYTES = 3 * 1024 * 1024;
const ITEM_ID = z.string().regex(/^[0-9a-f]{32}$/i, { error: "An app is named by its listing's itemId (32 hexadecimal characters)." });

/** What to change: a user type, an app revoked, or an app assigned with its entitlements (ArcGIS Pro: one level and any extensions). */
export const BulkActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('changeUserType'), userLicenseType: z.string().trim().min(1, { error: 'Choose a user type.' }).max(100) }),
  z.object({ kind: z.literal('revokeApp'), itemId: ITEM_ID }),
  z.object({
    kind: z.literal('assignApp'),
    itemId: ITEM_ID,
    entitlements: z
      .array(z.string().regex(/^[\w.-]{1,64}$/, { error: 'An entitlement id is letters, digits, "_", "." or "-".' }))
      .min(1, { error: 'Choose what to assign (for ArcGIS Pro: its level).' })
      .max(32),
  }),
]);
export type BulkAction = z.output<typeof BulkActionSchema>;

/**
 * Who: explicit usernames (1 to 10,000), or the /members page's filter as its URL query string,
 * resolved on the server (lib/features/members/bulk-selection.ts).
 */
const BulkSelectionSchema = z
  .object({
    usernames: z
      .array(z.string().trim().min(1, { error: 'A username cannot be empty.' }).max(USERNAME_MAX_LENGTH))
      .min(1, { error: 'Select at least one member.' })
      .max(MAX_SELECTION, { error: `At most ${MAX_SELECTION.toLocaleString('en-US')} members at once: narrow the selection.` })
      .optional(),
    filter: z.string().max(4_000).optional(),
  })
  .refine((s) => (s.usernames === undefined) !== (s.filter === undefined), { error: 'Send either usernames or filter.' });
export type BulkSelection = z.output<typeof BulkSelectionSchema>;

const PreviewInputSchema = z.object({ action: BulkActionSchema, selection: BulkSelectionSchema });

const SeatChangeSchema = z.object({
  kind: z.enum(['userType', 'app']),
  id: z.string(),
  name: z.string(),
  /** Seats purchased. */
  max: z.number(),
  /** Members holding it now, and after the change as previewed. */
  before: z.number(),
  after: z.number(),
});

const PreviewViewSchema = z.object({
  /** The plan's fingerprint: apply sends it back and is refused when the portal's state no longer gives the same plan. */
  planId: z.string(),
  asOf: z.number(),
  /** The change in words ("Revoke ArcGIS Pro"). */
  actionWords: z.string(),
  /** Members the change is sent for, with what they hold now (from) and will hold (to). */
  send: z.array(z.object({ username: z.string(), fullName: z.string().optional(), from: z.string(), to: z.string() })),
  /** Members left out with the reason; `releaseHref` where a license checked out offline must be released first. */
  excluded: z.array(z.object({ username: z.string(), reason: z.string(), releaseHref: z.string().optional() })),
  seats: z.array(SeatChangeSchema),
  /** Why nothing can be sent (e.g. more seats than free); absent when the change may go. */
  refusal: z.string().optional(),
  /** Calls the change takes (25 members a call). */
  calls: z.number(),
  /** Where "this user type cannot take that role or app" comes from. */
  userTypeRules: z.enum(['portal', 'portal-decides-per-member']),
});
export type BulkPreview = z.output<typeof PreviewViewSchema>;

const MemberResultSchema = z.object({
  username: z.string(),
  /** done; failed (the portal's words); unknown (a batch whose connection dropped: check before trying again). */
  status: z.enum(['done', 'failed', 'unknown']),
  reason: z.string().optional(),
});

const ApplyViewSchema = z.object({
  results: z.array(MemberResultSchema),
  excluded: PreviewViewSchema.shape.excluded,
  /** The members read back from the portal after the change, and whether the inventory took them. */
  reread: z.object({ usernames: z.array(z.string()), inventory: z.enum(['updated', 'no-inventory', 'failed']), problem: z.string().optional() }),
});
export type BulkApplied = z.output<typeof ApplyViewSchema>;

const OptionsViewSchema = z.object({
  userTypes: z.array(z.object({ id: z.string(), name: z.string(), free: z.number().optional() })),
  apps: z.array(z.object({ itemId: z.string(), id: z.string(), name: z.string(), free: z.number().optional() })),
  /** ArcGIS Pro's levels (one per member) and extensions, by id with their names. */
  proLevels: z.array(z.object({ id: z.string(), name: z.string() })),
  proExtensions: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type BulkOptions = z.output<typeof OptionsViewSchema>;

/** The user types and apps of the license the dialog offers, with the seats free now. */
export const bulkOptionsEndpoint = defineEndpoint({
  method: 'GET',
  path: '/api/members/bulk/options',
  key: ['license', 'members-bulk-options'],
  input: undefined,
  output: OptionsViewSchema,
});

/** Reads the selected members' current state from the portal and says what the change would do; sends nothing. */
export const bulkPreviewEndpoint = defineEndpoint({
  method: 'POST',
  path: '/api/members/bulk/preview',
  key: ['members', 'bulk', 'preview'],
  input: PreviewInputSchema,
  maxBodyBytes: MAX_BULK_BODY_BYTES,
  output: PreviewViewSchema,
});

/**
 * The confirmed preview: re-read, refused (409) when it no longer gives the plan `planId` names;
 * then each batch of 25 sent once, never retried, one audit entry per member.
 */
export const bulkApplyEndpoint = defineEndpoint({
  method: 'POST',
  path: '/api/members/bulk/apply',
  key: ['members', 'bulk', 'apply'],
  input: PreviewInputSchema.extend({ planId: z.string().regex(/^[0-9a-f]{64}$/, { error: 'Send the planId of the preview you confirmed.' }) }),
  maxBodyBytes: MAX_BULK_BODY_BYTES,
  output: ApplyViewSchema,
});

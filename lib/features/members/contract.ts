import { z } from 'zod';
import { defineEndpoint } from '../../endpoint/contract';
import { MemberQuerySchema } from '../../licensing/member-filter';

// The members page's endpoints (issue 13 §2): one page of the current inventory for the filter in
// the URL (the /members page reads the same function on the server), and the CSV of every member
// the filter matches. Read only: changes go through the bulk routes.

/** The CSV export's URL; its query is the filter (MemberQuerySchema; sort, page and size ignored). Answers text/csv, streamed. */
export const MEMBERS_CSV_PATH = '/api/members/csv';

const MemberLicenseViewSchema = z.object({
  /** The app's listing itemId. */
  itemId: z.string(),
  /** The app's name as its listing gave it; the itemId when the inventory has no name for it. */
  app: z.string(),
  /** The app's own last use, epoch ms; null = never or not reported. */
  lastLogin: z.number().nullable(),
  /** Checked out for offline use. */
  disconnected: z.boolean(),
  entitlements: z.array(z.string()),
});
export type MemberLicenseView = z.output<typeof MemberLicenseViewSchema>;

const MemberViewSchema = z.object({
  username: z.string(),
  fullName: z.string().nullable(),
  email: z.string().nullable(),
  role: z.string().nullable(),
  roleId: z.string().nullable(),
  userLicenseTypeId: z.string().nullable(),
  /** Last sign-in, epoch ms; null = never. */
  lastLogin: z.number().nullable(),
  disabled: z.boolean(),
  licenses: z.array(MemberLicenseViewSchema),
});
export type MemberView = z.output<typeof MemberViewSchema>;

const InventoryViewSchema = z.object({
  /** When the inventory was read, epoch ms. */
  readAt: z.number(),
  membersTotal: z.number(),
  /** Members the read could not reach. */
  unreached: z.number(),
  /** The apps read: listing itemId and name. */
  listings: z.array(z.object({ itemId: z.string(), name: z.string() })),
});
const MembersPageSchema = z.object({
  /** null before the first complete inventory: nothing to show yet. */
  inventory: InventoryViewSchema.nullable(),
  members: z.array(MemberViewSchema),
  /** Members matching the filter, over every page. */
  total: z.number(),
  page: z.number(),
  size: z.number(),
  /** What the inventory holds to filter on (user type ids, roles and custom role ids, entitlements). */
  facets: z.object({ userTypes: z.array(z.string()), roles: z.array(z.string()), entitlements: z.array(z.string()) }),
  /** Epoch ms the day counts were measured from. */
  now: z.number(),
});
export type MembersPage = z.output<typeof MembersPageSchema>;

/** One page of the signed-in portal's members inventory for a filter, and how many match in all. */
export const membersEndpoint = defineEndpoint({
  method: 'GET',
  path: '/api/members',
  key: ['members'],
  input: MemberQuerySchema,
  output: MembersPageSchema,
});

import { z } from 'zod';
import { MEMBER_QUERY_DEFAULTS } from './member-query-string';

// The /members filter as its URL carries it (issue 13 §2): one schema for the page, its JSON route,
// its CSV route and the overview's drill-down links, and one writer back to a query string, so a
// filtered view can be shared, reloaded and exported as the same rows.

const DAY_MS = 86_400_000;

/** Columns the member table sorts on. */
const MEMBER_SORTS = ['name', 'username', 'userType', 'role', 'lastLogin'] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];

/** Rows per page of /members. */
const MEMBER_PAGE_SIZES = [50, 100] as const;

/** ArcGIS Pro's levels as its listing's entitlements name them; a Pro license holds exactly one. */
export const PRO_LEVELS = ['desktopBasicN', 'desktopStdN', 'desktopAdvN'] as const;

const blankIsAbsent = (value: unknown) => (value === '' ? undefined : value);
// User type ids, roles (built-in or a custom role's id), listing itemIds and entitlements: plain ids.
const id = z.preprocess(
  blankIsAbsent,
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.:-]{1,128}$/, { error: 'must be an id (letters, digits, _ . : -)' })
    .optional(),
);
const days = z.preprocess(
  blankIsAbsent,
  z.coerce.number({ error: 'must be a whole number of days' }).int({ error: 'must be a whole number of days' }).min(1).max(36_500).optional(),
);
// A checkbox sends "on"; links write "1".
const flag = z.preprocess(
  blankIsAbsent,
  z
    .enum(['1', 'true', 'on'], { error: 'must be 1 (or left out)' })
    .transform(() => true as const)
    .optional(),
);

/**
 * The /members URL query, parsed tolerantly: a blank value is absent, a bad one is an issue naming
 * its field (the page shows it beside the field, the routes answer 400). `idle` and `proIdle` are
 * whole days before "now"; `size` is rows per page.
 */
export const MemberQuerySchema = z.object({
  userType: id,
  role: id,
  /** An app's listing itemId. */
  app: id,
  /** An entitlement of any app: ArcGIS Pro's level (desktopAdvN…) or an extension (spatialAnalystN…). */
  entitlement: id,
  /** No sign-in for more than this many days (never signed in included). */
  idle: days,
  /** Never signed in. */
  never: flag,
  /** Holds ArcGIS Pro and has not used it for more than this many days (never used included). */
  proIdle: days,
  /** Holds a license checked out for offline use. */
  offline: flag,
  disabled: flag,
  /** Words found in the username, full name or email, case ignored. */
  q: z.preprocess(blankIsAbsent, z.string().trim().max(200, { error: 'must be at most 200 characters' }).optional()),
  sort: z.preprocess(blankIsAbsent, z.enum(MEMBER_SORTS, { error: `must be one of ${MEMBER_SORTS.join(', ')}` }).default(MEMBER_QUERY_DEFAULTS.sort)),
  dir: z.preprocess(blankIsAbsent, z.enum(['asc', 'desc'], { error: 'must be asc or desc' }).default(MEMBER_QUERY_DEFAULTS.dir)),
  page: z.preprocess(
    blankIsAbsent,
    z.coerce.number({ error: 'must be a page number' }).int().min(1).max(1_000_000).default(MEMBER_QUERY_DEFAULTS.page),
  ),
  size: z.preprocess(
    blankIsAbsent,
    z.coerce
      .number()
      .pipe(z.literal(MEMBER_PAGE_SIZES, { error: `must be ${MEMBER_PAGE_SIZES.join(' or ')}` }))
      .default(MEMBER_QUERY_DEFAULTS.size),
  ),
});
export type MemberQuery = z.output<typeof MemberQuerySchema>;
export type { MemberQueryInput } from './member-query-string';
export { memberFilterOnly, memberQueryString } from './member-query-string';
/**
 * The last sign-in (epoch ms) before which a member counts as not signed in for more than `days`
 * whole days before `now` (epoch ms): exactly `days` days ago is not "more than".
 */
export function idleCutoff(days: number, now: number): number {
  return now - days * DAY_MS;
}

/** Whether a last sign-in or use (epoch ms; null = never) is more than `days` days before `now`. Never counts. */
export function isIdle(lastLogin: number | null, days: number, now: number): boolean {
  return lastLogin === null || lastLogin < idleCutoff(days, now);
}

import { omit } from 'es-toolkit';
import type { MemberQuery } from './member-filter';

// The /members query written back to a URL: for links, the pager, sort headers, the CSV link and
// drill-downs. Apart from the schema (member-filter.ts), so the browser gets the writer without the
// parser.

/** What a blank field means (MemberQuerySchema's defaults): left out of a written query. */
export const MEMBER_QUERY_DEFAULTS = { sort: 'name', dir: 'asc', page: 1, size: 50 } as const;

/** A query as written by hand (links, tests): any field may be left out. */
export type MemberQueryInput = Partial<MemberQuery>;

// The order fields appear in a written query string, so equal filters give equal URLs.
const KEYS = [
  'userType',
  'role',
  'app',
  'entitlement',
  'idle',
  'never',
  'proIdle',
  'offline',
  'disabled',
  'q',
  'sort',
  'dir',
  'page',
  'size',
] as const;

/** The query string (without "?") of a query, default values left out. Round-trips through MemberQuerySchema. */
export function memberQueryString(query: MemberQueryInput): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = query[key];
    if (value === undefined || value === (MEMBER_QUERY_DEFAULTS as Partial<Record<string, unknown>>)[key]) continue;
    params.set(key, value === true ? '1' : String(value));
  }
  return params.toString();
}

/** The filter alone (no sort, page or size): what a CSV export or a "select all matching" covers. */
export function memberFilterOnly(query: MemberQueryInput): MemberQueryInput {
  return omit(query, ['sort', 'dir', 'page', 'size']);
}

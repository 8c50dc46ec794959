import 'server-only';
import pLimit from 'p-limit';
import { MemberSearchResponseSchema } from '../schemas/member-search';
import { UserEntitlementsPageSchema, type UserEntitlement } from '../schemas/sharing';
import { portalCall, type PortalConnection } from './connection';
import { subRequest } from './sub-request';

/** A guard against a portal whose paging never ends. */
const MAX_PAGES = 500;
const PAGE_SIZE = 100;
/** Pages read at once when the first page gives the total: quick on a big organization, gentle on the portal. */
const PAGE_CONCURRENCY = 6;
/** Member searches for full names in flight at once. */
const NAME_SEARCH_CONCURRENCY = 8;
/** Usernames per member search: each matches one member at most, so the answer fits one page (num ≤ 100). */
const USERNAMES_PER_SEARCH = 50;

/** Runs `fn` over `items` with at most `limit` in flight (p-limit), results in the items' order. */
function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const run = pLimit(limit);
  return Promise.all(items.map((item) => run(() => fn(item))));
}

/**
 * Every member an app's listing names. When the first page gives the total, the other pages are
 * read a few at a time in parallel; otherwise page after page while the answer has a nextStart
 * past the current start (no paging fields: one page, as the documentation shows it).
 */
export async function listUserEntitlements(connection: PortalConnection, itemId: string): Promise<UserEntitlement[]> {
  const page = (start: number) =>
    portalCall(connection, `/sharing/rest/content/listings/${encodeURIComponent(itemId)}/userEntitlements`, UserEntitlementsPageSchema, {
      params: { start, num: PAGE_SIZE },
    });
  const first = await page(1);
  const entries = [...first.userEntitlements];
  const pageSize = first.userEntitlements.length;
  if (first.nextStart === undefined || first.nextStart <= 1 || pageSize === 0) return entries;

  if (first.total !== undefined) {
    const starts: number[] = [];
    for (let start = first.nextStart; start <= first.total && starts.length < MAX_PAGES; start += pageSize) starts.push(start);
    for (const rest of await mapLimited(starts, PAGE_CONCURRENCY, page)) entries.push(...rest.userEntitlements);
    return entries;
  }

  let start = first.nextStart;
  for (let count = 1; count < MAX_PAGES; count += 1) {
    const answer = await page(start);
    entries.push(...answer.userEntitlements);
    if (answer.nextStart === undefined || answer.nextStart <= start || answer.userEntitlements.length === 0) break;
    start = answer.nextStart;
  }
  return entries;
}

// Characters with a meaning in the portal's (Lucene) query syntax: the admin's text is split on
// them rather than escaped, so "j.doe-2" looks for members matching "j", "doe" and "2".
const QUERY_SYNTAX = /[\s+\-&|!(){}[\]^"~*?:\\/]+/;
const MAX_TERMS = 5;

/** users/search q for what the admin typed: every word as a prefix ("jo do" → "jo* AND do*"); undefined when nothing is left. */
export function memberSearchQuery(text: string): string | undefined {
  const terms = text
    .split(QUERY_SYNTAX)
    .filter((term) => term.length > 0 && !/^(AND|OR|NOT)$/.test(term))
    .slice(0, MAX_TERMS);
  return terms.length > 0 ? terms.map((term) => `${term}*`).join(' AND ') : undefined;
}

export interface MemberMatch {
  username: string;
  fullName?: string;
  email?: string;
}

/** The first few members whose username, name or email start with the words typed, sorted by username. */
export async function searchMembers(connection: PortalConnection, text: string, num = 8): Promise<MemberMatch[]> {
  const q = memberSearchQuery(text);
  if (!q) return [];
  const answer = await portalCall(connection, '/sharing/rest/portals/self/users/search', MemberSearchResponseSchema, {
    params: { q, start: 1, num, sortField: 'username', sortOrder: 'asc' },
  });
  return answer.results.map(({ username, fullName, email }) => ({
    username,
    ...(fullName ? { fullName } : {}),
    ...(email ? { email } : {}),
  }));
}

/** A username as a users/search term: quoted (backslash-escaped) when it holds anything but letters, digits, "_", "." or "@". */
function usernameTerm(username: string): string {
  return /^[\w.@]+$/.test(username) ? `username:${username}` : `username:"${username.replace(/["\\]/g, '\\$&')}"`;
}

/** users/search q values naming these usernames, `per` at most in each: "username:a OR username:b". */
export function usernameQueries(usernames: readonly string[], per = USERNAMES_PER_SEARCH): string[] {
  const unique = [...new Set(usernames)];
  const queries: string[] = [];
  for (let i = 0; i < unique.length; i += per)
    queries.push(
      unique
        .slice(i, i + per)
        .map(usernameTerm)
        .join(' OR '),
    );
  return queries;
}

/**
 * Members' full names, keyed by lower-cased username, from users/search in batches (a few in
 * flight). Names are a help, not a need: a batch the portal refuses is left out (its members show
 * by username only); a dead session still propagates.
 */
export async function fullNamesOf(connection: PortalConnection, usernames: readonly string[]): Promise<Map<string, string>> {
  const batches = await mapLimited(usernameQueries(usernames), NAME_SEARCH_CONCURRENCY, (q) =>
    subRequest(
      portalCall(connection, '/sharing/rest/portals/self/users/search', MemberSearchResponseSchema, {
        params: { q, start: 1, num: 100 },
      }),
    ),
  );
  const names = new Map<string, string>();
  for (const batch of batches) {
    if (!batch.ok) continue;
    for (const { username, fullName } of batch.value.results) if (fullName) names.set(username.toLowerCase(), fullName);
  }
  return names;
}

import 'server-only';
import { MemberSearchResponseSchema } from '../schemas/member-search';
import { UserEntitlementsPageSchema, type UserEntitlement } from '../schemas/sharing';
import { portalCall, type PortalConnection } from './connection';

/** A guard against a portal whose paging never ends. */
const MAX_PAGES = 500;
const PAGE_SIZE = 100;

/**
 * Every member an app's listing names, page after page while the answer has a nextStart past
 * the current start (no paging fields: one page, as the documentation shows it).
 */
export async function listUserEntitlements(connection: PortalConnection, itemId: string): Promise<UserEntitlement[]> {
  const entries: UserEntitlement[] = [];
  let start = 1;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = await portalCall(
      connection,
      `/sharing/rest/content/listings/${encodeURIComponent(itemId)}/userEntitlements`,
      UserEntitlementsPageSchema,
      { params: { start, num: PAGE_SIZE } },
    );
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

import { EmulatorError } from './router';
import type { Member } from './state';

// users/search as the portal's search engine answers it: the query forms the dashboard sends, the
// sort fields, and the engine's window of 10,000 results (see README "Members").

/** The search engine returns no result past this position, whatever the organization's size. */
const SEARCH_WINDOW = 10_000;

type Clause = (member: Member) => boolean;

/** "[a TO b]", "{a TO b}" or mixed: bounds inclusive with [ ], exclusive with { }; "*" is open. Numbers may be zero-padded (the reference pads dates to 19 digits). */
const RANGE = /^([a-z]+):([[{])\s*(\*|\d+)\s+TO\s+(\*|\d+)\s*([\]}])$/i;
const RANGE_FIELDS: Record<string, (m: Member) => number> = { created: (m) => m.created, lastlogin: (m) => m.lastLogin };

function rangeClause(text: string): Clause | undefined {
  const match = RANGE.exec(text);
  if (!match) return undefined;
  const [, field = '', open, low = '*', high = '*', close] = match;
  const value = RANGE_FIELDS[field.toLowerCase()];
  if (!value) throw new EmulatorError(400, `Invalid query: '${field}' cannot be searched by range.`);
  const min = low === '*' ? -Infinity : Number(low);
  const max = high === '*' ? Infinity : Number(high);
  return (m) => {
    const v = value(m);
    return (open === '[' ? v >= min : v > min) && (close === ']' ? v <= max : v < max);
  };
}

/** "username:a OR username:\"b c\"" (exact usernames, lower-cased); undefined for any other clause. */
function usernamesClause(text: string): Clause | undefined {
  const names = new Set<string>();
  for (const alternative of text.split(/\s+OR\s+/)) {
    const match = /^username:(?:"((?:[^"\\]|\\.)*)"|([^\s*"]+))$/.exec(alternative.trim());
    const name = match?.[1]?.replace(/\\(.)/g, '$1') ?? match?.[2];
    if (name === undefined) return undefined;
    names.add(name.toLowerCase());
  }
  return (m) => names.has(m.username.toLowerCase());
}

/** Free words (a field prefix ignored, * as a prefix wildcard): each must be in the username, name or email. */
function textClause(text: string): Clause {
  const terms = text
    .split(/\s+/)
    .map((t) =>
      t
        .replace(/^[a-z]+:/i, '')
        .replace(/[*"()]/g, '')
        .toLowerCase(),
    )
    .filter((t) => t.length > 0);
  return (m) => {
    const haystack = `${m.username} ${m.fullName} ${m.email}`.toLowerCase();
    return terms.every((t) => haystack.includes(t));
  };
}

/** Clauses joined by AND (ranges have their own " TO ", so they are cut out first). */
export function parseMemberQuery(q: string): Clause {
  const clauses: Clause[] = [];
  const rest = q.replace(/[a-z]+:[[{][^\]}]*[\]}]/gi, (range) => {
    const clause = rangeClause(range);
    if (!clause) throw new EmulatorError(400, `Invalid query: '${range}'.`);
    clauses.push(clause);
    return ' ';
  });
  const words = rest
    .split(/\s+AND\s+/i)
    .map((part) => part.trim().replace(/^\(|\)$/g, ''))
    .filter((part) => part.length > 0 && part !== '*');
  for (const part of words) clauses.push(usernamesClause(part) ?? textClause(part));
  return (m) => clauses.every((clause) => clause(m));
}

const SORT_KEYS: Record<string, (m: Member) => string | number> = {
  username: (m) => m.username.toLowerCase(),
  fullname: (m) => m.fullName.toLowerCase(),
  created: (m) => m.created,
  lastlogin: (m) => m.lastLogin,
};

/** Members in sortField order (username, fullName, created, lastLogin), asc unless sortOrder is desc; unsorted without a field. */
export function sortMembers(members: Member[], sortField: string | undefined, sortOrder: string | undefined): Member[] {
  if (!sortField) return members;
  const key = SORT_KEYS[sortField.toLowerCase()];
  if (!key) throw new EmulatorError(400, `Invalid sortField '${sortField}'.`);
  const sign = sortOrder?.toLowerCase() === 'desc' ? -1 : 1;
  // Keys computed once per member, not per comparison: a 10,000-member page range sorts in milliseconds.
  return members
    .map((member) => ({ member, k: key(member) }))
    .sort((a, b) => (a.k < b.k ? -sign : a.k > b.k ? sign : 0))
    .map(({ member }) => member);
}

/**
 * One page of a search inside the engine's window: `total` at most 10,000, nothing past the
 * 10,000th result (nextStart -1 there), and a start beyond the window refused.
 */
export function searchPage(found: readonly Member[], startParam: string | undefined, numParam: string | undefined) {
  const start = Math.max(1, Number.parseInt(startParam ?? '1', 10) || 1);
  const num = Math.min(100, Math.max(1, Number.parseInt(numParam ?? '10', 10) || 10));
  if (start > SEARCH_WINDOW) throw new EmulatorError(400, `'start' must not be more than ${SEARCH_WINDOW}.`);
  const reachable = Math.min(found.length, SEARCH_WINDOW);
  const slice = found.slice(start - 1, Math.min(start - 1 + num, reachable));
  const next = start + slice.length;
  return { total: reachable, start, num, nextStart: next <= reachable ? next : -1, slice };
}

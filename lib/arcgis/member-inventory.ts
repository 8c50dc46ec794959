import 'server-only';
import pLimit from 'p-limit';
import type { UserEntitlement } from '../schemas/sharing';
import { createdQuery, pageStarts, partitionStep, type CountedRange, type CreatedRange } from '../licensing/search-partition';
import { portalCall, type PortalConnection } from './connection';
import { ArcGISError } from './errors';
import { readListing } from './member-listings';
import { MemberPageSchema, type PortalMember } from './member-schemas';

/** Requests in flight to the portal at once, members and listings together (issue 13: at most 8). */
export const MAX_IN_FLIGHT = 8;
const PAGE_SIZE = 100;
const SEARCH = '/sharing/rest/portals/self/users/search';

/** How far a read has come: members read of the total the partition counted, listings read of those asked. */
export interface InventoryProgress {
  membersRead: number;
  membersTotal: number;
  listingsRead: number;
  listingsTotal: number;
}

export interface MemberInventory {
  members: PortalMember[];
  /** Each listing's entries, by the itemId asked for. */
  listings: Map<string, UserEntitlement[]>;
  /** Members the partition could not reach: more than 10,000 created in one millisecond (0 on any real portal). */
  unreached: number;
}

export interface InventoryOptions {
  /** The apps' listing itemIds whose userEntitlements are read. */
  listingItemIds: readonly string[];
  onProgress?: (progress: InventoryProgress) => void;
  /** Default MAX_IN_FLIGHT. */
  maxInFlight?: number;
}

/**
 * Every member of the organization (users/search past its 10,000-result window, split by creation
 * date: lib/licensing/search-partition.ts) and every entry of the listings asked for, with at most
 * `maxInFlight` requests in flight (p-limit, one limiter for the whole read). Members are read by
 * username within each range, each member once. Throws the first ArcGISError (also when members
 * come without a creation time, which the split needs): an interrupted
 * read gives nothing, so the caller keeps its previous inventory.
 */
export async function readMemberInventory(connection: PortalConnection, options: InventoryOptions): Promise<MemberInventory> {
  const limit = pLimit(options.maxInFlight ?? MAX_IN_FLIGHT);
  const search = (params: Record<string, string | number>) =>
    limit(() => portalCall(connection, SEARCH, MemberPageSchema, { params: { num: PAGE_SIZE, ...params } }));
  const progress: InventoryProgress = { membersRead: 0, membersTotal: 0, listingsRead: 0, listingsTotal: options.listingItemIds.length };
  const report = () => options.onProgress?.({ ...progress });

  const listings = new Map<string, UserEntitlement[]>();
  const listingsRead = Promise.all(
    options.listingItemIds.map(async (itemId) => {
      listings.set(itemId, await readListing(connection, itemId, limit));
      progress.listingsRead += 1;
      report();
    }),
  );

  const ranges = await planRanges(search);
  progress.membersTotal = ranges.read.reduce((sum, r) => sum + r.total, 0);
  report();
  const byUsername = new Map<string, PortalMember>();
  const pages = ranges.read.flatMap((range) => pageStarts(range.total, PAGE_SIZE).map((start) => ({ range, start })));
  await Promise.all([
    listingsRead,
    ...pages.map(async ({ range, start }) => {
      const answer = await search({ q: createdQuery(range), start, sortField: 'username', sortOrder: 'asc' });
      for (const member of answer.results) byUsername.set(member.username.toLowerCase(), member);
      progress.membersRead += answer.results.length;
      report();
    }),
  ]);
  return { members: [...byUsername.values()], listings, unreached: ranges.unsplittable.reduce((sum, r) => sum + r.total, 0) };
}

type Search = (params: Record<string, string | number>) => Promise<{ total: number; results: PortalMember[] }>;

/** The ranges to read: from the oldest to the newest member's creation, cut until each holds fewer than 10,000. */
async function planRanges(search: Search): Promise<{ read: CountedRange[]; unsplittable: CountedRange[] }> {
  const [oldest, newest] = await Promise.all([
    search({ q: '*', num: 1, sortField: 'created', sortOrder: 'asc' }),
    search({ q: '*', num: 1, sortField: 'created', sortOrder: 'desc' }),
  ]);
  if (oldest.total === 0) return { read: [], unsplittable: [] };
  const from = oldest.results[0]?.created;
  const to = newest.results[0]?.created;
  if (from === undefined || to === undefined) {
    throw new ArcGISError({
      kind: 'invalid-response',
      url: SEARCH,
      field: 'results[0].created',
      messages: ['users/search gave a member without its creation time, so the organization cannot be split past 10,000 results.'],
    });
  }
  const count = async (range: CreatedRange): Promise<CountedRange> => ({ ...range, total: (await search({ q: createdQuery(range), num: 1 })).total });
  const read: CountedRange[] = [];
  const unsplittable: CountedRange[] = [];
  let counted = [await count({ from: Math.min(from, to), to: Math.max(from, to) })];
  while (counted.length > 0) {
    const step = partitionStep(counted);
    read.push(...step.read);
    unsplittable.push(...step.unsplittable);
    counted = await Promise.all(step.count.map(count));
  }
  return { read, unsplittable };
}

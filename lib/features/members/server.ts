import 'server-only';
import { Readable } from 'node:stream';
import type { ServedOf } from '../../endpoint/contract';
import { serve } from '../../endpoint/server';
import { parseQuery } from '../../http/query';
import { sessionRoute } from '../../http/route';
import { memberFilterOnly, MemberQuerySchema, type MemberQuery } from '../../licensing/member-filter';
import { portalRefOf } from '../../licensing/snapshot';
import type { PortalSession } from '../../session';
import { appStore } from '../../store/app-store';
import { currentInventory } from '../../store/member-inventory';
import { memberFacets, queryMembers } from '../../store/member-query';
import { membersEndpoint } from './contract';
import { membersCsv } from './csv';

const NO_FACETS = { userTypes: [], roles: [], entitlements: [] };

/**
 * One page of the session's portal's current members inventory for `query`, with the count for the
 * filter and the choices the filter form offers, for the route and the /members page alike. `inventory`
 * is null (and the page empty) before the first complete sync. `now` (epoch ms) anchors the day counts.
 * Throws StoreUnavailableError (store_unavailable, 503) when the store is out of reach.
 */
export async function readMembersPage(
  session: PortalSession,
  query: MemberQuery,
  now: number = Date.now(),
): Promise<ServedOf<typeof membersEndpoint>> {
  const store = await appStore();
  const inventory = await currentInventory(store, portalRefOf(session.portalUrl, session.profile));
  if (!inventory) return { inventory: null, members: [], total: 0, page: query.page, size: query.size, facets: NO_FACETS, now };
  const [{ members, total }, facets] = await Promise.all([queryMembers(store, inventory.id, query, now), memberFacets(store, inventory.id)]);
  const names = new Map(inventory.listings.map((listing) => [listing.itemId, listing.name]));
  return {
    inventory: { readAt: inventory.readAt, membersTotal: inventory.membersTotal, unreached: inventory.unreached, listings: inventory.listings },
    members: members.map((member) => ({
      ...member,
      licenses: member.licenses.map((license) => ({ ...license, app: names.get(license.itemId) ?? license.itemId })),
    })),
    total,
    page: query.page,
    size: query.size,
    facets,
    now,
  };
}

export const membersList = serve(membersEndpoint, ({ session, input }) => readMembersPage(session, input));

/**
 * GET /api/members/csv?<filter>: every member the filter matches as CSV (membersCsv), streamed,
 * downloaded as members-<UTC date>.csv. The store and the inventory are read before the answer
 * starts, so an unreachable store is a 503 in words rather than a broken download; before the first
 * sync the file holds the header only.
 */
export const exportMembers = sessionRoute(async (request, { session }) => {
  const filter = memberFilterOnly(parseQuery(request, MemberQuerySchema));
  const store = await appStore();
  const inventory = await currentInventory(store, portalRefOf(session.portalUrl, session.profile));
  const now = Date.now();
  const csv = membersCsv(store, inventory ?? { id: -1, listings: [] }, filter, now);
  // node:stream/web's ReadableStream and the DOM's are the same object typed twice; the cast only bridges the two declarations.
  const body = Readable.toWeb(csv) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="members-${new Date(now).toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
});

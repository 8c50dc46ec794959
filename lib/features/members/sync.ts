import 'server-only';
import { chunk } from 'es-toolkit';
import type { PortalConnection } from '../../arcgis/connection';
import { licenseAdmin } from '../../arcgis/license-admin';
import { readMemberInventory } from '../../arcgis/member-inventory';
import { describeProblem } from '../../http/problem';
import { inventoryListings } from '../../licensing/inventory-listings';
import { inventoryRows } from '../../licensing/inventory-rows';
import type { PortalProfile } from '../../licensing/portal-profile';
import type { PortalRef } from '../../licensing/snapshot';
import { appStore } from '../../store/app-store';
import type { Store } from '../../store/engine';
import { appendInventory, beginInventory, completeInventory, dropAbandonedInventories } from '../../store/member-inventory';
import type { SyncState } from './sync-contract';

// The members inventory sync (issue 13 §1): the license's app listings, every member (past the
// search's 10,000-result window) and every listing entry, read with at most 8 requests in flight,
// then written to the store as a new inventory that readers see only once it is complete.
//
// One sync per portal at a time in this process: a second start joins the running one. Across
// instances no lock is taken: the collector's syncs already run on one instance per interval (its
// lock), and two admins pressing "Sync now" on two instances at once cost one extra read of the
// portal, not a wrong inventory: completeInventory switches readers atomically and deletes every
// older inventory, so readers see whichever completed last (the other reports the store's refusal
// of its deleted inventory's rows).

/** Whose members to read, with what, and which portal the inventory is filed under. */
export interface SyncSource {
  connection: PortalConnection;
  profile: PortalProfile;
  /** portalRefOf(portal URL, profile): the ref the members page reads the inventory under. */
  portal: PortalRef;
}

/** The outside world of a sync, injected so tests and the bench use their own store and clock. */
export interface SyncDeps {
  /** Throws StoreUnavailableError when the store cannot be opened. */
  store(): Promise<Store>;
  /** Epoch ms. */
  now(): number;
}

const APP_DEPS: SyncDeps = { store: () => appStore(), now: () => Date.now() };

/** Rows per appendInventory call: each is one transaction, so a 50,000-member write never holds one for long. */
const ROWS_PER_APPEND = 5_000;
/**
 * A 'writing' inventory begun this long before a new sync starts has no writer left (a sync writes
 * its rows within seconds of finishing its read, and reads with a portal token that lasts at most
 * an hour): the new sync deletes it, even if it then fails itself.
 */
const ABANDONED_AFTER_MS = 60 * 60_000;

interface Run {
  state: SyncState;
  done: Promise<SyncState>;
}

// On globalThis rather than in this module: Next.js may bundle the collector (instrumentation.ts)
// and the route handlers into separate module instances, and a sync must be joined from either.
declare global {
  var membersInventorySyncs: Map<string, Run> | undefined;
}
const runs = (): Map<string, Run> => (globalThis.membersInventorySyncs ??= new Map());
const keyOf = (portal: PortalRef) => `${portal.url}\n${portal.orgId}`;

/** The portal's sync in this process: idle before the first, running with its progress, or its last result. */
export function membersSyncState(portal: PortalRef): SyncState {
  return runs().get(keyOf(portal))?.state ?? { state: 'idle' };
}

/**
 * Starts a sync of `source.portal`'s members inventory, or joins the one running. Returns its state
 * now (running) and `done`, which resolves to its result (completed, or failed with the portal's or
 * the store's words) and never rejects.
 */
export function startMembersSync(source: SyncSource, deps: SyncDeps = APP_DEPS): Run {
  const key = keyOf(source.portal);
  const running = runs().get(key);
  if (running?.state.state === 'running') return running;
  const startedAt = deps.now();
  const run: Run = {
    state: { state: 'running', startedAt, membersRead: 0, membersTotal: 0, listingsRead: 0, listingsTotal: 0 },
    done: Promise.resolve({ state: 'idle' }),
  };
  run.done = syncOnce(source, deps, startedAt, (progress) => {
    run.state = { state: 'running', startedAt, ...progress };
  }).then(
    (membersTotal): SyncState => (run.state = { state: 'completed', startedAt, finishedAt: deps.now(), membersTotal }),
    (error: unknown): SyncState => {
      const { status, body } = describeProblem(error, source.connection.portalUrl);
      if (status === 500) console.error('[members sync]', error);
      return (run.state = { state: 'failed', startedAt, finishedAt: deps.now(), reason: body.error.message });
    },
  );
  runs().set(key, run);
  return run;
}

/** One sync; resolves to the members in the inventory readers now see. Throws ArcGISError or StoreUnavailableError. */
async function syncOnce(
  source: SyncSource,
  deps: SyncDeps,
  startedAt: number,
  onProgress: (progress: Omit<Extract<SyncState, { state: 'running' }>, 'state' | 'startedAt'>) => void,
): Promise<number> {
  const store = await deps.store();
  await dropAbandonedInventories(store, source.portal, startedAt - ABANDONED_AFTER_MS);
  const listings = inventoryListings(await licenseAdmin(source.connection, source.profile).getLicense());
  const read = await readMemberInventory(source.connection, { listingItemIds: listings.map((l) => l.itemId), onProgress });
  const rows = inventoryRows(read.members, read.listings);
  const id = await beginInventory(store, source.portal, startedAt);
  for (const members of chunk(rows.members, ROWS_PER_APPEND)) await appendInventory(store, id, { members, licenses: [] });
  for (const licenses of chunk(rows.licenses, ROWS_PER_APPEND)) await appendInventory(store, id, { members: [], licenses });
  await completeInventory(store, id, { readAt: deps.now(), membersTotal: rows.members.length, unreached: read.unreached, listings });
  return rows.members.length;
}

import 'server-only';
import { demoHistory } from '../../licensing/demo-history';
import type { OrgLicense } from '../../licensing/license-model';
import type { PortalRef } from '../../licensing/snapshot';
import type { Store } from '../../store/engine';
import { readHistory, writeSnapshot } from '../../store/snapshots';

// Demo mode only: history needs time, so the first read of a portal's history seeds a year of
// synthetic daily snapshots (source 'demo-seed') consistent with the license just read.

/** The same seed on every start, so the demo's history looks the same each time. */
const DEMO_SEED = 12;

/** What the seed is made consistent with: the live license and today's members per app and bundle. */
export interface LiveLicense {
  license: OrgLicense;
  assignedToday: Readonly<Record<string, number>>;
}

// One seeding per store and portal per process: two requests at once wait for the same one.
const seeding = new WeakMap<Store, Map<string, Promise<void>>>();

async function hasDemoSeed(store: Store, portal: PortalRef, now: number): Promise<boolean> {
  const { snapshots } = await readHistory(store, { portal, from: 0, to: now, entitlementIds: [] });
  return snapshots.some((s) => s.source === 'demo-seed');
}

/**
 * Seeds a year of synthetic history for `portal` when `demo` (getConfig().demoCredentials set) and
 * its store holds no 'demo-seed' snapshot yet; otherwise does nothing. `readLive` is called only
 * when seeding. Each snapshot is written in its own transaction (writeSnapshot's), oldest first, so
 * a crash mid-seed leaves whole days, never half of one. Throws StoreUnavailableError, or what
 * `readLive` throws (the portal's errors); a failed seed is tried again on the next read.
 */
export function ensureDemoHistory(
  store: Store,
  portal: PortalRef,
  options: { demo: boolean; now: number; readLive: () => Promise<LiveLicense> },
): Promise<void> {
  if (!options.demo) return Promise.resolve();
  const key = `${portal.url}\n${portal.orgId}`;
  const ofStore = seeding.get(store) ?? new Map<string, Promise<void>>();
  seeding.set(store, ofStore);
  const running = ofStore.get(key);
  if (running) return running;
  const seed = (async () => {
    if (await hasDemoSeed(store, portal, options.now)) return;
    const { license, assignedToday } = await options.readLive();
    for (const snapshot of demoHistory({ portal, license, today: options.now, seed: DEMO_SEED, assignedToday })) {
      await writeSnapshot(store, snapshot);
    }
  })();
  ofStore.set(key, seed);
  seed.catch(() => ofStore.delete(key));
  return seed;
}

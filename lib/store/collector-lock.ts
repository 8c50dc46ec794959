import 'server-only';
import type { PortalRef } from '../licensing/snapshot';
import type { Store } from './engine';
import { guarded } from './errors';
import { portalId } from './portals';

/**
 * Takes (or renews) the collector's lease for a portal: true when `instanceId` now holds it for
 * `leaseMs` from `now` (epoch ms), false when another instance holds an unexpired lease. One atomic
 * upsert, so of several instances asking at once exactly one wins; a crashed holder's lease simply
 * expires. Throws StoreUnavailableError when the store is out of reach.
 */
export async function tryAcquireCollectorLock(
  store: Store,
  portal: PortalRef,
  instanceId: string,
  leaseMs: number,
  now: number = Date.now(),
): Promise<boolean> {
  return guarded(async () => {
    const id = await portalId(store, portal);
    const won = await store.db
      .insertInto('collectorLocks')
      .values({ portalId: id, holder: instanceId, expiresAt: now + leaseMs })
      .onConflict((conflict) =>
        conflict
          .column('portalId')
          .doUpdateSet({ holder: instanceId, expiresAt: now + leaseMs })
          .where((eb) => eb.or([eb('collectorLocks.expiresAt', '<=', now), eb('collectorLocks.holder', '=', instanceId)])),
      )
      .returning('holder')
      .executeTakeFirst();
    return won !== undefined;
  });
}

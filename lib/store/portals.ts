import type { PortalRef } from '../licensing/snapshot';
import type { Store } from './engine';

const known = new WeakMap<Store, Map<string, number>>();

/**
 * The row id of a portal, created on first use. Idempotent and safe under concurrency (insert … on
 * conflict do nothing, then read). Called outside write transactions, so a rolled-back write never
 * leaves a cached id that does not exist.
 */
export async function portalId(store: Store, portal: PortalRef): Promise<number> {
  const cacheKey = `${portal.url}\u0000${portal.orgId}`;
  const cache = known.get(store) ?? new Map<string, number>();
  known.set(store, cache);
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  await store.db
    .insertInto('portals')
    .values({ url: portal.url, orgId: portal.orgId })
    .onConflict((conflict) => conflict.columns(['url', 'orgId']).doNothing())
    .execute();
  const row = await store.db
    .selectFrom('portals')
    .select('id')
    .where('url', '=', portal.url)
    .where('orgId', '=', portal.orgId)
    .executeTakeFirstOrThrow();
  cache.set(cacheKey, row.id);
  return row.id;
}

import 'server-only';
import type { PortalRef } from '../licensing/snapshot';
import type { Store } from './engine';
import { guarded } from './errors';
import { portalId } from './portals';

// The store side of the sign-in throttle (lib/http/sign-in-throttle.ts decides the delays): failure
// counters shared by every instance, so a client cannot spread its guesses over the instances.

/** A key's consecutive failures and when the last one happened (epoch ms). */
export interface FailureCount {
  failures: number;
  lastFailure: number;
}

/**
 * Counts one failed sign-in for `key` at `now` (epoch ms) and returns the new count. A count whose
 * last failure is more than `forgetAfterMs` old starts again at 1. Atomic across instances (one
 * upsert). Throws StoreUnavailableError when the store is out of reach.
 */
export async function recordSignInFailure(store: Store, portal: PortalRef, key: string, forgetAfterMs: number, now: number): Promise<FailureCount> {
  return guarded(async () => {
    const id = await portalId(store, portal);
    return store.db
      .insertInto('signInFailures')
      .values({ portalId: id, key, failures: 1, lastFailure: now })
      .onConflict((conflict) =>
        conflict.columns(['portalId', 'key']).doUpdateSet((eb) => ({
          failures: eb
            .case()
            .when('signInFailures.lastFailure', '<', now - forgetAfterMs)
            .then(1)
            .else(eb('signInFailures.failures', '+', 1))
            .end(),
          lastFailure: now,
        })),
      )
      .returning(['failures', 'lastFailure'])
      .executeTakeFirstOrThrow();
  });
}

/**
 * The current counts of the given keys; keys without failures in the last `forgetAfterMs` before
 * `now` are absent. Throws StoreUnavailableError when the store is out of reach.
 */
export async function readSignInFailures(
  store: Store,
  portal: PortalRef,
  keys: readonly string[],
  forgetAfterMs: number,
  now: number,
): Promise<Map<string, FailureCount>> {
  if (keys.length === 0) return new Map();
  return guarded(async () => {
    const rows = await store.db
      .selectFrom('signInFailures')
      .select(['key', 'failures', 'lastFailure'])
      .where('portalId', '=', await portalId(store, portal))
      .where('key', 'in', keys)
      .where('lastFailure', '>=', now - forgetAfterMs)
      .execute();
    return new Map(rows.map((row) => [row.key, { failures: row.failures, lastFailure: row.lastFailure }]));
  });
}

/** Forgets the keys' failures (a successful sign-in). Throws StoreUnavailableError when the store is out of reach. */
export async function clearSignInFailures(store: Store, portal: PortalRef, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await guarded(async () => {
    await store.db
      .deleteFrom('signInFailures')
      .where('portalId', '=', await portalId(store, portal))
      .where('key', 'in', keys)
      .execute();
  });
}

/** Deletes counters whose last failure is older than `olderThan` (epoch ms), so a flood of distinct keys does not grow the table forever. */
export async function pruneSignInFailures(store: Store, olderThan: number): Promise<number> {
  const result = await guarded(() => store.db.deleteFrom('signInFailures').where('lastFailure', '<', olderThan).executeTakeFirst());
  return Number(result.numDeletedRows);
}

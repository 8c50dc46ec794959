import 'server-only';
import type { PortalRef } from '../licensing/snapshot';
import type { Store } from './engine';
import { guarded } from './errors';
import { portalId } from './portals';

/**
 * The OAuth sign-in an admin lent the collector for one portal (issue 15: an organization without
 * built-in accounts has no password for the collector). Times are epoch milliseconds.
 */
export interface CollectorGrant {
  /** The portal account the collector signs in as (the token answer's `username`). */
  username: string;
  /** The dashboard admin who granted it (their session's username; usually the same account). */
  grantedBy: string;
  grantedAt: number;
  /** The refresh token and its redirect URI, sealed by the caller with SESSION_SECRET: the store never holds them in clear. */
  sealed: string;
  /** When the refresh token stops working; null when the portal did not say (before 10.9.1). */
  refreshExpires: number | null;
  /** When the refresh token was last written (granted or exchanged for a new one). */
  updatedAt: number;
}

/** The portal's grant, or undefined. Throws StoreUnavailableError when the store is out of reach. */
export async function readCollectorGrant(store: Store, portal: PortalRef): Promise<CollectorGrant | undefined> {
  return guarded(async () =>
    store.db
      .selectFrom('collectorGrants')
      .select(['username', 'grantedBy', 'grantedAt', 'sealed', 'refreshExpires', 'updatedAt'])
      .where('portalId', '=', await portalId(store, portal))
      .executeTakeFirst(),
  );
}

/** Keeps `grant` as the portal's one grant, replacing any earlier one. Throws StoreUnavailableError. */
export async function saveCollectorGrant(store: Store, portal: PortalRef, grant: CollectorGrant): Promise<void> {
  const id = await guarded(() => portalId(store, portal));
  await guarded(() =>
    store.db
      .insertInto('collectorGrants')
      .values({ portalId: id, ...grant })
      .onConflict((conflict) => conflict.column('portalId').doUpdateSet(grant))
      .execute(),
  );
}

/**
 * Writes the refresh token that replaced `previous` (exchange_refresh_token), only while the grant
 * still holds `previous`: a grant revoked or replaced meanwhile is not brought back. Returns whether
 * it was written. Throws StoreUnavailableError.
 */
export async function replaceCollectorToken(
  store: Store,
  portal: PortalRef,
  previous: string,
  next: Pick<CollectorGrant, 'sealed' | 'refreshExpires' | 'updatedAt'>,
): Promise<boolean> {
  const id = await guarded(() => portalId(store, portal));
  const result = await guarded(() =>
    store.db.updateTable('collectorGrants').set(next).where('portalId', '=', id).where('sealed', '=', previous).executeTakeFirst(),
  );
  return Number(result.numUpdatedRows) === 1;
}

/** Removes the portal's grant; returns the one removed, if any. Throws StoreUnavailableError. */
export async function deleteCollectorGrant(store: Store, portal: PortalRef): Promise<CollectorGrant | undefined> {
  const id = await guarded(() => portalId(store, portal));
  return guarded(() =>
    store.db.transaction().execute(async (trx) => {
      const found = await trx
        .selectFrom('collectorGrants')
        .select(['username', 'grantedBy', 'grantedAt', 'sealed', 'refreshExpires', 'updatedAt'])
        .where('portalId', '=', id)
        .executeTakeFirst();
      if (found) await trx.deleteFrom('collectorGrants').where('portalId', '=', id).execute();
      return found;
    }),
  );
}

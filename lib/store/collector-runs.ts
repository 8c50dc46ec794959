import 'server-only';
import { z } from 'zod';
import type { PortalRef } from '../licensing/snapshot';
import type { Store } from './engine';
import { guarded } from './errors';
import { portalId } from './portals';

const StoredOutcome = z.enum(['ok', 'failed']);

/** One run of the collector: times epoch ms; `reason` is the portal's words (or the store's) when it failed. */
export interface CollectorRun {
  startedAt: number;
  finishedAt: number;
  outcome: z.output<typeof StoredOutcome>;
  reason: string | null;
  /** The dashboard instance that ran it (the lock holder). */
  instance: string;
}

/** Records what a run came to. Throws StoreUnavailableError when the store is out of reach. */
export async function recordCollectorRun(store: Store, portal: PortalRef, run: CollectorRun): Promise<void> {
  await guarded(async () => {
    await store.db
      .insertInto('collectorRuns')
      .values({ portalId: await portalId(store, portal), ...run })
      .execute();
  });
}

/** A portal's latest runs, newest first, at most `limit`. Throws StoreUnavailableError when the store is out of reach. */
export async function latestCollectorRuns(store: Store, portal: PortalRef, limit: number): Promise<CollectorRun[]> {
  return guarded(async () => {
    const rows = await store.db
      .selectFrom('collectorRuns')
      .select(['startedAt', 'finishedAt', 'outcome', 'reason', 'instance'])
      .where('portalId', '=', await portalId(store, portal))
      .orderBy('startedAt', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ ...row, outcome: StoredOutcome.parse(row.outcome) }));
  });
}

/** Deletes runs that started before `olderThan` (epoch ms), in every portal; returns how many. */
export async function pruneCollectorRuns(store: Store, olderThan: number): Promise<number> {
  const result = await guarded(() => store.db.deleteFrom('collectorRuns').where('startedAt', '<', olderThan).executeTakeFirst());
  return Number(result.numDeletedRows);
}

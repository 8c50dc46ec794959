import 'server-only';
import type { ServerReading } from '../../licensing/expiration-sources';
import type { OrgLicense } from '../../licensing/license-model';
import type { PortalRef } from '../../licensing/snapshot';
import { snapshotOf } from '../../licensing/snapshot-of';
import type { AssignmentCounts } from '../../licensing/utilization';
import type { Store } from '../../store/engine';
import { writeSnapshotUnlessRecent } from '../../store/snapshots';

/** An admin-opened page writes at most one snapshot per portal within this window (ms), whatever the instance. */
export const OPEN_SNAPSHOT_WINDOW_MS = 3_600_000;

/** The page's reads, each undefined when it failed. */
export interface PageReads {
  license: Promise<OrgLicense | undefined>;
  counts: Promise<AssignmentCounts | undefined>;
  servers: Promise<readonly ServerReading[] | undefined>;
}

export interface RecordDeps {
  store(): Promise<Store>;
  /** Epoch ms. */
  now(): number;
  log(line: string): void;
}

/**
 * Writes a snapshot (source 'overview') of what a page read, unless the portal has a real snapshot
 * from the last hour (lib/store/snapshots.ts writeSnapshotUnlessRecent decides across instances).
 * Returns whether one was written. Never throws: a store out of reach or a license without member
 * figures is one log line, and the page it follows has long been sent.
 */
export async function recordSnapshotOfReads(portal: PortalRef, reads: PageReads, deps: RecordDeps): Promise<boolean> {
  const [license, counts, servers] = await Promise.all([reads.license, reads.counts, reads.servers]);
  if (!license) return false;
  const reading = snapshotOf({ portal, takenAt: deps.now(), source: 'overview', license, counts, servers });
  if (!reading.ok) {
    deps.log(`[snapshot] ${portal.url}: none taken as the overview opened: ${reading.reason}.`);
    return false;
  }
  try {
    return (await writeSnapshotUnlessRecent(await deps.store(), reading.snapshot, OPEN_SNAPSHOT_WINDOW_MS)) !== undefined;
  } catch (error) {
    deps.log(`[snapshot] ${portal.url}: none taken as the overview opened: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

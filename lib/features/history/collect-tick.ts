import 'server-only';
import { ArcGISError } from '../../arcgis/errors';
import { redactToken } from '../../arcgis/redact';
import type { ScheduledChange } from '../../licensing/scheduled-changes';
import type { SnapshotReading } from '../../licensing/snapshot-of';
import type { LicenseSnapshot, PortalRef } from '../../licensing/snapshot';
import { pruneAudit } from '../../store/audit';
import { tryAcquireCollectorLock } from '../../store/collector-lock';
import { pruneCollectorRuns, recordCollectorRun } from '../../store/collector-runs';
import type { Store } from '../../store/engine';
import { pruneSignInFailures } from '../../store/sign-in-failures';
import { writeSnapshot } from '../../store/snapshots';
import type { SyncState } from '../members/sync-contract';

const DAY_MS = 86_400_000;
// The sign-in throttle forgets a failure within hours; a day-old counter is never read again.
const SIGN_IN_FAILURES_KEPT_MS = DAY_MS;

/** What one collector run needs to know: whose lock, for how long, and the secrets to keep out of its log. */
export interface CollectorSettings {
  /** The configured portal: the lock and the runs are filed under it (its organization id is only known after sign-in). */
  portal: PortalRef;
  instanceId: string;
  /** How long the lock is held: about the interval, so one instance collects per interval. */
  leaseMs: number;
  auditRetentionDays: number;
  /** Blanked from every log line and stored reason whatever the portal echoes (the collector's password). */
  secrets: readonly string[];
}

/** The outside world of a run, injected so the scheduling logic is tested without a portal, a clock or a disk. */
export interface CollectorDeps {
  /** Epoch ms. */
  now(): number;
  /** The store; throws StoreUnavailableError when it cannot be opened. */
  store(): Promise<Store>;
  /**
   * Signs in and reads the portal, as a snapshot taken at `takenAt` (epoch ms); throws ArcGISError.
   * `syncMembers`, when given, syncs the members inventory with the same sign-in after the snapshot;
   * `scheduled`: the organization's scheduled changes, when the portal reports them (for the alerts).
   */
  read(takenAt: number): Promise<SnapshotReading & { syncMembers?: () => Promise<SyncState>; scheduled?: ScheduledChange[] }>;
  /** One line per event, for the server's log. */
  log(line: string): void;
  /**
   * After the run is recorded, with the snapshot written (undefined when none was) and the scheduled
   * changes read (undefined when not): evaluates the alerts (issue 14).
   */
  afterRun?(store: Store, run: { snapshot: LicenseSnapshot | undefined; scheduled?: ScheduledChange[] }): Promise<void>;
}

/** not-holder: another instance holds this interval's lock; store-unavailable: nothing could be done. */
export type RunOutcome = 'ok' | 'failed' | 'not-holder' | 'store-unavailable';

function wordsOf(error: unknown): string {
  if (error instanceof ArcGISError) return error.messages.join(' ');
  return error instanceof Error ? error.message : String(error);
}

/**
 * One collector run: takes the lock (or leaves the interval to its holder), reads the portal, writes
 * a snapshot (source 'collector'), syncs the members inventory, records the outcome with the
 * portal's words (the snapshot's; a failed sync adds its words to the run's reason, not a failure),
 * then prunes the audit log, the sign-in counters and old runs. Never throws: every failure is one
 * log line.
 */
export async function collectOnce(settings: CollectorSettings, deps: CollectorDeps): Promise<RunOutcome> {
  const clean = (text: string) => settings.secrets.reduce((out, secret) => redactToken(out, secret), text);
  const say = (text: string) => deps.log(`[collector] ${settings.portal.url}: ${clean(text)}`);
  let store: Store;
  try {
    store = await deps.store();
    if (!(await tryAcquireCollectorLock(store, settings.portal, settings.instanceId, settings.leaseMs, deps.now()))) return 'not-holder';
  } catch (error) {
    say(`skipped, ${wordsOf(error)}`);
    return 'store-unavailable';
  }
  const startedAt = deps.now();
  let reason: string | null = null;
  let syncMembers: (() => Promise<SyncState>) | undefined;
  let written: LicenseSnapshot | undefined;
  let scheduled: ScheduledChange[] | undefined;
  try {
    const reading = await deps.read(startedAt);
    syncMembers = reading.syncMembers;
    scheduled = reading.scheduled;
    if (reading.ok) {
      await writeSnapshot(store, reading.snapshot);
      written = reading.snapshot;
    } else reason = `No snapshot: ${reading.reason}.`;
  } catch (error) {
    reason = clean(wordsOf(error));
  }
  if (reason !== null) say(`collection failed: ${reason}`);
  // The inventory is the members page's, not the snapshot's: its failure is recorded beside the
  // snapshot's outcome without failing it.
  const outcome: RunOutcome = reason === null ? 'ok' : 'failed';
  const synced = syncMembers ? await syncMembers() : undefined;
  if (synced?.state === 'failed') {
    const words = `Members inventory not synced: ${clean(synced.reason)}`;
    say(words);
    reason = reason === null ? words : `${reason} ${words}`;
  }
  try {
    await recordCollectorRun(store, settings.portal, {
      startedAt,
      finishedAt: deps.now(),
      outcome: outcome === 'ok' ? 'ok' : 'failed',
      reason,
      instance: settings.instanceId,
    });
    const now = deps.now();
    await pruneAudit(store, settings.auditRetentionDays, now);
    await pruneSignInFailures(store, now - SIGN_IN_FAILURES_KEPT_MS);
    await pruneCollectorRuns(store, now - settings.auditRetentionDays * DAY_MS);
  } catch (error) {
    say(`could not record the run or prune, ${wordsOf(error)}`);
  }
  await deps.afterRun?.(store, { snapshot: written, scheduled }).catch((error: unknown) => say(`alerts not evaluated, ${wordsOf(error)}`));
  return outcome;
}

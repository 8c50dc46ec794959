import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Credentials } from '../../arcgis/sign-in';
import { ConfigError, getCollectorConfig, getConfig, type CollectorConfig, type DashboardConfig } from '../../config';
import type { LicenseSnapshot } from '../../licensing/snapshot';
import type { PortalEntry } from '../../portal-list';
import type { ScheduledChange } from '../../licensing/scheduled-changes';
import { snapshotOf } from '../../licensing/snapshot-of';
import { appStore } from '../../store/app-store';
import type { Store } from '../../store/engine';
import { checkAlerts } from '../alerts/runtime';
import { startMembersSync } from '../members/sync';
import { readPortalAsCollector } from './collect-portal';
import { scheduleEvery } from './collect-schedule';
import { collectOnce } from './collect-tick';
import { configuredPortalRef } from './collector-portal';

/** The first run comes this long after the server starts: soon, but after it is ready to serve pages. */
const FIRST_RUN_DELAY_MS = 5_000;

/**
 * Starts the background collector of this server process (instrumentation.ts) when a collector
 * account is configured (ARCGIS_COLLECTOR_USERNAME/PASSWORD, or the demo's administrator): every
 * COLLECT_INTERVAL, one instance among those sharing the store signs in, reads the license, writes
 * a snapshot and then syncs the members inventory. Returns a function that stops it, or undefined
 * (and says why in one line) when it does not run (no account, or a setting lib/config refuses).
 */
export function startCollector(log: (line: string) => void = console.log): (() => void) | undefined {
  let config: DashboardConfig;
  let collector: CollectorConfig;
  try {
    config = getConfig();
    collector = getCollectorConfig();
  } catch (error) {
    // The pages report a bad setting on the first request, as they did before there was a collector.
    if (!(error instanceof ConfigError)) throw error;
    log(`[collector] off: ${error.message}`);
    return undefined;
  }
  if (!collector.credentials) {
    log('[collector] off: no ARCGIS_COLLECTOR_USERNAME/ARCGIS_COLLECTOR_PASSWORD; snapshots are taken as admins open the overview.');
    return undefined;
  }
  const credentials = collector.credentials;
  const stops = config.portals.map((portal) => collectPortal(portal, { config, collector, credentials, log }));
  return () => {
    for (const stop of stops) stop();
  };
}

/** One portal's collection: its own lock and runs (filed under its configured ref), on the shared interval. */
function collectPortal(
  portal: PortalEntry,
  {
    config,
    collector,
    credentials,
    log,
  }: { config: DashboardConfig; collector: CollectorConfig; credentials: Credentials; log: (line: string) => void },
): () => void {
  const settings = {
    portal: configuredPortalRef(portal),
    instanceId: randomUUID(),
    leaseMs: collector.intervalMs,
    auditRetentionDays: collector.auditRetentionDays,
    secrets: [credentials.password],
  };
  const account = { portalUrl: portal.url, orgId: portal.orgId, credentials, timeoutMs: config.timeoutMs };
  const deps = {
    now: () => Date.now(),
    store: () => appStore(),
    read: async (takenAt: number) => {
      const read = await readPortalAsCollector(account, takenAt);
      return { ...snapshotOf({ ...read, source: 'collector' }), syncMembers: () => startMembersSync(read.members).done, scheduled: read.scheduled };
    },
    log,
    afterRun: async (store: Store, run: { snapshot: LicenseSnapshot | undefined; scheduled?: ScheduledChange[] }) => {
      await checkAlerts(store, settings.portal, run);
    },
  };
  log(`[collector] ${portal.url}: every ${collector.intervalMs / 60_000} min as ${credentials.username}, one instance per interval.`);
  return scheduleEvery({ firstDelayMs: FIRST_RUN_DELAY_MS, intervalMs: collector.intervalMs }, () => collectOnce(settings, deps));
}

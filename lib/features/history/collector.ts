import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Credentials } from '../../arcgis/sign-in';
import { collectorAccountOf, ConfigError, getCollectorConfig, getConfig, type CollectorConfig, type DashboardConfig } from '../../config';
import type { LicenseSnapshot } from '../../licensing/snapshot';
import type { PortalEntry } from '../../portal-list';
import type { ScheduledChange } from '../../licensing/scheduled-changes';
import { snapshotOf } from '../../licensing/snapshot-of';
import { appStore } from '../../store/app-store';
import { readCollectorGrant } from '../../store/collector-grants';
import type { Store } from '../../store/engine';
import { checkAlerts } from '../alerts/runtime';
import { takesCollectorGrant, tokenFromGrant } from '../collector/grant';
import { startMembersSync } from '../members/sync';
import { passwordSignIn, readPortalAsCollector } from './collect-portal';
import { scheduleEvery } from './collect-schedule';
import { collectOnce, type RunOutcome } from './collect-tick';
import { configuredPortalRef } from './collector-portal';

/** The first run comes this long after the server starts: soon, but after it is ready to serve pages. */
const FIRST_RUN_DELAY_MS = 5_000;

/** no-account: the portal has neither a built-in collector account nor a grant yet; nothing was done or recorded. */
export type CollectorRunOutcome = RunOutcome | 'no-account';

// On globalThis rather than in this module: Next.js bundles instrumentation.ts (which starts the
// collector) and the route handlers (which ask it to run now) into separate module instances.
declare global {
  var licenseCollectorRuns: Map<string, () => Promise<CollectorRunOutcome>> | undefined;
}
const runners = (): Map<string, () => Promise<CollectorRunOutcome>> => (globalThis.licenseCollectorRuns ??= new Map());

/**
 * Runs the portal's collection now in this process, as its schedule would (joining a run under way),
 * e.g. right after an admin lent the collector a sign-in. Undefined when this process collects nothing
 * for that portal (collector off). The outcome is 'not-holder' when another instance holds the lock:
 * that instance collects at its next run.
 */
export function collectNow(portalId: string): Promise<CollectorRunOutcome> | undefined {
  return runners().get(portalId)?.();
}

/**
 * Starts the background collector of this server process (instrumentation.ts) for every configured
 * portal it has a way to sign in to: a built-in account (the portal's own `collector` in
 * ARCGIS_PORTALS, else ARCGIS_COLLECTOR_USERNAME/PASSWORD, or the demo's administrator), or, on a
 * portal that offers OAuth sign-in, the sign-in an admin lends it on /portals (a grant, which wins
 * over a built-in account: it was given for that portal). Every COLLECT_INTERVAL, one instance among
 * those sharing the store signs in, reads the license, writes a snapshot and then syncs the members
 * inventory. Returns a function that stops it, or undefined (and says why in one line) when it does
 * not run (no way to sign in anywhere, or a setting lib/config refuses).
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
  if (!collector.credentials && !config.portals.some((portal) => portal.collector || takesCollectorGrant(portal))) {
    log(
      '[collector] off: no ARCGIS_COLLECTOR_USERNAME/ARCGIS_COLLECTOR_PASSWORD, no portal with its own collector account and none with OAuth sign-in; snapshots are taken as admins open the overview.',
    );
    return undefined;
  }
  const stops = config.portals.map((portal) => collectPortal(portal, { config, collector, log }));
  return () => {
    for (const stop of stops) stop();
  };
}

/** One portal's collection: its own lock and runs (filed under its configured ref), on the shared interval. */
function collectPortal(
  portal: PortalEntry,
  { config, collector, log }: { config: DashboardConfig; collector: CollectorConfig; log: (line: string) => void },
): () => void {
  let credentials: Credentials | undefined;
  try {
    credentials = collectorAccountOf(portal, collector);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    log(`[collector] ${portal.url}: off, ${error.message}`);
    return () => undefined;
  }
  const grantable = takesCollectorGrant(portal) ? portal : undefined;
  if (!credentials && !grantable) {
    log(`[collector] ${portal.url}: off, no built-in account for it (its own or ARCGIS_COLLECTOR_USERNAME) and no OAuth sign-in to lend it.`);
    return () => undefined;
  }
  const ref = configuredPortalRef(portal);
  const settings = {
    portal: ref,
    instanceId: randomUUID(),
    leaseMs: collector.intervalMs,
    auditRetentionDays: collector.auditRetentionDays,
    secrets: credentials ? [credentials.password] : [],
  };
  const hasGrant = async () => grantable !== undefined && (await readCollectorGrant(await appStore(), ref)) !== undefined;
  const signIn = async (takenAt: number): Promise<string> => {
    if (grantable && (await hasGrant())) {
      const options = { intervalMs: collector.intervalMs, timeoutMs: config.timeoutMs, now: takenAt };
      return (await tokenFromGrant(await appStore(), grantable, ref, options)).token;
    }
    if (!credentials) throw new Error(`No admin has let the collector sign in to ${portal.name}.`);
    return passwordSignIn(portal.url, credentials, config.timeoutMs);
  };
  const deps = {
    now: () => Date.now(),
    store: () => appStore(),
    read: async (takenAt: number) => {
      const account = { portalUrl: portal.url, orgId: portal.orgId, timeoutMs: config.timeoutMs, signIn: () => signIn(takenAt) };
      const read = await readPortalAsCollector(account, takenAt);
      return { ...snapshotOf({ ...read, source: 'collector' }), syncMembers: () => startMembersSync(read.members).done, scheduled: read.scheduled };
    },
    log,
    afterRun: async (store: Store, run: { snapshot: LicenseSnapshot | undefined; scheduled?: ScheduledChange[] }) => {
      await checkAlerts(store, settings.portal, run);
    },
  };
  const run = async (): Promise<CollectorRunOutcome> => {
    // Without a built-in account, a portal nobody lent a sign-in yet is not a failed run: nothing is due.
    if (!credentials && !(await hasGrant().catch(() => false))) return 'no-account';
    return collectOnce(settings, deps);
  };
  let running: Promise<CollectorRunOutcome> | undefined;
  const runOnce = () =>
    (running ??= run().finally(() => {
      running = undefined;
    }));
  runners().set(portal.id, runOnce);
  const as = [credentials ? `as ${credentials.username}` : undefined, grantable ? 'with the sign-in an admin lends it on Portals' : undefined];
  log(`[collector] ${portal.url}: every ${collector.intervalMs / 60_000} min ${as.filter(Boolean).join(', or ')}, one instance per interval.`);
  const stop = scheduleEvery({ firstDelayMs: FIRST_RUN_DELAY_MS, intervalMs: collector.intervalMs }, runOnce);
  return () => {
    stop();
    runners().delete(portal.id);
  };
}

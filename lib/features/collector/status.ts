import 'server-only';
import { collectorAccountOf, getCollectorConfig } from '../../config';
import type { PortalEntry } from '../../portal-list';
import { appStore } from '../../store/app-store';
import { readCollectorGrant } from '../../store/collector-grants';
import { latestCollectorRuns, type CollectorRun } from '../../store/collector-runs';
import { configuredPortalRef } from '../history/collector-portal';
import { takesCollectorGrant } from './grant';

/**
 * How the collector signs in to one portal, as /portals shows it (times epoch ms):
 * - `grant`: with the OAuth sign-in `grantedBy` lent it, as `username`;
 * - `account`: with a built-in account (the portal's own in ARCGIS_PORTALS, ARCGIS_COLLECTOR_USERNAME, or the demo's administrator);
 * - `none`: it has no way in (snapshots only as admins open the overview);
 * - `unknown`: the store or the settings could not be read (`reason`).
 * `grantable`: the portal offers OAuth sign-in, so an admin can lend the collector theirs.
 */
export type CollectorStatus = { grantable: boolean; lastRun?: CollectorRun } & (
  | {
      way: 'grant';
      username: string;
      grantedBy: string;
      grantedAt: number;
      refreshExpires: number | null;
      /**
       * Set when the portal gives refresh tokens that live less than COLLECT_INTERVAL (both ms): the
       * sign-in would end between two runs (the organization caps token lifetimes).
       */
      tooShort?: { lifetimeMs: number; intervalMs: number };
      /** The built-in account the collector falls back to when this sign-in is stopped, if any. */
      fallback?: string;
    }
  | { way: 'account'; username: string }
  | { way: 'none' }
  | { way: 'unknown'; reason: string }
);

/** The portal's collector status from the settings and the store; never throws (a failure is `unknown` with its words). */
export async function collectorStatus(portal: PortalEntry): Promise<CollectorStatus> {
  const grantable = takesCollectorGrant(portal);
  try {
    const collector = getCollectorConfig();
    const credentials = collectorAccountOf(portal, collector);
    const store = await appStore();
    const ref = configuredPortalRef(portal);
    const [grant, runs] = await Promise.all([grantable ? readCollectorGrant(store, ref) : undefined, latestCollectorRuns(store, ref, 1)]);
    const lastRun = runs[0];
    if (grant) {
      const { username, grantedBy, grantedAt, refreshExpires, updatedAt } = grant;
      const lifetimeMs = refreshExpires === null ? undefined : refreshExpires - updatedAt;
      const tooShort = lifetimeMs !== undefined && lifetimeMs < collector.intervalMs ? { lifetimeMs, intervalMs: collector.intervalMs } : undefined;
      return { grantable, lastRun, way: 'grant', username, grantedBy, grantedAt, refreshExpires, tooShort, fallback: credentials?.username };
    }
    if (credentials) return { grantable, lastRun, way: 'account', username: credentials.username };
    return { grantable, lastRun, way: 'none' };
  } catch (error) {
    return { grantable, way: 'unknown', reason: error instanceof Error ? error.message : String(error) };
  }
}

import type { EntitlementCategory } from './license-model';

/** Which portal (and organization) a stored row belongs to, so one store can serve several portals. */
export interface PortalRef {
  /** Portal root as configured, e.g. `https://gis.example.com/portal`, without a trailing slash. */
  url: string;
  /** The organization id (`portals/self` id on a base portal, the org id on Kubernetes). */
  orgId: string;
}

/**
 * The PortalRef of a signed-in portal: its configured URL and the organization id its profile carries
 * (empty when the portal did not report one, so such rows still group together).
 */
export function portalRefOf(portalUrl: string, profile: { orgId?: string }): PortalRef {
  return { url: portalUrl.replace(/\/+$/, ''), orgId: profile.orgId ?? '' };
}

export const SNAPSHOT_SOURCES = ['overview', 'collector', 'demo-seed'] as const;
/** What took a snapshot: an admin opening the overview, the background collector, or the demo's synthetic history. */
export type SnapshotSource = (typeof SNAPSHOT_SOURCES)[number];

/** One entitlement as it stood when the snapshot was taken. Seats are counts; the expiration is epoch ms (null: none reported). */
export interface SnapshotEntitlement {
  kind: EntitlementCategory;
  id: string;
  seatsPurchased: number;
  seatsAssigned: number;
  expiresAt: number | null;
}

/** One ArcGIS Server authorization (edition, feature or extension) and its expiration (epoch ms; null: does not expire). */
export interface ServerExpiration {
  /** The server's admin URL or name, as the server-licenses page names it. */
  server: string;
  name: string;
  expiresAt: number | null;
}

/** A license as it stood at one moment: what the history page draws and the forecast reads. */
export interface LicenseSnapshot {
  portal: PortalRef;
  /** Epoch ms. */
  takenAt: number;
  source: SnapshotSource;
  members: { inUse: number; limit: number };
  entitlements: readonly SnapshotEntitlement[];
  serverExpirations: readonly ServerExpiration[];
}

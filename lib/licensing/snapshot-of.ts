import type { ServerReading } from './expiration-sources';
import type { Entitlement, OrgLicense } from './license-model';
import type { LicenseSnapshot, PortalRef, ServerExpiration, SnapshotEntitlement, SnapshotSource } from './snapshot';
import { seatsUsed, type AssignmentCounts } from './utilization';

/** What a snapshot is taken from: the reads the overview makes (license, assignment counts, servers). */
export interface SnapshotInput {
  portal: PortalRef;
  /** Epoch ms. */
  takenAt: number;
  source: SnapshotSource;
  license: OrgLicense;
  /** Members per app and bundle (lib/arcgis/sharing.ts getAssignmentCounts); undefined when not read. */
  counts: AssignmentCounts | undefined;
  /** Each ArcGIS Server's authorizations; undefined when the list of servers could not be read. */
  servers: readonly ServerReading[] | undefined;
}

/** Something the portal reported that the snapshot could not keep, and why, in words for a log line. */
interface LeftOut {
  what: string;
  reason: string;
}

export type SnapshotReading = { ok: true; snapshot: LicenseSnapshot; leftOut: LeftOut[] } | { ok: false; reason: string };

// The store keeps seats as non-null counts. A figure the portal did not report (or sent unreadable)
// is not zero: storing 0 would draw a fall to nothing and turn the forecast, so such an entitlement
// is left out of this snapshot (a gap in its history) and named. A negative count (some portals send
// -1 for "unlimited") is no count either.
const isCount = (value: number | undefined): value is number => value !== undefined && Number.isInteger(value) && value >= 0;

function entitlementRow(entitlement: Entitlement, counts: AssignmentCounts | undefined): SnapshotEntitlement | LeftOut {
  const what = `${entitlement.category} ${entitlement.id}`;
  const assigned = seatsUsed(entitlement, counts);
  if (!isCount(entitlement.purchased)) return { what, reason: 'seats purchased not reported' };
  if (!isCount(assigned)) return { what, reason: 'seats in use not reported' };
  return {
    kind: entitlement.category,
    id: entitlement.id,
    seatsPurchased: entitlement.purchased,
    seatsAssigned: assigned,
    expiresAt: entitlement.expiration ?? null,
  };
}

function serverExpirations(servers: readonly ServerReading[] | undefined): ServerExpiration[] {
  // One row per server and name (the store's key): a name listed twice keeps its earliest date, the
  // one that matters first.
  const byKey = new Map<string, ServerExpiration>();
  for (const server of servers ?? []) {
    if (!server.result.ok) continue;
    for (const authorization of server.result.authorizations) {
      const row = { server: server.name, name: authorization.name, expiresAt: authorization.expiration ?? null };
      const key = JSON.stringify([row.server, row.name]);
      const seen = byKey.get(key);
      if (!seen || (row.expiresAt !== null && (seen.expiresAt === null || row.expiresAt < seen.expiresAt))) byKey.set(key, row);
    }
  }
  return [...byKey.values()];
}

/**
 * The license as it stands, as one LicenseSnapshot: every entitlement whose seats are known (kind,
 * id as ArcGIS spells it, unknown ids kept, seats purchased and in use, expiration epoch ms or null),
 * the members in use and the member limit, and the expirations of the servers that could be read.
 * Entitlements without seat figures (capabilities, extensions nobody counts, unreadable fields) and
 * repeats of an id are left out and listed in `leftOut`. Not ok when the license does not report its
 * member figures (Enterprise on Kubernetes 11.0): a snapshot row cannot be written without them.
 */
export function snapshotOf(input: SnapshotInput): SnapshotReading {
  const { used, purchased } = input.license.members;
  if (!isCount(used) || !isCount(purchased)) {
    return { ok: false, reason: 'the license does not report the members in use and the member limit' };
  }
  const entitlements: SnapshotEntitlement[] = [];
  const leftOut: LeftOut[] = [];
  const seen = new Set<string>();
  for (const entitlement of input.license.entitlements) {
    const row = entitlementRow(entitlement, input.counts);
    if ('reason' in row) {
      leftOut.push(row);
      continue;
    }
    const key = `${row.kind}:${row.id}`;
    if (seen.has(key)) {
      leftOut.push({ what: `${row.kind} ${row.id}`, reason: 'listed more than once; the first is kept' });
      continue;
    }
    seen.add(key);
    entitlements.push(row);
  }
  return {
    ok: true,
    snapshot: {
      portal: input.portal,
      takenAt: input.takenAt,
      source: input.source,
      members: { inUse: used, limit: purchased },
      entitlements,
      serverExpirations: serverExpirations(input.servers),
    },
    leftOut,
  };
}

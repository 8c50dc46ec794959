import type { LicenseSnapshot, PortalRef } from '../licensing/snapshot';

// Shared data of the store tests.

export const portal: PortalRef = { url: 'https://gis.example.com/portal', orgId: '0123456789ABCDEF' };

/** A small snapshot taken at `takenAt` (epoch ms); seats grow with time so snapshots differ. */
export function snapshotAt(takenAt: number, entitlements = 3): LicenseSnapshot {
  return {
    portal,
    takenAt,
    source: 'collector',
    members: { inUse: 70, limit: 1_400 },
    entitlements: Array.from({ length: entitlements }, (_, index) => ({
      kind: index === 0 ? 'userType' : 'app',
      id: `entitlement${index}`,
      seatsPurchased: 100,
      seatsAssigned: (index + Math.floor(takenAt / 1_000)) % 100,
      expiresAt: index === 0 ? null : 1_900_000_000_000,
    })),
    serverExpirations: [{ server: 'https://gis.example.com/server', name: 'ArcGIS Server Advanced', expiresAt: 1_900_000_000_000 }],
  };
}

import { describe, expect, it } from 'vitest';
import documented from '../../emulator/seed/documented/portaladmin-license-11.4.json' with { type: 'json' };
import { PortalLicenseSchema } from '../schemas/portal-license';
import type { ServerReading } from './expiration-sources';
import { toOrgLicense, type OrgLicense } from './license-model';
import { serverAuthorizations } from './server-licenses';
import { snapshotOf, type SnapshotInput } from './snapshot-of';

const license = toOrgLicense(PortalLicenseSchema.parse(documented));
const portal = { url: 'https://gis.example.com/portal', orgId: '0123456789ABCDEF' };
const NOW = Date.UTC(2026, 10, 30);

const server: ServerReading = {
  name: 'gis.example.com:6443',
  result: {
    ok: true,
    authorizations: serverAuthorizations({
      edition: { name: 'svradvanced', canExpire: true, expiration: NOW + 100 },
      features: [
        { name: 'esriImageServer', displayName: 'ArcGIS Image Server', canExpire: true, expiration: NOW + 300 },
        { name: 'esriImageServer2', displayName: 'ArcGIS Image Server', canExpire: true, expiration: NOW + 200 },
      ],
      extensions: [{ name: 'spatialserver', canExpire: false, expiration: NOW + 5 }],
    }),
  },
};

function input(overrides: Partial<SnapshotInput> = {}): SnapshotInput {
  return {
    portal,
    takenAt: NOW,
    source: 'overview',
    license,
    counts: { app: { arcgisprodesktop: 12, d4a332a0be784dd2be53cec0a35e0859: 99 }, appBundle: {} },
    servers: [server, { name: 'gone.example.com:6443', result: { ok: false, reason: 'connection refused' } }],
    ...overrides,
  };
}

function taken(reading: ReturnType<typeof snapshotOf>) {
  if (!reading.ok) throw new Error(`no snapshot: ${reading.reason}`);
  return reading;
}

describe('snapshotOf', () => {
  it('keeps every entitlement with seats, the members, and the servers read', () => {
    const { snapshot, leftOut } = taken(snapshotOf(input()));
    expect(snapshot).toMatchObject({ portal, takenAt: NOW, source: 'overview', members: { inUse: 70, limit: 1400 } });
    // 7 user types, 16 apps, 1 bundle: the documented example's seat-counted entitlements.
    expect(snapshot.entitlements).toHaveLength(24);
    expect(snapshot.entitlements).toContainEqual({
      kind: 'userType',
      id: 'creatorUT',
      seatsPurchased: 200,
      seatsAssigned: 53,
      expiresAt: 1761091200000,
    });
    // Apps are counted by id first, as the overview counts them.
    expect(snapshot.entitlements.find((e) => e.id === 'arcgisprodesktop')).toMatchObject({ kind: 'app', seatsAssigned: 12 });
    // An app or bundle nobody holds is absent from the counts: zero, not unknown.
    expect(snapshot.entitlements.find((e) => e.id === 'urbanSuiteAB')).toMatchObject({ kind: 'appBundle', seatsAssigned: 0 });
    expect(snapshot.serverExpirations).toEqual([
      { server: 'gis.example.com:6443', name: 'ArcGIS GIS Server Advanced', expiresAt: NOW + 100 },
      { server: 'gis.example.com:6443', name: 'ArcGIS Image Server', expiresAt: NOW + 200 },
      { server: 'gis.example.com:6443', name: 'Spatial Analyst', expiresAt: null },
    ]);
    // Capabilities and extensions carry no seats in use: named, not stored as zero.
    expect(leftOut).toEqual([
      { what: 'extension locsharing', reason: 'seats in use not reported' },
      { what: 'extension advediting', reason: 'seats in use not reported' },
      { what: 'capability indoorsspaces', reason: 'seats purchased not reported' },
      { what: 'capability indoorsmaps', reason: 'seats purchased not reported' },
      { what: 'capability ips', reason: 'seats purchased not reported' },
    ]);
  });

  it('leaves out apps and bundles when the counts could not be read, rather than storing zero', () => {
    const { snapshot, leftOut } = taken(snapshotOf(input({ counts: undefined, servers: undefined })));
    expect(snapshot.entitlements.map((e) => e.kind)).toEqual(Array(7).fill('userType'));
    expect(leftOut.filter((l) => l.what.startsWith('app ') && l.reason === 'seats in use not reported')).toHaveLength(16);
    expect(snapshot.serverExpirations).toEqual([]);
  });

  it('keeps unknown ids, leaves out unreadable or negative seats and repeats, and stores no expiration as null', () => {
    const odd: OrgLicense = {
      version: '12.0',
      members: { used: 3, purchased: 10 },
      extra: {},
      entitlements: [
        { category: 'userType', id: 'brandNewUT', purchased: 5, used: 3, extra: {} },
        { category: 'userType', id: 'brandNewUT', purchased: 9, used: 9, extra: {} },
        { category: 'userType', id: 'unlimitedUT', purchased: -1, used: 2, extra: {} },
        { category: 'userType', id: 'unreadableUT', used: 2, extra: {} },
      ],
    };
    const { snapshot, leftOut } = taken(snapshotOf(input({ license: odd })));
    expect(snapshot.entitlements).toEqual([{ kind: 'userType', id: 'brandNewUT', seatsPurchased: 5, seatsAssigned: 3, expiresAt: null }]);
    expect(leftOut).toEqual([
      { what: 'userType brandNewUT', reason: 'listed more than once; the first is kept' },
      { what: 'userType unlimitedUT', reason: 'seats purchased not reported' },
      { what: 'userType unreadableUT', reason: 'seats purchased not reported' },
    ]);
  });

  it('takes no snapshot when the license does not report its member figures (Kubernetes 11.0)', () => {
    expect(snapshotOf(input({ license: { ...license, members: { purchased: 1400 } } }))).toEqual({
      ok: false,
      reason: 'the license does not report the members in use and the member limit',
    });
  });
});

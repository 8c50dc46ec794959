import { describe, expect, it } from 'vitest';
import documented from '../../emulator/seed/documented/portaladmin-license-11.4.json' with { type: 'json' };
import { PortalLicenseSchema } from '../schemas/portal-license';
import { fleetSummary, type OfflineReading } from './fleet-summary';
import { toOrgLicense, type OrgLicense } from './license-model';
import { checkedOutRows, type ReleasableApp } from './releasable-apps';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1);
const NOTHING_OFFLINE: OfflineReading = { apps: [], rows: [] };

const license: OrgLicense = {
  version: '11.4',
  members: { used: 70, purchased: 1400 },
  extra: {},
  entitlements: [
    { category: 'userType', id: 'creatorUT', purchased: 50, used: 53, expiration: NOW + 90 * DAY, extra: {} },
    { category: 'userType', id: 'viewerUT', purchased: 200, used: 4, expiration: NOW - 3 * DAY, extra: {} },
    { category: 'userType', id: 'editorUT', purchased: 2, used: 9, expiration: NOW + 90 * DAY, extra: {} },
    { category: 'app', id: 'arcgisprodesktop', itemId: 'd4a332a0be784dd2be53cec0a35e0859', purchased: 5, expiration: NOW + 30 * DAY, extra: {} },
    { category: 'app', id: 'cityEngine', purchased: 200, extra: {} },
    { category: 'appBundle', id: 'fieldAppsAB', purchased: 1, extra: {} },
    { category: 'extension', id: 'locsharing', purchased: 1, extra: {} },
  ],
};

const pro: ReleasableApp = { appId: 'arcgisprodesktop', name: 'ArcGIS Pro', licenseAppId: 'arcgisprodesktop', releasable: true };
const drone2map: ReleasableApp = { appId: 'drone2map', name: 'ArcGIS Drone2Map', licenseAppId: 'arcgisd2m', releasable: true };

describe('fleetSummary', () => {
  it('gives the members in use of the member limit as the license reports them', () => {
    const summary = fleetSummary(license, undefined, NOTHING_OFFLINE, NOW);
    expect(summary.membersInUse).toBe(70);
    expect(summary.memberLimit).toBe(1400);
  });

  it('leaves out member figures the portal does not report (Kubernetes 11.0)', () => {
    const summary = fleetSummary({ ...license, members: {} }, undefined, NOTHING_OFFLINE, NOW);
    expect(summary).not.toHaveProperty('membersInUse');
    expect(summary).not.toHaveProperty('memberLimit');
  });

  it('names the next expiration still ahead, not one already passed', () => {
    expect(fleetSummary(license, undefined, NOTHING_OFFLINE, NOW).nextExpiration).toEqual({
      id: 'arcgisprodesktop',
      name: 'ArcGIS Pro',
      expiration: NOW + 30 * DAY,
    });
    expect(fleetSummary(license, undefined, NOTHING_OFFLINE, NOW + 365 * DAY)).not.toHaveProperty('nextExpiration');
  });

  it('lists user types, apps and bundles over their seat limit, most over first, counting apps from the member counts', () => {
    const counts = { app: { d4a332a0be784dd2be53cec0a35e0859: 6 }, appBundle: { fieldAppsAB: 1 } };
    expect(fleetSummary(license, counts, NOTHING_OFFLINE, NOW).overLimit).toEqual([
      { id: 'editorUT', name: 'Editor', inUse: 9, purchased: 2 },
      { id: 'creatorUT', name: 'Creator', inUse: 53, purchased: 50 },
      { id: 'arcgisprodesktop', name: 'ArcGIS Pro', inUse: 6, purchased: 5 },
    ]);
  });

  it('does not call an app over its limit when its members were not counted', () => {
    expect(fleetSummary(license, undefined, NOTHING_OFFLINE, NOW).overLimit.map((entry) => entry.id)).toEqual(['editorUT', 'creatorUT']);
  });

  it('counts licenses taken offline and names the apps whose listing could not say', () => {
    const rows = checkedOutRows([
      {
        app: pro,
        userEntitlements: [
          { username: 'ana', disconnected: true, entitlements: ['desktopAdvN'] },
          { username: 'ben', disconnected: false, entitlements: ['desktopStdN'] },
          { username: 'cy', disconnected: true, entitlements: ['desktopBasicN'] },
        ],
      },
    ]);
    const offline: OfflineReading = {
      apps: [
        { name: pro.name, listing: { state: 'read' } },
        { name: drone2map.name, listing: { state: 'failed', error: { message: 'Item does not exist', details: [] } } },
      ],
      rows,
    };
    const summary = fleetSummary(license, undefined, offline, NOW);
    expect(summary.checkedOut).toBe(2);
    expect(summary.checkedOutUnknownFor).toEqual(['ArcGIS Drone2Map']);
  });

  it('reads the documented 11.4 license: nothing over its limit, everything expiring on Oct 22, 2025 (UTC)', () => {
    const documentedLicense = toOrgLicense(PortalLicenseSchema.parse(documented));
    const summary = fleetSummary(documentedLicense, {}, NOTHING_OFFLINE, NOW);
    expect(summary).toMatchObject({ membersInUse: 70, memberLimit: 1400, overLimit: [], checkedOut: 0 });
    expect(new Date(summary.nextExpiration?.expiration ?? 0).toISOString()).toBe('2025-10-22T00:00:00.000Z');
  });
});

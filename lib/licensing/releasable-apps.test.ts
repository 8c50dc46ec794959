import { describe, expect, it } from 'vitest';
import documented from '../../emulator/seed/documented/portaladmin-license-11.4.json' with { type: 'json' };
import { PortalLicenseSchema } from '../schemas/portal-license';
import { ReleaseLicenseSchema } from '../schemas/release-license';
import { appEntitlementName, namedEntitlements } from './app-entitlement-names';
import { toOrgLicense } from './license-model';
import { portalProfile } from './portal-profile';
import { checkedOutRows, releasableApps, withFullNames, type ReleasableApp } from './releasable-apps';
import { isAtLeast } from './version';

/** The profile a portal of this kind reporting this version gets at sign-in. */
function profile(kind: 'portal' | 'kubernetes', version: string) {
  return portalProfile(kind === 'kubernetes' ? { kind, orgId: 'org' } : { kind }, version);
}

function licenseWith(version: string, apps = documented.apps) {
  return toOrgLicense(PortalLicenseSchema.parse({ ...documented, version, apps }));
}

describe('entitlement names', () => {
  it('names the ArcGIS Pro levels and extensions', () => {
    expect(appEntitlementName('desktopAdvN')).toBe('Advanced');
    expect(appEntitlementName('desktopStdN')).toBe('Standard');
    expect(appEntitlementName('desktopBasicN')).toBe('Basic');
    expect(appEntitlementName('spatialAnalystN')).toBe('Spatial Analyst');
    expect(appEntitlementName('3DAnalystN')).toBe('3D Analyst');
    expect(appEntitlementName('drone2map')).toBe('Drone2Map');
    expect(appEntitlementName('DESKTOPADVN')).toBe('Advanced');
  });

  it('shows an unknown id as it is and drops the empty strings of the documented example', () => {
    expect(appEntitlementName('quantumN')).toBe('quantumN');
    expect(namedEntitlements(['', 'desktopStdN', ' '])).toEqual([{ id: 'desktopStdN', name: 'Standard' }]);
  });
});

describe('versions', () => {
  it('compares the way the license reports them', () => {
    expect(isAtLeast('11.4', '11.5')).toBe(false);
    expect(isAtLeast('11.5', '11.5')).toBe(true);
    expect(isAtLeast('11.5.0', '11.5')).toBe(true);
    expect(isAtLeast('12.0', '11.5')).toBe(true);
    expect(isAtLeast('10.9.1', '11.3')).toBe(false);
    expect(isAtLeast('unknown', '11.3')).toBeUndefined();
  });
});

describe('release-able apps', () => {
  it('maps the 11.4 example’s app ids (arcgisd2m, allsource) to releaseLicense’s, with AllSource withheld before 11.5', () => {
    const apps = releasableApps(licenseWith('11.4'), profile('portal', '11.4'));
    expect(apps.map(({ appId, licenseAppId, itemId, releasable }) => ({ appId, licenseAppId, itemId, releasable }))).toEqual([
      { appId: 'arcgisprodesktop', licenseAppId: 'arcgisprodesktop', itemId: 'd4a332a0be784dd2be53cec0a35e0859', releasable: true },
      { appId: 'drone2map', licenseAppId: 'arcgisd2m', itemId: '0b0e0497ace34206a67413d051530ded', releasable: true },
      { appId: 'arcgisallsource', licenseAppId: 'allsource', itemId: '0a5e092dee574858a89afa4686386450', releasable: false },
    ]);
    expect(apps[2]?.reason).toBe('Releasing an ArcGIS AllSource license needs ArcGIS Enterprise 11.5 or later; this portal is 11.4.');
  });

  it('offers AllSource from 11.5, under either of its ids', () => {
    const apps = releasableApps(
      licenseWith('11.5', [
        { id: 'arcgisallsource', itemId: '0a5e092dee574858a89afa4686386450', maximumRegisteredMembers: 5, expiration: 1761091200000 },
        { id: 'Drone2MapN', itemId: '0b0e0497ace34206a67413d051530ded', maximumRegisteredMembers: 5, expiration: 1761091200000 },
      ]),
      profile('kubernetes', '11.5'),
    );
    expect(apps.map((a) => [a.appId, a.licenseAppId, a.releasable])).toEqual([
      ['drone2map', 'Drone2MapN', true],
      ['arcgisallsource', 'arcgisallsource', true],
    ]);
  });

  it('offers only the apps the license has', () => {
    const onlyPro = documented.apps.filter((a) => a.id === 'arcgisprodesktop');
    expect(releasableApps(licenseWith('11.4', onlyPro), profile('portal', '11.4')).map((a) => a.appId)).toEqual(['arcgisprodesktop']);
    expect(releasableApps(licenseWith('11.4', []), profile('portal', '11.4'))).toEqual([]);
  });

  it('withholds every app on Enterprise on Kubernetes before 11.3, which has no releaseLicense', () => {
    const apps = releasableApps(licenseWith('11.2'), profile('kubernetes', '11.2'));
    expect(apps.every((a) => !a.releasable)).toBe(true);
    expect(apps[0]?.reason).toBe('Releasing a license needs ArcGIS Enterprise on Kubernetes 11.3 or later; this deployment is 11.2.');
    expect(releasableApps(licenseWith('11.2'), profile('portal', '11.2'))[0]?.releasable).toBe(true);
  });

  it('lets the portal decide when its version cannot be read', () => {
    expect(releasableApps(licenseWith('Enterprise 2025'), profile('kubernetes', 'Enterprise 2025')).every((a) => a.releasable)).toBe(true);
  });
});

describe('checked-out rows', () => {
  const pro: ReleasableApp = { appId: 'arcgisprodesktop', name: 'ArcGIS Pro', licenseAppId: 'arcgisprodesktop', itemId: 'p', releasable: true };
  const d2m: ReleasableApp = { appId: 'drone2map', name: 'ArcGIS Drone2Map', licenseAppId: 'arcgisd2m', itemId: 'd', releasable: true };

  it('keeps only licenses taken offline, names entitlements, reads -1 as never, sorts by member then app', () => {
    const rows = checkedOutRows([
      {
        app: pro,
        userEntitlements: [
          { username: 'zoe', lastLogin: 1_700_000_000_000, disconnected: true, entitlements: ['desktopAdvN', 'spatialAnalystN'] },
          { username: 'jsmith', lastLogin: -1, disconnected: false, entitlements: [''] },
          { username: 'amy', lastLogin: -1, disconnected: true, entitlements: ['desktopBasicN'] },
          { username: 'bob', entitlements: ['desktopStdN'] },
        ],
      },
      { app: d2m, userEntitlements: [{ username: 'amy', lastLogin: 1_600_000_000_000, disconnected: true, entitlements: ['drone2map'] }] },
    ]);
    expect(rows.map((r) => `${r.username} ${r.appId}`)).toEqual(['amy arcgisprodesktop', 'amy drone2map', 'zoe arcgisprodesktop']);
    expect(rows[0]).toEqual({
      key: 'arcgisprodesktop:amy',
      username: 'amy',
      appId: 'arcgisprodesktop',
      appName: 'ArcGIS Pro',
      entitlements: [{ id: 'desktopBasicN', name: 'Basic' }],
      releasable: true,
    });
    expect(rows[2]?.entitlements.map((e) => e.name)).toEqual(['Advanced', 'Spatial Analyst']);
    expect(rows[2]?.lastLogin).toBe(1_700_000_000_000);
  });

  it('lists a member once when paging returned them twice', () => {
    const entry = { username: 'amy', disconnected: true, entitlements: ['desktopAdvN'] };
    expect(checkedOutRows([{ app: pro, userEntitlements: [entry, entry] }])).toHaveLength(1);
  });

  it('is empty when nobody has a license offline', () => {
    expect(checkedOutRows([{ app: pro, userEntitlements: [{ username: 'a', disconnected: false, entitlements: [] }] }])).toEqual([]);
  });

  it('keeps a full name the listing gives, and takes the member search’s for the rest (usernames matched in any case)', () => {
    const rows = checkedOutRows([
      {
        app: pro,
        userEntitlements: [
          { username: 'amy', fullName: 'Amy Listed', disconnected: true, entitlements: [] },
          { username: 'Bob', disconnected: true, entitlements: [] },
          { username: 'cy', disconnected: true, entitlements: [] },
        ],
      },
    ]);
    const named = withFullNames(
      rows,
      new Map([
        ['amy', 'Amy Searched'],
        ['bob', 'Bob Builder'],
      ]),
    );
    expect(named.map((r) => [r.username, r.fullName])).toEqual([
      ['amy', 'Amy Listed'],
      ['Bob', 'Bob Builder'],
      ['cy', undefined],
    ]);
  });
});

describe('the release form', () => {
  it('takes a trimmed username and one of releaseLicense’s app ids', () => {
    expect(ReleaseLicenseSchema.parse({ username: ' jdoe ', appId: 'drone2map' })).toEqual({ username: 'jdoe', appId: 'drone2map' });
    expect(ReleaseLicenseSchema.safeParse({ username: '', appId: 'arcgisprodesktop' }).error?.issues[0]?.path).toEqual(['username']);
    expect(ReleaseLicenseSchema.safeParse({ username: 'jdoe', appId: 'arcgisd2m' }).error?.issues[0]?.message).toBe(
      'Choose the application whose license to release.',
    );
  });
});

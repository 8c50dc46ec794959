import { describe, expect, it } from 'vitest';
import { portalProfile } from './portal-profile';

describe('portal profile', () => {
  it('gives a current base portal every operation at /portaladmin/license, with appId', () => {
    const profile = portalProfile({ kind: 'portal' }, '11.5');
    expect(profile).toEqual({
      kind: 'portal',
      version: '11.5',
      licensePath: '/portaladmin/license',
      operationsPath: '/portaladmin/license',
      capabilities: {
        release: true,
        releaseTakesAppId: true,
        allSource: true,
        licenseManagerRequired: false,
        serverImport: false,
        futureLicense: true,
        populateLicense: true,
      },
    });
  });

  it('withholds AllSource before 11.5 and asks for a License Manager before 11.4', () => {
    expect(portalProfile({ kind: 'portal' }, '11.4').capabilities).toMatchObject({ allSource: false, licenseManagerRequired: false });
    expect(portalProfile({ kind: 'portal' }, '11.3').capabilities).toMatchObject({ allSource: false, licenseManagerRequired: true });
  });

  it('sends no appId on 10.x, whose reference documents username only', () => {
    expect(portalProfile({ kind: 'portal' }, '10.9.1').capabilities.releaseTakesAppId).toBe(false);
    expect(portalProfile({ kind: 'portal' }, '11.0').capabilities.releaseTakesAppId).toBe(true);
  });

  it('finds the release and License Manager operations under system/licenses before 10.7', () => {
    expect(portalProfile({ kind: 'portal' }, '10.6.1').operationsPath).toBe('/portaladmin/system/licenses');
    expect(portalProfile({ kind: 'portal' }, '10.7').operationsPath).toBe('/portaladmin/license');
  });

  it('puts Kubernetes at its organization license, with release from 11.3, server import before 11.0 and no future license', () => {
    const profile = portalProfile({ kind: 'kubernetes', orgId: 'org 1' }, '11.2');
    expect(profile.licensePath).toBe('/admin/orgs/org%201/license');
    expect(profile.operationsPath).toBe(profile.licensePath);
    expect(profile.capabilities).toMatchObject({ release: false, serverImport: false, futureLicense: false, populateLicense: false });
    expect(portalProfile({ kind: 'kubernetes', orgId: 'o' }, '11.3').capabilities.release).toBe(true);
    // 11.0 consolidated licensing into the organization license file and deprecated importServerLicenses.
    expect(portalProfile({ kind: 'kubernetes', orgId: 'o' }, '10.9.1').capabilities.serverImport).toBe(true);
    expect(portalProfile({ kind: 'kubernetes', orgId: 'o' }, '11.0').capabilities.serverImport).toBe(false);
  });

  it('lets the portal judge when it reports no version it can read', () => {
    for (const version of [undefined, 'Enterprise 2025']) {
      const { capabilities } = portalProfile({ kind: 'kubernetes', orgId: 'o' }, version);
      expect(capabilities).toMatchObject({ release: true, releaseTakesAppId: true, allSource: true, licenseManagerRequired: false });
    }
    expect(portalProfile({ kind: 'portal' }).version).toBeUndefined();
  });
});

describe('the organization a profile names', () => {
  it("keeps a base portal's portals/self id, and the Kubernetes organization", () => {
    expect(portalProfile({ kind: 'portal', orgId: 'Xj8eD3kL' }, '11.5').orgId).toBe('Xj8eD3kL');
    expect(portalProfile({ kind: 'kubernetes', orgId: 'org7' }, '11.3').orgId).toBe('org7');
    expect(portalProfile({ kind: 'portal' }, '11.5')).not.toHaveProperty('orgId');
  });
});

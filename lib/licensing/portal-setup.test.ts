import { describe, expect, it } from 'vitest';
import { portalWaitingFor } from './portal-setup';

describe('what the portal is waiting for', () => {
  it('is nothing for a licensed, populated portal (the documented root) or one that sends no flags', () => {
    expect(portalWaitingFor({ isPostUpgrade: false, isLicensePopulated: true, isPortalLicensed: true, isLicenseFileRequired: false })).toEqual([]);
    expect(portalWaitingFor({})).toEqual([]);
  });

  it('names an upgrade waiting for its license, and a file the portal requires', () => {
    expect(portalWaitingFor({ isPostUpgrade: true, isLicensePopulated: false })).toEqual([
      'The portal was upgraded and its license has not been applied yet: import the new license file, or use Populate license on Import license.',
    ]);
    expect(portalWaitingFor({ isLicenseFileRequired: true, isPortalLicensed: false })).toHaveLength(2);
  });

  it('says populate for an unpopulated license without an upgrade', () => {
    expect(portalWaitingFor({ isPostUpgrade: false, isLicensePopulated: false })[0]).toMatch(/^The portal’s license has not been applied yet/);
  });
});

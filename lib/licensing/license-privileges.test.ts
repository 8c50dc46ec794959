import { describe, expect, it } from 'vitest';
import { MANAGE_LICENSES, mayManageLicenses, noLicensePrivilegeWords } from './license-privileges';

describe('mayManageLicenses', () => {
  it('lets the default administrator in, whatever privileges are listed', () => {
    expect(mayManageLicenses({ username: 'admin', role: 'org_admin', privileges: [] })).toBe(true);
  });

  it('lets a custom role with Manage licenses in', () => {
    expect(mayManageLicenses({ username: 'lic', role: 'org_admin', roleId: 'r1', privileges: ['portal:user:joinGroup', MANAGE_LICENSES] })).toBe(
      true,
    );
  });

  it('turns away a custom administrative role without Manage licenses', () => {
    expect(mayManageLicenses({ username: 'sec', role: 'org_admin', roleId: 'r2', privileges: ['portal:admin:manageSecurity'] })).toBe(false);
  });

  it('turns away a plain user and a publisher', () => {
    expect(mayManageLicenses({ username: 'analyst', role: 'org_user', privileges: ['portal:user:createItem'] })).toBe(false);
    expect(mayManageLicenses({ username: 'pub', role: 'org_publisher', privileges: ['portal:publisher:publishFeatures'] })).toBe(false);
  });
});

describe('noLicensePrivilegeWords', () => {
  it('names the account, the portal, the role as the portal names it and the privilege to grant', () => {
    const words = noLicensePrivilegeWords({ username: 'analyst', role: 'org_user', privileges: [] }, 'Production');
    expect(words).toBe(
      `Production accepted analyst, but the dashboard did not sign you in: the account has the User role, which may not manage licenses. An administrator can give it the default Administrator role, or a custom role with the "Manage licenses" privilege (${MANAGE_LICENSES}).`,
    );
    expect(noLicensePrivilegeWords({ username: 'sec', role: 'org_admin', roleId: 'r2', privileges: [] }, 'Production')).toContain(
      'the account has a custom role,',
    );
  });

  it('says what was refused when it was not a sign-in', () => {
    const words = noLicensePrivilegeWords(
      { username: 'analyst', role: 'org_publisher', privileges: [] },
      'Production',
      'the collector may not use this sign-in',
    );
    expect(words).toMatch(/^Production accepted analyst, but the collector may not use this sign-in: the account has the Publisher role,/);
  });
});

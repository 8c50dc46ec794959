import { describe, expect, it } from 'vitest';
import documented from '../../emulator/seed/documented/portaladmin-license-11.4.json' with { type: 'json' };
import { PortalLicenseSchema } from '../schemas/portal-license';
import { entitlementsOf, parseLicenseManagerHosts, toOrgLicense } from './license-model';

const license = toOrgLicense(PortalLicenseSchema.parse(documented));

describe('toOrgLicense', () => {
  it('turns the documented example into one model with every entitlement', () => {
    expect(license.version).toBe('11.4');
    expect(license.members).toEqual({ used: 70, purchased: 1400 });
    expect(entitlementsOf(license, 'userType')).toHaveLength(7);
    expect(entitlementsOf(license, 'app')).toHaveLength(16);
    expect(entitlementsOf(license, 'appBundle')).toHaveLength(1);
    expect(entitlementsOf(license, 'extension')).toHaveLength(2);
    expect(entitlementsOf(license, 'capability')).toHaveLength(3);
    expect(license.entitlements.find((e) => e.id === 'creatorUT')).toEqual({
      category: 'userType',
      id: 'creatorUT',
      purchased: 200,
      used: 53,
      expiration: 1761091200000,
      extra: {},
    });
    expect(license.extra).toEqual({});
    expect(license.licenseManager).toBeUndefined();
  });

  it('keeps unknown ids and unknown fields', () => {
    const raw = PortalLicenseSchema.parse({
      ...documented,
      userTypes: [{ id: 'quantumUT', maximumRegisteredMembers: 3, currentRegisteredMembers: 1, expiration: 1, color: 'teal' }],
      capabilities: { features: [{ name: 'esriServerLicenseAdvanced' }] },
    });
    const model = toOrgLicense(raw);
    expect(model.entitlements[0]).toMatchObject({ id: 'quantumUT', extra: { color: 'teal' } });
    expect(model.extra).toEqual({ capabilities: { features: [{ name: 'esriServerLicenseAdvanced' }] } });
  });

  it('treats a non-positive expiration as none rather than 1970', () => {
    const raw = PortalLicenseSchema.parse({
      ...documented,
      apps: [
        { id: 'x', expiration: -1 },
        { id: 'y', expiration: 0 },
      ],
    });
    expect(entitlementsOf(toOrgLicense(raw), 'app').map((e) => e.expiration)).toEqual([undefined, undefined]);
  });

  it('splits the License Manager host list', () => {
    const raw = PortalLicenseSchema.parse({ ...documented, licenseManagerInfo: { hostname: 'lm1.example.com, lm2.example.com', port: 27000 } });
    expect(toOrgLicense(raw).licenseManager).toEqual({ hosts: ['lm1.example.com', 'lm2.example.com'], port: 27000 });
    expect(parseLicenseManagerHosts('')).toEqual([]);
  });

  it('reads the unconfigured License Manager of the Kubernetes example as not reported', () => {
    const raw = PortalLicenseSchema.parse({ ...documented, licenseManagerInfo: { hostname: '', port: 0 } });
    expect(toOrgLicense(raw).licenseManager).toBeUndefined();
  });
});
